"""``python main.py statement | dunning | labels`` as a user runs them: real
demo data, real PDFs read back, the collection log checked afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.e2e.test_cli import kehu, no_traceback


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("documents") / "demo.sqlite3"
    result = kehu("demo", "--db", str(path), "--customers", "120", "--seed", "7")
    assert result.returncode == 0, result.stderr
    return path


def _query(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_statement_for_one_customer(demo_db: Path, tmp_path: Path) -> None:
    ((number, name),) = _query(
        demo_db,
        "SELECT c.number, c.name FROM customer c JOIN ledger_entry e ON e.customer_id = c.id "
        "GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1",
    )
    out = tmp_path / "对账单.pdf"
    before = _query(demo_db, "SELECT COUNT(*) FROM balance_confirmation")[0][0]
    result = kehu(
        "statement",
        "--db",
        str(demo_db),
        "--out",
        str(out),
        "--customer",
        number,
        "--from",
        "2026-01-01",
    )
    assert result.returncode == 0, result.stderr
    assert "wrote 1 statement" in result.stderr
    pages = _pages(out)
    assert name in pages[0] and "对账单" in pages[0]
    assert f"第 1 页 共 {len(pages)} 页" in pages[0]
    assert "人民币" in "".join(pages)  # the closing balance in capitals
    after = _query(demo_db, "SELECT COUNT(*) FROM balance_confirmation")[0][0]
    assert after == before + 1


def test_statement_refuses_a_backward_period_and_unknown_customer(
    demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    backward = kehu(
        "statement",
        "--db",
        str(demo_db),
        "--out",
        str(out),
        "--from",
        "2026-05-01",
        "--to",
        "2026-04-01",
    )
    assert backward.returncode == 2 and "after it ends" in backward.stderr
    unknown = kehu(
        "statement", "--db", str(demo_db), "--out", str(out), "--customer", "没有这个客户zzz"
    )
    assert unknown.returncode == 2 and "No customer matches" in unknown.stderr
    assert no_traceback(backward) and no_traceback(unknown)
    assert not out.exists()


def test_dunning_dry_run_records_nothing_then_the_run_records_each_letter(
    demo_db: Path, tmp_path: Path
) -> None:
    log_before = _query(demo_db, "SELECT COUNT(*) FROM collection_log")[0][0]
    dry = kehu("dunning", "--db", str(demo_db), "--dry-run", "--min-overdue-days", "30")
    assert dry.returncode == 0, dry.stderr
    assert "would be printed" in dry.stderr
    listed = [line for line in dry.stdout.splitlines()[2:] if line.strip()]
    assert listed
    assert _query(demo_db, "SELECT COUNT(*) FROM collection_log")[0][0] == log_before

    out = tmp_path / "催款函.pdf"
    run = kehu(
        "dunning",
        "--db",
        str(demo_db),
        "--out",
        str(out),
        "--min-overdue-days",
        "30",
        "--level",
        "2",
    )
    assert run.returncode == 0, run.stderr
    pages = _pages(out)
    assert len(pages) >= len(listed)
    new = _query(
        demo_db,
        "SELECT dunning_level, amount_fen FROM collection_log "
        f"ORDER BY id LIMIT -1 OFFSET {log_before}",
    )
    assert len(new) == len(listed)
    assert all(level == 2 and amount > 0 for level, amount in new)


def test_labels_and_envelopes(demo_db: Path, tmp_path: Path) -> None:
    labels = tmp_path / "labels.pdf"
    result = kehu("labels", "--db", str(demo_db), "--out", str(labels), "--layout", "a4-2x7")
    assert result.returncode == 0, result.stderr
    with_address = _query(
        demo_db, "SELECT COUNT(*) FROM customer WHERE archived = 0 AND address != ''"
    )[0][0]
    assert f"wrote {with_address:,} label" in result.stderr
    assert len(_pages(labels)) == -(-with_address // 14)
    envelopes = tmp_path / "envelopes.pdf"
    result = kehu(
        "labels",
        "--db",
        str(demo_db),
        "--out",
        str(envelopes),
        "--envelope",
        "C5",
        "--customer",
        _query(demo_db, "SELECT number FROM customer WHERE address != '' LIMIT 1")[0][0],
    )
    assert result.returncode == 0, result.stderr
    assert len(_pages(envelopes)) == 1
    bad = kehu(
        "labels", "--db", str(demo_db), "--out", str(tmp_path / "b.pdf"), "--layout", "a5-1x1"
    )
    assert bad.returncode == 2 and "a4-3x8" in bad.stderr and no_traceback(bad)


def test_label_gaps_are_settable_and_checked(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "gaps.pdf"
    ok = kehu(
        "labels", "--db", str(demo_db), "--out", str(out), "--layout", "a4-2x7",
        "--gap-x", "3", "--gap-y", "0.5",
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    too_wide = kehu(
        "labels", "--db", str(demo_db), "--out", str(tmp_path / "wide.pdf"), "--gap-x", "90"
    )
    assert too_wide.returncode == 2 and "Too large" in too_wide.stderr
    assert no_traceback(too_wide) and not (tmp_path / "wide.pdf").exists()
