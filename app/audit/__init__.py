"""Accountability: the audit trail (read, filtered, exported), personal-data disclosures and the personal data
report with its erasure. The trail itself is written by database triggers (app.core.audit_schema)."""
