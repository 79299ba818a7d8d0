"""Use cases on customer cards: save, load, archive, restore, delete.

Every write runs in one transaction and keeps the search key in step."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime
from decimal import Decimal

from peewee import IntegrityError, fn

from app import customer_rules
from app.db import DB
from app.errors import (
    ConcurrentEditError,
    DuplicateMatch,
    FieldIssue,
    NeedsConfirmation,
    NotAllowedError,
    NotFoundError,
    ValidationError,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    Allocation,
    BalanceConfirmation,
    ChargeMark,
    CollectionLog,
    Contact,
    Customer,
    Group,
    InstalmentPlan,
    LedgerEntry,
    Membership,
    PaymentPromise,
    SearchKey,
    WarningFlag,
)
from app.money import from_fen, parse_money, to_fen
from app.records import Birthday, ContactData, CustomerData, SavedCustomer
from app.search_keys import build_key, initials, sort_key

NUMBER_PREFIX = "C"

#: Models whose rows make a customer's history, with the field naming the
#: customer; a customer with any of them is archived, never deleted.
HISTORY_MODELS: list[tuple[type, str]] = [
    (LedgerEntry, "customer"),
    (Allocation, "customer"),
    (ChargeMark, "customer"),
    (CollectionLog, "customer"),
    (PaymentPromise, "customer"),
    (BalanceConfirmation, "customer"),
    (InstalmentPlan, "customer"),
    (WarningFlag, "customer"),
]

#: A daily late-payment rate in percent times this is millionths (ppm) per day.
PPM_PER_PERCENT = 10_000

# Card fields stored one-to-one in Customer columns.
_PLAIN_FIELDS = [
    f.name
    for f in fields(CustomerData)
    if f.name
    not in {
        "birthday",
        "credit_limit",
        "late_fee_daily_rate",
        "late_fee_per_level",
        "contacts",
        "group_ids",
        "id",
        "version",
        "archived",
        "number",
    }
]


def _birthday_columns(b: Birthday | None) -> dict[str, object]:
    if b is None:
        return {
            "birth_calendar": "",
            "birth_year": None,
            "birth_month": None,
            "birth_day": None,
            "birth_leap": False,
        }
    return {
        "birth_calendar": b.calendar,
        "birth_year": b.year,
        "birth_month": b.month,
        "birth_day": b.day,
        "birth_leap": b.leap,
    }


def _birthday_of(row: Customer | Contact) -> Birthday | None:
    if not row.birth_calendar or row.birth_month is None or row.birth_day is None:
        return None
    return Birthday(
        row.birth_calendar, row.birth_month, row.birth_day, row.birth_year, bool(row.birth_leap)
    )


def daily_rate_to_ppm(rate: Decimal) -> int:
    """0.05 (% per day) -> 500 (millionths of the overdue amount per day).
    The rate has at most four decimals (``customer_rules.clean_daily_rate``)."""
    ppm = rate * PPM_PER_PERCENT
    if ppm != ppm.to_integral_value():
        raise ValueError(f"daily rate {rate} % is finer than 1 ppm")
    return int(ppm)


def daily_rate_from_ppm(ppm: int) -> Decimal:
    """500 -> Decimal("0.05") (% per day), exactly."""
    return Decimal(ppm).scaleb(-4).normalize()


def fee_levels_to_fen(text: str) -> str:
    """The cleaned fee list "50.00, 100.00" -> the stored "5000,10000"."""
    if not text:
        return ""
    return ",".join(str(to_fen(parse_money(part))) for part in text.split(",") if part.strip())


def fee_levels_fen(stored: str) -> list[int]:
    """The stored "5000,10000" -> [5000, 10000]: fen for reminder levels 1, 2, ..."""
    return [int(part) for part in stored.split(",") if part.strip()]


def fee_levels_from_fen(stored: str) -> str:
    """The stored "5000,10000" -> the card's "50.00, 100.00"."""
    return ", ".join(f"{from_fen(fen):.2f}" for fen in fee_levels_fen(stored))


def has_ledger_entries(customer_id: int) -> bool:
    return LedgerEntry.select().where(LedgerEntry.customer == customer_id).exists()


def search_key_for(data: CustomerData) -> str:
    names = [data.name, data.short_name] + [c.name for c in data.contacts]
    phones = [data.mobile, data.phone] + [p for c in data.contacts for p in (c.mobile, c.phone)]
    identifiers = [data.number, data.id_number, data.credit_code, data.email, data.wechat, data.qq]
    return build_key(names=names, identifiers=identifiers, phones=phones)


