"""Settings of birthdays and greetings, kept in the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import greeting_settings
from app.birthdays import FEB28, MAR1
from app.errors import ValidationError
from app.greeting_settings import ALL_CONTACTS, MAIN_CONTACT, GreetingSettings
from app.models import BusinessSetting


def test_defaults_on_a_new_database(db_path: Path) -> None:
    assert greeting_settings.load() == GreetingSettings(FEB28, 7, MAIN_CONTACT)


def test_saved_and_loaded(db_path: Path) -> None:
    wanted = GreetingSettings(feb29=MAR1, upcoming_days=14, contacts=ALL_CONTACTS)
    assert greeting_settings.save(wanted) == wanted
    assert greeting_settings.load() == wanted
    greeting_settings.save(GreetingSettings(upcoming_days=366))
    assert greeting_settings.load() == GreetingSettings(upcoming_days=366)
    stored = {s.key: s.value for s in BusinessSetting.select()}
    assert stored == {
        "greetings.feb29": "feb28",
        "greetings.upcoming_days": "366",
        "greetings.contacts": "main",
    }


@pytest.mark.parametrize(
    ("settings", "fields"),
    [
        (GreetingSettings(feb29="mar2"), {"feb29"}),
        (GreetingSettings(upcoming_days=0), {"upcoming_days"}),
        (GreetingSettings(upcoming_days=367), {"upcoming_days"}),
        (GreetingSettings(upcoming_days="7"), {"upcoming_days"}),  # type: ignore[arg-type]
        (GreetingSettings(upcoming_days=True), {"upcoming_days"}),
        (GreetingSettings(contacts="everyone"), {"contacts"}),
        (GreetingSettings("x", -1, "y"), {"feb29", "upcoming_days", "contacts"}),
    ],
)
def test_bad_settings_are_refused_and_nothing_is_saved(
    db_path: Path, settings: GreetingSettings, fields: set[str]
) -> None:
    with pytest.raises(ValidationError) as raised:
        greeting_settings.save(settings)
    assert raised.value.fields == fields
    assert BusinessSetting.select().count() == 0


def test_damaged_stored_values_fall_back_to_the_defaults(db_path: Path) -> None:
    for key, value in (("feb29", "feb30"), ("upcoming_days", "lots"), ("contacts", "")):
        BusinessSetting.replace(key="greetings." + key, value=value).execute()
    assert greeting_settings.load() == GreetingSettings()
    BusinessSetting.replace(key="greetings.upcoming_days", value="999").execute()
    assert greeting_settings.load().upcoming_days == 7
