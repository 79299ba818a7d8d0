"""Naming the system package Qt's window lacks, before Qt aborts."""

from __future__ import annotations

import ctypes.util
import sys

import pytest

from ui import platform_check


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_missing_library_is_named_by_its_package(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    real = ctypes.util.find_library
    monkeypatch.setattr(
        ctypes.util,
        "find_library",
        lambda name: None if name == "xcb-cursor" else real(name) or f"lib{name}.so",
    )
    missing = platform_check.missing_linux_packages()
    assert missing == ["libxcb-cursor0"]
    text = platform_check.explain_missing(missing)
    assert "sudo apt install libxcb-cursor0" in text


def test_offscreen_and_other_platforms_need_nothing(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert platform_check.missing_linux_packages() == []
