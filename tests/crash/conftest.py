"""The crash-safety test's summary: the kills survived per scenario and the
seed to replay them, printed at the end of every run (``pytest -q`` too)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

_LINES = pytest.StashKey[list[str]]()


@pytest.fixture
def crash_summary(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Add a line to the "crash safety" section of the terminal summary."""
    lines = request.config.stash.setdefault(_LINES, [])
    return lines.append


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = terminalreporter.config.stash.get(_LINES, [])
    if lines:
        terminalreporter.section("crash safety")
        for line in lines:
            terminalreporter.write_line(line)
