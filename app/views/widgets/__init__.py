"""What the panes and dialogs share: field editors, list-pane actions, row tables, Thai sort, tasks."""
