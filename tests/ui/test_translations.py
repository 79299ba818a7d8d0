"""The Simplified Chinese translation (resources/i18n/kehu_zh_CN.ts): every
message translated, placeholders kept, in step with the code, and shown in the
running UI.

The .ts is read with xml.etree; the code is scanned with pyside6-lupdate (the
tool `make update-translations` runs) into a temporary copy, so the real file
is never touched. The UI tests install the Chinese translators and put the
language and translators back as they found them: other tests expect English.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from string import Formatter

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QFormLayout, QLabel

import ui.i18n as kehu_i18n
from app.records import ContactData, CustomerData
from ui.app import register_font
from ui.customer_card import CustomerCard
from ui.customer_summary import summary_html
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_PATH = ROOT / "resources" / "i18n" / "kehu_zh_CN.ts"
QM_PATH = TS_PATH.with_suffix(".qm")
QM_RESOURCE = "i18n/kehu_zh_CN.qm"
SOURCE_GLOBS = ("app/*.py", "ui/*.py")

CJK = re.compile(r"[\u3400-\u9fff]")
QT_ARG = re.compile(r"%(?:n|L?\d+)")
MNEMONIC = re.compile(r"&([A-Za-z0-9])")
# ASCII punctuation touching a Chinese character: Chinese text takes full-width
# marks (，。：；（）“”). "(&C)" after a menu title is Qt's mnemonic style.
HALF_WIDTH_IN_CHINESE = re.compile(
    r"[\u3400-\u9fff][,.:;!?)\"']|[,:;!?(\"'][\u3400-\u9fff]|[\u3400-\u9fff]\((?!&\w\))"
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    type: str | None  # "unfinished", "vanished", "obsolete" or None (finished)
    forms: tuple[str, ...]  # the translation, or its numerus forms
    where: str

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r} ({self.where})"


def _relative(ts_path: Path, filename: str) -> str:
    """A <location> file name (relative to the .ts) as a path in the repository."""
    target = (ts_path.parent / filename).resolve()
    return str(target.relative_to(ROOT)) if target.is_relative_to(ROOT) else filename


def read_ts(path: Path) -> tuple[ET.Element, list[Message]]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            location = message.find("location")
            where = (
                f"{_relative(path, location.get('filename', ''))}:{location.get('line')}"
                if location is not None
                else "no location"
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    numerus,
                    translation.get("type"),
                    forms,
                    where,
                )
            )
    return root, messages


@pytest.fixture(scope="module")
def ts() -> tuple[ET.Element, list[Message]]:
    assert TS_PATH.is_file(), f"{TS_PATH} is missing: run `make update-translations`"
    return read_ts(TS_PATH)


@pytest.fixture(scope="module")
def messages(ts: tuple[ET.Element, list[Message]]) -> list[Message]:
    return ts[1]


def translation_of(messages: list[Message], context: str, source: str) -> str:
    found = [m for m in messages if m.context == context and m.source == source]
    assert found, f"{context}: {source!r} is not in {TS_PATH.name}"
    return found[0].forms[0]


def format_fields(text: str) -> set[str]:
    """The `{name}` fields that str.format() fills; ValueError on stray braces."""
    return {field for _lit, field, _spec, _conv in Formatter().parse(text) if field is not None}


def qt_tool(name: str) -> Path:
    """A PySide6 tool installed next to this Python (.venv/bin, .venv\\Scripts)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed next to {sys.executable} (it comes with PySide6)")
    return Path(found)


def code_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for g in SOURCE_GLOBS for p in ROOT.glob(g))


# --- the file ---------------------------------------------------------------------------


def test_ts_is_simplified_chinese_from_english(ts):
    root, messages = ts
    assert root.tag == "TS"
    assert root.get("language") == "zh_CN"
    assert root.get("sourcelanguage") == "en"
    assert len(messages) > 250


def test_every_message_has_a_finished_translation(messages):
    problems = []
    for m in messages:
        if m.type is not None:
            problems.append(f"{m}: type={m.type!r}")
        elif m.numerus and len(m.forms) != 1:
            # Chinese has one plural form: "%n 位客户" for any number.
            problems.append(f"{m}: {len(m.forms)} numerus forms, Chinese takes exactly one")
        elif any(not form.strip() for form in m.forms):
            problems.append(f"{m}: empty translation")
    assert not problems, "Translate these in pyside6-linguist:\n" + "\n".join(problems)


