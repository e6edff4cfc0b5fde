"""The emblem certificate page: one layout, drawn by reportlab (PDF) and by Qt (preview, print)."""
