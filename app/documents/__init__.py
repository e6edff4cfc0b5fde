"""Official Thai documents built from the database: minutes and agenda (content, then PDF)."""
