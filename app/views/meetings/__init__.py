"""The Meetings and Action items panes, the meeting window and its tabs and dialogs."""
