"""Marking user-visible text in the domain layer for translation.

The domain never imports Qt, yet its messages are shown in a translated UI.
Messages are written in English and marked with ``QT_TRANSLATE_NOOP`` (our own
no-op with Qt's name, so ``pyside6-lupdate`` collects them into the ``.ts``
file under the context ``"app"``). The UI translates them when it shows them
(``ui.i18n.tr_app``); the command line prints them as they are.
"""

CONTEXT = "app"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Return *text* unchanged; lupdate picks the literal up for translation."""
    return text
