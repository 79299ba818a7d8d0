"""Shared fixtures: a fresh real SQLite database per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import close_database, open_database


@pytest.fixture(autouse=True)
def own_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Per-machine settings (the backup folder and rotation) of the tests'
    own, never the user's real ones; child processes inherit it."""
    monkeypatch.setenv("KEHU_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    """Open a new, empty Kehu database in tmp_path and bind the models to it."""
    path = open_database(tmp_path / "kehu.sqlite3")
    yield path
    close_database()
