"""The encrypted SQLCipher vault and the repository the UI uses. SQL lives here only; no Qt."""
