"""The base of every model: the one database proxy, snake_case table names."""

from __future__ import annotations

from datetime import datetime

from peewee import Model

from app.db import DB


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = DB
        legacy_table_names = False
