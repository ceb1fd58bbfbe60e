"""The subscriber card: an always-visible header and the tabs of the subscriber's data."""
