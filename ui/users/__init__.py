"""The administrators' window of the workstation's users."""
