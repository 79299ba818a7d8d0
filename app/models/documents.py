"""What the printed documents need from the database: the editable dunning
letter templates and the company's images (logo, seal). Images are kept in the
database, not as paths, so every seat of a shared office prints the same."""

from __future__ import annotations

from peewee import BlobField, CharField, DateTimeField, IntegerField, SmallIntegerField, TextField

from app.models.base import BaseModel, now


class DunningTemplate(BaseModel):
    """The text of one dunning letter level (1 friendly, 2 formal, 3 final) in
    one document language. A missing row means the built-in default."""

    level = SmallIntegerField()
    language = CharField(max_length=8)  # "zh" or "en", as Customer.language
    subject = CharField(max_length=200)
    body = TextField()
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)  # optimistic locking for the editor

    class Meta:
        indexes = ((("level", "language"), True),)


class CompanyImage(BaseModel):
    """A picture of the letterhead: ``key`` is "logo" or "seal"."""

    key = CharField(primary_key=True, max_length=16)
    data = BlobField()
    file_name = CharField(max_length=200, default="")
    updated_at = DateTimeField(default=now)
