"""Excel export and import dialogs and the menus that open them."""
