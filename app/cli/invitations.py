"""`invitations`: the letters inviting each member to a meeting (หนังสือเชิญประชุม), as PDF and/or DOCX."""

from __future__ import annotations

import argparse

from app.cli.documents import add_options


def add_parser(commands) -> None:
    add_options(commands.add_parser("invitations", help="หนังสือเชิญประชุมถึงกรรมการทุกคน พร้อมระเบียบวาระ"),
                "หนังสือเชิญประชุม")


def run(args: argparse.Namespace, open_database) -> int:
    from app.cli.documents import load_snapshot, write_outputs
    from app.documents.invitation import invitations

    return write_outputs(invitations(load_snapshot(args.db, args.meeting, args.committee, open_database)), args)
