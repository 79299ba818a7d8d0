"""Writing finished documents to disk so that a cancelled or failed run never
leaves a half-written file: everything is written beside its target under a
temporary name and moved into place (``os.replace``, atomic on one volume)
only when complete."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.errors import KnownError
from app.i18n import QT_TRANSLATE_NOOP


def _cannot_write(path: Path, exc: OSError) -> KnownError:
    return KnownError(
        QT_TRANSLATE_NOOP("app", "Cannot write {path}: {reason}"),
        path=str(path),
        reason=exc.strerror or str(exc),
    )


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write *data* to *path* in one step; returns the path."""
    return commit_files(stage_files({Path(path): data}))[0]


def stage_files(files: dict[Path, bytes]) -> list[tuple[Path, Path]]:
    """Write each file beside its target under a temporary name; returns
    (temporary, target) pairs for ``commit_files`` or ``discard``. On error
    the files already staged are removed."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, data in files.items():
            target = Path(target)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(
                    prefix=f".{target.stem}.", suffix=".part", dir=target.parent
                )
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
            except OSError as exc:
                raise _cannot_write(target, exc) from exc
            staged.append((Path(tmp), target))
    except BaseException:
        discard(staged)
        raise
    return staged


def commit_files(staged: list[tuple[Path, Path]]) -> list[Path]:
    """Move staged files into place."""
    done = []
    for tmp, target in staged:
        try:
            os.replace(tmp, target)
        except OSError as exc:
            discard(staged)
            raise _cannot_write(target, exc) from exc
        done.append(target)
    return done


def discard(staged: list[tuple[Path, Path]]) -> None:
    for tmp, _target in staged:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # a temporary file that cannot be removed is hidden and harmless
