"""The e-mail requests: the queue of letters, and the reply window of an e-mail interaction."""
