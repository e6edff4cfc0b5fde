"""What the panes and dialogs share: field editors, undo commands, list-pane actions, row tables, Thai sort,
background tasks and the QSettings keys."""
