"""Fact-checkers who may sign in and record verdicts.

One JSON file (default ./sanad-users.json, or $SANAD_USERS) holds the users with their
argon2 password hashes and the secret that signs session cookies. `sanad user add`
writes it; the server only reads it.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import secrets
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

DEFAULT_PATH = "sanad-users.json"
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
_hasher = PasswordHasher()
# Verifying an unknown user still costs one hash, so timing does not tell which names exist.
_DUMMY_HASH = _hasher.hash("not a password")


class UserError(ValueError):
    pass


@dataclass(frozen=True)
class User:
    name: str
    display_name: str

    @property
    def iri(self) -> str:
        from .model import BASE

        return f"{BASE}user/{self.name}"


def users_path(value: str | os.PathLike | None = None) -> Path:
    return Path(value or os.environ.get("SANAD_USERS") or DEFAULT_PATH)


class UserDirectory:
    def __init__(self, path: str | os.PathLike | None = None):
        self.path = users_path(path)

    def _load(self) -> dict:
        if not self.path.exists():
            return {"users": {}}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise UserError(f"{self.path}: not a readable users file ({e})") from e
        if not isinstance(data, dict) or not isinstance(data.get("users"), dict):
            raise UserError(f"{self.path}: expected an object with a 'users' object")
        return data

    @property
    def _temp_prefix(self) -> str:
        return f".{self.path.name}.tmp-"

    def _save(self, data: dict) -> None:
        # write, fsync, rename, fsync the folder: a killed process or a power cut leaves the old
        # file or the new one, never a torn or empty one (tests/test_crash.py kills it mid-write)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self._temp_prefix)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=2)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        folder = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)

    @contextmanager
    def _changing(self):
        """The users as stored, to change and save under an exclusive lock: two `sanad user add`
        at once would otherwise each save its own read, and one user would be lost."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.parent / f".{self.path.name}.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released by the kernel if this process is killed
            for stale in self.path.parent.glob(f"{self._temp_prefix}*"):
                stale.unlink(missing_ok=True)  # left by a writer killed mid-save (none can be running)
            data = self._load()
            yield data
            self._save(data)

    def add(self, name: str, password: str, display_name: str | None = None, replace: bool = False) -> User:
        if not _NAME.match(name):
            raise UserError("a user name is 2–40 characters: lower-case letters, digits, '.', '_' or '-'")
        if len(password) < 10:
            raise UserError("a password needs at least 10 characters")
        if name in self._load()["users"] and not replace:  # before the costly hash
            raise UserError(f"user {name!r} exists (use --replace to set a new password)")
        record = {
            "display_name": (display_name or name).strip()[:100] or name,
            "password": _hasher.hash(password),
            "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        }
        with self._changing() as data:
            if name in data["users"] and not replace:
                raise UserError(f"user {name!r} exists (use --replace to set a new password)")
            data.setdefault("secret", secrets.token_urlsafe(32))
            data["users"][name] = record
        return User(name, record["display_name"])

    def remove(self, name: str) -> None:
        with self._changing() as data:
            if data["users"].pop(name, None) is None:
                raise UserError(f"no user {name!r}")

    def list(self) -> list[User]:
        return [User(n, u.get("display_name") or n) for n, u in sorted(self._load()["users"].items())]

    def get(self, name: str) -> User | None:
        u = self._load()["users"].get(name)
        return User(name, u.get("display_name") or name) if u else None

    def authenticate(self, name: str, password: str) -> User | None:
        u = self._load()["users"].get(name)
        try:
            _hasher.verify(u["password"] if u else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            return None
        return User(name, u.get("display_name") or name) if u else None

    def secret(self) -> str | None:
        """The session-signing secret: $SANAD_SECRET_KEY, else the one kept in the users file."""
        return os.environ.get("SANAD_SECRET_KEY") or self._load().get("secret")
