"""Translations: Qt Linguist files loaded in one place.

The language follows the system locale unless the user chose one in the
settings. Domain messages (context "app") are translated with ``tr_app``."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.errors import FieldIssue, KnownError, ValidationError
from app.resources import resource_path

#: language setting value -> locale name; "" follows the system.
LANGUAGES = {"": "", "zh_CN": "zh_CN", "en": "en"}
_installed: list[QTranslator] = []


def effective_locale(setting: str) -> QLocale:
    if setting in ("zh_CN", "en"):
        return QLocale(setting)
    return QLocale.system()


def install_translators(app: QCoreApplication, setting: str) -> QLocale:
    """Load Kehu's and Qt's own translations for the chosen language."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = effective_locale(setting)
    QLocale.setDefault(locale)
    chinese = locale.language() == QLocale.Language.Chinese
    # English needs a file too: only for its plural forms ("1 customer").
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n/kehu_zh_CN.qm" if chinese else "i18n/kehu_en.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if chinese:
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    return locale


def tr_app(template: str, **params: Any) -> str:
    """Translate a domain message (marked with QT_TRANSLATE_NOOP("app", ...))."""
    translated = QCoreApplication.translate("app", template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        # A broken translation must not hide the message: fall back to English.
        return template.format(**params)


def issue_text(issue: FieldIssue) -> str:
    return tr_app(issue.template, **issue.params)


def error_text(error: KnownError) -> str:
    return tr_app(error.template, **error.params)


def failure_text(widget: object, error: Exception) -> str:
    """What to tell the user about a failed task; a bug is logged, not blamed
    on them. (*widget*: the asking widget, kept for the callers' symmetry.)"""
    if isinstance(error, KnownError):
        return error_text(error)
    if isinstance(error, ValidationError):
        return "; ".join(issue_text(i) for i in error.issues)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Failure", "The file could not be read or written: {reason}"
        ).format(reason=error.strerror or str(error))
    logging.getLogger(__name__).error(
        "task failed\n%s", getattr(error, "__traceback_text__", error)
    )
    return QCoreApplication.translate(
        "Failure",
        "Kehu ran into an internal error ({error}). This is not something you did; "
        "nothing was changed in the database.",
    ).format(error=type(error).__name__)
