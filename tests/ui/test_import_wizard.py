"""The import wizard driven as an office admin would: a GBK CSV from Chinese
Excel with a broken row and a customer already on file, through the four
pages into the database."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QWizard

from app import groups, importer
from app.customer_query import CustomerFilter, count_customers
from app.customers import load_customer, save_customer
from app.import_mapping import remember_mapping, remembered_mapping
from app.models import Customer
from app.records import CustomerData
from ui.import_models import DuplicateModel, MappingModel, PreviewModel, ReportModel
from ui.import_wizard import ImportWizard

HEADERS = ["客户名称", "手机", "邮箱", "生日", "地址"]
ROWS = [
    ["王五", "13700137000", "wangwu@example.com", "1985-03-02", "北京市朝阳区建国路1号"],
    ["张三", "13800138000", "zhangsan@example.com", "", "上海市浦东新区世纪大道8号"],
    ["坏行", "13600136000", "", "1990-13-45", ""],
    ["广州赵六贸易有限公司", "", "", "", "广州市天河区体育西路2号"],
]
EXPECTED_MAPPING = ["name", "mobile", "email", "birthday", "address"]


def write_csv(path: Path, rows: list[list[str]], *, encoding: str = "gbk") -> Path:
    lines = [",".join(HEADERS)] + [",".join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def existing(db_path) -> int:
    """张三 is on file already, without e-mail and address."""
    return save_customer(CustomerData(name="张三", mobile="13800138000"), confirm=True).id


@pytest.fixture
def gbk_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "客户名单.csv", ROWS)


def start(qtbot, path: Path) -> ImportWizard:
    wizard = ImportWizard(path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=5000)
    return wizard


def click_next(wizard: ImportWizard) -> None:
    button = wizard.button(
        QWizard.WizardButton.CommitButton
        if wizard.currentPage().isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    assert button.isEnabled()
    button.click()


def to_check_page(qtbot, wizard: ImportWizard) -> None:
    click_next(wizard)
    assert wizard.currentPage() is wizard.mapping_page
    click_next(wizard)
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: wizard.check_page.isComplete(), timeout=10_000)


def column(model, col: int) -> list[object]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_the_whole_wizard_on_a_gbk_file(qtbot, existing, gbk_file):
    wizard = start(qtbot, gbk_file)
    page = wizard.file_page
    assert "GBK" in page.encoding_combo.itemText(0)
    assert page.format_label.text() == "CSV text file"
    assert "4 row(s) read" in page.status.text()

    # Columns: recognised from the Chinese headers; the preview parses the cells.
    click_next(wizard)
    mapping = wizard.mapping_page
    assert mapping.model.mapping() == EXPECTED_MAPPING
    assert "guessed" in mapping.note.text()
    assert not mapping.problems.isVisible()
    preview = mapping.preview_model
    names = [preview.headerData(c, Qt.Orientation.Horizontal) for c in range(preview.columnCount())]
    assert "Name" in names and "Mobile" in names
    name_col = names.index("Name")
    assert column(preview, name_col) == ["王五", "张三", "坏行", "广州赵六贸易有限公司"]
    birthday_col = names.index("Birthday")
    broken = preview.index(2, birthday_col)
    assert broken.data(Qt.ItemDataRole.ToolTipRole)  # the reason, on the red cell
    assert broken.data(Qt.ItemDataRole.BackgroundRole) is not None
    kind_col = names.index("Type")
    assert preview.index(3, kind_col).data() == "Corporate"  # inferred from the name

    # Check: the counts, the report with the broken row, the merge proposal.
    click_next(wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.isComplete(), timeout=10_000)
    summary = check.summary.text()
    assert "2 new" in summary and "1 row(s) with errors" in summary
    assert "1 duplicate(s) skipped" in summary
    report = check.report_model
    errors = [
        r
        for r in range(report.rowCount())
        if report.index(r, ReportModel.COL_SEVERITY).data() == "Error"
    ]
    assert [report.index(r, ReportModel.COL_ROW).data() for r in errors] == ["4"]
    assert report.index(errors[0], ReportModel.COL_COLUMN).data() == "生日"
    assert report.index(errors[0], ReportModel.COL_VALUE).data() == "1990-13-45"
    assert (
        report.index(errors[0], ReportModel.COL_PROBLEM).data() == "The month must be from 1 to 12"
    )

    duplicates = check.duplicate_model
    assert duplicates.rowCount() == 1
    assert duplicates.index(0, DuplicateModel.COL_NAME).data() == "张三"
    existing_number = load_customer(existing).number
    assert duplicates.index(0, DuplicateModel.COL_EXISTING).data() == f"{existing_number} 张三"
    assert duplicates.index(0, DuplicateModel.COL_REASON).data() == "Same mobile"
    # The merge proposal's combo in the table, as the user picks it.
    combo = check.duplicate_view.indexWidget(duplicates.index(0, DuplicateModel.COL_ACTION))
    assert isinstance(combo, QComboBox) and combo.currentData() == importer.SKIP
    combo.setCurrentIndex(combo.findData(importer.FILL))
    combo.activated.emit(combo.currentIndex())
    assert duplicates.index(0, DuplicateModel.COL_ACTION).data(Qt.ItemDataRole.EditRole) == (
        importer.FILL
    )
    assert "1 update(s)" in check.summary.text()

    check.group_check.setChecked(True)
    check.group_combo.setEditText("2024广交会")
    assert check.isComplete()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Import"

    # Import.
    imported = []
    wizard.imported.connect(imported.append)
    click_next(wizard)
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.isComplete(), timeout=10_000)
    assert "2 customer(s) created" in page.result_label.text()
    assert "1 updated" in page.result_label.text()
    assert len(imported) == 1 and imported[0].created == 2
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()

    # The database: the new cards, the filled fields, the group, no broken row.
    names = {c.name for c in Customer.select(Customer.name)}
    assert names == {"张三", "王五", "广州赵六贸易有限公司"}
    zhang = load_customer(existing)
    assert zhang.email == "zhangsan@example.com"
    assert zhang.address == "上海市浦东新区世纪大道8号"
    group = groups.group_by_name("2024广交会")
    assert group is not None and group.members == 3
    company = Customer.get(Customer.name == "广州赵六贸易有限公司")
    assert company.kind == "corporate"
    # The mapping is remembered for the next file with these headers.
    assert remembered_mapping(HEADERS) == EXPECTED_MAPPING
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()


def test_cancel_during_the_import_leaves_the_database_as_it_was(
    qtbot, existing, tmp_path, monkeypatch
):
    rows = [[f"客户{i:04d}", f"139{i:08d}", "", "", f"地址{i}"] for i in range(300)]
    path = write_csv(tmp_path / "many.csv", rows)
    # Hold the import at its first progress report (before the rows are
    # written in the transaction) until the user has pressed Cancel.
    gate = threading.Event()
    real = importer.run_import

    def held(plan, **kwargs):
        report = kwargs["progress"]

        def progress(done, total):
            report(done, total)
            gate.wait(10)

        return real(plan, **{**kwargs, "progress": progress})

    monkeypatch.setattr(importer, "run_import", held)
    wizard = start(qtbot, path)
    to_check_page(qtbot, wizard)
    wizard.check_page.group_check.setChecked(True)
    wizard.check_page.group_combo.setEditText("新分组")
    before = count_customers(CustomerFilter())
    click_next(wizard)
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.panel.bar.maximum() == 300)
    page.panel.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: page.isComplete(), timeout=10_000)
    assert "Cancelled" in page.result_label.text()
    assert page.retry_button.isVisible()
    assert count_customers(CustomerFilter()) == before == 1
    assert groups.group_by_name("新分组") is None
    assert remembered_mapping(HEADERS) is None
    # Trying again imports them all.
    monkeypatch.setattr(importer, "run_import", real)
    page.retry_button.click()
    qtbot.waitUntil(lambda: page.isComplete(), timeout=10_000)
    assert count_customers(CustomerFilter()) == 301


def test_closing_the_wizard_during_the_import_rolls_back_first(
    qtbot, existing, tmp_path, monkeypatch
):
    path = write_csv(tmp_path / "few.csv", ROWS[:1])
    gate = threading.Event()
    real = importer.run_import

    def held(plan, **kwargs):
        gate.wait(10)
        return real(plan, **kwargs)

    monkeypatch.setattr(importer, "run_import", held)
    wizard = start(qtbot, path)
    to_check_page(qtbot, wizard)
    click_next(wizard)
    assert wizard.import_page.panel.running
    wizard.reject()  # Esc or the window's close button
    assert wizard.isVisible()  # stays until the rollback is done
    gate.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert count_customers(CustomerFilter()) == 1


def test_an_unreadable_file_is_explained_and_blocks_next(qtbot, db_path, tmp_path):
    empty = tmp_path / "空.csv"
    empty.write_bytes(b"")
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(str(empty))
    page = wizard.file_page
    qtbot.waitUntil(lambda: bool(page.status.text()), timeout=5000)
    assert "empty" in page.status.text() and "Traceback" not in page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    page.set_path(str(binary))
    qtbot.waitUntil(lambda: "not a text file" in page.status.text(), timeout=5000)
    assert not page.isComplete()


def test_choosing_the_file_with_the_dialog_and_another_encoding(
    qtbot, db_path, tmp_path, monkeypatch
):
    path = write_csv(tmp_path / "utf8.csv", ROWS[:2], encoding="utf-8-sig")
    seen = {}

    def choose(parent, caption, folder, filters):
        seen["filters"] = filters
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.choose_button.click()
    assert "*.csv *.xlsx *.vcf *.txt" in seen["filters"]
    qtbot.waitUntil(page.isComplete, timeout=5000)
    assert page.path_edit.text() == str(path)
    assert "UTF-8" in page.encoding_combo.itemText(0)
    assert page.state.table.rows[0][0] == "王五"
    # A wrong choice by hand is a message, and Next stays disabled.
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("big5"))
    qtbot.waitUntil(lambda: "Big5" in page.status.text() or "big5" in page.status.text())
    assert not page.isComplete()
    page.encoding_combo.setCurrentIndex(0)
    qtbot.waitUntil(page.isComplete, timeout=5000)


def test_an_xlsx_sheet_can_be_chosen(qtbot, db_path, tmp_path):
    book = Workbook()
    first = book.active
    first.title = "说明"
    first.append(["客户名称", "备注"])
    first.append(["不要导入", "这是说明页"])
    second = book.create_sheet("客户")
    second.append(["姓名", "手机号码"])
    second.append(["李雷", "13512345678"])
    second.append(["韩梅梅", "13612345678"])
    path = tmp_path / "客户.xlsx"
    book.save(path)
    wizard = start(qtbot, path)
    page = wizard.file_page
    assert page.format_label.text() == "Excel workbook (XLSX)"
    assert page.sheet_combo.isVisibleTo(page) and not page.encoding_combo.isVisibleTo(page)
    assert page.state.table.rows[0][0] == "不要导入"
    page.sheet_combo.setCurrentIndex(page.sheet_combo.findData("客户"))
    qtbot.waitUntil(lambda: page.isComplete() and page.state.table.sheet == "客户")
    assert [r[0] for r in page.state.table.rows] == ["李雷", "韩梅梅"]
    click_next(wizard)
    assert wizard.mapping_page.model.mapping() == ["name", "mobile"]


def test_mapping_problems_block_next_and_a_remembered_mapping_is_used(qtbot, db_path, gbk_file):
    remember_mapping(HEADERS, ["name", "mobile", None, "birthday", "notes"])
    wizard = start(qtbot, gbk_file)
    click_next(wizard)
    page = wizard.mapping_page
    assert page.model.mapping() == ["name", "mobile", None, "birthday", "notes"]
    assert "last import" in page.note.text()
    # No name column: said under the table, and Next is off.
    page.model.set_target(0, None)
    assert page.problems.isVisible() and "name" in page.problems.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # A field chosen twice.
    page.model.set_target(0, "name")
    page.model.set_target(2, "mobile")
    assert "more than one column" in page.problems.text()
    assert not page.isComplete()
    page.guess_button.click()
    assert page.model.mapping() == EXPECTED_MAPPING
    assert page.isComplete()
    # The persistent combos follow the model.
    combo = page.view.indexWidget(page.model.index(4, MappingModel.COL_TARGET))
    assert combo.currentData() == "address"


def test_options_default_for_duplicates_all_or_nothing_and_the_report(
    qtbot, existing, gbk_file, tmp_path, monkeypatch
):
    wizard = start(qtbot, gbk_file)
    to_check_page(qtbot, wizard)
    check = wizard.check_page
    # Another default re-plans: the proposal now overwrites.
    check.default_action.setCurrentIndex(check.default_action.findData(importer.OVERWRITE))
    qtbot.waitUntil(lambda: check.isComplete() and check.state.plan.on_duplicate == "overwrite")
    action = check.duplicate_model.index(0, DuplicateModel.COL_ACTION)
    assert action.data(Qt.ItemDataRole.EditRole) == importer.OVERWRITE
    # "Apply to all" sets every proposal.
    check.all_action.setCurrentIndex(check.all_action.findData(importer.SKIP))
    check.apply_all_button.click()
    qtbot.waitUntil(lambda: not check.panel.running)
    assert action.data(Qt.ItemDataRole.EditRole) == importer.SKIP
    assert check.state.plan.rows[1].action == importer.SKIP
    # Import nothing if a row has an error: the broken row blocks Import.
    check.nothing_radio.setChecked(True)
    assert not check.isComplete()
    assert "nothing would be imported" in check.blocker.text()
    check.valid_radio.setChecked(True)
    assert check.isComplete()
    # The report saved as CSV.
    out = tmp_path / "报告"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    check.save_report_button.click()
    saved = out.with_suffix(".csv")
    qtbot.waitUntil(lambda: str(saved) in check.report_status.text(), timeout=5000)
    text = saved.read_bytes().decode("utf-8-sig")
    assert "1990-13-45" in text and "\r\n4," in text


def test_models_pass_the_model_tester(qtmodeltester, qtbot, existing, gbk_file):
    wizard = start(qtbot, gbk_file)
    to_check_page(qtbot, wizard)
    qtmodeltester.check(wizard.mapping_page.model, force_py=True)
    qtmodeltester.check(wizard.mapping_page.preview_model, force_py=True)
    qtmodeltester.check(wizard.check_page.report_model, force_py=True)
    qtmodeltester.check(wizard.check_page.duplicate_model, force_py=True)
    for model in (MappingModel(), PreviewModel(), ReportModel(), DuplicateModel()):
        qtmodeltester.check(model, force_py=True)


def test_a_longer_file_is_checked_in_a_worker_with_progress(qtbot, db_path, tmp_path):
    rows = [[f"客户{i:05d}", f"13{i:09d}", "", "", ""] for i in range(2_500)]
    rows[1_500][3] = "不是日期"
    path = write_csv(tmp_path / "big.csv", rows)
    wizard = start(qtbot, path)
    click_next(wizard)
    click_next(wizard)
    check = wizard.check_page
    # The page is shown at once; the check runs behind its progress bar.
    assert check.panel.running and check.panel.isVisible()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    qtbot.waitUntil(check.isComplete, timeout=20_000)
    assert not check.panel.isVisible()
    assert check.summary.text().startswith("2499 new") or "2,499 new" in check.summary.text()
    assert check.report_model.rowCount() == 1
    assert check.report_model.index(0, ReportModel.COL_ROW).data() == "1502"


def test_phone_contacts_from_a_vcard(qtbot, db_path, tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:周杰\r\nTEL;TYPE=CELL:13512345678\r\n"
        "EMAIL:zhou@example.com\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:吴敏\r\nTEL;TYPE=CELL:13612345678\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    wizard = start(qtbot, path)
    page = wizard.file_page
    assert page.format_label.text() == "vCard (phone contacts)"
    assert not page.encoding_combo.isVisibleTo(page) and not page.sheet_combo.isVisibleTo(page)
    click_next(wizard)
    model = wizard.mapping_page.model
    shown = column(model, MappingModel.COL_HEADER)
    assert "Name" in shown and "Mobile" in shown  # the keys shown by their names
    mapping = model.mapping()
    assert mapping[shown.index("Name")] == "name" and mapping[shown.index("Mobile")] == "mobile"
    click_next(wizard)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=5000)
    click_next(wizard)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=5000)
    assert {c.name for c in Customer.select(Customer.name)} == {"周杰", "吴敏"}


def test_a_merge_the_stored_card_makes_impossible_can_be_chosen_again(qtbot, existing, gbk_file):
    # Data from before today's rules: the stored e-mail would not pass now,
    # so filling 张三's empty fields gives a card that breaks a rule.
    Customer.update(email="not-an-email").where(Customer.id == existing).execute()
    wizard = start(qtbot, gbk_file)
    to_check_page(qtbot, wizard)
    check = wizard.check_page
    model = check.duplicate_model
    action = model.index(0, DuplicateModel.COL_ACTION)
    assert model.setData(action, importer.FILL)
    row = check.state.plan.row(3)
    assert row.action == importer.REJECT
    # Still a choice, shown as the merge that failed.
    assert action.flags() & Qt.ItemFlag.ItemIsEditable
    assert action.data(Qt.ItemDataRole.EditRole) == importer.FILL
    assert "not possible" in action.data()
    assert model.setData(action, importer.SKIP)
    assert row.action == importer.SKIP and not row.errors
    assert action.data() == "Skip"
