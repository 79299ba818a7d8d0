"""Spreadsheet formula injection (OWASP "CSV injection"): a text cell that
begins with = + - @, tab or carriage return is written with one leading
apostrophe, so that Excel or WPS shows it instead of running it. A phone
number ("+86 138 0013 8000") runs nothing and is left alone. The importer
takes the apostrophe off again, so what is exported imports back unchanged:
``unguard_text(guard_text(t)) == t`` for every text.

One rule for every file Kehu writes for a spreadsheet: customer exports,
greeting lists for SMS platforms, import reports.
"""

from __future__ import annotations

import re

#: A text starting with one of these is a formula to a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: A text a spreadsheet could run, possibly after apostrophes already there.
_GUARDABLE = re.compile(r"'*[=+\-@\t\r]")
#: A phone number runs nothing in a spreadsheet and stays as it is.
PHONE = re.compile(r"\+?[0-9][0-9 ()\-]*")
#: The first characters a guarded text can have (a quick test before the pattern).
FIRST = frozenset("'=+-@\t\r")


def guard_text(text: str) -> str:
    """*text* as a spreadsheet will not run it."""
    if text[:1] in FIRST and _GUARDABLE.match(text) and not PHONE.fullmatch(text):
        return "'" + text
    return text


def unguard_text(text: str) -> str:
    """The text ``guard_text`` was given: one leading apostrophe removed where
    it stands before = + - @, tab or carriage return (maybe after more
    apostrophes). Any other text is returned as it is."""
    if text.startswith("'") and _GUARDABLE.match(text):
        return text[1:]
    return text


def guard_typed_text(text: str) -> str:
    """For a cell that is text by type (XLSX), where nothing runs: the guard
    only where ``unguard_text`` would otherwise change the text."""
    return "'" + text if text.startswith("'") and _GUARDABLE.match(text) else text
