"""Before Qt starts on Linux: name the system package a missing library comes in.

Qt's xcb platform plugin needs a few X libraries that minimal Linux
installations lack; without them Qt aborts with a long message. We look for
them first and say which package to install. No Qt import here."""

from __future__ import annotations

import ctypes.util
import os
import sys

#: library name (as ctypes.util.find_library takes it) -> Debian/Ubuntu package
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-image": "libxcb-image0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
}


def missing_linux_packages() -> list[str]:
    """Debian package names of the libraries Qt's window needs and lacks; [] when
    not on Linux, when another platform plugin is chosen, or all are there."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return []
    return [pkg for lib, pkg in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


def explain_missing(packages: list[str]) -> str:
    names = " ".join(packages)
    return (
        "Kehu cannot open its window: this system lacks libraries Qt needs.\n"
        f"Install them, then start Kehu again:\n\n    sudo apt install {names}\n\n"
        "(Debian/Ubuntu names; on Fedora: dnf install xcb-util-cursor libxkbcommon-x11.)"
    )