def test_translations_keep_placeholders_and_markers(messages):
    problems = []
    for m in messages:
        for form in m.forms:
            try:
                fields_ok = format_fields(form) == format_fields(m.source)
            except ValueError as exc:  # a lone { or } breaks str.format()
                problems.append(f"{m}: {form!r} is not a valid format string ({exc})")
                continue
            if not fields_ok:
                problems.append(f"{m}: {form!r} has other {{placeholders}} than the source")
            if set(QT_ARG.findall(form)) != set(QT_ARG.findall(m.source)):
                problems.append(f"{m}: {form!r} has other %n/%1 arguments than the source")
            if m.source.endswith("…") and not form.endswith("…"):
                problems.append(f"{m}: {form!r} lost the “…” of an entry that opens a dialog")
            if m.source.endswith(" *") and not form.endswith(" *"):
                # CustomerCard.field_label strips " *" to name a required field.
                problems.append(f"{m}: {form!r} lost the ' *' of a required field")
            mnemonic = MNEMONIC.search(m.source)
            if mnemonic and f"(&{mnemonic.group(1).upper()})" not in form:
                problems.append(f"{m}: {form!r} should end in (&{mnemonic.group(1).upper()})")
    assert not problems, "\n".join(problems)


def test_chinese_sentences_use_full_width_punctuation(messages):
    problems = [
        f"{m}: {form!r}" for m in messages for form in m.forms if HALF_WIDTH_IN_CHINESE.search(form)
    ]
    assert not problems, "Use ，。：；（）“” in Chinese text:\n" + "\n".join(problems)


# --- the code ----------------------------------------------------------------------------


def test_every_string_in_the_code_is_translated(tmp_path):
    """lupdate over app/ and ui/ into a copy of the .ts: a string that is new or
    changed in the code comes out unfinished."""
    lupdate = qt_tool("pyside6-lupdate")
    copy = tmp_path / TS_PATH.name
    shutil.copyfile(TS_PATH, copy)
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", *code_files(), "-ts", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    _root, scanned = read_ts(copy)
    missing = [str(m) for m in scanned if m.type == "unfinished"]
    assert not missing, (
        f"{len(missing)} string(s) in the code have no Chinese translation; run "
        "`make update-translations` and translate them in resources/i18n/kehu_zh_CN.ts:\n"
        + "\n".join(missing)
    )


