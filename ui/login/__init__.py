"""The login dialog."""
