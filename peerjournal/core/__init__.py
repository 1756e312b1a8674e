"""Domain records, vocabulary and rules: pure Python, no Qt, no SQL."""
