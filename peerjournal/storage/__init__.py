"""The encrypted SQLCipher vault, the Journal and the stores it owns.

No SQL outside this package; no Qt in it.
"""
