"""Shared fixtures: a fresh real SQLite database per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import close_database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    """Open a new, empty Kehu database in tmp_path and bind the models to it."""
    path = open_database(tmp_path / "kehu.sqlite3")
    yield path
    close_database()
