"""`certificates keygen --key FILE` and the `--key FILE` that unlocks the signing key for `certificates issue`.

The passphrase comes from standard input (`--passphrase-stdin`, one line) or from SMARTCITY_KEY_PASSPHRASE;
the key file from `--key` or SMARTCITY_SIGNING_KEY. Nothing of the key is ever written to the database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument("--key", type=Path, help="ไฟล์กุญแจลงนามของเลขานุการ (ค่าเริ่มต้น: SMARTCITY_SIGNING_KEY)")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="อ่านรหัสผ่านของกุญแจจากบรรทัดแรกของ stdin (ค่าเริ่มต้น: SMARTCITY_KEY_PASSPHRASE)")


def add_keygen(actions) -> None:
    keygen = actions.add_parser("keygen", help="สร้างกุญแจลงนามเกียรติบัตรใหม่ (ไฟล์เข้ารหัสด้วยรหัสผ่าน) "
                                               "แล้วพิมพ์กุญแจสาธารณะ")
    add_arguments(keygen)


def _passphrase(args) -> str:
    from app.certificates.signing import PASSPHRASE_ENV

    if args.passphrase_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return os.environ.get(PASSPHRASE_ENV, "")


def _key_path(args) -> Path | None:
    from app.certificates.signing import KEY_ENV

    if args.key is not None:
        return args.key
    return Path(os.environ[KEY_ENV]) if os.environ.get(KEY_ENV) else None


def unlock(args) -> None:
    """Use the key named on the command line (or in the environment) for this run, when one is named."""
    from app.certificates import signing

    path = _key_path(args)
    if path is not None:
        signing.use(signing.load(path, _passphrase(args)))


def keygen(args) -> int:
    from app.certificates import signing

    path = signing.key_file(_key_path(args))
    signer = signing.generate(path, _passphrase(args))
    print(f"{signing.key_id(signer.public)} {signing.public_text(signer.public)}")
    return 0
