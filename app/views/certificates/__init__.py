"""The Certificates pane, its dialogs, the QPainter page, printing and the Verify dialog."""
