"""Locating bundled files (fonts, translations, icons) through importlib.resources,
so that they are found wherever the package is installed."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

FONT_FILE = "fonts/wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"


def resource_path(relative: str) -> Path:
    """The file system path of a bundled resource (the package is installed as
    files, not zipped, so the path is real)."""
    root = resources.files("resources")
    return Path(str(root.joinpath(relative)))


def font_path() -> Path:
    return resource_path(FONT_FILE)
