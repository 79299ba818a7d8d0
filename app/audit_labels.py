"""Words for the audit trail: the labels of the recorded columns and the values
as a person reads them (amounts in yuan, yes/no, choice labels, birthdays).

Column labels of a customer card come from ``app.customer_columns`` in the
language asked for (as an export's headers); every other label is an English
template marked for translation, passed through the caller's *translate*."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from app import choices
from app import customer_columns as cc
from app.i18n import QT_TRANSLATE_NOOP
from app.money import format_money, from_fen
from app.records import Birthday

Translate = Callable[[str], str]

#: Columns kept in the trail but not shown as a change of their own: ids shown
#: through the entry's summary, the sign of an amount, bookkeeping.
HIDDEN = frozenset({"delta_fen", "position", "created_at", "updated_at", "version"})
BIRTH_COLUMNS = ("birth_calendar", "birth_year", "birth_month", "birth_day", "birth_leap")

#: Customer columns whose export column has another key.
_CUSTOMER_KEYS = {"credit_limit_fen": "credit_limit", "late_fee_daily_ppm": "late_fee_daily_rate"}

LABELS = {
    "name": QT_TRANSLATE_NOOP("app", "Name"),
    "title": QT_TRANSLATE_NOOP("app", "Title"),
    "gender": QT_TRANSLATE_NOOP("app", "Gender"),
    "roles": QT_TRANSLATE_NOOP("app", "Roles"),
    "mobile": QT_TRANSLATE_NOOP("app", "Mobile"),
    "phone": QT_TRANSLATE_NOOP("app", "Phone"),
    "email": QT_TRANSLATE_NOOP("app", "Email"),
    "wechat": QT_TRANSLATE_NOOP("app", "WeChat"),
    "salutation": QT_TRANSLATE_NOOP("app", "Salutation"),
    "notes": QT_TRANSLATE_NOOP("app", "Notes"),
    "birthday": QT_TRANSLATE_NOOP("app", "Birthday"),
    "archived_at": QT_TRANSLATE_NOOP("app", "Archived on"),
    "number": QT_TRANSLATE_NOOP("app", "Number"),
    "kind": QT_TRANSLATE_NOOP("app", "Kind"),
    "entry_date": QT_TRANSLATE_NOOP("app", "Date"),
    "due_date": QT_TRANSLATE_NOOP("app", "Due date"),
    "amount_fen": QT_TRANSLATE_NOOP("app", "Amount"),
    "currency": QT_TRANSLATE_NOOP("app", "Currency"),
    "description": QT_TRANSLATE_NOOP("app", "Description"),
    "method": QT_TRANSLATE_NOOP("app", "Payment method"),
    "reference": QT_TRANSLATE_NOOP("app", "Reference"),
    "reason": QT_TRANSLATE_NOOP("app", "Reason"),
    "class_override": QT_TRANSLATE_NOOP("app", "Class set by hand"),
    "override_reason": QT_TRANSLATE_NOOP("app", "Reason for the class"),
    "hold_reason": QT_TRANSLATE_NOOP("app", "Disputed (held from dunning)"),
    "hold_until": QT_TRANSLATE_NOOP("app", "Held until"),
    "on_date": QT_TRANSLATE_NOOP("app", "Date"),
    "through_date": QT_TRANSLATE_NOOP("app", "Charged through"),
    "action": QT_TRANSLATE_NOOP("app", "Decision"),
    "contact_date": QT_TRANSLATE_NOOP("app", "Date"),
    "channel": QT_TRANSLATE_NOOP("app", "Channel"),
    "person": QT_TRANSLATE_NOOP("app", "Spoke to"),
    "excuse": QT_TRANSLATE_NOOP("app", "Excuse"),
    "said": QT_TRANSLATE_NOOP("app", "What they said"),
    "outcome": QT_TRANSLATE_NOOP("app", "Outcome"),
    "dunning_level": QT_TRANSLATE_NOOP("app", "Dunning level"),
    "made_on": QT_TRANSLATE_NOOP("app", "Made on"),
    "due_on": QT_TRANSLATE_NOOP("app", "Due on"),
    "note": QT_TRANSLATE_NOOP("app", "Note"),
    "sent_on": QT_TRANSLATE_NOOP("app", "Sent on"),
    "as_of": QT_TRANSLATE_NOOP("app", "As of"),
    "balance_fen": QT_TRANSLATE_NOOP("app", "Balance"),
    "status": QT_TRANSLATE_NOOP("app", "Status"),
    "replied_on": QT_TRANSLATE_NOOP("app", "Replied on"),
    "customer_amount_fen": QT_TRANSLATE_NOOP("app", "Balance the customer claims"),
    "dispute_reason": QT_TRANSLATE_NOOP("app", "Reason of the dispute"),
    "agreed_on": QT_TRANSLATE_NOOP("app", "Agreed on"),
    "total_fen": QT_TRANSLATE_NOOP("app", "Total"),
    "cancelled_on": QT_TRANSLATE_NOOP("app", "Cancelled on"),
    "cancel_reason": QT_TRANSLATE_NOOP("app", "Reason for cancelling"),
    "seq": QT_TRANSLATE_NOOP("app", "Instalment"),
    "sign": QT_TRANSLATE_NOOP("app", "Warning sign"),
    "flagged_on": QT_TRANSLATE_NOOP("app", "Flagged on"),
    "cleared_on": QT_TRANSLATE_NOOP("app", "Cleared on"),
    "clear_note": QT_TRANSLATE_NOOP("app", "Note on clearing"),
}

#: What an entry did, by (entity, action); "" as the action: any action.
SUMMARIES = {
    ("customer", "create"): QT_TRANSLATE_NOOP("app", "Card created"),
    ("customer", "change"): QT_TRANSLATE_NOOP("app", "Card changed"),
    ("customer", "archive"): QT_TRANSLATE_NOOP("app", "Card archived"),
    ("customer", "restore"): QT_TRANSLATE_NOOP("app", "Card restored"),
    ("customer", "undelete"): QT_TRANSLATE_NOOP("app", "Deleted card brought back"),
    ("customer", "delete"): QT_TRANSLATE_NOOP("app", "Card deleted"),
    ("contact", "create"): QT_TRANSLATE_NOOP("app", "Contact {name} added"),
    ("contact", "change"): QT_TRANSLATE_NOOP("app", "Contact {name} changed"),
    ("contact", "delete"): QT_TRANSLATE_NOOP("app", "Contact {name} removed"),
    ("membership", "create"): QT_TRANSLATE_NOOP("app", "Added to group {group}"),
    ("membership", "delete"): QT_TRANSLATE_NOOP("app", "Removed from group {group}"),
    ("ledger_entry", "create"): QT_TRANSLATE_NOOP("app", "{kind} {number} posted: {amount}"),
    ("ledger_entry", "change"): QT_TRANSLATE_NOOP("app", "{kind} {number} changed"),
    ("allocation", "create"): QT_TRANSLATE_NOOP("app", "{amount} applied to {number}"),
    ("charge_mark", "create"): QT_TRANSLATE_NOOP("app", "Late-payment charge {decision}: {amount}"),
    ("collection_log", "create"): QT_TRANSLATE_NOOP("app", "Collection contact logged: {channel}"),
    ("payment_promise", "create"): QT_TRANSLATE_NOOP("app", "Promise to pay {amount} by {date}"),
    ("balance_confirmation", "create"): QT_TRANSLATE_NOOP(
        "app", "Balance confirmation sent: {amount}"
    ),
    ("instalment_plan", "create"): QT_TRANSLATE_NOOP("app", "Instalment plan agreed: {amount}"),
    ("instalment", "create"): QT_TRANSLATE_NOOP("app", "Instalment {seq} due {date}: {amount}"),
    ("warning_flag", "create"): QT_TRANSLATE_NOOP("app", "Warning sign flagged: {sign}"),
}
GENERIC = {
    "create": QT_TRANSLATE_NOOP("app", "{what} added"),
    "change": QT_TRANSLATE_NOOP("app", "{what} changed"),
    "delete": QT_TRANSLATE_NOOP("app", "{what} deleted"),
}
ENTITIES = {
    "customer": QT_TRANSLATE_NOOP("app", "Card"),
    "contact": QT_TRANSLATE_NOOP("app", "Contact person"),
    "membership": QT_TRANSLATE_NOOP("app", "Group membership"),
    "ledger_entry": QT_TRANSLATE_NOOP("app", "Ledger entry"),
    "allocation": QT_TRANSLATE_NOOP("app", "Allocation of a payment"),
    "charge_mark": QT_TRANSLATE_NOOP("app", "Late-payment charge"),
    "collection_log": QT_TRANSLATE_NOOP("app", "Collection log entry"),
    "payment_promise": QT_TRANSLATE_NOOP("app", "Promise to pay"),
    "balance_confirmation": QT_TRANSLATE_NOOP("app", "Balance confirmation"),
    "instalment_plan": QT_TRANSLATE_NOOP("app", "Instalment plan"),
    "instalment": QT_TRANSLATE_NOOP("app", "Instalment"),
    "warning_flag": QT_TRANSLATE_NOOP("app", "Warning sign"),
}
CHARGE_DECISIONS = {
    "posted": QT_TRANSLATE_NOOP("app", "posted"),
    "waived": QT_TRANSLATE_NOOP("app", "waived"),
}
YES_NO = {"zh": ("是", "否"), "en": ("Yes", "No")}

#: Choices of the domain (English templates), by (entity, column).
_APP_CHOICES: dict[tuple[str, str], Mapping[str, str]] = {
    ("ledger_entry", "kind"): choices.ENTRY_KIND,
    ("ledger_entry", "method"): choices.PAYMENT_METHOD,
    ("ledger_entry", "class_override"): choices.DEBT_CLASS,
    ("collection_log", "channel"): choices.CHANNEL,
    ("collection_log", "excuse"): choices.EXCUSE,
    ("collection_log", "outcome"): choices.OUTCOME,
    ("warning_flag", "sign"): choices.WARNING_SIGN,
    ("balance_confirmation", "status"): choices.CONFIRMATION_STATUS,
    ("instalment_plan", "status"): choices.PLAN_STATUS,
    ("charge_mark", "action"): CHARGE_DECISIONS,
}
#: Customer columns holding a choice of ``app.customer_columns`` (same name).
_CUSTOMER_CHOICES = frozenset({"kind", "gender", "tier", "credit_rating", "invoice_type",
                               "settlement_method", "company_size", "language", "currency",
                               "late_fee_mode"})  # fmt: skip
_BOOLEANS = frozenset({"reconcile_first", "supply_hold", "archived", "birth_leap"})


def field_label(entity: str, column: str, language: str, translate: Translate) -> str:
    if entity == "customer":
        key = _CUSTOMER_KEYS.get(column, "birthday" if column in BIRTH_COLUMNS else column)
        if key in cc.BY_KEY:
            found = cc.BY_KEY[key]
            return found.zh if language == "zh" else found.en
    if column in BIRTH_COLUMNS:
        column = "birthday"
    template = LABELS.get(column)
    return translate(template) if template else column


def money(fen: object, currency: str = "CNY") -> str:
    """12345 -> ¥123.45; USD 123.45 for another currency; "" for nothing."""
    if fen is None or fen == "" or isinstance(fen, bool):
        return ""
    amount: Decimal = from_fen(int(fen))  # type: ignore[call-overload]
    text = format_money(abs(amount))
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{text}" if currency == "CNY" else f"{sign}{currency} {text}"


def birthday(values: Mapping[str, object]) -> str:
    """The birthday that the birth_* columns of a row make, as an export writes it."""
    month, day = values.get("birth_month"), values.get("birth_day")
    calendar = values.get("birth_calendar") or ""
    if not calendar or month is None or day is None:
        return ""
    year = values.get("birth_year")
    return cc.format_birthday(
        Birthday(
            str(calendar),
            int(month),  # type: ignore[call-overload]
            int(day),  # type: ignore[call-overload]
            int(year) if year else None,  # type: ignore[call-overload]
            bool(values.get("birth_leap")),
        )
    )


def show(
    entity: str,
    column: str,
    value: object,
    *,
    language: str,
    translate: Translate,
    currency: str = "CNY",
) -> str:
    """One recorded value as a person reads it."""
    if value is None or value == "":
        return ""
    if column in _BOOLEANS:
        yes, no = YES_NO.get(language, YES_NO["en"])
        return yes if value else no
    if column.endswith("_fen"):
        return money(value, currency)
    if entity == "customer":
        return _customer_value(column, value, language)
    if entity == "contact" and column == "gender":
        return cc.choice_label("gender", str(value), language)
    if entity == "contact" and column == "roles":
        separator = cc.ROLE_SEPARATOR if language == "zh" else ", "
        return separator.join(
            cc.choice_label("roles", r, language) for r in str(value).split(",") if r
        )
    vocabulary = _APP_CHOICES.get((entity, column))
    if vocabulary is not None and str(value) in vocabulary:
        return translate(vocabulary[str(value)])
    return str(value)


def _customer_value(column: str, value: object, language: str) -> str:
    from app.customers import daily_rate_from_ppm, fee_levels_from_fen

    if column == "late_fee_daily_ppm":
        return f"{daily_rate_from_ppm(int(value))}%"  # type: ignore[call-overload]
    if column == "late_fee_per_level":
        return fee_levels_from_fen(str(value))
    if column in _CUSTOMER_CHOICES:
        return cc.choice_label(column, str(value), language)
    return str(value)
