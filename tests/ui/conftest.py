"""UI fixtures: settings in tmp_path (never the user's), a window on a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.customers import save_customer
from app.records import ContactData, CustomerData
from ui.app import register_font
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "kehu.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def sample_customers(db_path: Path) -> dict[str, int]:
    """A handful of real cards."""
    ids = {}
    ids["张三"] = save_customer(
        CustomerData(name="张三", mobile="13800138000", salesperson="王强"), confirm=True
    ).id
    ids["李四"] = save_customer(
        CustomerData(name="李四", mobile="13900139000", tier="key_account"), confirm=True
    ).id
    ids["华为"] = save_customer(
        CustomerData(
            kind="corporate",
            name="深圳市华强电子有限公司",
            short_name="华强电子",
            phone="0755-12345678",
            contacts=[ContactData(name="王总", roles=["decision_maker"])],
        ),
        confirm=True,
    ).id
    return ids


@pytest.fixture
def window(qtbot, db_path: Path, settings: Settings) -> Iterator[MainWindow]:
    register_font()
    win = MainWindow(settings=settings, db_label=str(db_path))
    qtbot.addWidget(win)
    win.show()
    win.load()
    yield win


@pytest.fixture(autouse=True)
def _workers_finish(request):
    """No worker thread may outlive its test (and its database)."""
    from PySide6.QtCore import QThreadPool

    yield
    QThreadPool.globalInstance().waitForDone(10_000)
