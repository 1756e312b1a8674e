"""The printable summary: what it is made of, its text and tables, its connecting sections. No Qt, no SQL."""
