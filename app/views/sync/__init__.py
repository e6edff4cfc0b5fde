"""File menu actions of offline work and the conflict dialog (app.sync underneath)."""
