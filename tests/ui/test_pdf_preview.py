"""The PDF preview shows a real document, prints it page by page (to a PDF
file printer here, the same QPainter path as a paper printer), saves the bytes,
and explains a document it cannot show instead of failing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPageLayout, QPageRanges, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from reportlab.platypus import PageBreak

from app.company import CompanyProfile
from app.documents.page import Section, build_pdf
from app.documents.styles import styles_for
from app.documents.text import para
from tests.ui.dialogs import when_modal
from ui.pdf_preview import PdfPreviewDialog, print_pdf, safe_file_name, show_pdf

#: Low enough to keep the tests fast; the code path is the same at 600 dpi.
TEST_DPI = 150


@pytest.fixture(scope="module")
def three_pages() -> bytes:
    styles = styles_for("zh")
    flowables = [
        para("对账单 第一页", styles.body),
        PageBreak(),
        para("第二页", styles.body),
        PageBreak(),
        para("第三页", styles.body),
    ]
    pdf = build_pdf(
        [Section(flowables, title="对账单")],
        company=CompanyProfile(name="深圳市华强电子有限公司", phone="0755-12345678"),
        title="对账单",
    )
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 3
    return pdf


@pytest.fixture
def preview(qtbot, three_pages) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(three_pages, title="对账单预览", suggested_name="对账单 2026-11.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(TEST_DPI)
    return printer


def _ink_on_first_page(path: Path) -> set[tuple[int, int]]:
    """Where page 1 of a PDF file has ink (sampled), read back with QtPdf."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    image = document.render(0, QSize(300, 424))
    dark = set()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor.fromRgba(image.pixel(x, y))
            # as on white paper: QtPdf leaves the paper transparent
            alpha = colour.alpha() / 255
            if alpha * colour.lightness() + (1 - alpha) * 255 < 200:
                dark.add((x, y))
    document.close()
    return dark


def test_preview_shows_the_document_and_its_page_count(preview):
    assert preview.loaded()
    assert preview.document.pageCount() == 3
    assert preview.pages.currentWidget() is preview.view
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert "3" in preview.page_count_label.text()
    assert preview.print_action.isEnabled() and preview.save_action.isEnabled()
    assert preview.windowTitle() == "对账单预览"


def test_zoom_buttons_change_the_zoom(preview):
    preview.zoom_in_action.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    larger = preview.view.zoomFactor()
    preview.zoom_out_action.trigger()
    assert preview.view.zoomFactor() < larger
    preview.fit_width_action.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_print_pdf_prints_every_page(preview, tmp_path):
    target = tmp_path / "printed.pdf"
    printed = print_pdf(preview.document, _pdf_printer(target))
    assert printed == 3
    reader = PdfReader(target)
    assert len(reader.pages) == 3
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(width - 595) < 2 and abs(height - 842) < 2  # the A4 of the document
    assert len(_ink_on_first_page(target)) > 50  # the letterhead is on it, not a blank sheet


