"""Accountability in the window: the History window (audit trail), backups, the signing key, the personal data
report, and what each role sees."""
