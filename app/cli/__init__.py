"""The command line: `python main.py` opens the GUI; subcommands do headless work."""
