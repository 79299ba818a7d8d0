"""Settings of the business, stored in its database (so every seat of a shared
office sees the same): declared once with their defaults and limits."""

from __future__ import annotations

from dataclasses import dataclass

from app.db import DB
from app.errors import FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import BusinessSetting


@dataclass(frozen=True)
class Option:
    key: str
    default: int
    low: int
    high: int
    label: str


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option(
            "default_terms_days",
            30,
            0,
            3650,
            QT_TRANSLATE_NOOP("app", "Payment terms when the card gives none (days)"),
        ),
        Option(
            "doubtful_after_days",
            90,
            1,
            3650,
            QT_TRANSLATE_NOOP("app", "Doubtful after this many days past due"),
        ),
        Option(
            "bad_after_days",
            180,
            2,
            3650,
            QT_TRANSLATE_NOOP("app", "Bad debt after this many days past due"),
        ),
        Option(
            "dead_after_days",
            365,
            3,
            7300,
            QT_TRANSLATE_NOOP("app", "Dead debt after this many days past due"),
        ),
        Option(
            "confirm_ahead_days",
            5,
            1,
            60,
            QT_TRANSLATE_NOOP("app", "Confirm debts falling due within (days)"),
        ),
        Option(
            "confirmation_reply_days",
            15,
            1,
            365,
            QT_TRANSLATE_NOOP("app", "List unreturned balance confirmations after (days)"),
        ),
        Option(
            "promise_window_days",
            7,
            1,
            60,
            QT_TRANSLATE_NOOP("app", "Show promises falling due within (days)"),
        ),
        Option(
            "broken_promise_days",
            90,
            7,
            730,
            QT_TRANSLATE_NOOP("app", "Count broken promises of the last (days)"),
        ),
    )
}


@dataclass(frozen=True)
class ClassThresholds:
    """Days past due after which a debt becomes doubtful, bad, dead."""

    doubtful: int = 90
    bad: int = 180
    dead: int = 365

    def class_of(self, days_past_due: int) -> str:
        if days_past_due <= 0:
            return "not_due"
        if days_past_due <= self.doubtful:
            return "collecting"
        if days_past_due <= self.bad:
            return "doubtful"
        if days_past_due <= self.dead:
            return "bad"
        return "dead"


def get_all() -> dict[str, int]:
    """Every option, stored value or default."""
    values = {key: o.default for key, o in OPTIONS.items()}
    for key, value in BusinessSetting.select(BusinessSetting.key, BusinessSetting.value).tuples():
        if key in OPTIONS and value.lstrip("-").isdigit():
            values[key] = int(value)
    return values


def get(key: str) -> int:
    return get_all()[key]


def thresholds() -> ClassThresholds:
    v = get_all()
    return ClassThresholds(v["doubtful_after_days"], v["bad_after_days"], v["dead_after_days"])


def update(values: dict[str, int | str]) -> dict[str, int]:
    """Check and store some options; all or nothing. Returns every option."""
    issues: list[FieldIssue] = []
    merged = get_all()
    for key, raw in values.items():
        option = OPTIONS.get(key)
        if option is None:
            raise KeyError(key)
        text = str(raw).strip()
        if not text.lstrip("-").isdigit():
            issues.append(FieldIssue(key, QT_TRANSLATE_NOOP("app", "Must be a whole number")))
            continue
        number = int(text)
        if not option.low <= number <= option.high:
            issues.append(
                FieldIssue(
                    key,
                    QT_TRANSLATE_NOOP("app", "Must be between {low} and {high}"),
                    {"low": option.low, "high": option.high},
                )
            )
            continue
        merged[key] = number
    if not issues and not (
        merged["doubtful_after_days"] < merged["bad_after_days"] < merged["dead_after_days"]
    ):
        issues.append(
            FieldIssue(
                "bad_after_days",
                QT_TRANSLATE_NOOP(
                    "app", "The thresholds must grow: doubtful < bad debt < dead debt"
                ),
            )
        )
    if issues:
        raise ValidationError(issues)
    with DB.atomic():
        for key in values:
            BusinessSetting.replace(key=key, value=str(merged[key])).execute()
    return merged