def find_duplicates(data: CustomerData, *, exclude_id: int | None = None) -> list[DuplicateMatch]:
    """Existing customers with the same mobile, resident ID, credit code or name."""
    checks: list[tuple[object, str]] = []
    if data.mobile:
        checks.append((Customer.mobile == data.mobile, QT_TRANSLATE_NOOP("app", "Same mobile")))
    if data.id_number:
        checks.append(
            (Customer.id_number == data.id_number, QT_TRANSLATE_NOOP("app", "Same resident ID"))
        )
    if data.credit_code:
        checks.append(
            (
                Customer.credit_code == data.credit_code,
                QT_TRANSLATE_NOOP("app", "Same unified social credit code"),
            )
        )
    if data.name:
        checks.append((Customer.name == data.name, QT_TRANSLATE_NOOP("app", "Same name")))
    found: dict[int, DuplicateMatch] = {}
    for condition, reason in checks:
        query = Customer.select(Customer.id, Customer.number, Customer.name).where(condition)
        if exclude_id is not None:
            query = query.where(Customer.id != exclude_id)
        for cid, number, name in query.limit(20).tuples():
            found.setdefault(cid, DuplicateMatch(cid, number, name, reason))
    if data.mobile:
        query = (
            Contact.select(Customer.id, Customer.number, Customer.name)
            .join(Customer)
            .where(Contact.mobile == data.mobile)
        )
        if exclude_id is not None:
            query = query.where(Customer.id != exclude_id)
        for cid, number, name in query.limit(20).tuples():
            found.setdefault(
                cid,
                DuplicateMatch(
                    cid, number, name, QT_TRANSLATE_NOOP("app", "Same mobile as a contact person")
                ),
            )
    return list(found.values())


def validate(data: CustomerData) -> tuple[CustomerData, list[FieldIssue], list[FieldIssue]]:
    """Check a card without saving: (cleaned data, errors, warnings)."""
    cleaned, issues = customer_rules.clean(data)
    if cleaned.number:
        query = Customer.select(Customer.id).where(Customer.number == cleaned.number)
        if data.id is not None:
            query = query.where(Customer.id != data.id)
        if query.exists():
            issues.error("number", QT_TRANSLATE_NOOP("app", "This customer number is already used"))
    if data.id is not None:
        stored = Customer.select(Customer.currency).where(Customer.id == data.id).scalar()
        # The ledger's amounts are in the stored currency; no sum may mix two.
        if stored is not None and stored != cleaned.currency and has_ledger_entries(data.id):
            issues.error(
                "currency",
                QT_TRANSLATE_NOOP(
                    "app", "The currency cannot change once the customer's ledger has entries"
                ),
            )
    return cleaned, issues.errors, issues.warnings


def save_customer(data: CustomerData, *, confirm: bool = False) -> SavedCustomer:
    """Create (``data.id is None``) or update a customer card.

    Raises ``ValidationError`` for impossible data, ``NeedsConfirmation`` for
    warnings and possible duplicates unless *confirm*, ``ConcurrentEditError``
    when the card changed since it was loaded (``data.version``)."""
    with DB.atomic():
        cleaned, errors, warnings = validate(data)
        if errors:
            raise ValidationError(errors)
        duplicates = find_duplicates(cleaned, exclude_id=data.id)
        if (warnings or duplicates) and not confirm:
            raise NeedsConfirmation(warnings, duplicates)
        return _write(cleaned)


def _columns(data: CustomerData) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in _PLAIN_FIELDS}
    values.update(_birthday_columns(data.birthday))
    values["credit_limit_fen"] = None if data.credit_limit is None else to_fen(data.credit_limit)
    rate = data.late_fee_daily_rate
    values["late_fee_daily_ppm"] = None if rate is None else daily_rate_to_ppm(Decimal(rate))
    values["late_fee_per_level"] = fee_levels_to_fen(data.late_fee_per_level)
    values["sort_key"] = sort_key(data.name)
    values["initials"] = initials(data.name)
    return values


