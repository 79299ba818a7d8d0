"""What the crash-safety test writes and how it recognises a state.

Shared by the test (``test_crash_safety``) and its child processes
(``child_import``, ``child_ledger``): the import file of scenario A, and a
fingerprint of the rows of some tables, read through a plain ``sqlite3``
connection so that the state a kill left behind is looked at before the
application's open path (analyze, migrations) touches the file.
"""

from __future__ import annotations

import csv
import hashlib
import random
import sqlite3
import sys
from datetime import date
from pathlib import Path

from app import customer_columns as cc
from app.models import Allocation, Contact, Customer, Group, LedgerEntry, Membership, SearchKey
from app.records import Birthday, ContactData, CustomerData

#: Columns that hold the wall-clock time of a write: two runs of the same
#: work differ there and nowhere else ("at": the audit trail's time).
CLOCK_COLUMNS = frozenset({"created_at", "updated_at", "archived_at", "at"})

#: The audit trail (``app.audit``), written by triggers in the same
#: transactions: fingerprinted too when the file has it.
AUDIT_TABLE = "audit_entry"
CUSTOMER_TABLES = tuple(
    m._meta.table_name for m in (Customer, Contact, SearchKey, Group, Membership)
) + (AUDIT_TABLE,)
LEDGER_TABLES = tuple(m._meta.table_name for m in (LedgerEntry, Allocation)) + (AUDIT_TABLE,)

#: The tag in the notes of every customer an import file of this test creates,
#: and in the notes filled into the existing customers it updates.
IMPORT_NOTE = "崩溃测试导入"
#: The group ``run_import`` puts every created and updated customer into.
IMPORT_GROUP = "崩溃测试批次"
#: Groups named in the file's 分组 column.
FILE_GROUPS = ("华东客户", "重点客户")

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉萍海燕晓东文斌"
_CITIES = ("杭州", "苏州", "宁波", "无锡", "佛山", "东莞", "厦门", "合肥", "温州", "常州")
_WORDS = ("恒达", "鑫源", "华盛", "宏图", "金鼎", "瑞丰", "永昌", "博远", "天泽", "凯旋")
_TRADES = ("贸易", "机械", "建材", "电子", "食品", "纺织", "物流", "科技", "五金", "包装")
_STREETS = ("人民路", "解放路", "中山路", "建设路", "和平街", "新华路", "胜利街", "文化路")


def person_name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))


def company_name(rng: random.Random) -> str:
    return f"{rng.choice(_CITIES)}{rng.choice(_WORDS)}{rng.choice(_TRADES)}有限公司"


def mobile(prefix: str, n: int) -> str:
    """A valid mainland mobile: *prefix* (3 digits) and *n* in 8 digits."""
    return f"{prefix}{n:08d}"


def make_card(
    rng: random.Random, n: int, *, prefix: str, contact_prefix: str, note: str
) -> CustomerData:
    """A customer card as an office would have it: most are individuals, one in
    five a company with one or two contact persons."""
    address = f"{rng.choice(_CITIES)}市{rng.choice(_STREETS)}{rng.randint(1, 999)}号"
    if n % 5 == 0:
        contacts = [
            ContactData(
                name=person_name(rng),
                title=rng.choice(("财务", "采购经理", "总经理", "出纳")),
                mobile=mobile(contact_prefix, n * 3 + k),
            )
            for k in range(1 + n % 2)
        ]
        return CustomerData(
            kind="corporate",
            name=company_name(rng),
            mobile=mobile(prefix, n),
            phone=f"0571-8{n % 10_000_000:07d}",
            address=address,
            notes=note,
            contacts=contacts,
        )
    return CustomerData(
        kind="individual",
        name=person_name(rng),
        gender=rng.choice(("male", "female")),
        mobile=mobile(prefix, n),
        address=address,
        birthday=Birthday("solar", rng.randint(1, 12), rng.randint(1, 28), rng.randint(1950, 2000)),
        notes=note,
    )


def write_import_file(
    path: Path, *, rows: int, updates: list[CustomerData], seed: int
) -> tuple[int, int]:
    """A CSV as Kehu's own export writes it (Chinese headers, UTF-8 with BOM):
    *rows* new customers and, spread among them, one row per card of *updates*
    (existing customers, matched by mobile) that fills in their empty notes.
    Returns (new customers, contact persons of the new customers)."""
    rng = random.Random(seed)
    cards = [
        make_card(rng, n, prefix="139", contact_prefix="186", note=IMPORT_NOTE) for n in range(rows)
    ]
    contacts = sum(len(c.contacts) for c in cards)
    for card in updates:
        fill = CustomerData(kind=card.kind, name=card.name, mobile=card.mobile, notes=IMPORT_NOTE)
        cards.insert(rng.randrange(len(cards) + 1), fill)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([c.zh for c in cc.COLUMNS])
        for n, card in enumerate(cards):
            groups = list(FILE_GROUPS[: n % 3])
            cells = cc.export_row(card, groups, full_id=True)
            writer.writerow([cc.format_text(cc.BY_KEY[k], value) for k, value in cells.items()])
    return rows, contacts


def say(*words: object) -> None:
    """A child's report: one line in one write, so that a kill cannot cut it
    into pieces (``print`` writes word by word when Python runs unbuffered)."""
    sys.stdout.write(" ".join(str(w) for w in words) + "\n")
    sys.stdout.flush()


# --- fingerprints ---------------------------------------------------------------------


#: Rows of the audit trail a fingerprint reads in full: the newest ones. The
#: trail is append-only (its triggers refuse changes), so its row count, its
#: last id and its newest rows tell the states a kill may leave apart, at a
#: cost that does not grow with the trail.
AUDIT_TAIL = 300


def fingerprint(conn: sqlite3.Connection, tables: tuple[str, ...]) -> str:
    """A digest of every row of those of *tables* the file has (clock columns
    left out), in rowid order; of the audit trail, its size and newest rows."""
    digest = hashlib.sha256()
    present = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    for table in (t for t in tables if t in present):
        query = f'SELECT * FROM "{table}" ORDER BY rowid'
        if table == AUDIT_TABLE:
            size = conn.execute(f'SELECT COUNT(*), MAX(rowid) FROM "{table}"').fetchone()
            digest.update(f"{table} size {size}".encode())
            query = f'SELECT * FROM "{table}" ORDER BY rowid DESC LIMIT {AUDIT_TAIL}'
        cursor = conn.execute(query)
        names = [d[0] for d in cursor.description]
        keep = [i for i, name in enumerate(names) if name not in CLOCK_COLUMNS]
        digest.update(f"{table}:{[names[i] for i in keep]}".encode())
        for row in cursor:
            digest.update(repr([row[i] for i in keep]).encode())
    return digest.hexdigest()[:16]


def file_fingerprint(path: Path, tables: tuple[str, ...]) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return fingerprint(conn, tables)
    finally:
        conn.close()


def ledger_date(run: int, seq: int) -> date:
    """The date of the *seq*-th posting of run *run*: never earlier than any
    posting before it, so that reversals and write-offs are never dated
    before what they undo; far enough in the past for any today."""
    return date.fromordinal(date(2021, 1, 4).toordinal() + run * 30 + seq // 20)
