"""PostgreSQL: pg_dump (custom format) of the application's schema in one exported snapshot — the row counts are
read in that same snapshot — then the archive is read back through pg_restore and its COPY rows counted table by
table. Restore: pg_restore --clean in one transaction. Without the client tools, the application's own dump."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.backup.report import BackupFailed, BackupReport, check_counts
from app.core.db import Database
from app.core.private_files import private_file, private_folder, touch_private


def tools_present() -> bool:
    return shutil.which("pg_dump") is not None and shutil.which("pg_restore") is not None


def _environment(db: Database) -> tuple[dict[str, str], str]:
    """libpq settings of the database URL (host, port, user, password, sslmode, options) and the database name."""
    url = make_url(db.url)
    env = dict(os.environ)
    pairs = {"PGHOST": url.host, "PGPORT": url.port, "PGUSER": url.username, "PGPASSWORD": url.password}
    for key, value in pairs.items():
        if value:
            env[key] = str(value)
    for name, value in url.query.items():
        env[f"PG{name.upper()}"] = value if isinstance(value, str) else value[0]  # sslmode, options, …
    return env, url.database or ""


def _schema_and_counts(conn) -> tuple[str, dict[str, int]]:
    schema = conn.execute(text("SELECT current_schema()")).scalar()
    tables = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = :s ORDER BY 1"), {"s": schema})
    names = [r[0] for r in tables]
    return schema, {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in names}


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        raise BackupFailed("{tool} ไม่สำเร็จ ({detail})", tool=args[0], detail=detail)
    return done


def archive_counts(path: Path, env: dict[str, str]) -> dict[str, int]:
    """Rows per table in a custom-format archive: its COPY blocks read back through pg_restore."""
    done = _run(["pg_restore", "--data-only", "--file=-", str(path)], env)
    found: dict[str, int] = {}
    table = None
    for line in done.stdout.splitlines():
        if table is None and line.startswith("COPY "):
            table = line.split()[1].split(".")[-1].strip('"')
            found[table] = 0
        elif table is not None:
            if line == "\\.":
                table = None
            else:
                found[table] += 1
    return found


def backup(db: Database, target: Path) -> BackupReport:
    env, dbname = _environment(db)
    private_folder(target.parent)
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    touch_private(part)
    try:
        with db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar()
            schema, expected = _schema_and_counts(conn)
            _run(["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--schema={schema}", "--no-owner",
                  f"--file={part}", dbname], env)
        found = archive_counts(part, env)
        check_counts({t: n for t, n in expected.items() if n}, found, target)
        part.replace(target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    private_file(target)
    return BackupReport(target, "pg_dump", expected, target.stat().st_size)


def restore(db: Database, source: Path) -> None:
    env, dbname = _environment(db)
    archive_counts(source, env)  # a readable archive, before anything is dropped
    db.dispose()
    _run(["pg_restore", "--clean", "--if-exists", "--single-transaction", "--no-owner", f"--dbname={dbname}",
          str(source)], env)
