"""Certificates no one can forge: the QR holds the certificate's facts signed with Ed25519 (``cryptography``).

* The private key is the secretariat's: a PKCS#8 file encrypted with a passphrase (``certificates keygen``),
  kept by the secretary outside the database, unlocked for one run of the program (``--key`` on the command
  line, แฟ้ม → ปลดล็อกกุญแจลงนาม in the window). Without it no certificate can be issued.
* The public keys that verify ship with the application (``resources/keys/*.pub``, one Base64 line each) and
  are printed in the README, so any workstation — or a phone page later — checks a QR offline, without the
  register and without anything an attacker could change in the database.
* QR format, versioned: ``SCTH2|key id|number|issue date|valid until|city|signature`` (Base64url, 64 bytes).
  ``SCTH1|number|check value`` (an HMAC whose key is in the database) is the format before; those
  certificates keep verifying against the register.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.core.errors import UserError
from app.core.private_files import private_file, private_folder

QR_PREFIX = "SCTH2"
KEYS = Path(__file__).resolve().parents[2] / "resources" / "keys"
PASSPHRASE_ENV = "SMARTCITY_KEY_PASSPHRASE"
KEY_ENV = "SMARTCITY_SIGNING_KEY"


class SigningKeyError(UserError):
    pass


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:8]


def public_text(public: Ed25519PublicKey) -> str:
    """The public key as one Base64 line (what resources/keys/*.pub and the README hold)."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Signer:
    private: Ed25519PrivateKey

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    def qr_text(self, number: str, issue_date: date, valid_until: date, city: str) -> str:
        clean = [" ".join(str(part).replace("|", "/").split()) for part in (number, city)]
        message = "|".join((QR_PREFIX, key_id(self.public), clean[0], issue_date.isoformat(),
                            valid_until.isoformat(), clean[1]))
        return f"{message}|{_b64url(self.private.sign(message.encode()))}"


# --------------------------------------------------------------------------- the key file


def key_file(path: Path | None) -> Path:
    if path is None:
        raise SigningKeyError("กรุณาระบุไฟล์กุญแจด้วย --key")
    return path


def generate(path: Path, passphrase: str) -> Signer:
    """A new key pair; the private key written to ``path`` (0600) encrypted with ``passphrase``."""
    if len(passphrase) < 8:
        raise SigningKeyError("รหัสผ่านของกุญแจลงนามต้องยาวอย่างน้อย 8 ตัวอักษร")
    if path.exists():
        raise SigningKeyError("มีไฟล์ {path} อยู่แล้ว จึงไม่เขียนทับกุญแจเดิม", path=str(path))
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(passphrase.encode()))
    private_folder(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    private_file(path)
    return Signer(private)


def load(path: Path, passphrase: str) -> Signer:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SigningKeyError("เปิดไฟล์กุญแจลงนาม {path} ไม่ได้ ({detail})", path=str(path),
                              detail=exc.strerror or exc) from exc
    try:
        private = serialization.load_pem_private_key(data, passphrase.encode() or None)
    except (ValueError, TypeError) as exc:
        raise SigningKeyError("ปลดล็อกกุญแจลงนามไม่ได้: รหัสผ่านไม่ถูกต้อง หรือไฟล์ไม่ใช่กุญแจลงนาม") from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise SigningKeyError("ปลดล็อกกุญแจลงนามไม่ได้: รหัสผ่านไม่ถูกต้อง หรือไฟล์ไม่ใช่กุญแจลงนาม")
    return Signer(private)


# --------------------------------------------------------------------------- this run's signer and the trusted keys

_active: list[Signer] = []
_trusted_here: list[Ed25519PublicKey] = []


def use(signer: Signer | None) -> None:
    """The key that signs the certificates issued in this run of the program (None: lock it again)."""
    _active.clear()
    if signer is not None:
        _active.append(signer)


def active() -> Signer | None:
    return _active[0] if _active else None


def require() -> Signer:
    signer = active()
    if signer is None:
        raise SigningKeyError("ยังไม่ได้ปลดล็อกกุญแจลงนามเกียรติบัตร จึงออกเกียรติบัตรไม่ได้ "
                              "(เลขานุการปลดล็อกด้วยไฟล์กุญแจและรหัสผ่านก่อน)")
    return signer


@contextmanager
def using(signer: Signer) -> Iterator[Signer]:
    """``signer`` for the block only, then the key that was unlocked before (if any)."""
    before = active()
    use(signer)
    try:
        yield signer
    finally:
        use(before)


def ephemeral() -> Signer:
    """A key made for this run only (sample data): its certificates do not verify as the secretariat's."""
    return Signer(Ed25519PrivateKey.generate())


def trust(public: Ed25519PublicKey) -> None:
    """Trust one more public key in this run only (tests; a workstation's own trial key)."""
    _trusted_here.append(public)


def untrust_all() -> None:
    _trusted_here.clear()


def shipped_keys() -> list[Ed25519PublicKey]:
    keys = []
    for file in sorted(KEYS.glob("*.pub")):
        raw = base64.b64decode(file.read_text(encoding="ascii").split()[0])
        keys.append(Ed25519PublicKey.from_public_bytes(raw))
    return keys


def trusted() -> dict[str, Ed25519PublicKey]:
    return {key_id(k): k for k in (*shipped_keys(), *_trusted_here)}


# --------------------------------------------------------------------------- reading a scanned QR


@dataclass(frozen=True)
class SignedFacts:
    number: str
    issue_date: date
    valid_until: date
    city: str
    genuine: bool  # signed by a trusted key and unchanged since


def parse(text: str) -> SignedFacts | None:
    """The facts of an SCTH2 text and whether its signature holds; None when ``text`` is not SCTH2."""
    parts = text.strip().split("|")
    if len(parts) != 7 or parts[0].strip().upper() != QR_PREFIX:
        return None
    message, signature = "|".join(parts[:6]), parts[6]
    try:
        facts = (parts[2], date.fromisoformat(parts[3]), date.fromisoformat(parts[4]), parts[5])
    except ValueError:
        return SignedFacts(parts[2], date.min, date.min, parts[5], genuine=False)
    key = trusted().get(parts[1])
    if key is None:
        return SignedFacts(*facts, genuine=False)
    try:
        key.verify(_unb64url(signature), message.encode())
    except (InvalidSignature, ValueError, binascii.Error):
        return SignedFacts(*facts, genuine=False)
    return SignedFacts(*facts, genuine=True)
