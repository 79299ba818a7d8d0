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
