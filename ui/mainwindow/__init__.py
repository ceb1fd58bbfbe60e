"""The main window: search on the left, the card in the middle, the status bar below."""
