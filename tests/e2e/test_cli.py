"""The command line as a user runs it: ``python main.py ...`` in a process of
its own, real files, exit codes and what lands on stdout and stderr."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import display_width

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def kehu(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(MAIN), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        timeout=timeout,
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" not in result.stderr and "Traceback" not in result.stdout


def snapshot(path: Path) -> dict[str, bytes]:
    """The file and its siblings (a -wal or -shm appearing counts as a change)."""
    return {p.name: p.read_bytes() for p in path.parent.iterdir()}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = kehu("demo", "--db", str(path), "--customers", "300", "--seed", "4")
    assert result.returncode == 0, result.stderr
    assert "Filled" in result.stdout and "300 demo customers" in result.stdout
    assert "elapsed_s=" in result.stdout
    return path


# --- the everyday path ------------------------------------------------------------------


def test_demo_then_find_zs_as_json_then_check(demo_db: Path) -> None:
    found = kehu("find", "zs", "--json", "--limit", "300", "--db", str(demo_db))
    assert found.returncode == 0, found.stderr
    document = json.loads(found.stdout)
    assert document["query"] == "zs"
    assert document["total"] == len(document["customers"]) > 1
    zhang = [c for c in document["customers"] if c["name"] == "张三"]
    assert zhang == [
        {
            "number": "C000001",
            "name": "张三",
            "short_name": "",
            "kind": "individual",
            "tier": "ordinary",
            "mobile": zhang[0]["mobile"],
            "phone": "",
            "salesperson": zhang[0]["salesperson"],
            "address": zhang[0]["address"],
            "archived": False,
        }
    ]
    assert "张三" in found.stdout  # not \\u5f20\\u4e09

    checked = kehu("check", "--db", str(demo_db))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.splitlines()
    assert len([line for line in lines if line.startswith("ok ")]) == 9
    assert lines[-1].startswith("All 9 checks passed")


def test_db_option_before_or_after_the_command(demo_db: Path) -> None:
    before = kehu("--db", str(demo_db), "find", "张三")
    after = kehu("find", "张三", "--db", str(demo_db))
    assert before.returncode == after.returncode == 0
    assert before.stdout == after.stdout
    assert "C000001" in before.stdout


def test_table_columns_line_up_with_chinese_names(demo_db: Path) -> None:
    result = kehu("find", "有限公司", "--limit", "15", "--db", str(demo_db))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Number", "Name", "Kind", "Phone"]
    assert len(lines) == 2 + 15
    kind_at = display_width(lines[0][: lines[0].index("Kind")])
    for line in lines[2:]:
        assert "Corporate" in line
        assert display_width(line[: line.index("Corporate")]) == kind_at
    assert "showing 15 of" in result.stderr and "--limit" in result.stderr


def test_find_with_no_match_says_so_and_succeeds(demo_db: Path) -> None:
    result = kehu("find", "qqqqzz", "--db", str(demo_db))
    assert result.returncode == 0
    assert result.stdout == ""
    assert "no customer matches 'qqqqzz'" in result.stderr
    as_json = kehu("find", "qqqqzz", "--json", "--db", str(demo_db))
    assert as_json.returncode == 0
    assert json.loads(as_json.stdout) == {"query": "qqqqzz", "total": 0, "customers": []}


def test_chinese_printed_even_when_the_console_is_not_utf8(demo_db: Path) -> None:
    # What a Windows pipe looks like: an 8-bit code page that has no Chinese.
    result = kehu("find", "张三", "--db", str(demo_db), env={"PYTHONIOENCODING": "latin-1"})
    assert result.returncode == 0, result.stderr
    assert "张三" in result.stdout


def test_demo_refuses_a_file_with_customers_unless_forced(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    source = sqlite3.connect(demo_db)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    refused = kehu("demo", "--db", str(copy), "--customers", "5")
    assert refused.returncode == 2 and no_traceback(refused)
    assert "already has 300 customers" in refused.stderr and "--force" in refused.stderr
    forced = kehu("demo", "--db", str(copy), "--customers", "5", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "C000301 to C000305" in forced.stdout


def test_demo_makes_a_ledger_unless_told_not_to(demo_db: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(demo_db)
    try:
        entries, payments = conn.execute(
            "SELECT count(*), sum(kind = 'payment') FROM ledger_entry"
        ).fetchone()
        logs = conn.execute("SELECT count(*) FROM collection_log").fetchone()[0]
    finally:
        conn.close()
    assert entries > 300 * 5 and payments > 0 and logs > 0

    path = tmp_path / "plain.sqlite3"
    with_ledger = kehu("demo", "--db", str(tmp_path / "l.sqlite3"), "--customers", "40")
    assert with_ledger.returncode == 0, with_ledger.stderr
    assert re.search(r"\n  [\d,]+ ledger entries: [\d,]+ invoices", with_ledger.stdout)
    plain = kehu("demo", "--db", str(path), "--customers", "40", "--no-ledger")
    assert plain.returncode == 0, plain.stderr
    assert "ledger entries" not in plain.stdout
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM customer").fetchone() == (40,)
        assert conn.execute("SELECT count(*) FROM ledger_entry").fetchone() == (0,)
    finally:
        conn.close()


def test_demo_needs_an_explicit_database(tmp_path: Path) -> None:
    result = kehu("demo", "--customers", "5", env={"KEHU_DB": str(tmp_path / "x.sqlite3")})
    assert result.returncode == 2 and no_traceback(result)
    assert "--db" in result.stderr
    assert not (tmp_path / "x.sqlite3").exists()


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    result = kehu("demo", "--db", str(tmp_path / "x.sqlite3"), "--customers", "0")
    assert result.returncode == 2 and no_traceback(result)
    assert "must be 1 or more" in result.stderr


# --- files that are not ours ----------------------------------------------------------------


@pytest.mark.parametrize("command", [["find", "张"], ["check"], ["demo", "--customers", "5"]])
def test_file_that_is_not_a_database_left_alone(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("客户名单\n张三 13800138000\n", encoding="utf-8")
    before = snapshot(path)
    result = kehu(*command, "--db", str(path))
    assert result.returncode == 2
    assert no_traceback(result)
    assert "is not a Kehu database" in result.stderr
    assert result.stderr.count("\n") == 1  # one clear line
    assert snapshot(path) == before


def test_database_from_a_newer_version_left_alone(demo_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(demo_db)
    newer = sqlite3.connect(path)
    conn.backup(newer)
    conn.close()
    newer.execute("UPDATE schema_info SET value = '999' WHERE key = 'schema_version'")
    newer.commit()
    newer.close()
    before = snapshot(path)
    for command in (["find", "张"], ["check"]):
        result = kehu(*command, "--db", str(path))
        assert result.returncode == 2
        assert no_traceback(result)
        assert "newer Kehu" in result.stderr and "999" in result.stderr
    assert snapshot(path) == before


def test_missing_database_not_created_by_find_or_check(tmp_path: Path) -> None:
    path = tmp_path / "typo.sqlite3"
    for command in (["find", "张"], ["check"]):
        result = kehu(*command, "--db", str(path))
        assert result.returncode == 2 and no_traceback(result)
        assert "does not exist" in result.stderr
    assert not path.exists()


# --- interrupted ----------------------------------------------------------------------------


@posix_only
def test_ctrl_c_exits_130_quietly_and_adds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, str(MAIN), "demo", "--db", str(path), "--customers", "300000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,  # its own process group, like a terminal job
    )
    wal = path.with_name(path.name + "-wal")
    deadline = time.monotonic() + 30
    # Wait until the fill is under way: demo rows reach the write-ahead log.
    while not (wal.exists() and wal.stat().st_size > 500_000) and time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole group, workers too
    stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert stdout == "" and stderr == ""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM customer").fetchone() == (0,)
    finally:
        conn.close()
