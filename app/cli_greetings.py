"""The greeting commands of the command line: ``birthdays``, ``greetings`` and
``holidays``. They call the same app/ functions as the greeting window.

- ``birthdays``: the birthdays and founding anniversaries of the next days
  (``app.upcoming``), as a table or JSON.
- ``greetings``: the greeting list of a holiday (or of the birthdays or
  anniversaries of some days) written to CSV or XLSX for an SMS platform, or
  to a PDF: the list, greeting cards, labels or envelopes
  (``app.greeting_output``); ``--mark-greeted`` records the people written
  as greeted once the file is in place.
- ``holidays``: every holiday of a year with its day.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.db import open_database

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FIRST_YEAR, LAST_YEAR = 1901, 2100
#: What --holiday accepts besides holidays (normalised: casefolded).
BIRTHDAY_WORDS = frozenset({"birthday", "birthdays", "生日"})
ANNIVERSARY_WORDS = frozenset({"anniversary", "anniversaries", "成立纪念日", "周年纪念日"})
#: CSV encodings on the command line and what app.greeting_output calls them.
ENCODINGS = {"utf-8": "utf-8-sig", "utf-8-sig": "utf-8-sig", "gbk": "gbk"}


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write it as 2026-09-25)") from None


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{value} is outside the years the lunar calendar is known for "
            f"({FIRST_YEAR} to {LAST_YEAR})"
        )
    return value


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 366:
        raise argparse.ArgumentTypeError(f"must be from 1 to 366: {text}")
    return value


def add_greeting_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    from app.choices import TIER
    from app.greeting_settings import CONTACT_CHOICES

    birthdays = sub.add_parser(
        "birthdays",
        parents=[common],
        help="list the birthdays and founding anniversaries of the next days",
        description=(
            "List the birthdays of individual customers and of the contact persons of "
            "companies, and the founding anniversaries of companies, falling in the next "
            "days (today included): the day, the age turned, the card it belongs to, the "
            "birthday as entered (solar or lunar), the zodiac animal and the mobile. "
            "Lunar birthdays, leap months, day 30 and 29 February follow the rules of "
            "the greeting settings."
        ),
    )
    birthdays.add_argument(
        "--days",
        type=_days,
        metavar="N",
        help="how many days to look ahead, today included (default: the setting, 7)",
    )
    birthdays.add_argument(
        "--from", dest="date_from", type=_iso_date, metavar="DATE", help="start here, not today"
    )
    birthdays.add_argument("--json", action="store_true", help="print JSON (ISO dates)")
    birthdays.set_defaults(func=cmd_birthdays)

    greetings = sub.add_parser(
        "greetings",
        parents=[common],
        help="write a greeting list to CSV/XLSX for an SMS platform, or to a PDF",
        description=(
            "Write the people to greet for a holiday - every individual customer and "
            "each company's main contact (or, with --contacts all, every contact) - "
            "with salutation and mobile to a CSV or XLSX file for an SMS platform, or "
            "to a PDF: the list, greeting cards (--cards), address labels (--labels) or "
            "envelopes (--envelopes). The kind of file follows from the extension of "
            "--out. --holiday birthday (or anniversary) with --from and --to lists the "
            "birthdays (founding anniversaries) of those days instead. People greeted "
            "already for the occasion and year are left out unless --include-greeted; "
            "--mark-greeted records the people written as greeted once the file is "
            "written. Archived customers are never included."
        ),
    )
    greetings.add_argument(
        "--holiday",
        required=True,
        metavar="NAME_OR_KEY",
        help="the holiday (中秋节, 中秋, mid_autumn, Mid-Autumn Festival, a custom "
        "holiday's name), or birthday or anniversary",
    )
    greetings.add_argument(
        "--year",
        type=_year,
        metavar="Y",
        help="the year of the holiday (default: the year it next falls in)",
    )
    greetings.add_argument(
        "--from",
        dest="date_from",
        type=_iso_date,
        metavar="DATE",
        help="birthdays or anniversaries: the first day (default: Monday of this week)",
    )
    greetings.add_argument(
        "--to",
        dest="date_to",
        type=_iso_date,
        metavar="DATE",
        help="birthdays or anniversaries: the last day (default: Sunday of this week)",
    )
    greetings.add_argument("--group", metavar="NAME", help="only the customers of this group")
    greetings.add_argument(
        "--tier", choices=tuple(TIER), metavar="KEY", help=f"only this tier: {', '.join(TIER)}"
    )
    greetings.add_argument(
        "--salesperson", metavar="NAME", help="only this salesperson's customers"
    )
    greetings.add_argument(
        "--contacts",
        choices=CONTACT_CHOICES,
        help="of each company on a holiday: the main contact or all contacts "
        "(default: the setting)",
    )
    greetings.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="the file to write: .csv or .xlsx (for an SMS platform) or .pdf",
    )
    pdf = greetings.add_mutually_exclusive_group()
    pdf.add_argument("--cards", action="store_true", help="a PDF of greeting cards, not the list")
    pdf.add_argument(
        "--labels",
        metavar="LAYOUT",
        help="a PDF of address labels on this sheet layout (see labels --list-layouts)",
    )
    pdf.add_argument("--envelopes", choices=("DL", "C5"), help="a PDF of envelopes of this size")
    greetings.add_argument(
        "--encoding",
        choices=tuple(ENCODINGS),
        default="utf-8",
        help="of a CSV file: utf-8 (default, with the mark Excel recognises) or gbk",
    )
    greetings.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="the language of the column headings and of the list (default: zh); each "
        "person's message is in their own document language",
    )
    greetings.add_argument(
        "--include-greeted",
        action="store_true",
        help="also the people greeted already for this occasion and year",
    )
    greetings.add_argument(
        "--mark-greeted",
        action="store_true",
        help="record the people written as greeted, once the file is written",
    )
    greetings.set_defaults(func=cmd_greetings)

    holidays = sub.add_parser(
        "holidays",
        parents=[common],
        help="list every holiday of a year with its day",
        description=(
            "List every holiday - the built-in solar and lunar ones and the business's "
            "own - with the day it falls on in the year, the weekday, its calendar and "
            "the lunar date of that day."
        ),
    )
    holidays.add_argument("--year", type=_year, metavar="Y", help="the year (default: this year)")
    holidays.add_argument("--json", action="store_true", help="print JSON (ISO dates)")
    holidays.set_defaults(func=cmd_holidays)


def _say(text: str) -> None:
    print(f"kehu: {text}", file=sys.stderr)


def _lunar_text(day: date) -> tuple[Any, str]:
    """The lunar date of a solar day and its name (八月十五); None outside the range."""
    from app import lunar
    from app.lunar_names import lunar_day_name, lunar_month_name

    try:
        found = lunar.from_solar(day)
    except lunar.OutOfRange:
        return None, ""
    return found, lunar_month_name(found.month, found.leap) + lunar_day_name(found.day)


# --- birthdays ---------------------------------------------------------------------------------


def _birthday_text(event: Any) -> str:
    from app import birthdays
    from app.upcoming import ANNIVERSARY

    b = event.birthday
    if event.kind == ANNIVERSARY:
        return f"成立 {b.year:04d}-{b.month:02d}-{b.day:02d}"
    text = birthdays.describe(b)
    text = text if b.calendar == "lunar" else "公历" + text
    return f"{text} ({b.year})" if b.year else text


def _in_days(days: int) -> str:
    return "today" if days == 0 else "tomorrow" if days == 1 else f"{days} days"


def cmd_birthdays(args: argparse.Namespace) -> int:
    from app import greeting_settings, upcoming
    from app.cli import format_table
    from app.lunar import ZODIAC_ZH

    open_database(args.db, create=False)
    start = args.date_from or date.today()
    days = args.days or greeting_settings.load().upcoming_days
    events = upcoming.upcoming(start, days)
    try:
        end = start + timedelta(days=days - 1)
    except OverflowError:
        end = date.max
    if args.json:
        document = {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "events": [_event_document(e) for e in events],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    if not events:
        _say(f"no birthday or anniversary from {start.isoformat()} to {end.isoformat()}.")
        return 0
    rows = [
        [
            e.on.isoformat(),
            WEEKDAYS[e.on.weekday()],
            _in_days(e.days_away),
            e.person.name,
            f"{e.person.number} {e.person.customer_name}",
            _birthday_text(e),
            "" if e.age is None else str(e.age),
            ZODIAC_ZH.get(e.zodiac or "", ""),
            e.person.mobile,
        ]
        for e in events
    ]
    header = ["Date", "Day", "In", "Name", "Card", "Birthday", "Age", "Zodiac", "Mobile"]
    print(format_table(header, rows))
    return 0


def _event_document(e: Any) -> dict[str, Any]:
    from app import birthdays
    from app.lunar import ZODIAC_ZH

    b = e.birthday
    return {
        "date": e.on.isoformat(),
        "weekday": WEEKDAYS[e.on.weekday()],
        "days_away": e.days_away,
        "today": e.is_today,
        "kind": e.kind,
        "name": e.person.name,
        "salutation": e.person.salutation,
        "customer": {
            "id": e.person.customer_id,
            "number": e.person.number,
            "name": e.person.customer_name,
        },
        "contact_id": e.person.contact_id,
        "birthday": {
            "calendar": b.calendar,
            "year": b.year,
            "month": b.month,
            "day": b.day,
            "leap": b.leap,
            "text": birthdays.describe(b),
        },
        "age": e.age,
        "zodiac": e.zodiac,
        "zodiac_zh": ZODIAC_ZH.get(e.zodiac) if e.zodiac else None,
        "mobile": e.person.mobile,
    }


# --- greetings ---------------------------------------------------------------------------------


def _output_kind(args: argparse.Namespace) -> str | None:
    from app import greeting_output as out

    suffix = Path(args.out).suffix.lower()
    if suffix == ".pdf":
        if args.cards:
            return out.CARDS_PDF
        if args.labels:
            from app.documents.label_layouts import LAYOUTS

            if args.labels not in LAYOUTS:
                known = ", ".join(LAYOUTS)
                _say(f"there is no label layout {args.labels!r}; choose one of: {known}.")
                return None
            return out.LABELS
        if args.envelopes:
            return out.ENVELOPES
        return out.LIST_PDF
    if args.cards or args.labels or args.envelopes:
        _say("greeting cards, labels and envelopes are PDFs: name a .pdf file with --out.")
        return None
    kind = {".csv": out.CSV, ".xlsx": out.XLSX}.get(suffix)
    if kind is None:
        _say(
            f"cannot tell what to write from {Path(args.out).name!r}: "
            "name a .csv, .xlsx or .pdf file with --out."
        )
    return kind


def _occasion(text: str) -> tuple[str, Any]:
    """(occasion key, Holiday or None) named by --holiday."""
    import unicodedata

    from app import holidays

    word = unicodedata.normalize("NFKC", text).strip().casefold()
    if word in BIRTHDAY_WORDS:
        return holidays.BIRTHDAY, None
    if word in ANNIVERSARY_WORDS:
        return holidays.ANNIVERSARY, None
    holiday = holidays.find(text)
    return holiday.key, holiday


def _people_filter(args: argparse.Namespace) -> Any:
    from app.document_selection import group_id_by_name
    from app.errors import NotFoundError
    from app.models import Customer
    from app.people import PeopleFilter

    if args.salesperson is not None:
        if not Customer.select().where(Customer.salesperson == args.salesperson).exists():
            raise NotFoundError(
                "No customer has the salesperson {name}.", name=repr(args.salesperson)
            )
    return PeopleFilter(
        group_ids=(group_id_by_name(args.group),) if args.group else (),
        tiers=(args.tier,) if args.tier else (),
        salespersons=(args.salesperson,) if args.salesperson is not None else (),
    )


#: GreetingRequest fields as the options that set them.
_OPTIONS = {"year": "--year", "date_to": "--from/--to", "date_from": "--from/--to"}


def _request(args: argparse.Namespace, today: date) -> Any:
    """The GreetingRequest the options describe; None (and a message) when they
    do not make one."""
    from app import greeting_settings, holidays
    from app.greetings import GreetingRequest, birthdays_this_week

    occasion, holiday = _occasion(args.holiday)
    contacts = args.contacts or greeting_settings.load().contacts
    people = _people_filter(args)
    if holiday is None:
        if args.year is not None:
            _say(f"--year is for holidays; choose the days of {occasion}s with --from and --to.")
            return None
        if (args.date_from is None) != (args.date_to is None):
            _say("give both --from and --to, or neither for this week (Monday to Sunday).")
            return None
        date_from, date_to = args.date_from, args.date_to
        if date_from is None:
            date_from, date_to = birthdays_this_week(today)
        return GreetingRequest(
            occasion, date_from=date_from, date_to=date_to, people=people, contacts=contacts
        )
    if args.date_from is not None or args.date_to is not None:
        _say("--from and --to are for birthdays and anniversaries; a holiday takes --year.")
        return None
    year = args.year
    if year is None:
        upcoming = holidays.next_date(holiday, today)
        if upcoming is None:
            _say(f"{holiday.name_zh} does not fall again after today; name the year with --year.")
            return None
        year = upcoming.year
    return GreetingRequest(occasion, year, people=people, contacts=contacts)


def _skipped_text(skipped: Sequence[tuple[Any, str]]) -> str:
    from app import greeting_output as out

    if not skipped:
        return "skipped 0"
    short = {out.NO_MOBILE: "no mobile", out.NO_ADDRESS: "no address"}
    reasons = Counter(short.get(reason, reason) for _row, reason in skipped)
    return "skipped " + ", ".join(f"{count:,} ({reason})" for reason, count in reasons.items())


def cmd_greetings(args: argparse.Namespace) -> int:
    from app import greeting_output
    from app.cli import _progress_printer
    from app.errors import ValidationError
    from app.greetings import greeting_list, mark_greeted, occasion_name

    kind = _output_kind(args)
    if kind is None:
        return 2
    open_database(args.db, create=False)
    request = _request(args, date.today())
    if request is None:
        return 2
    try:
        rows = greeting_list(request)
    except ValidationError as exc:
        for issue in exc.issues:
            _say(f"{_OPTIONS.get(issue.field, issue.field)}: {issue.message}.")
        return 2
    what = occasion_name(request.occasion)
    when = (
        str(request.year)
        if request.year is not None
        else f"{request.date_from.isoformat()} to {request.date_to.isoformat()}"
    )
    greeted = [r for r in rows if r.greeted]
    chosen = rows if args.include_greeted else [r for r in rows if not r.greeted]
    if not chosen:
        if greeted:
            _say(
                f"nobody left to greet for {what} {when}: all {len(greeted):,} were greeted "
                "already (--include-greeted writes them again). Nothing was written."
            )
        else:
            _say(f"nobody to greet for {what} {when} in this selection. Nothing was written.")
        return 0
    options: dict[str, Any] = {
        "language": args.lang,
        "encoding": ENCODINGS[args.encoding],
        "progress": _progress_printer("greetings"),
    }
    if args.labels:
        options["layout"] = args.labels
    if args.envelopes:
        options["envelope"] = args.envelopes
    try:
        result = greeting_output.write(kind, chosen, args.out, **options)
    except ValidationError as exc:
        for issue in exc.issues:
            _say(f"{issue.message}.")
        return 2
    print(
        f"Wrote {result.written:,} people to {args.out}; {_skipped_text(result.skipped)}",
        file=sys.stderr,
    )
    if result.skipped:
        names = ", ".join(f"{r.person.name} ({r.person.number})" for r, _ in result.skipped[:10])
        more = f" and {len(result.skipped) - 10:,} more" if len(result.skipped) > 10 else ""
        _say(f"left out: {names}{more}.")
    if greeted and not args.include_greeted:
        _say(f"{len(greeted):,} greeted already for {what} {when} were left out.")
    if args.mark_greeted:
        left_out = {id(r) for r, _reason in result.skipped}
        written = [r for r in chosen if id(r) not in left_out]
        channel = {
            greeting_output.CSV: "sms",
            greeting_output.XLSX: "sms",
            greeting_output.CARDS_PDF: "card",
            greeting_output.LABELS: "letter",
            greeting_output.ENVELOPES: "letter",
        }.get(kind, "")
        marked = mark_greeted(written, channel=channel)
        _say(f"marked {marked:,} people as greeted for {what} {when}.")
    return 0


# --- holidays ----------------------------------------------------------------------------------


def cmd_holidays(args: argparse.Namespace) -> int:
    from app import holidays
    from app.cli import format_table

    open_database(args.db, create=False)
    year = args.year or date.today().year
    found = holidays.holidays_in(year)
    if args.json:
        items = []
        for h, on in found:
            lunar_day, text = _lunar_text(on)
            items.append(
                {
                    "key": h.key,
                    "name_zh": h.name_zh,
                    "name_en": h.name_en,
                    "date": on.isoformat(),
                    "weekday": WEEKDAYS[on.weekday()],
                    "calendar": h.calendar,
                    "rule": h.describe_date(),
                    "custom": h.is_custom,
                    "lunar": None
                    if lunar_day is None
                    else {
                        "year": lunar_day.year,
                        "month": lunar_day.month,
                        "day": lunar_day.day,
                        "leap": lunar_day.leap,
                        "text": text,
                    },
                }
            )
        print(json.dumps({"year": year, "holidays": items}, ensure_ascii=False, indent=2))
        return 0
    rows = [
        [
            on.isoformat(),
            WEEKDAYS[on.weekday()],
            h.name_zh,
            h.name_en if h.name_en != h.name_zh else "",
            h.calendar,
            _lunar_text(on)[1],
            h.key,
        ]
        for h, on in found
    ]
    print(format_table(["Date", "Day", "Holiday", "English", "Calendar", "Lunar", "Key"], rows))
    return 0