def _helper_calls(path: Path) -> Iterator[tuple[str, str, int]]:
    """(context, text, line) of every call like `_tr("Number")` where the module
    defines `def _tr(text): return QCoreApplication.translate("Ctx", text)`.
    lupdate does not see through such helpers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and len(call.args) >= 2
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[1], ast.Name)
                ):
                    helpers[node.name] = call.args[0].value
    for call in ast.walk(tree):
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id in helpers
            and call.args
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
        ):
            yield helpers[call.func.id], call.args[0].value, call.lineno


def test_strings_behind_translate_helpers_are_translated(messages):
    """ui/customer_summary.py translates through `_tr(text)`, which lupdate cannot
    read: those messages are kept in the .ts by hand, and `make
    update-translations` (-no-obsolete) drops them again."""
    finished = {(m.context, m.source) for m in messages if m.type is None}
    missing = [
        f"{context}: {text!r} ({path.relative_to(ROOT)}:{line})"
        for path in sorted(p for g in SOURCE_GLOBS for p in ROOT.glob(g))
        for context, text, line in _helper_calls(path)
        if (context, text) not in finished
    ]
    assert not missing, (
        "Not translated (lupdate cannot see strings passed through a helper, and "
        "-no-obsolete removes their entries): add them to kehu_zh_CN.ts by hand, or "
        "call QCoreApplication.translate() with the literal in the code:\n" + "\n".join(missing)
    )


# --- the running UI ----------------------------------------------------------------------


@pytest.fixture
def chinese(qapp, tmp_path, monkeypatch) -> Iterator[QLocale]:
    """Kehu in Simplified Chinese, as `install_translators(app, "zh_CN")` sets it
    up at start; afterwards the default locale and the translators are as before."""
    qm = QM_PATH
    if not qm.is_file() or qm.stat().st_mtime < TS_PATH.stat().st_mtime:
        # `make test` compiles it; a bare pytest run may not have.
        lrelease = qt_tool("pyside6-lrelease")
        qm = tmp_path / QM_PATH.name
        result = subprocess.run(
            [str(lrelease), str(TS_PATH), "-qm", str(qm)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0 and qm.is_file(), result.stdout + result.stderr
        bundled = kehu_i18n.resource_path
        monkeypatch.setattr(
            kehu_i18n,
            "resource_path",
            lambda relative: qm if relative == QM_RESOURCE else bundled(relative),
        )
    saved_locale = QLocale()
    saved_translators = list(kehu_i18n._installed)
    locale = kehu_i18n.install_translators(qapp, "zh_CN")
    try:
        yield locale
    finally:
        for translator in kehu_i18n._installed:
            qapp.removeTranslator(translator)
        kehu_i18n._installed.clear()
        QLocale.setDefault(saved_locale)
        for translator in saved_translators:
            qapp.installTranslator(translator)
            kehu_i18n._installed.append(translator)


@pytest.fixture
def chinese_window(chinese, qtbot, db_path, settings) -> MainWindow:
    """The main window built after the translators are in (texts are set at construction)."""
    register_font()
    win = MainWindow(settings=settings, db_label=str(db_path))
    qtbot.addWidget(win)
    win.show()
    win.load()
    return win


def test_main_window_menus_are_chinese(chinese_window):
    titles = [action.text() for action in chinese_window.menuBar().actions()]
    assert "客户(&C)" in titles
    for title in titles:
        assert CJK.search(title), f"menu title {title!r} is not translated"
        assert re.search(r"\(&[A-Z]\)$", title), f"menu title {title!r} lost its mnemonic"
    assert chinese_window.windowTitle().startswith("客户档案")
    assert CJK.search(chinese_window.new_individual_action.text())
    assert chinese_window.new_individual_action.text().endswith("…")


def test_status_bar_count_is_chinese_with_the_number(chinese_window, sample_customers):
    chinese_window.refresh()
    text = chinese_window.count_label.text()
    assert "3" in text and CJK.search(text) and "%n" not in text
    assert "customer" not in text


def test_domain_messages_are_chinese(chinese):
    required = kehu_i18n.tr_app("Required: please fill it in")
    assert required != "Required: please fill it in"
    assert CJK.search(required)
    too_long = kehu_i18n.tr_app(
        "Too long: at most {max} characters (now {length})", max=100, length=123
    )
    assert CJK.search(too_long) and "100" in too_long and "123" in too_long
    assert "{" not in too_long


def test_plural_message_renders_with_the_number(chinese):
    for n in (1, 2, 12345):
        text = QCoreApplication.translate("GroupListModel", "%n customer(s)", "", n)
        assert str(n) in text and CJK.search(text) and "%n" not in text, text
    text = QCoreApplication.translate(
        "MainWindow",
        "Archive %n customer(s)? Archived cards are hidden from the lists but nothing is "
        "deleted; you can restore them any time.",
        "",
        7,
    )
    assert "7" in text and CJK.search(text) and "%n" not in text, text


def test_summary_panel_is_chinese(chinese, messages, db_path):
    html = summary_html(
        CustomerData(
            kind="corporate",
            name="深圳市华强电子有限公司",
            number="C0001",
            mobile="13800138000",
            supply_hold=True,
            supply_hold_reason="上月货款未结",
            contacts=[ContactData(name="王总", roles=["decision_maker"])],
        ),
        ["重要客户"],
    )
    for source in ("Number", "Mobile", "Groups", "Supply on hold", "Contact persons"):
        assert translation_of(messages, "CustomerSummary", source) in html, source
    assert "Supply on hold" not in html
    assert translation_of(messages, "app", "Decision maker") in html


@pytest.mark.parametrize("kind", ["individual", "corporate"])
def test_customer_card_labels_and_tabs_are_chinese(chinese, qtbot, db_path, kind):
    card = CustomerCard(CustomerData(kind=kind))
    qtbot.addWidget(card)
    tabs = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert all(CJK.search(t) for t in tabs), tabs
    labels = []
    for form in card.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                labels.append(item.widget().text())
    english = [text for text in labels if not CJK.search(text) and text != "QQ"]
    assert labels and not english, f"untranslated labels on the {kind} card: {english}"


def test_english_plurals_come_from_their_own_file(qapp, tmp_path):
    """English needs a translation file only for plural forms: "1 customer"."""
    ts = TS_PATH.with_name("kehu_en.ts")
    qm = tmp_path / "kehu_en.qm"
    lrelease = qt_tool("pyside6-lrelease")
    result = subprocess.run(
        [str(lrelease), str(ts), "-qm", str(qm)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        one = QCoreApplication.translate("MainWindow", "%n customer(s)", "", 1)
        many = QCoreApplication.translate("MainWindow", "%n customer(s)", "", 5)
    finally:
        qapp.removeTranslator(translator)
    assert (one, many) == ("1 customer", "5 customers")
