"""Sharing with a supporter: what goes in a ``.pjshare`` file, signing, encryption, checks.

The format is described in docs/sharing-format.md. No Qt and no SQL here.
"""
