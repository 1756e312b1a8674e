"""The journal's side of sharing: supporters' keys, pseudonyms, share history, replies."""
