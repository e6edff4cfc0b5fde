"""Thin shim: `python main.py [--db PATH] [COMMAND]` (see app/cli/main.py)."""

from app.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
