"""Supporter mode: its own window, caseload, opening and reviewing shared files, writing replies."""
