"""The callback queue: the list of subscribers to call back, worked from a dock."""
