"""Who gets a dunning letter at which level, what it quotes, and the log rows
a printed batch leaves (app.dunning)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from app.collection_log import add_entry
from app.company import CompanyProfile
from app.customers import archive_customers, save_customer
from app.db import DB
from app.dunning import (
    REASON_EARLY,
    REASON_FIRST,
    REASON_OVERRIDE,
    REASON_RESTART,
    REASON_TOP,
    REASON_UP,
    letter_data,
    letters_data,
    plan_letters,
    record_letters,
)
from app.ledger import post_invoice, set_hold
from app.models import CollectionLog, LedgerEntry
from app.records import ContactData, CustomerData
from tests.unit.collection_helpers import TODAY, customer, days, invoice, payment

INTERVAL = 14


def plan(ids, **kw):
    return plan_letters(ids, today=TODAY, interval_days=INTERVAL, **kw)


def hold_until(debt_id: int, until) -> None:
    # set_hold checks the end against the real today; the tests live at TODAY.
    LedgerEntry.update(hold_until=until).where(LedgerEntry.id == debt_id).execute()


def letter(customer_id: int, level: int, on: int) -> int:
    return add_entry(
        customer_id,
        contact_date=days(on),
        channel="letter",
        dunning_level=level,
        notes="sent",
        today=TODAY,
    )


@pytest.fixture
def owing(db_path) -> int:
    """A customer with two overdue invoices (oldest 60 days past due) and one not yet due."""
    cid = customer("远大贸易")
    invoice(cid, "1000.00", on=days(-90), due=days(-60))
    invoice(cid, "250.50", on=days(-40), due=days(-10))
    invoice(cid, "999.00", on=days(-5), due=days(25))
    return cid


def test_first_letter_is_level_one_and_quotes_the_overdue_debts(owing):
    [p] = plan([owing])
    assert (p.level, p.auto_level, p.reason) == (1, 1, REASON_FIRST)
    assert p.overdue_fen == 125050
    assert p.overdue == Decimal("1250.50")
    assert p.invoice_count == 2
    assert p.oldest_days_overdue == 60
    assert (p.last_level, p.last_sent_on) == (0, None)
    assert p.currency == "CNY"
    assert p.reason_text == "No letter sent yet: level 1"


def test_customers_with_nothing_overdue_are_left_out(db_path):
    paid = customer("已付清")
    invoice(paid, "100.00", on=days(-60), due=days(-30))
    payment(paid, "100.00", on=days(-20))
    not_due = customer("未到期")
    invoice(not_due, "100.00", on=days(-10), due=days(20))
    due_today = customer("今天到期")
    invoice(due_today, "100.00", on=days(-30), due=TODAY)
    nothing = customer("无账")
    assert plan([paid, not_due, due_today, nothing]) == []


def test_a_debt_on_hold_is_out_of_dunning_while_the_hold_lasts(owing):
    other = customer("争议客户")
    disputed = invoice(other, "500.00", on=days(-90), due=days(-60))
    set_hold(disputed, reason="质量争议")
    assert plan([other]) == []
    # The owing customer's older debt on hold: only the newer one is quoted.
    oldest = invoice(owing, "70.00", on=days(-200), due=days(-170))
    set_hold(oldest, reason="争议")
    hold_until(oldest, TODAY)  # the hold lasts through today
    [p] = plan([owing])
    assert (p.overdue_fen, p.oldest_days_overdue) == (125050, 60)
    hold_until(oldest, days(-1))  # the hold is over
    [p] = plan([owing])
    assert (p.overdue_fen, p.oldest_days_overdue) == (132050, 170)


def test_escalates_after_the_interval(owing):
    letter(owing, 1, -INTERVAL)
    [p] = plan([owing])
    assert (p.level, p.reason) == (2, REASON_UP)
    assert (p.last_level, p.last_sent_on) == (1, days(-INTERVAL))
    assert p.reason_params == {"last_level": 1, "days": 14, "interval": 14, "level": 2}


def test_no_escalation_before_the_interval(owing):
    letter(owing, 2, -(INTERVAL - 1))
    [p] = plan([owing])
    assert (p.level, p.reason) == (2, REASON_EARLY)
    assert p.reason_text == (
        "Last letter of level 2 only 13 days ago (the next level after 14 days): level 2 again"
    )


def test_the_level_stops_at_three(owing):
    letter(owing, 1, -50)
    letter(owing, 2, -35)
    letter(owing, 3, -20)
    [p] = plan([owing])
    assert (p.level, p.reason, p.last_level) == (3, REASON_TOP, 3)


def test_the_latest_letter_counts_not_the_highest(owing):
    letter(owing, 3, -50)
    letter(owing, 1, -20)
    [p] = plan([owing])
    assert (p.last_level, p.level) == (1, 2)


def test_a_new_episode_starts_again_at_level_one(db_path):
    cid = customer("老客户")
    invoice(cid, "300.00", on=days(-200), due=days(-170))
    letter(cid, 3, -100)
    payment(cid, "300.00", on=days(-90))  # that episode was paid off
    invoice(cid, "800.00", on=days(-60), due=days(-30))
    [p] = plan([cid])
    assert (p.level, p.reason, p.last_level) == (1, REASON_RESTART, 3)
    assert p.reason_params == {"last_level": 3, "date": days(-100).isoformat()}


def test_a_letter_on_the_due_date_was_not_about_that_debt(db_path):
    cid = customer("当天")
    invoice(cid, "300.00", on=days(-60), due=days(-30))
    letter(cid, 2, -30)
    assert plan([cid])[0].level == 1
    letter(cid, 2, -29)
    assert plan([cid])[0].level == 3


def test_the_admin_overrides_the_level(owing):
    letter(owing, 1, -30)
    [p] = plan([owing], level=3)
    assert (p.level, p.auto_level, p.reason) == (3, 2, REASON_OVERRIDE)
    assert p.reason_params == {"level": 3, "auto_level": 2}
    [same] = plan([owing], level=2)  # the override agrees: the automatic reason stays
    assert (same.level, same.reason) == (2, REASON_UP)
    with pytest.raises(ValueError):
        plan([owing], level=4)


def test_a_corrected_letter_is_replaced_by_its_correction(owing):
    first = letter(owing, 2, -30)
    # The letter was in fact a level 1 letter.
    add_entry(
        owing,
        contact_date=days(-30),
        channel="letter",
        dunning_level=1,
        notes="corrected",
        corrects=first,
        today=TODAY,
    )
    [p] = plan([owing])
    assert (p.last_level, p.level) == (1, 2)


def test_a_letter_taken_back_by_a_correction_does_not_count(owing):
    sent = letter(owing, 2, -30)
    add_entry(
        owing,
        contact_date=days(-30),
        channel="letter",
        notes="never posted: the envelope came back unopened",
        corrects=sent,
        today=TODAY,
    )
    [p] = plan([owing])
    assert (p.last_level, p.level, p.reason) == (0, 1, REASON_FIRST)


def test_other_log_entries_are_not_letters(owing):
    add_entry(owing, contact_date=days(-3), channel="call", said="下周付", today=TODAY)
    assert plan([owing])[0].level == 1


def test_minimum_days_and_amount(db_path):
    small = customer("小额")
    invoice(small, "99.99", on=days(-100), due=days(-70))
    recent = customer("刚逾期")
    invoice(recent, "5000.00", on=days(-35), due=days(-5))
    both = customer("都够")
    invoice(both, "100.00", on=days(-100), due=days(-70))
    ids = [small, recent, both]
    assert [p.customer_id for p in plan(ids)] == ids
    assert [p.customer_id for p in plan(ids, min_overdue_days=30)] == [small, both]
    assert [p.customer_id for p in plan(ids, min_overdue_fen=10000)] == [recent, both]
    assert [p.customer_id for p in plan(ids, min_overdue_days=70, min_overdue_fen=10000)] == [both]
    assert plan(ids, min_overdue_days=71) == []


def test_language_follows_the_card_unless_overridden(db_path):
    zh = customer("中文客户")
    en = save_customer(
        CustomerData(kind="corporate", name="Acme Ltd", language="en"), confirm=True
    ).id
    for cid in (zh, en):
        invoice(cid, "10.00", on=days(-40), due=days(-10))
    assert [p.language for p in plan([zh, en])] == ["zh", "en"]
    assert [p.language for p in plan([zh, en], language="en")] == ["en", "en"]
    assert [p.language for p in plan([zh, en], language="zh")] == ["zh", "zh"]


def test_archived_cards_get_no_letter(owing):
    archive_customers([owing])
    assert plan([owing]) == []


def test_the_interval_comes_from_the_company_settings(owing):
    from app.company import save_profile

    letter(owing, 1, -10)
    save_profile({"dunning_interval_days": "10"})
    assert plan_letters([owing], today=TODAY)[0].level == 2
    save_profile({"dunning_interval_days": "11"})
    assert plan_letters([owing], today=TODAY)[0].level == 1


def test_many_customers_in_a_few_queries(db_path):
    """1,200 customers span two chunks of ids; the plan keeps their order."""
    from app.models import Customer

    with DB.atomic():
        Customer.insert_many(
            [
                {
                    "number": f"B{i:05d}",
                    "kind": "corporate",
                    "name": f"批量客户{i}",
                    "sort_key": f"pl{i:05d}",
                }
                for i in range(1200)
            ]
        ).execute()
        ids = [c for (c,) in Customer.select(Customer.id).order_by(Customer.id).tuples()]
        LedgerEntry.insert_many(
            [
                {
                    "customer": cid,
                    "kind": "invoice",
                    "number": f"P{cid}",
                    "entry_date": days(-60),
                    "due_date": days(-30),
                    "amount_fen": 1000 + n,
                    "delta_fen": 1000 + n,
                    "open_fen": 1000 + n,
                }
                for n, cid in enumerate(ids)
            ]
        ).execute()
    ids.reverse()
    queries = []
    original = DB.execute_sql

    def counting(sql, *args, **kw):
        queries.append(sql)
        return original(sql, *args, **kw)

    DB.obj.execute_sql = counting
    try:
        plans = plan(ids)
    finally:
        del DB.obj.execute_sql
    assert [p.customer_id for p in plans] == ids
    assert plans[0].overdue_fen == 1000 + 1199
    assert 3 <= len(queries) <= 8, queries


# --- the letter's data -------------------------------------------------------------------


COMPANY = CompanyProfile(name="恒达电子", dunning_days_1=15, dunning_days_2=10, dunning_days_3=7)


def test_letter_data_lists_the_overdue_invoices(owing):
    [p] = plan([owing])
    data = letter_data(p, today=TODAY, company=COMPANY)
    assert [(i.open_fen, i.days_overdue) for i in data.invoices] == [(100000, 60), (25050, 10)]
    assert [i.due_date for i in data.invoices] == [days(-60), days(-10)]
    assert data.invoices[0].number.startswith("INV-")
    assert data.total == Decimal("1250.50")
    assert data.total_capitals == "人民币壹仟贰佰伍拾元伍角"
    assert data.deadline == TODAY + timedelta(days=15)
    assert data.deadline_days == 15
    assert data.reference == f"CK20260630-{p.number}-1"
    assert data.recipient.name == "远大贸易"


def test_the_deadline_follows_the_level(owing):
    [p] = plan([owing], level=3)
    assert letter_data(p, today=TODAY, company=COMPANY).deadline == days(7)


def test_the_recipient_speaks_the_letters_language(db_path):
    cid = save_customer(
        CustomerData(
            kind="corporate",
            name="远东实业",
            contacts=[ContactData(name="Li Na", gender="female", roles=["finance"])],
        ),
        confirm=True,
    ).id
    invoice(cid, "10.00", on=days(-40), due=days(-10))
    [p] = plan([cid], language="en")
    data = letter_data(p, today=TODAY, company=COMPANY)
    assert data.recipient.salutation == "Dear Ms Li"
    [p] = plan([cid])
    assert letter_data(p, today=TODAY, company=COMPANY).recipient.salutation == "远东实业"


def test_a_payment_after_planning_is_reflected_and_a_paid_customer_dropped(owing):
    other = customer("付清了")
    invoice(other, "10.00", on=days(-40), due=days(-10))
    plans = plan([owing, other])
    payment(owing, "1000.00", on=TODAY)  # pays the oldest
    payment(other, "10.00", on=TODAY)
    datas = letters_data(plans, today=TODAY, company=COMPANY)
    assert [d.plan.customer_id for d in datas] == [owing]
    assert (datas[0].total_fen, datas[0].plan.overdue_fen) == (25050, 25050)
    assert datas[0].plan.oldest_days_overdue == 10
    with pytest.raises(LookupError):
        letter_data(plans[1], today=TODAY, company=COMPANY)


def test_a_foreign_currency_customer(db_path):
    cid = save_customer(
        CustomerData(kind="corporate", name="Acme", currency="USD", language="en"), confirm=True
    ).id
    post_invoice(
        cid, number="US-1", entry_date=days(-40), amount="12.34", due_date=days(-10), confirm=True
    )
    [p] = plan([cid])
    data = letter_data(p, today=TODAY, company=COMPANY)
    assert (p.currency, data.currency) == ("USD", "USD")
    assert data.total_capitals == "美元壹拾贰元叁角肆分"


# --- recording -----------------------------------------------------------------------------


def test_record_letters_writes_one_log_entry_per_letter(owing, db_path):
    other = customer("第二家")
    invoice(other, "80.00", on=days(-70), due=days(-40))
    letter(other, 1, -30)
    plans = plan([owing, other])
    with DB.atomic():
        ids = record_letters(plans, on_date=TODAY)
    assert len(ids) == 2
    rows = {r.id: r for r in CollectionLog.select().where(CollectionLog.id.in_(ids))}
    first, second = rows[ids[0]], rows[ids[1]]
    assert (first.customer_id, first.dunning_level, first.amount_fen) == (owing, 1, 125050)
    assert (second.customer_id, second.dunning_level, second.amount_fen) == (other, 2, 8000)
    assert first.channel == second.channel == "letter"
    assert first.contact_date == TODAY
    assert "第1级" in first.notes and "¥1,250.50" in first.notes
    assert f"CK20260630-{plans[0].number}-1" in first.notes
    # The next run knows: both are early for the next level now.
    again = plan([owing, other])
    assert [(p.level, p.reason) for p in again] == [(1, REASON_EARLY), (2, REASON_EARLY)]


def test_record_letters_in_bulk_and_rolled_back_with_the_batch(db_path):
    cid = customer("大批量")
    invoice(cid, "10.00", on=days(-40), due=days(-10))
    [p] = plan([cid])
    plans = [p] * 1000
    with pytest.raises(RuntimeError), DB.atomic():
        assert len(record_letters(plans, on_date=TODAY)) == 1000
        raise RuntimeError("the PDF could not be written")
    assert CollectionLog.select().count() == 0
    ids = record_letters(plans, on_date=TODAY)
    assert len(ids) == len(set(ids)) == 1000
    assert CollectionLog.select().where(CollectionLog.dunning_level == 1).count() == 1000


def test_an_english_letter_is_noted_in_english(db_path):
    cid = customer("外文")
    invoice(cid, "10.00", on=days(-40), due=days(-10))
    [p] = plan([cid], language="en", level=3)
    [log_id] = record_letters([p], on_date=TODAY)
    note = CollectionLog.get_by_id(log_id).notes
    assert note.startswith("Dunning letter level 3 (final demand) printed")
