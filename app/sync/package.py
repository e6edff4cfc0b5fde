"""The change package: a zip holding one JSON document (format, version, the server's identity, the base position,
the package's UUID, the laptop's net changes) and its SHA-256, for a laptop that e-mails its work.

Reading refuses, with a Thai message and before anything is written: a file that is not a package, a damaged
one (zip CRC or checksum), one of an unknown version, and one taken from another server's copy.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from app.core.db import Database
from app.core.private_files import touch_private
from app.sync import identity
from app.sync.checkout import laptop_name
from app.sync.identity import SyncError
from app.sync.journal import Change, changes_since

FORMAT = "smartcity-change-package"
VERSION = 1
DOCUMENT = "package.json"
CHECKSUM = "package.sha256"
MAX_BYTES = 512 * 1024 * 1024  # a package's document when unpacked; beyond it the file is refused unread


@dataclass
class Package:
    id: str
    server: str
    base: int
    laptop: str
    made_at: str
    changes: list[Change]
    upto: int = 0  # the laptop's own position the package covers
    copy: str = ""  # the offline copy's UUID (empty for changes set aside at an import)
    seq: int = 1  # its number among the copy's packages
    previous: str = ""  # the id of the copy's package before it (empty for the first)
    pending: list[int] | None = None  # the server's transactions in progress when the copy was taken
    personal: bool = True  # False: from a copy taken without personal data

    def body(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "package": self.id, "server": self.server, "base": self.base,
                "laptop": self.laptop, "made_at": self.made_at, "upto": self.upto, "copy": self.copy,
                "seq": self.seq, "previous": self.previous, "pending": self.pending or [], "personal": self.personal,
                "changes": [c.to_dict() for c in self.changes]}


def _canonical(body: dict) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def write(package: Package, target: Path) -> Path:
    data = _canonical(package.body())
    target = Path(target)
    touch_private(target)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(DOCUMENT, data)
        z.writestr(CHECKSUM, hashlib.sha256(data).hexdigest())
    return target


def export_changes(laptop: Database, target: Path) -> Package:
    """The laptop's changes since its previous package (since the copy was taken, for the first), as the copy's next
    package file; the copy remembers what it covered, so the package after it starts there."""
    with laptop.session() as s:
        mark = identity.require_checkout(s)
        changes, upto = changes_since(s, max(mark.sent_upto, mark.journal_from))
        package = Package(str(uuid.uuid4()), mark.server, mark.base, laptop_name(),
                          datetime.now().isoformat(timespec="seconds"), changes, upto, mark.copy,
                          mark.sent_seq + 1, mark.sent_package, mark.pending, mark.personal)
        write(package, target)
        mark.sent_upto, mark.sent_package, mark.sent_seq = upto, package.id, package.seq
        _remember(s, mark)
    return package


def _remember(session: Session, mark: identity.Checkout) -> None:
    """Kept outside the journal: the mark is a setting, which never travels."""
    identity.save_checkout(session, mark)


def _corrupt(path: Path, detail: str) -> SyncError:
    return SyncError("ไฟล์ {path} ไม่ใช่ชุดการเปลี่ยนแปลงที่ใช้ได้ หรือไฟล์เสียหาย จึงไม่ได้นำเข้า ({detail})",
                     path=str(path), detail=detail)


def read(path: Path) -> Package:
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo(DOCUMENT)
            if info.file_size > MAX_BYTES:
                raise _corrupt(path, "too large")
            data, checksum = z.read(DOCUMENT), z.read(CHECKSUM).decode("ascii", "replace").strip()
    except (OSError, zipfile.BadZipFile, KeyError, EOFError, ValueError) as exc:
        raise _corrupt(path, type(exc).__name__) from exc
    if hashlib.sha256(data).hexdigest() != checksum:
        raise _corrupt(path, "checksum")
    return _parse(path, data)


def _parse(path: Path, data: bytes) -> Package:
    try:
        body = json.loads(data)
        if body.get("format") != FORMAT:
            raise _corrupt(path, "format")
        if body.get("version") != VERSION:
            raise SyncError("ชุดการเปลี่ยนแปลงนี้ทำจากโปรแกรมรุ่นอื่น (รุ่นแฟ้ม {version}) จึงไม่ได้นำเข้า",
                            version=body.get("version"))
        changes = [Change.from_dict(c) for c in body["changes"]]
        return Package(str(uuid.UUID(body["package"])), str(body["server"]), int(body["base"]),
                       str(body.get("laptop") or ""), str(body.get("made_at") or ""), changes, int(body.get("upto", 0)),
                       str(body.get("copy") or ""), int(body.get("seq") or 1), str(body.get("previous") or ""),
                       [int(x) for x in body.get("pending") or []], bool(body.get("personal", True)))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _corrupt(path, type(exc).__name__) from exc
