"""Starting the GUI: platform check, QApplication, font, translations, database,
main window; and the last-resort handler for bugs."""

from __future__ import annotations

import logging
import sys
import time
import traceback
from types import TracebackType

from app.db import close_database, open_database, start_early_check
from app.errors import DatabaseDamagedError, DatabaseOpenError
from app.resources import FONT_FAMILY, font_path
from ui.platform_check import explain_missing, missing_linux_packages

log = logging.getLogger(__name__)


def register_font() -> str | None:
    """Register the bundled CJK font with Qt and put it behind the system UI
    font as the fallback for Chinese, so Chinese shows on a machine with no CJK
    font installed. Returns the family name, or None if it could not be loaded."""
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    if font_id < 0:
        log.warning("could not load the bundled font %s", font_path())
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    family = families[0] if families else FONT_FAMILY
    font = QGuiApplication.font()
    primary = font.family()
    font.setFamilies([primary, family] if primary and primary != family else [family])
    QGuiApplication.setFont(font)
    return family


def _install_excepthook() -> None:
    """An unexpected error is a bug: say so plainly, never blame the user, and
    keep the application running so typed data is not lost."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        sys.__stderr__.write(details) if sys.__stderr__ else None
        if QApplication.instance() is None:
            return
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("App", "Unexpected error"))
        box.setText(
            QApplication.translate(
                "App",
                "Kehu ran into an internal error. This is a fault in Kehu, not in "
                "what you did. Your saved data is safe; if a card was open, it is "
                "still open. Please report the details below.",
            )
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def run_gui(
    *, db: str | None, exit_after_startup: bool = False, started: float | None = None
) -> int:
    started = time.perf_counter() if started is None else started
    # The check of the file runs on another core while Qt and the windows load.
    start_early_check(db)
    missing = missing_linux_packages()
    if missing:
        print(explain_missing(missing), file=sys.stderr)
        return 3

    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.i18n import error_text, install_translators
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kehu")
    app.setOrganizationName("Kehu")
    settings = Settings()
    install_translators(app, settings.get("language"))
    register_font()
    _install_excepthook()

    try:
        path = open_database(db)
    except DatabaseDamagedError as exc:
        print(f"kehu: {exc}", file=sys.stderr)
        if exit_after_startup:
            return 2
        # Never written to: the newest good backup is offered instead.
        from ui.backup_damaged import offer_backup_for_damaged

        restored = offer_backup_for_damaged(None, exc)
        if restored is None:
            return 2
        try:
            path = open_database(restored)
        except DatabaseOpenError as again:
            QMessageBox.critical(
                None,
                QApplication.translate("App", "Cannot open the database"),
                error_text(again),
            )
            return 2
    except DatabaseOpenError as exc:
        message = error_text(exc)
        print(f"kehu: {exc}", file=sys.stderr)
        if not exit_after_startup:
            QMessageBox.critical(
                None, QApplication.translate("App", "Cannot open the database"), message
            )
        return 2

    window = MainWindow(settings=settings, db_label=str(path))
    window.show()
    window.load()
    if not exit_after_startup:
        window.safety.started(path)
    if exit_after_startup:

        def report() -> None:
            elapsed = (time.perf_counter() - started) * 1000
            print(f"startup_ms={elapsed:.0f}", flush=True)
            print(f"rows_loaded={window.model.rowCount()}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
    try:
        return app.exec()
    finally:
        # Let running workers (counts, the start-up backup) end before the
        # database closes and their Qt objects go.
        QThreadPool.globalInstance().waitForDone(10_000)
        close_database()
