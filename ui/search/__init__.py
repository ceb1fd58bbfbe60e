"""The search panel: one box for numbers, names, accounts, contracts and ICCIDs."""
