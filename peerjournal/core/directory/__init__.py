"""The supporter's directory of local groups, services and places: entries, sharing the list with colleagues, and ideas that meet a person's gaps."""
