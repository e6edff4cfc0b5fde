"""Files the application makes are its user's alone: folders 0700, files 0600.

On POSIX the mode bits are the boundary (the umask cannot widen them: every file is chmod'ed after it is
made). On Windows the mode bits mean nothing; a file made under the user's profile (the default data folder,
``%APPDATA%``) inherits the profile's ACL, which grants the user, SYSTEM and the Administrators only. A
folder the user picks elsewhere (a network share for backups) keeps the ACL its owner gave it: the
application does not rewrite ACLs, and the README says so.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"


def private_folder(path: str | os.PathLike) -> Path:
    """Make ``path`` (and missing parents) if needed; the folders made here get 0700 on POSIX.

    An existing folder is left as it is (the user's home, a share the user chose) unless the
    application made it, which it cannot know: so only the folders this call creates are narrowed.
    """
    folder = Path(path)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    folder.mkdir(parents=True, exist_ok=True)
    if POSIX:
        for made in missing:
            with contextlib.suppress(OSError):
                os.chmod(made, FOLDER_MODE)
    return folder


def private_file(path: str | os.PathLike) -> Path:
    """Narrow an existing file to 0600 (no effect on Windows, where the folder's ACL applies)."""
    target = Path(path)
    if POSIX and target.exists():
        with contextlib.suppress(OSError):  # a file on a share that refuses chmod stays as the share makes it
            os.chmod(target, FILE_MODE)
    return target


def touch_private(path: str | os.PathLike) -> Path:
    """Create ``path`` empty with 0600 from the start (no moment when others could open it)."""
    target = Path(path)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    return private_file(target)


def sqlite_companions(path: Path) -> list[Path]:
    """A SQLite database and the journal files beside it."""
    return [path, *(Path(str(path) + suffix) for suffix in ("-wal", "-shm", "-journal"))]
