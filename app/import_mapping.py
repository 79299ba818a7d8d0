"""Which column of an imported file holds which customer field.

``guess_mapping`` recognises the headers people write (客户名称, 姓名, 手机号码,
Mobile, E-mail, 联系人1手机 ...): it folds width and case, drops blanks and
punctuation (``*客户名称：`` is ``客户名称``) and, failing that, a note in brackets
(``电话（办公）``) or a trailing number (``手机2``). The mapping the user last
confirmed for the same headers is remembered in the database
(``BusinessSetting`` ``import.mapping.<sha1>``), so the next file from the
same source maps itself."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence

from app.customer_columns import BY_KEY, COLUMNS
from app.db import DB
from app.errors import FieldIssue
from app.i18n import QT_TRANSLATE_NOOP
from app.models import BusinessSetting

SETTING_PREFIX = "import.mapping."

NO_NAME = QT_TRANSLATE_NOOP("app", "Choose the column that holds the customer name")
NOTHING_MAPPED = QT_TRANSLATE_NOOP(
    "app", "No column is matched to a customer field: choose what each column holds"
)
CHOSEN_TWICE = QT_TRANSLATE_NOOP("app", "{field} is chosen for more than one column: {columns}")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("app", "Unknown field: {key}")

_PUNCTUATION = re.compile(r"[\s\W_]+", re.UNICODE)
_BRACKETED = re.compile(r"[(\[【<].*?[)\]】>]")
_TRAILING_NUMBER = re.compile(r"\d+$")


def normalize_header(header: object) -> str:
    """``" *手机号码（必填）："`` -> ``"手机号码必填"``; ``"E-mail"`` -> ``"email"``."""
    text = unicodedata.normalize("NFKC", str(header or "")).casefold()
    return _PUNCTUATION.sub("", text)


def _without_note(header: object) -> str:
    text = unicodedata.normalize("NFKC", str(header or "")).casefold()
    return _PUNCTUATION.sub("", _BRACKETED.sub("", text))


def _index() -> dict[str, str]:
    found: dict[str, str] = {}
    # Keys and the headers Kehu writes win over aliases.
    for column in COLUMNS:
        for name in (column.key, column.zh, column.en):
            found.setdefault(normalize_header(name), column.key)
    for column in COLUMNS:
        for name in column.aliases:
            found.setdefault(normalize_header(name), column.key)
        for name in (column.zh, column.en, *column.aliases):
            found.setdefault(_without_note(name), column.key)
    found.pop("", None)
    return found


_INDEX = _index()


def _guess_one(header: object) -> str | None:
    for candidate in (normalize_header(header), _without_note(header)):
        if not candidate:
            continue
        key = _INDEX.get(candidate)
        if key is None and not candidate.isdigit():
            key = _INDEX.get(_TRAILING_NUMBER.sub("", candidate))
        if key is not None:
            return key
    return None


def guess_mapping(headers: Sequence[object]) -> list[str | None]:
    """The column key each header most likely holds; None: not imported.
    A key goes to the first header that names it only."""
    used: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        key = _guess_one(header)
        if key is not None and key in used:
            key = None
        if key is not None:
            used.add(key)
        mapping.append(key)
    return mapping


def _setting_key(headers: Sequence[object]) -> str:
    joined = "\x1f".join(normalize_header(h) for h in headers)
    return SETTING_PREFIX + hashlib.sha1(joined.encode("utf-8")).hexdigest()


def remembered_mapping(headers: Sequence[object]) -> list[str | None] | None:
    """The mapping last confirmed for these headers, or None. A stored mapping
    that no longer fits (other length, a field Kehu dropped) is ignored."""
    value = (
        BusinessSetting.select(BusinessSetting.value)
        .where(BusinessSetting.key == _setting_key(headers))
        .scalar()
    )
    if value is None:
        return None
    try:
        mapping = json.loads(value)
    except ValueError:
        return None
    if not isinstance(mapping, list) or len(mapping) != len(headers):
        return None
    if any(key is not None and (not isinstance(key, str) or key not in BY_KEY) for key in mapping):
        return None
    return mapping


def remember_mapping(headers: Sequence[object], mapping: Sequence[str | None]) -> None:
    """Keep *mapping* for the next file with the same headers."""
    if len(mapping) != len(headers):
        raise ValueError("one key (or None) per header")
    with DB.atomic():
        BusinessSetting.replace(
            key=_setting_key(headers), value=json.dumps(list(mapping), ensure_ascii=False)
        ).execute()


def mapping_for(headers: Sequence[object]) -> list[str | None]:
    """The remembered mapping of these headers, else the guess."""
    return remembered_mapping(headers) or guess_mapping(headers)


def check_mapping(
    mapping: Sequence[str | None], headers: Sequence[object] | None = None
) -> list[FieldIssue]:
    """What stops an import with *mapping*: nothing mapped, no name column, a
    field chosen for two columns, an unknown key. Each issue's field is the
    column key concerned ("" when none)."""
    issues: list[FieldIssue] = []
    chosen = [key for key in mapping if key is not None]
    if not chosen:
        return [FieldIssue("", NOTHING_MAPPED)]
    for key in dict.fromkeys(chosen):
        if key not in BY_KEY:
            issues.append(FieldIssue(key, UNKNOWN_KEY, {"key": key}))
    if "name" not in chosen:
        issues.append(FieldIssue("name", NO_NAME))
    for key in dict.fromkeys(chosen):
        positions = [i for i, k in enumerate(mapping) if k == key]
        if len(positions) > 1:
            if headers is not None:
                names = [str(headers[i]) if i < len(headers) else str(i + 1) for i in positions]
            else:
                names = [str(i + 1) for i in positions]
            label = BY_KEY[key].zh if key in BY_KEY else key
            issues.append(
                FieldIssue(key, CHOSEN_TWICE, {"field": label, "columns": ", ".join(names)})
            )
    return issues
