"""Keeping in touch: the business's own holidays, who was greeted for which
occasion and year, and the editable greeting texts (SMS and cards)."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
)

from app.models.base import BaseModel, now
from app.models.customers import Contact, Customer


class CustomHoliday(BaseModel):
    """A day the business greets its customers on, besides the built-in
    holidays: solar or lunar, yearly (``year`` empty) or once (``year`` set: a
    solar year, or the lunar year of a lunar date)."""

    name = CharField(max_length=50, unique=True)
    calendar = CharField(max_length=8)  # solar | lunar
    month = SmallIntegerField()
    day = SmallIntegerField()
    leap = BooleanField(default=False)
    year = SmallIntegerField(null=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


class GreetingMark(BaseModel):
    """A person greeted for an occasion in a year, so nobody is greeted twice
    or forgotten. ``occasion`` is a holiday key (``app.holidays``),
    "birthday" or "anniversary"; ``year`` the solar year of the day greeted
    for. ``person`` is the contact's id, or 0 for the customer themself: it
    makes the unique key portable where a NULL contact would not be."""

    occasion = CharField(max_length=40)
    year = SmallIntegerField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=True)
    contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE", index=True)
    person = IntegerField(default=0)
    channel = CharField(max_length=16, default="")  # sms | card | letter | ""
    greeted_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("occasion", "year", "customer", "person"), True),)


class GreetingTemplate(BaseModel):
    """The text of a greeting for one occasion, language and kind ("sms" or
    "card"). A missing row means the built-in default."""

    occasion = CharField(max_length=40)
    language = CharField(max_length=8)
    kind = CharField(max_length=8)
    title = CharField(max_length=200, default="")
    body = TextField()
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("occasion", "language", "kind"), True),)
