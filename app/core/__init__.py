"""Foundation, Qt-free: the database, user errors and their English, Buddhist-Era dates, migrations."""
