"""Command line: `python main.py` opens the GUI; subcommands do headless work."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from functools import partial
from importlib import import_module
from pathlib import Path

from app import __version__
from app.core.errors import UserError

REGISTER_KEYS = ("cities", "zones", "ambassadors", "partnerships", "plan")  # app.registers.catalog, without imports
# command → its module app/cli/<module>.py, with add_parser(commands) and run(db, args)
EXTRA_COMMANDS = {"audit": "audit", "privacy": "privacy", "backup": "backup", "restore": "backup", "users": "users",
                  "plan": "plan", "dashboard": "dashboard", "sync": "sync"}
DOCUMENT_COMMANDS = ("minutes", "agenda", "invitations")  # their own light path (app/cli/documents.py)
GLOBAL_VALUED = ("--db", "--lang")  # global options followed by a value


class _Once(argparse._StoreAction):
    """An option given again: a list option (``--city A --city B``) gathers every value; any other option is
    refused with a message (never the last one silently kept)."""

    def __call__(self, parser, namespace, values, option_string=None):
        given = namespace.__dict__.setdefault("_given", set())
        if not self.option_strings or self.dest not in given:
            given.add(self.dest)
            return super().__call__(parser, namespace, values, option_string)
        if self.nargs in ("+", "*"):
            return setattr(namespace, self.dest, [*getattr(namespace, self.dest), *values])
        parser.error((f"{option_string} may be given only once" if parser.lang == "en" else
                      f"ใส่ {option_string} ได้ครั้งเดียว") + f" ({getattr(namespace, self.dest)!s}, {values!s})")


class _Parser(argparse.ArgumentParser):
    lang = "th"  # the language of the help and the messages (--lang en: English throughout)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.register("action", None, _Once)
        self.register("action", "store", _Once)

    def error(self, message: str):  # one clear line, non-zero exit
        sys.stderr.write(f"Invalid command: {message} (see --help)\n" if self.lang == "en" else
                         f"คำสั่งไม่ถูกต้อง: {message} (ดูวิธีใช้ด้วย --help)\n")
        raise SystemExit(2)

    def format_help(self) -> str:
        if self.lang == "en":
            from app.cli.english.help import english_help

            english_help(self)
        return super().format_help()


class _EnglishParser(_Parser):
    lang = "en"


def language_of(argv: Sequence[str]) -> str:
    """``--lang en`` (or ``--lang=en``) before the command: known before the parser is built."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if not arg.startswith("-") and (i == 0 or argv[i - 1] not in ("--db",)):
            break  # the command: a later --lang is the export's header language
    return "th"


