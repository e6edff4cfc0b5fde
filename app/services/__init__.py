"""Qt-free services: queries, mutations, validation, sample data. Driven by GUI, CLI and tests alike."""
