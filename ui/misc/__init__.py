"""Infrastructure every window uses: background tasks, settings, translation, styles."""
