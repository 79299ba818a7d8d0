"""Customer cards, their contacts, search keys and groups."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
)

from app.models.base import BaseModel, now


class SchemaInfo(BaseModel):
    key = CharField(primary_key=True, max_length=64)
    value = TextField()


class Customer(BaseModel):
    """One customer card: an individual (个人客户) or a corporate customer
    (单位客户). Columns that do not apply to the kind stay empty."""

    number = CharField(max_length=32, unique=True)
    kind = CharField(max_length=16, index=True)  # app.choices.KIND
    name = CharField(max_length=200)
    short_name = CharField(max_length=100, default="")
    # Pinyin of the name, for sorting Chinese names the way people expect.
    sort_key = CharField(max_length=400, index=True)
    # Pinyin initials of the name ("zs"), for ranking searches (indexed below).
    initials = CharField(max_length=200, default="")

    # Individual
    gender = CharField(max_length=8, default="")
    id_number = CharField(max_length=18, default="", index=True)
    employer = CharField(max_length=200, default="")
    job_title = CharField(max_length=100, default="")
    wechat = CharField(max_length=100, default="")
    qq = CharField(max_length=20, default="")
    family_notes = TextField(default="")
    hobbies = TextField(default="")
    preferences = TextField(default="")

    # Birthday as the user entered it: a solar or a lunar date; the year may be
    # unknown. A lunar date's year is the lunar year.
    birth_calendar = CharField(max_length=8, default="")  # "", solar, lunar
    birth_year = SmallIntegerField(null=True)
    birth_month = SmallIntegerField(null=True)
    birth_day = SmallIntegerField(null=True)
    birth_leap = BooleanField(default=False)
    # How greetings address the person when the derived salutation will not do.
    salutation = CharField(max_length=50, default="")

    # Shared contact data
    mobile = CharField(max_length=40, default="", index=True)
    phone = CharField(max_length=40, default="")  # landline / switchboard
    fax = CharField(max_length=40, default="")
    email = CharField(max_length=254, default="")
    address = CharField(max_length=300, default="")
    postcode = CharField(max_length=12, default="")
    source = CharField(max_length=100, default="")
    salesperson = CharField(max_length=50, default="", index=True)
    notes = TextField(default="")
    language = CharField(max_length=8, default="zh")  # document language

    # Corporate
    credit_code = CharField(max_length=18, default="", index=True)
    legal_rep = CharField(max_length=50, default="")
    industry = CharField(max_length=100, default="")
    company_size = CharField(max_length=16, default="")
    founded_on = DateField(null=True)
    website = CharField(max_length=200, default="")
    bank_name = CharField(max_length=100, default="")
    bank_account = CharField(max_length=40, default="")
    invoice_type = CharField(max_length=16, default="")
    tax_id = CharField(max_length=20, default="")

    # Payment profile (corporate)
    settlement_method = CharField(max_length=16, default="")
    settlement_days = SmallIntegerField(null=True)  # N days net
    payment_days = CharField(max_length=40, default="")  # "10,25": fixed days of month
    payment_signer = CharField(max_length=50, default="")
    signer_hours = CharField(max_length=100, default="")
    reconcile_first = BooleanField(default=False)
    payment_documents = TextField(default="")

    # Credit
    credit_rating = CharField(max_length=4, default="")
    credit_limit_fen = IntegerField(null=True)
    payment_terms_days = SmallIntegerField(null=True)
    supply_hold = BooleanField(default=False)
    supply_hold_reason = CharField(max_length=200, default="")
    supply_hold_since = DateField(null=True)

    # Receivables: the currency of the customer's ledger (no mixing in one sum)
    # and the late-payment charge terms of the contract (违约金).
    currency = CharField(max_length=3, default="CNY")
    late_fee_mode = CharField(max_length=16, default="")  # app.choices.LATE_FEE_MODE
    late_fee_daily_ppm = IntegerField(null=True)  # millionths of the overdue amount per day
    late_fee_per_level = CharField(
        max_length=100, default=""
    )  # fen per reminder level: "5000,10000"

    tier = CharField(max_length=16, default="ordinary", index=True)

    archived = BooleanField(default=False, index=True)
    archived_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)  # optimistic locking

    class Meta:
        indexes = (
            (("archived", "sort_key"), False),
            (("archived", "initials"), False),
            # Lets a search look a match up without reading the wide row.
            (("id", "archived", "sort_key"), False),
        )


class Contact(BaseModel):
    """A contact person of a corporate customer (联系人)."""

    customer = ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE", index=True)
    position = SmallIntegerField(default=0)  # order on the card
    name = CharField(max_length=100)
    gender = CharField(max_length=8, default="")
    title = CharField(max_length=100, default="")
    roles = CharField(max_length=100, default="")  # comma-separated app.choices.ROLE keys
    mobile = CharField(max_length=40, default="", index=True)
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=254, default="")
    wechat = CharField(max_length=100, default="")
    birth_calendar = CharField(max_length=8, default="")
    birth_year = SmallIntegerField(null=True)
    birth_month = SmallIntegerField(null=True)
    birth_day = SmallIntegerField(null=True)
    birth_leap = BooleanField(default=False)
    salutation = CharField(max_length=50, default="")  # overrides the derived one
    notes = TextField(default="")


class SearchKey(BaseModel):
    """Precomputed, lower-case search text of a customer: names, number, phones,
    pinyin in full and initials, contact names. Kept in step on every write by
    ``app.customers``; narrow so that a substring scan of 100,000 rows is fast."""

    customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE")
    text = TextField()


class Group(BaseModel):
    name = CharField(max_length=100, unique=True)
    sort_key = CharField(max_length=300, index=True)
    created_at = DateTimeField(default=now)


class Membership(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    group = ForeignKeyField(Group, on_delete="CASCADE", index=True)

    class Meta:
        primary_key = CompositeKey("customer", "group")
