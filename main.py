"""Thin shim: `python main.py [--db PATH] [COMMAND]` (see app/cli.py)."""

from app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
