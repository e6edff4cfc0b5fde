"""Who is changing the data, from which workstation, and why: what the audit triggers write beside each change.

* PostgreSQL: the server knows the person (``session_user``, the database role each person signs in with);
  the workstation's name is sent once per connection (``smartcity.workstation``) and the server adds the
  client's address; a reason is a transaction-local setting (``set_config('smartcity.reason', …, true)``).
* SQLite: the person is the operating-system user running the application (the file's permissions are the
  boundary). Each connection gets three SQL functions — ``audit_actor()``, ``audit_workstation()``,
  ``audit_reason()`` — which the audit triggers call; the reason lives in the connection's state and is
  cleared when the transaction ends. A program that opens the file without them cannot write audited
  tables at all (the triggers fail with "no such function"), so no change skips the trail unnoticed.
"""

from __future__ import annotations

import getpass
import socket

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

STATE = "audit"  # key of the per-connection state in the pool record's ``info``


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for the uid (containers)
        return "uid-unknown"


def workstation() -> str:
    return socket.gethostname() or "unknown"


def _sqlite_connect(dbapi_conn, record) -> None:
    state = record.info.setdefault(STATE, {"reason": None})
    user, host = os_user(), workstation()
    dbapi_conn.create_function("audit_actor", 0, lambda: user)
    dbapi_conn.create_function("audit_workstation", 0, lambda: host)
    dbapi_conn.create_function("audit_reason", 0, lambda: state["reason"])


def _pg_connect(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("SELECT set_config('smartcity.workstation', %s, false)", (workstation(),))
    cur.close()
    dbapi_conn.commit()


def _clear(conn) -> None:
    conn.info.get(STATE, {})["reason"] = None


def install(engine: Engine) -> None:
    """Give every connection of ``engine`` what the audit triggers ask for."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "commit", _clear)
        event.listen(engine, "rollback", _clear)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _pg_connect)


def set_reason(session: Session, reason: str | None) -> None:
    """The reason the user gave for the changes of this transaction (revoke, replace, erase…)."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT set_config('smartcity.reason', :r, true)"), {"r": reason or ""})
    else:
        conn.info.setdefault(STATE, {"reason": None})["reason"] = reason or None