def test_a_printed_page_is_the_page_at_its_place_and_size(preview, three_pages, tmp_path):
    """Ink where the document has it: not shifted, squeezed or scaled."""
    original = tmp_path / "original.pdf"
    original.write_bytes(three_pages)
    printed = tmp_path / "printed.pdf"
    print_pdf(preview.document, _pdf_printer(printed), last=1)
    ink_original, ink_printed = _ink_on_first_page(original), _ink_on_first_page(printed)

    def box(ink: set[tuple[int, int]]) -> tuple[int, int, int, int]:
        xs, ys = [x for x, _ in ink], [y for _, y in ink]
        return min(xs), min(ys), max(xs), max(ys)

    # letterhead top left to page number bottom centre, within a pixel or two
    for edge_original, edge_printed in zip(box(ink_original), box(ink_printed), strict=True):
        assert abs(edge_original - edge_printed) <= 3
    # and the same places inked, compared in 8-pixel cells (anti-aliasing differs)
    cells_original = {(x // 8, y // 8) for x, y in ink_original}
    cells_printed = {(x // 8, y // 8) for x, y in ink_printed}
    assert len(cells_original ^ cells_printed) <= 0.15 * len(cells_original | cells_printed)


def test_print_pdf_prints_a_range(preview, tmp_path):
    target = tmp_path / "two.pdf"
    assert print_pdf(preview.document, _pdf_printer(target), first=2, last=3) == 2
    assert len(PdfReader(target).pages) == 2
    assert print_pdf(preview.document, _pdf_printer(tmp_path / "none.pdf"), first=4) == 0


def test_the_printer_gets_the_paper_of_the_document(qtbot):
    letter = build_pdf(
        [Section([para("Letter", styles_for("en").body)])],
        company=CompanyProfile(name="Kehu Ltd.", paper_size="Letter"),
        title="letter",
    )
    dialog = PdfPreviewDialog(letter, title="Letter", suggested_name="letter.pdf")
    qtbot.addWidget(dialog)
    layout = dialog.printer_for_document().pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.Letter
    assert layout.orientation() == QPageLayout.Orientation.Portrait


def test_pages_to_print_follow_the_print_dialog(preview):
    printer = preview.printer_for_document()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert preview.pages_to_print(printer) == [0, 1, 2]
    ranges = QPageRanges()
    ranges.addPage(1)
    ranges.addRange(3, 9)  # beyond the last page: up to the last
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(ranges)
    assert preview.pages_to_print(printer) == [0, 2]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert preview.pages_to_print(printer) == [2, 0]


def test_print_job_reports_each_page_and_finishes(qtbot, preview, tmp_path):
    target = tmp_path / "job.pdf"
    job = preview.start_printing(_pdf_printer(target), [0, 1, 2])
    assert job is not None and preview.printing()
    seen = []
    job.page_printed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        pass
    assert finished.args == [3, False]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert not preview.printing()
    assert "3" in preview.status.text()
    assert len(PdfReader(target).pages) == 3


def test_cancelled_print_job_stops(qtbot, preview, tmp_path):
    job = preview.start_printing(_pdf_printer(tmp_path / "cancelled.pdf"), [0, 1, 2])
    assert job is not None
    job.cancel()
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        pass
    done, cancelled = finished.args
    assert cancelled and done < 3
    assert preview.status.text() == "Printing cancelled."
    assert not preview.printing()


def test_closing_the_window_stops_a_running_print(qtbot, preview, tmp_path):
    job = preview.start_printing(_pdf_printer(tmp_path / "closed.pdf"), [0, 1, 2])
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=5_000) as finished:
        preview.reject()
    assert finished.args[1] is True
    assert not preview.printing() and not preview.isVisible()


def test_save_as_writes_the_pdf(preview, three_pages, tmp_path, monkeypatch):
    asked = {}

    def fake_dialog(parent, caption, start, filters):
        asked["start"] = start
        return str(tmp_path / "out" / "statement"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    preview.save_action.trigger()
    saved = tmp_path / "out" / "statement.pdf"
    assert saved.read_bytes() == three_pages
    assert Path(asked["start"]).name == "对账单 2026-11.pdf"
    assert str(saved) in preview.status.text()
    assert not list((tmp_path / "out").glob(".*.part"))  # no temporary file left


def test_save_as_says_why_it_could_not_write(preview, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args: (str(blocker / "statement.pdf"), "PDF files (*.pdf)"),
    )
    shown = []

    def read_and_close(box):
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    when_modal(read_and_close)
    preview.save_as()
    assert shown and "Cannot write" in shown[0] and "statement.pdf" in shown[0]
    assert not (blocker / "statement.pdf").exists()


def test_save_as_cancelled_writes_nothing(preview, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    preview.save_as()
    assert preview.status.text() == ""


@pytest.mark.parametrize("data", [b"this is not a PDF", b"", b"%PDF-1.4\n%broken"])
def test_bad_bytes_show_a_message_instead_of_the_pages(qtbot, data):
    dialog = PdfPreviewDialog(data, title="broken", suggested_name="broken.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.loaded()
    assert dialog.pages.currentWidget() is dialog.problem
    assert dialog.problem.isVisible()
    assert "not a PDF file, or it is damaged" in dialog.problem.text()
    assert not dialog.print_action.isEnabled()
    assert not dialog.save_action.isEnabled()
    assert dialog.page_count_label.text() == ""


def test_show_pdf_opens_a_window_that_does_not_block(qtbot, three_pages):
    dialog = show_pdf(None, three_pages, title="预览", suggested_name="letters.pdf")
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and deleted


def test_suggested_names_are_safe_file_names():
    assert safe_file_name("对账单/2026:11") == "对账单_2026_11.pdf"
    assert safe_file_name("letters.PDF") == "letters.PDF"
    assert safe_file_name("  ") == "document.pdf"
