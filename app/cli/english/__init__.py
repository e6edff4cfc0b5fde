"""English of the command line (the help of --lang en)."""
