"""The supervisors' queue of requests waiting for approval."""
