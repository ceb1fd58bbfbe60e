"""The current interaction: its bar, and the dialogs to start, verify and wrap it up."""
