"""Forward steps of the schema. ``app.db.migrate`` runs each inside one
transaction, after a backup of the file. Steps use peewee's schema migrator so
they stay portable to PostgreSQL."""

from __future__ import annotations

from peewee import CharField, IntegerField
from playhouse.migrate import SchemaMigrator, migrate

from app.db import DB


def v1_to_v2() -> None:
    """Receivables and the collection workflow: the customer's currency and
    late-charge terms, and the ledger and collection tables."""
    from app.models import V2_MODELS

    migrator = SchemaMigrator.from_database(DB.obj)
    migrate(
        migrator.add_column("customer", "currency", CharField(max_length=3, default="CNY")),
        migrator.add_column("customer", "late_fee_mode", CharField(max_length=16, default="")),
        migrator.add_column("customer", "late_fee_daily_ppm", IntegerField(null=True)),
        migrator.add_column(
            "customer", "late_fee_per_level", CharField(max_length=100, default="")
        ),
    )
    DB.create_tables(V2_MODELS)


def v2_to_v3() -> None:
    """Printed documents: the dunning templates and the company's images, and
    the amount a printed dunning letter asked for."""
    from app.models import V3_MODELS

    # A file that came from schema 1 got the log table from today's model in
    # step 1 -> 2, with the column already there.
    columns = {c.name for c in DB.get_columns("collection_log")}
    if "amount_fen" not in columns:
        migrator = SchemaMigrator.from_database(DB.obj)
        migrate(migrator.add_column("collection_log", "amount_fen", IntegerField(null=True)))
    DB.create_tables(V3_MODELS)


def v3_to_v4() -> None:
    """Birthdays, holidays and greetings: a salutation of one's own for
    customers and contacts, the custom holidays, the greeted marks and the
    greeting texts."""
    from app.models import V4_MODELS

    migrator = SchemaMigrator.from_database(DB.obj)
    for table in ("customer", "contact"):
        if "salutation" not in {c.name for c in DB.get_columns(table)}:
            migrate(migrator.add_column(table, "salutation", CharField(max_length=50, default="")))
    DB.create_tables(V4_MODELS)


def v4_to_v5() -> None:
    """The audit trail: its table, and the triggers that write it and guard it.

    ``app.db.migrate`` drops the triggers before every step and installs them
    after it, so later steps may change audited tables freely (``app.audit``)."""
    from app.audit import install_triggers
    from app.models import V5_MODELS

    DB.create_tables(V5_MODELS)
    install_triggers()
