"""Backups users take and restore: SQLite through the online backup API, PostgreSQL through pg_dump/pg_restore (or
the application's own full dump when those are missing); every backup is checked before it is reported good."""
