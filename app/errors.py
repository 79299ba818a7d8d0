"""Typed errors of the domain.

- ``ValidationError``: the user's input is wrong; carries one or more
  ``FieldIssue`` naming the field, to be shown next to it.
- ``NeedsConfirmation``: the input is plausible but suspicious (a failed
  checksum, a possible duplicate); saving again with confirmation goes ahead.
- ``KnownError`` subclasses: the environment is the problem (a file that is
  not a database, a database from a newer version, a locked file); the message
  says what to do.
- ``ConcurrentEditError``: the record changed underneath the editor.

Anything else is a bug and is reported as one, never as the user's fault.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldIssue:
    """A problem with one field. ``template`` is English, marked for translation
    in the ``app`` context; ``params`` fill its ``{placeholders}``."""

    field: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class KehuError(Exception):
    """Base of every error the application expects and explains."""


class ValidationError(KehuError):
    def __init__(self, issues: list[FieldIssue] | FieldIssue) -> None:
        self.issues = [issues] if isinstance(issues, FieldIssue) else list(issues)
        super().__init__("; ".join(str(i) for i in self.issues))

    @property
    def fields(self) -> set[str]:
        return {i.field for i in self.issues}


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing customer that looks like the one being saved."""

    customer_id: int
    number: str
    name: str
    reason: str  # a FieldIssue-style template, e.g. "Same mobile number"


class NeedsConfirmation(KehuError):
    """Saving needs the user's explicit go-ahead (``confirm=True``)."""

    def __init__(self, warnings: list[FieldIssue], duplicates: list[DuplicateMatch]) -> None:
        self.warnings = list(warnings)
        self.duplicates = list(duplicates)
        parts = [str(w) for w in self.warnings] + [
            f"possible duplicate of {d.number} {d.name} ({d.reason})" for d in self.duplicates
        ]
        super().__init__("; ".join(parts))


class KnownError(KehuError):
    """An environment problem with a message for the user."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class DatabaseOpenError(KnownError):
    pass


class NotFoundError(KnownError):
    pass


class ConcurrentEditError(KnownError):
    pass


class NotAllowedError(KnownError):
    pass


class DatabaseDamagedError(DatabaseOpenError):
    """The database failed the start-up check (or is not an SQLite file at
    all). It was neither opened nor written to; ``path`` names it, so that the
    UI can offer the newest good backup instead."""

    def __init__(self, template: str, *, path: Any, **params: Any) -> None:
        from pathlib import Path

        super().__init__(template, path=path, **params)
        self.path = Path(path)


class DatabaseReadOnlyError(DatabaseOpenError):
    """The database file (or its folder) cannot be written to. Raised when
    opening needs to write (or a write failed); a subclass of
    ``DatabaseOpenError`` so that start-up shows it like any other."""


class DiskFullError(DatabaseOpenError):
    """A write failed because the disk (or the database's size limit) is full;
    the transaction was rolled back, nothing stored was lost."""


class BackupError(KnownError):
    """A backup could not be written, read or restored. ``code`` names the case
    so that the UI can offer a way out (create the folder again, choose
    another one): "folder_missing", "folder_not_writable", "disk_full",
    "damaged", "truncated", "not_sqlite", "not_kehu", "newer", "missing",
    "same_file", "current_damaged", "failed"."""

    def __init__(self, template: str, *, code: str = "failed", **params: Any) -> None:
        super().__init__(template, **params)
        self.code = code
