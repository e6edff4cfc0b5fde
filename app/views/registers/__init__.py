"""The register panes: one pane, table model, Thai sort/filter proxy, form and undo for all four."""
