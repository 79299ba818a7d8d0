"""Our company as the printed documents show it: the letterhead (name, address,
phones, bank), the logo and the seal, the paper size and the numbers the
documents quote (days to object to a statement, days a dunning letter gives).

Kept in the database (``BusinessSetting`` rows under ``company.``, pictures in
``CompanyImage``) so every seat of a shared office prints the same letterhead.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from app import validation as v
from app.collection_support import raise_issues
from app.db import DB
from app.errors import FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import BusinessSetting, CompanyImage
from app.models.base import now

PREFIX = "company."
PAPER_SIZES = {
    "A4": QT_TRANSLATE_NOOP("app", "A4 (210 x 297 mm)"),
    "Letter": QT_TRANSLATE_NOOP("app", "Letter (8.5 x 11 in)"),
}
IMAGE_KEYS = {
    "logo": QT_TRANSLATE_NOOP("app", "Logo"),
    "seal": QT_TRANSLATE_NOOP("app", "Seal"),
}
#: A letterhead picture larger than this is refused: it would bloat every PDF.
IMAGE_MAX_BYTES = 2 * 1024 * 1024

TEXT_MAX = {
    "name": 100,
    "name_en": 150,
    "address": 200,
    "address_en": 250,
    "postcode": 12,
    "phone": 40,
    "fax": 40,
    "email": 254,
    "website": 200,
    "tax_id": 20,
    "bank_name": 100,
    "bank_account": 40,
    "account_holder": 100,
    "signatory": 100,
}
#: Whole-number settings: (low, high).
NUMBER_RANGE = {
    "statement_reply_days": (1, 90),
    "dunning_days_1": (1, 90),
    "dunning_days_2": (1, 90),
    "dunning_days_3": (1, 90),
    "dunning_interval_days": (1, 365),
}


@dataclass(frozen=True)
class CompanyProfile:
    """Everything about us a document prints. Empty strings are left off."""

    name: str = ""
    name_en: str = ""
    address: str = ""
    address_en: str = ""
    postcode: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    website: str = ""
    tax_id: str = ""  # 纳税人识别号
    bank_name: str = ""  # 开户行
    bank_account: str = ""  # 账号
    account_holder: str = ""  # 户名; the company name when empty
    signatory: str = ""  # who signs the letters, e.g. "财务部 王会计"
    paper_size: str = "A4"
    #: 如有不符请于N日内提出: days the customer has to object to a statement.
    statement_reply_days: int = 10
    #: Days to pay a dunning letter of level 1, 2, 3 gives from its date.
    dunning_days_1: int = 15
    dunning_days_2: int = 10
    dunning_days_3: int = 7
    #: Days after a letter before the next one goes up a level.
    dunning_interval_days: int = 14
    logo: bytes | None = None
    seal: bytes | None = None

    def display_name(self, language: str = "zh") -> str:
        if language == "en" and self.name_en:
            return self.name_en
        return self.name

    def display_address(self, language: str = "zh") -> str:
        if language == "en" and self.address_en:
            return self.address_en
        return self.address

    def payee(self) -> str:
        return self.account_holder or self.name

    def dunning_days(self, level: int) -> int:
        return int(getattr(self, f"dunning_days_{level}"))


_TEXT_KEYS = tuple(TEXT_MAX)
_NUMBER_KEYS = tuple(NUMBER_RANGE)


def load_profile(*, with_images: bool = True) -> CompanyProfile:
    """The stored profile; defaults for anything never set."""
    stored = dict(
        BusinessSetting.select(BusinessSetting.key, BusinessSetting.value)
        .where(BusinessSetting.key.startswith(PREFIX))
        .tuples()
    )
    values: dict[str, Any] = {}
    for f in fields(CompanyProfile):
        raw = stored.get(PREFIX + f.name)
        if raw is None:
            continue
        if f.name in _NUMBER_KEYS:
            if raw.isdecimal():
                low, high = NUMBER_RANGE[f.name]
                values[f.name] = min(max(int(raw), low), high)
        elif f.name == "paper_size":
            if raw in PAPER_SIZES:
                values[f.name] = raw
        elif f.name in _TEXT_KEYS:
            values[f.name] = raw
    profile = CompanyProfile(**values)
    if with_images:
        images = {row.key: bytes(row.data) for row in CompanyImage.select()}
        profile = replace(profile, logo=images.get("logo"), seal=images.get("seal"))
    return profile


def save_profile(values: dict[str, Any]) -> CompanyProfile:
    """Check and store some settings (all or nothing); returns the profile."""
    issues = v.Issues()
    clean: dict[str, str] = {}
    for key, raw in values.items():
        if key in TEXT_MAX:
            clean[key] = v.text(issues, key, raw, max_len=TEXT_MAX[key])
        elif key in NUMBER_RANGE:
            low, high = NUMBER_RANGE[key]
            number = v.whole_number(issues, key, raw, low=low, high=high)
            if number is None and not issues.errors:
                issues.error(key, QT_TRANSLATE_NOOP("app", "Required: please fill it in"))
            clean[key] = str(number)
        elif key == "paper_size":
            clean[key] = v.choice(issues, key, raw, PAPER_SIZES)
        else:
            raise KeyError(key)
    if clean.get("email"):
        clean["email"] = v.email(issues, "email", clean["email"])
    raise_issues(issues, confirm=True)
    with DB.atomic():
        for key, value in clean.items():
            BusinessSetting.replace(key=PREFIX + key, value=value).execute()
    return load_profile()


def check_image(data: bytes, field_name: str = "image") -> None:
    """Refuse what is not a picture reportlab can print, or is too large."""
    if len(data) > IMAGE_MAX_BYTES:
        raise ValidationError(
            FieldIssue(
                field_name,
                QT_TRANSLATE_NOOP(
                    "app",
                    "The picture is too large ({size} KB); use one under {limit} KB",
                ),
                {"size": len(data) // 1024, "limit": IMAGE_MAX_BYTES // 1024},
            )
        )
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except UnidentifiedImageError as exc:
        raise ValidationError(
            FieldIssue(
                field_name,
                QT_TRANSLATE_NOOP(
                    "app", "Not a picture that can be printed: use a PNG or JPEG file"
                ),
            )
        ) from exc
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for damaged files
        raise ValidationError(
            FieldIssue(
                field_name,
                QT_TRANSLATE_NOOP("app", "The picture is damaged and cannot be printed ({reason})"),
                {"reason": str(exc) or type(exc).__name__},
            )
        ) from exc


def set_image(key: str, data: bytes, *, file_name: str = "") -> None:
    if key not in IMAGE_KEYS:
        raise KeyError(key)
    check_image(data, key)
    with DB.atomic():
        CompanyImage.replace(
            key=key, data=data, file_name=Path(file_name).name[:200], updated_at=now()
        ).execute()


def set_image_from_file(key: str, path: str | Path) -> None:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(
            FieldIssue(
                key,
                QT_TRANSLATE_NOOP("app", "Cannot read {path}: {reason}"),
                {"path": str(path), "reason": exc.strerror or str(exc)},
            )
        ) from exc
    set_image(key, data, file_name=str(path))


def clear_image(key: str) -> None:
    if key not in IMAGE_KEYS:
        raise KeyError(key)
    CompanyImage.delete().where(CompanyImage.key == key).execute()


def image_file_name(key: str) -> str:
    row = CompanyImage.get_or_none(CompanyImage.key == key)
    return row.file_name if row is not None else ""
