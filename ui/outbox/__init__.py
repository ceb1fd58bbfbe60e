"""The outbox: what is being sent to subscribers, and the sender running in the background."""
