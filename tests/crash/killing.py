"""Starting a child process in a process group of its own and killing the
whole group with SIGKILL (POSIX only), then making sure nothing of it lives on.

The child's worker processes (``multiprocessing`` spawn: the import's pinyin
and row readers, the resource tracker) inherit its process group, so one
``os.killpg`` takes them all, as the task manager's "end process tree" would.

"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Longest a child may take to report its anchor line or to finish.
CHILD_TIMEOUT_S = 120.0


class Outlived(AssertionError):
    """Processes of a killed child's group were still alive after the grace time."""


@dataclass
class ChildRun:
    #: (seconds since the anchor line, line) for every line the child wrote.
    lines: list[tuple[float, str]] = field(default_factory=list)
    killed: bool = False
    returncode: int | None = None
    #: Other live processes of the child's group when it was killed (its
    #: worker processes and multiprocessing's resource tracker).
    helpers_killed: int = 0
    stderr: str = ""

    def words(self, first: str) -> list[list[str]]:
        """The lines starting with *first*, split into words."""
        return [text.split() for _t, text in self.lines if text.split()[:1] == [first]]

    def describe(self) -> str:
        tail = "\n".join(text for _t, text in self.lines[-5:])
        return (
            f"returncode {self.returncode}, killed {self.killed}, last lines:\n{tail}\n"
            f"stderr:\n{self.stderr[-3000:]}"
        )


def python_child(script: str, *args: str) -> list[str]:
    return [sys.executable, str(ROOT / "tests" / "crash" / script), *args]


def run_child(
    argv: list[str],
    *,
    anchor: str,
    delay: float | None,
    stderr_path: Path,
    leader_only: bool = False,
    helpers: int = 0,
    linger_s: float = 15.0,
) -> ChildRun:
    """Run *argv*; *delay* seconds after it writes the line *anchor* (a first
    word) kill its process group with SIGKILL, or with *delay* None let it
    finish. Returns what it wrote; asserts that no process of its group is
    left alive *linger_s* seconds afterwards.

    *leader_only*: kill the child alone, as when only the application's own
    process dies, once at least *helpers* other processes of its group live."""
    run = ChildRun()
    lines: queue.Queue[tuple[float, str] | None] = queue.Queue()
    with stderr_path.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen(
            argv,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            start_new_session=True,  # its own process group: killpg takes its workers too
        )
    reader = threading.Thread(target=_read_lines, args=(proc, lines), daemon=True)
    reader.start()
    seen: list[tuple[float, str]] = []
    started = None
    try:
        started = _wait_for(anchor, lines, seen)
        if started is not None and delay is not None:
            try:
                proc.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                _wait_for_helpers(proc, helpers)
                run.helpers_killed = len(live_members(proc.pid)) - 1
                try:
                    if leader_only:
                        proc.kill()
                    else:
                        os.killpg(proc.pid, signal.SIGKILL)
                    run.killed = True
                except ProcessLookupError:
                    # It ended on its own just before the kill: not a kill.
                    run.helpers_killed = 0
        run.returncode = proc.wait(timeout=CHILD_TIMEOUT_S)
    except BaseException:
        _kill_quietly(proc.pid)
        raise
    finally:
        wait_group_gone(proc.pid, linger_s)
        reader.join(timeout=10)
        while True:
            try:
                item = lines.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                seen.append(item)
        origin = started if started is not None else (seen[0][0] if seen else 0.0)
        run.lines = [(t - origin, text) for t, text in seen]
        run.stderr = stderr_path.read_text(encoding="utf-8", errors="replace")
    return run


def _wait_for_helpers(proc: subprocess.Popen[str], helpers: int) -> None:
    deadline = time.monotonic() + CHILD_TIMEOUT_S
    while len(live_members(proc.pid)) - 1 < helpers and proc.poll() is None:
        if time.monotonic() > deadline:
            raise AssertionError(f"the child did not start {helpers} helper processes")
        time.sleep(0.01)


def _read_lines(proc: subprocess.Popen[str], lines: queue.Queue[tuple[float, str] | None]) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.endswith("\n"):  # not a line cut short by the kill
            lines.put((time.monotonic(), line[:-1]))
    lines.put(None)


def _wait_for(
    anchor: str, lines: queue.Queue[tuple[float, str] | None], seen: list[tuple[float, str]]
) -> float | None:
    """Collect lines up to the one starting with *anchor*: the time it came,
    or None when the child ended without writing it."""
    deadline = time.monotonic() + CHILD_TIMEOUT_S
    while True:
        try:
            item = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty as exc:
            raise AssertionError(f"the child did not write {anchor!r} in time") from exc
        if item is None:
            lines.put(None)
            return None
        seen.append(item)
        if item[1].split()[:1] == [anchor]:
            return item[0]


def live_members(pgid: int) -> list[int]:
    """Processes of group *pgid* that are not zombies (zombies hold no file
    and no lock; whether they are reaped is up to the system's init)."""
    proc_dir = Path("/proc")
    if not proc_dir.is_dir():  # macOS and the BSDs: ask the kernel about the group
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        except PermissionError:
            pass
        return [pgid]
    found = []
    for entry in proc_dir.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # ended meanwhile
        # "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
        fields = stat[stat.rfind(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[2]) == pgid:
            found.append(int(entry.name))
    return found


def wait_group_gone(pgid: int, timeout: float = 15.0) -> None:
    """Wait until no live process of group *pgid* is left; raise ``Outlived``
    (after killing them) when some outlive *timeout*."""
    deadline = time.monotonic() + timeout
    while True:
        left = live_members(pgid)
        if not left:
            return
        if time.monotonic() > deadline:
            _kill_quietly(pgid)
            raise Outlived(f"processes of the killed child outlived it: {_commands(left)}")
        time.sleep(0.02)


def _commands(pids: list[int]) -> list[str]:
    out = []
    for pid in pids:
        try:
            words = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            out.append(f"{pid}: {b' '.join(words).decode(errors='replace')[:200]}")
        except OSError:
            out.append(str(pid))
    return out


def _kill_quietly(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