def command_of(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (the first argument that is neither an option nor a global option's value);
    None when there is none or the main help is asked for before it."""
    for i, arg in enumerate(argv):
        if arg in ("-h", "--help"):
            return None
        if not arg.startswith("-") and (i == 0 or argv[i - 1] not in GLOBAL_VALUED):
            return arg
    return None


def build_parser(lang: str = "th", only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; ``only="minutes"`` (or agenda, invitations) builds the global options and that one
    command, which is all such a run can parse (its modules are light, the others' are not imported)."""
    parser = (_EnglishParser if lang == "en" else _Parser)(
        prog="smartcity-secretariat", description="ระบบงานเลขานุการคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", help="ไฟล์ฐานข้อมูล SQLite หรือ URL ของ SQLAlchemy เช่น "
                                     "postgresql+psycopg://user@host/db (ค่าเริ่มต้น: โฟลเดอร์ข้อมูลของผู้ใช้)")
    parser.add_argument("--lang", choices=("th", "en"), help="ภาษาของหน้าจอ (th หรือ en)")
    parser.add_argument("--create", action="store_true",
                        help="สร้างฐานข้อมูลใหม่เมื่อยังไม่มีไฟล์ (ไม่ใส่: ไฟล์ที่ไม่มีอยู่เป็นข้อผิดพลาด; demo สร้างเสมอ)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    if only in DOCUMENT_COMMANDS:
        from app.cli import documents as cli_documents
        from app.cli import invitations as cli_invitations

        (cli_invitations if only == "invitations" else cli_documents).add_parser(commands)
        return parser
    _add_commands(commands)
    return parser


def _add_commands(commands) -> None:
    commands.add_parser("gui", help="เปิดหน้าต่างโปรแกรม (ค่าเริ่มต้น)")
    commands.add_parser("demo", help="เติมข้อมูลตัวอย่างลงฐานข้อมูล (ทำซ้ำได้ ไม่เพิ่มซ้ำ)")
    shots = commands.add_parser("screenshots", help="บันทึกภาพหน้าจอทุกหน้าเป็นไฟล์ PNG")
    shots.add_argument("outdir", type=Path)
    from app.cli import documents as cli_documents  # light modules: argparse only at import time
    from app.cli import invitations as cli_invitations

    cli_documents.add_parser(commands)
    cli_invitations.add_parser(commands)
    export = commands.add_parser("export", help="ส่งออกทะเบียนหรือข้อมูลการประชุมเป็นไฟล์ Excel (.xlsx)")
    export.add_argument("register", choices=(*REGISTER_KEYS, "meetings", "all"),
                        help="ทะเบียนที่จะส่งออก, meetings (มติ งานที่ต้องติดตาม การเข้าประชุม) "
                             "หรือ all (ทุกทะเบียนและข้อมูลการประชุม)")
    export.add_argument("--xlsx", required=True, type=Path, help="ไฟล์ Excel ที่จะบันทึก")
    export.add_argument("--include-personal", action="store_true",
                        help="รวมข้อมูลส่วนบุคคล (โทรศัพท์ อีเมล) ตาม PDPA ค่าเริ่มต้นไม่รวม")
    export.add_argument("--lang", dest="export_lang", choices=("th", "en"), help="ภาษาของหัวตาราง (th หรือ en)")
    from app.cli import certificates as cli_certificates  # light modules: argparse only at import time
    from app.cli import excel as cli_excel

    cli_excel.add_import_parser(commands)
    cli_certificates.add_parser(commands)
    from app.guide import cli as cli_guide

    cli_guide.add_parser(commands)
    for name in dict.fromkeys(EXTRA_COMMANDS.values()):
        import_module(f"app.cli.{name}").add_parser(commands)


def _signed_in(db, error, ask_password):
    """A server that wants a password: ask the person (the GUI's sign-in window), never store it."""
    from app.core.db import Database, with_password

    if ask_password is None or db.is_sqlite or not error.needs_password:
        raise error
    password = ask_password(db.display_name)
    if not password:
        raise error
    db.dispose()
    signed = Database(with_password(db.url, password))
    signed.check()
    return signed


def open_database(target: str | None, ask_password=None, create: bool = False, ask_create=None, upgrade=None):
    """Open (and if needed upgrade, after a backup) the database; UserError on any problem.

    A SQLite file that does not exist is an error (DatabaseMissing, nothing created) unless ``create`` is set or
    ``ask_create(path)`` (the GUI's question) says yes. ``upgrade(db, backups)``: the GUI's, with a progress window
    and Cancel (``migrate.upgrade`` otherwise)."""
    from app.core import migrate
    from app.core.db import Database, missing_file, require_existing

    if target is None:
        from app.paths import default_database  # Qt's per-user folders: only when no --db is given

        target = default_database()
    if not create and not (missing_file(target) and ask_create is not None and ask_create(missing_file(target))):
        require_existing(target)
    db = Database(target)
    try:
        db.check()
    except UserError as error:
        db = _signed_in(db, error, ask_password)
    backups = None
    if not db.is_sqlite:  # a SQLite file is backed up beside itself; a server's dump goes to the user's folder
        from app.paths import backup_dir

        backups = backup_dir()
    (upgrade or migrate.upgrade)(db, backups)
    return db


def _demo(db) -> int:
    from app.sample import demo as sample

    with db.session() as session:
        added = sample.fill(session)
    total = sum(added.values())
    print(f"เพิ่มข้อมูลตัวอย่าง {total} รายการ: " + ", ".join(f"{k} {v}" for k, v in added.items()))
    return 0


def _export(db, args) -> int:
    from app.excel import export as excel_export
    from app.excel import export_meetings as excel_meetings

    lang = args.export_lang or args.lang or "th"
    with db.session() as session:
        if args.register == "all":
            path = excel_export.export_all(session, args.xlsx, lang=lang, include_personal=args.include_personal)
        elif args.register == "meetings":
            path = excel_meetings.export_meeting_data(session, args.xlsx, lang=lang)
        else:
            path = excel_export.export_register(session, args.register, args.xlsx, lang=lang,
                                                include_personal=args.include_personal)
        if args.include_personal:  # PDPA: who, when, which fields, how many people
            from app.audit import disclosure

            keys = REGISTER_KEYS if args.register == "all" else (args.register,)
            disclosure.record_register_export(session, [k for k in keys if k in REGISTER_KEYS], path)
    print(path)
    return 0


def _password_prompt(args):
    def ask(name: str) -> str | None:
        from app.gui import ask_password

        return ask_password(name, args.lang)

    return ask


def _gui_upgrade(args):
    def upgrade(db, backups):
        from app.gui import upgrade_with_progress

        gc.enable()  # an upgrade can be long: not a start to hurry
        return upgrade_with_progress(db, backups, args.lang)

    return upgrade


def _create_prompt(args):
    def ask(path: Path) -> bool:
        from app.gui import ask_create

        return ask_create(path, args.lang)

    return ask


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(language_of(argv), only=command_of(argv)).parse_args(argv)
    command = args.command or "gui"
    if command in ("screenshots", "dashboard"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        if command == "guide":  # no database
            from app.guide import cli as cli_guide

            return cli_guide.run(args)
        if command in DOCUMENT_COMMANDS:  # their own path: no database layer unless needed
            gc.disable()  # a short run: collecting while reportlab and PyThaiNLP are imported only costs time
            from app.cli import documents, invitations

            opener = partial(open_database, create=args.create)
            return (invitations if command == "invitations" else documents).run(args, opener)
        if command == "certificates" and args.certificates_command == "keygen":  # a key file: no database
            from app.cli.certificates import run

            return run(None, args)
        gui = command == "gui"
        if gui:  # collecting while SQLAlchemy, Qt and the first pane load only costs time: on again once the
            gc.disable()  # first rows are painted (app.gui.start)
        db = open_database(args.db, _password_prompt(args) if gui else None, create=args.create or command == "demo",
                           ask_create=_create_prompt(args) if gui else None,
                           upgrade=_gui_upgrade(args) if gui else None)
        if command == "demo":
            return _demo(db)
        if command == "export":
            return _export(db, args)
        if command == "import":
            from app.cli.excel import run_import

            return run_import(db, args)
        if command == "certificates":
            from app.cli.certificates import run

            return run(db, args)
        if command in EXTRA_COMMANDS:
            return import_module(f"app.cli.{EXTRA_COMMANDS[command]}").run(db, args)
        from app.gui import run_gui, run_screenshots

        if command == "screenshots":
            return run_screenshots(db, args.outdir, args.lang)
        return run_gui(db, args.lang)
    except UserError as error:
        lang = args.lang or "th"
        sys.stderr.write(f"{'Error' if lang == 'en' else 'ข้อผิดพลาด'}: {error.message(lang)}\n")
        if command == "gui":
            from app.gui import show_startup_error

            show_startup_error(error, args.lang)
        return 1
    finally:
        gc.enable()  # a caller in the same process (the tests) collects as before


if __name__ == "__main__":
    raise SystemExit(main())