def _write(data: CustomerData) -> SavedCustomer:
    values = _columns(data)
    now = datetime.now().replace(microsecond=0)
    try:
        if data.id is None:
            customer = Customer.create(number=data.number or _placeholder_number(), **values)
            if not data.number:
                customer.number = _free_number(customer.id)
                Customer.update(number=customer.number).where(Customer.id == customer.id).execute()
            cid, number, version = customer.id, customer.number, 1
        else:
            cid = data.id
            query = Customer.update(
                number=data.number or _free_number(cid, exclude_id=cid),
                updated_at=now,
                version=Customer.version + 1,
                **values,
            ).where(Customer.id == cid)
            if data.version is not None:
                query = query.where(Customer.version == data.version)
            if query.execute() != 1:
                if not Customer.select().where(Customer.id == cid).exists():
                    raise NotFoundError(QT_TRANSLATE_NOOP("app", "This customer no longer exists."))
                raise ConcurrentEditError(
                    QT_TRANSLATE_NOOP(
                        "app",
                        "Someone else changed this card after you opened it. "
                        "Your changes were not saved; they are still in the form.",
                    )
                )
            number, version = (
                Customer.select(Customer.number, Customer.version)
                .where(Customer.id == cid)
                .tuples()
                .get()
            )
    except IntegrityError as exc:
        raise ValidationError(
            FieldIssue("number", QT_TRANSLATE_NOOP("app", "This customer number is already used"))
        ) from exc
    _write_contacts(cid, data.contacts)
    set_groups(cid, data.group_ids)
    data.number = number
    SearchKey.replace(customer=cid, text=search_key_for(data)).execute()
    return SavedCustomer(cid, number, version)


def _free_number(start: int, *, exclude_id: int | None = None) -> str:
    """``C`` and the id, or the next free number when an admin typed that one
    by hand on another card (otherwise every later automatic save would fail)."""
    n = start
    while True:
        number = f"{NUMBER_PREFIX}{n:06d}"
        taken = Customer.select().where(Customer.number == number)
        if exclude_id is not None:
            taken = taken.where(Customer.id != exclude_id)
        if not taken.exists():
            return number
        n += 1


def _placeholder_number() -> str:
    # Unique until the real number (from the new id) replaces it in the same transaction.
    return f"~{datetime.now().timestamp()}-{id(object())}"


def _write_contacts(customer_id: int, contacts: list[ContactData]) -> None:
    keep = [c.id for c in contacts if c.id is not None]
    stale = Contact.delete().where(Contact.customer == customer_id)
    if keep:
        stale = stale.where(Contact.id.not_in(keep))
    stale.execute()
    for position, c in enumerate(contacts):
        values = {
            "position": position,
            "name": c.name,
            "title": c.title,
            "gender": c.gender,
            "salutation": c.salutation,
            "roles": ",".join(c.roles),
            "mobile": c.mobile,
            "phone": c.phone,
            "email": c.email,
            "wechat": c.wechat,
            "notes": c.notes,
            **_birthday_columns(c.birthday),
        }
        updated = 0
        if c.id is not None:
            updated = (
                Contact.update(**values)
                .where((Contact.id == c.id) & (Contact.customer == customer_id))
                .execute()
            )
        if not updated:
            c.id = Contact.insert(customer=customer_id, **values).execute()


def set_groups(customer_id: int, group_ids: Iterable[int]) -> None:
    wanted = set(group_ids)
    if wanted:
        # A group deleted in another window while the card was open is dropped,
        # not reported as a foreign key failure.
        wanted = {gid for (gid,) in Group.select(Group.id).where(Group.id.in_(wanted)).tuples()}
    current = {
        gid
        for (gid,) in Membership.select(Membership.group)
        .where(Membership.customer == customer_id)
        .tuples()
    }
    if current - wanted:
        Membership.delete().where(
            (Membership.customer == customer_id) & (Membership.group.in_(current - wanted))
        ).execute()
    if wanted - current:
        Membership.insert_many(
            [(customer_id, gid) for gid in sorted(wanted - current)],
            fields=[Membership.customer, Membership.group],
        ).execute()


def load_customer(customer_id: int) -> CustomerData:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("app", "This customer no longer exists."))
    data = CustomerData(**{name: getattr(row, name) for name in _PLAIN_FIELDS})
    data.number = row.number
    data.birthday = _birthday_of(row)
    data.credit_limit = None if row.credit_limit_fen is None else from_fen(row.credit_limit_fen)
    ppm = row.late_fee_daily_ppm
    data.late_fee_daily_rate = None if ppm is None else daily_rate_from_ppm(ppm)
    data.late_fee_per_level = fee_levels_from_fen(row.late_fee_per_level)
    data.id = row.id
    data.version = row.version
    data.archived = bool(row.archived)
    data.contacts = [
        ContactData(
            id=c.id,
            name=c.name,
            title=c.title,
            gender=c.gender,
            salutation=c.salutation,
            roles=[r for r in c.roles.split(",") if r],
            mobile=c.mobile,
            phone=c.phone,
            email=c.email,
            wechat=c.wechat,
            notes=c.notes,
            birthday=_birthday_of(c),
        )
        for c in Contact.select()
        .where(Contact.customer == customer_id)
        .order_by(Contact.position, Contact.id)
    ]
    data.group_ids = {
        gid
        for (gid,) in Membership.select(Membership.group)
        .where(Membership.customer == customer_id)
        .tuples()
    }
    return data


