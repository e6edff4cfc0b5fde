"""Qt widgets and item models. Views call services; services never import from here."""
