"""The agent's reference: searching and reading articles, admins correcting them."""
