"""One encrypted SQLCipher file: keying, opening, migrations, integrity checks, atomic small files."""
