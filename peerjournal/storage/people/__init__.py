"""A person taken out and put back whole, and where someone is named."""