def _set_archived(customer_ids: Iterable[int], archived: bool) -> int:
    ids = list(customer_ids)
    if not ids:
        return 0
    now = datetime.now().replace(microsecond=0)
    with DB.atomic():
        return (
            Customer.update(
                archived=archived,
                archived_at=now if archived else None,
                updated_at=now,
                version=Customer.version + 1,
            )
            .where(Customer.id.in_(ids) & (Customer.archived != archived))
            .execute()
        )


def archive_customers(customer_ids: Iterable[int]) -> int:
    """Hide cards from the everyday lists; nothing is deleted. Returns the count."""
    return _set_archived(customer_ids, True)


def restore_customers(customer_ids: Iterable[int]) -> int:
    return _set_archived(customer_ids, False)


def has_history(customer_id: int) -> bool:
    return any(
        model.select().where(getattr(model, field) == customer_id).exists()
        for model, field in HISTORY_MODELS
    )


def delete_customer(customer_id: int) -> None:
    """Delete an archived card that has no history (no ledger, no log)."""
    with DB.atomic():
        row = Customer.get_or_none(Customer.id == customer_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("app", "This customer no longer exists."))
        if not row.archived:
            raise NotAllowedError(
                QT_TRANSLATE_NOOP(
                    "app", "Archive the customer first; only archived cards can be deleted."
                )
            )
        if has_history(customer_id):
            raise NotAllowedError(
                QT_TRANSLATE_NOOP(
                    "app", "This customer has history and can only be archived, not deleted."
                )
            )
        row.delete_instance(recursive=True)


def salespersons() -> list[str]:
    """The salesperson names in use, for completion in the editor."""
    query = (
        Customer.select(Customer.salesperson)
        .where(Customer.salesperson != "")
        .group_by(Customer.salesperson)
        .order_by(fn.COUNT(Customer.id).desc())
        .limit(200)
    )
    return [name for (name,) in query.tuples()]


def refresh_search_key(customer_id: int) -> None:
    data = load_customer(customer_id)
    SearchKey.replace(customer=customer_id, text=search_key_for(data)).execute()


# --- undo of a delete (app.audit_undo) ----------------------------------------------------


def recreate_customer(
    customer_id: int,
    columns: dict[str, object],
    contacts: list[dict[str, object]],
    group_ids: Iterable[int],
) -> None:
    """Put a deleted card back as the audit trail recorded it: the same id and
    number, its contacts (their old ids where still free) and its groups that
    still exist; the search key computed again. *columns* and each contact are
    the recorded values by column name; what is not given takes the default.

    The card comes back with a version above the recorded one, so that an
    editor still open on the old card cannot overwrite it, and so that the
    trail records a restore. Raises ``NotAllowedError`` when another card has
    taken the id or the number meanwhile."""
    number = str(columns.get("number") or "")
    name = str(columns.get("name") or "")
    with DB.atomic():
        if Customer.select().where(Customer.id == customer_id).exists():
            raise NotAllowedError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The deleted card {name} cannot be brought back: a card created since "
                    "has taken its place in the database. Enter it again as a new card.",
                ),
                name=name,
            )
        holder = Customer.get_or_none(Customer.number == number)
        if holder is not None:
            raise NotAllowedError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The deleted card {name} cannot be brought back: its number {number} is "
                    "now used by {other}. Change that card's number first.",
                ),
                name=name,
                number=number,
                other=holder.name,
            )
        values = _known_columns(Customer, columns)
        values.update(
            id=customer_id,
            sort_key=sort_key(name),
            initials=initials(name),
            version=int(columns.get("version") or 1) + 1,  # type: ignore[call-overload]
        )
        Customer.insert(values).execute()
        for contact in contacts:
            row = _known_columns(Contact, contact)
            row["customer"] = customer_id
            old_id = contact.get("id")
            if old_id is not None and not Contact.select().where(Contact.id == old_id).exists():
                row["id"] = old_id
            Contact.insert(row).execute()
        set_groups(customer_id, group_ids)
        refresh_search_key(customer_id)


def _known_columns(model: type, recorded: dict[str, object]) -> dict[str, object]:
    """Recorded values by column name -> the model's fields (unknown columns,
    say of a newer version, are left out; ids are the caller's business)."""
    by_column = {f.column_name: f for f in model._meta.sorted_fields}  # type: ignore[attr-defined]
    return {
        by_column[name].name: value
        for name, value in recorded.items()
        if name in by_column and name not in ("id", "customer_id")
    }
