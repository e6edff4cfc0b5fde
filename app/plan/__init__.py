"""The integrated smart city plan beyond its register: budget lines, the duplicate check, summaries, imports of
agencies' submissions and the dashboard's figures. Qt-free."""
