"""The sample journal for --demo and tests: people, entries and connecting data, and storing them."""
