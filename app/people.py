"""The people a business keeps in touch with: individual customers themselves
and the contact persons of corporate customers, read in bulk (two queries,
narrow columns) for the birthday and greeting lists.

The rows are read from the cursor as SQLite returns them: peewee's per-field
conversion costs more than the query itself on 100,000 customers, and only
two columns need one (a date and a flag)."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from peewee import Expression, Query

from app.addressing import Recipient
from app.db import DB
from app.models import Contact, Customer, Membership
from app.records import Birthday
from app.salutation import salutation

#: Which contact of a company is greeted when only one is, by role.
GREETING_ROLES = ("decision_maker", "approver", "finance")


@dataclass(frozen=True, slots=True)
class Person:
    customer_id: int
    contact_id: int | None  # None: the customer themself (or a company without contacts)
    number: str
    customer_name: str
    kind: str  # individual | corporate
    name: str  # the person's name; a company's own name when it has no contact
    gender: str
    title: str
    salutation_override: str
    mobile: str
    address: str
    postcode: str
    language: str
    sort_key: str
    roles: str = ""
    position: int = 0
    birthday: Birthday | None = None
    founded_on: date | None = None

    @property
    def person_key(self) -> int:
        """The contact's id, 0 for the customer themself (``GreetingMark.person``)."""
        return self.contact_id or 0

    @property
    def salutation(self) -> str:
        if self.kind == "corporate" and self.contact_id is None:
            return self.salutation_override.strip() or self.customer_name
        return salutation(
            self.name, self.gender, self.title, self.language, self.salutation_override
        )

    @property
    def recipient(self) -> Recipient:
        """Whom an envelope or label for this person is addressed to."""
        contact = self.kind == "corporate" and self.contact_id is not None
        return Recipient(
            customer_id=self.customer_id,
            number=self.number,
            kind=self.kind,
            name=self.customer_name,
            language=self.language,
            address=self.address,
            postcode=self.postcode,
            contact_name=self.name if contact else "",
            contact_gender=self.gender if contact else "",
            contact_title=self.title if contact else "",
            gender=self.gender if self.kind == "individual" else "",
        )


@dataclass(frozen=True)
class PeopleFilter:
    """Empty fields do not restrict. Archived customers are never included."""

    group_ids: tuple[int, ...] = ()
    tiers: tuple[str, ...] = ()
    salespersons: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    customer_ids: tuple[int, ...] | None = None


def customer_condition(flt: PeopleFilter) -> Expression:
    cond = Customer.archived == False  # noqa: E712 - peewee expression
    if flt.group_ids:
        members = Membership.select(Membership.customer).where(
            Membership.group.in_(list(flt.group_ids))
        )
        cond &= Customer.id.in_(members)
    if flt.tiers:
        cond &= Customer.tier.in_(list(flt.tiers))
    if flt.salespersons:
        cond &= Customer.salesperson.in_(list(flt.salespersons))
    if flt.kinds:
        cond &= Customer.kind.in_(list(flt.kinds))
    if flt.customer_ids is not None:
        cond &= Customer.id.in_(list(flt.customer_ids))
    return cond


def _birthday(calendar: str, year: int | None, month: int | None, day: int | None,
              leap: bool) -> Birthday | None:  # fmt: skip
    if calendar not in ("solar", "lunar") or not month or not day:
        return None
    return Birthday(calendar, int(month), int(day), int(year) if year else None, bool(leap))


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@contextmanager
def bulk_objects() -> Iterator[None]:
    """Pause the cyclic garbage collector while a list of people is built.

    100,000 people are a few hundred thousand small objects made at once, none
    of them part of a reference cycle; meanwhile the collector would scan
    everything alive again and again, which doubles the time of a greeting
    list. It runs as usual afterwards."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _raw(query: Query) -> list[tuple]:  # type: ignore[type-arg]
    """The rows of *query* as the SQLite cursor gives them."""
    sql, params = query.sql()
    return DB.execute_sql(sql, params).fetchall()


_CUSTOMER_COLUMNS = (
    Customer.id,
    Customer.number,
    Customer.name,
    Customer.kind,
    Customer.gender,
    Customer.job_title,
    Customer.salutation,
    Customer.mobile,
    Customer.address,
    Customer.postcode,
    Customer.language,
    Customer.sort_key,
    Customer.birth_calendar,
    Customer.birth_year,
    Customer.birth_month,
    Customer.birth_day,
    Customer.birth_leap,
    Customer.founded_on,
)


def customers(flt: PeopleFilter, *, extra: Expression | None = None) -> list[Person]:
    """Each matching customer as a person (a company as itself)."""
    cond = customer_condition(flt)
    if extra is not None:
        cond &= extra
    out = []
    for (cid, number, name, kind, gender, job, override, mobile, address, postcode, language,
         sort_key, cal, year, month, day, leap, founded) in _raw(
        Customer.select(*_CUSTOMER_COLUMNS).where(cond)
    ):  # fmt: skip
        individual = kind == "individual"
        out.append(
            Person(
                customer_id=cid,
                contact_id=None,
                number=number,
                customer_name=name,
                kind=kind,
                name=name,
                gender=gender if individual else "",
                title=job if individual else "",
                salutation_override=override,
                mobile=mobile,
                address=address,
                postcode=postcode,
                language=language if language in ("zh", "en") else "zh",
                sort_key=sort_key,
                birthday=_birthday(cal, year, month, day, leap) if individual else None,
                founded_on=_date(founded) if not individual else None,
            )
        )
    return out


def contacts(flt: PeopleFilter, *, extra: Expression | None = None) -> list[Person]:
    """The contact persons of the matching corporate customers, in card order."""
    cond = customer_condition(flt) & (Customer.kind == "corporate")
    if extra is not None:
        cond &= extra
    query = (
        Contact.select(
            Contact.id,
            Contact.customer,
            Customer.number,
            Customer.name,
            Contact.name,
            Contact.gender,
            Contact.title,
            Contact.salutation,
            Contact.mobile,
            Customer.address,
            Customer.postcode,
            Customer.language,
            Customer.sort_key,
            Contact.roles,
            Contact.position,
            Contact.birth_calendar,
            Contact.birth_year,
            Contact.birth_month,
            Contact.birth_day,
            Contact.birth_leap,
        )
        .join(Customer)
        .where(cond)
        .order_by(Contact.customer, Contact.position, Contact.id)
    )
    out = []
    for (kid, cid, number, cname, name, gender, title, override, mobile, address, postcode,
         language, sort_key, roles, position, cal, year, month, day, leap) in _raw(
        query
    ):  # fmt: skip
        out.append(
            Person(
                customer_id=cid,
                contact_id=kid,
                number=number,
                customer_name=cname,
                kind="corporate",
                name=name,
                gender=gender,
                title=title,
                salutation_override=override,
                mobile=mobile,
                address=address,
                postcode=postcode,
                language=language if language in ("zh", "en") else "zh",
                sort_key=sort_key,
                roles=roles,
                position=position,
                birthday=_birthday(cal, year, month, day, leap),
            )
        )
    return out


def main_contact(candidates: Iterable[Person]) -> Person | None:
    """The contact a company's greeting goes to: the decision maker, else the
    payment approver, else finance, else the first on the card."""
    people = list(candidates)
    for role in GREETING_ROLES:
        for p in people:
            if role in p.roles.split(","):
                return p
    return people[0] if people else None
