"""Views of the integrated smart city plan beside its register pane: budget, duplicates, summaries, import."""
