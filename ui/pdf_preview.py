"""The preview of a finished document: the PDF as it will print, with Print
and Save as PDF.

The PDF is shown with QtPdf (``QPdfDocument`` read from the bytes in memory,
``QPdfView`` in multi-page mode); nothing is written to disk until the admin
saves it. Printing renders each page with ``QPdfDocument.render`` and draws it
on the printer with ``QPainter``; that has to happen on the UI thread, so a
long print is cut into one page per turn of the event loop (a zero-delay
timer), which keeps the window and the progress dialog's Cancel button alive
without a ``processEvents()`` loop. ``print_pdf`` does the same work in one go
for callers (and tests) that need no progress.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRect,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.documents.output import write_atomically
from app.errors import KnownError
from ui.i18n import error_text

# Pages are rendered for the printer at its resolution, but at most this
# many dots per inch: an A4 page is then a 35 MB image. (QtPdf's clipped
# rendering, which could cut a finer page into bands, does not scale bands
# consistently, so a page is rendered whole.)
MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0
# Characters Windows refuses in a file name (and "/" everywhere).
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


class PrintError(Exception):
    """The printer could not be started (no such printer, file not writable)."""


# --- printing ----------------------------------------------------------------------------


class _PageRun:
    """Prints chosen pages of a document on a printer, one ``print_next`` call
    per page: shared by ``print_pdf`` (all at once) and ``PrintJob`` (one page
    per event-loop turn)."""

    def __init__(self, document: QPdfDocument, printer: QPrinter, pages: Sequence[int]) -> None:
        self.document = document
        self.printer = printer
        self.pages = list(pages)  # 0-based page indexes, in printing order
        self.done = 0
        self.painter = QPainter()

    def begin(self) -> None:
        # The PDF brings its own margins: draw on the whole sheet, so a page
        # printed on its own paper size comes out at its real size.
        self.printer.setFullPage(True)
        if not self.painter.begin(self.printer):
            raise PrintError(self.printer.printerName() or self.printer.outputFileName())

    @property
    def finished(self) -> bool:
        return self.done >= len(self.pages)

    def print_next(self) -> None:
        if self.done:
            self.printer.newPage()
        _draw_page(self.painter, self.document, self.pages[self.done], self.printer.resolution())
        self.done += 1

    def end(self) -> None:
        if self.painter.isActive():
            self.painter.end()

    def abort(self) -> None:
        """Stop and throw away what was sent (a spooled job is cancelled)."""
        self.printer.abort()
        self.end()


def _draw_page(painter: QPainter, document: QPdfDocument, index: int, resolution: int) -> None:
    """Render page *index* and draw it centred on the sheet, as large as fits
    without changing its proportions."""
    device = painter.device()
    sheet_w, sheet_h = device.width(), device.height()
    points = document.pagePointSize(index)
    if points.width() <= 0 or points.height() <= 0:
        return
    scale = min(sheet_w / points.width(), sheet_h / points.height())
    target = QRect(0, 0, round(points.width() * scale), round(points.height() * scale))
    target.moveCenter(QRect(0, 0, sheet_w, sheet_h).center())
    # The image: the printer's resolution, but not beyond MAX_PRINT_DPI.
    dpi = min(resolution, MAX_PRINT_DPI)
    factor = dpi / resolution if resolution > 0 else 1.0
    size = QSize(max(1, round(target.width() * factor)), max(1, round(target.height() * factor)))
    image = document.render(index, size)
    if image.isNull():
        return
    # QtPdf leaves the paper transparent; printers and the PDF engine handle
    # an opaque picture better (no soft mask), so put white behind it, in place.
    backdrop = QPainter(image)
    backdrop.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    backdrop.fillRect(image.rect(), QColor(Qt.GlobalColor.white))
    backdrop.end()
    image.convertTo(QImage.Format.Format_RGB32)
    painter.drawImage(target, image)


def print_pdf(
    document: QPdfDocument, printer: QPrinter, *, first: int = 1, last: int | None = None
) -> int:
    """Print pages *first* to *last* (1-based, inclusive; to the end when
    None) of a loaded document on *printer*; returns the pages printed.

    Raises ``PrintError`` when the printer cannot be started."""
    count = document.pageCount()
    last = count if last is None else min(last, count)
    first = max(first, 1)
    if first > last:
        return 0
    run = _PageRun(document, printer, range(first - 1, last))
    run.begin()
    try:
        while not run.finished:
            run.print_next()
    finally:
        run.end()
    return run.done


class PrintJob(QObject):
    """Prints pages one per event-loop turn, so the UI stays alive and Cancel
    works; ``page_printed(done, total)`` after each page, then ``finished``
    with the pages printed and whether it was cancelled."""

    page_printed = Signal(int, int)
    finished = Signal(int, bool)

    def __init__(
        self,
        document: QPdfDocument,
        printer: QPrinter,
        pages: Sequence[int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run = _PageRun(document, printer, pages)  # keeps the printer alive
        self._cancelled = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def total(self) -> int:
        return len(self._run.pages)

    def start(self) -> None:
        """Begin printing; raises ``PrintError`` when the printer cannot start."""
        self._run.begin()
        self._timer.start()

    def cancel(self) -> None:
        """Stop before the next page (what was printed is thrown away)."""
        self._cancelled = True

    def stop(self) -> None:
        """Stop now, e.g. because the window closes."""
        if self._timer.isActive() or self._run.painter.isActive():
            self._timer.stop()
            self._run.abort()
            self.finished.emit(self._run.done, True)

    def _step(self) -> None:
        if self._cancelled:
            self._run.abort()
            self.finished.emit(self._run.done, True)
            return
        if self._run.finished:
            self._run.end()
            self.finished.emit(self._run.done, False)
            return
        self._run.print_next()
        # Scheduled after the signal: a modal progress dialog's setValue()
        # processes events, and the next page must not start inside it.
        self.page_printed.emit(self._run.done, self.total)
        self._timer.start()


# --- the window ----------------------------------------------------------------------------


def safe_file_name(name: str, default: str = "document.pdf") -> str:
    """*name* usable as a file name on every system, ending in ``.pdf``."""
    name = _UNSAFE_NAME.sub("_", name).strip(" .") or default
    return name if name.lower().endswith(".pdf") else name + ".pdf"


class PdfPreviewDialog(QDialog):
    """A finished PDF on screen, with zoom, Print and Save as PDF.

    ``delivered`` is emitted when the document was printed to the end or
    saved: the moment letters and statements count as sent."""

    delivered = Signal()

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.pdf = bytes(pdf)
        self.suggested_name = safe_file_name(suggested_name)
        self._job: PrintJob | None = None
        self._progress: QProgressDialog | None = None

        # The document reads from this buffer while it is open: keep both.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.problem = QLabel(self)
        self.problem.setObjectName("pdfProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setMargin(24)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.problem)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.zoom_out_action = self.toolbar.addAction(self.tr("Zoom out"), self.zoom_out)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = self.toolbar.addAction(self.tr("Zoom in"), self.zoom_in)
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_width_action = self.toolbar.addAction(self.tr("Fit width"), self.fit_width)
        self.toolbar.addSeparator()
        self.print_action = self.toolbar.addAction(self.tr("Print…"), self.print_document)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.save_action = self.toolbar.addAction(self.tr("Save as PDF…"), self.save_as)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.toolbar.addSeparator()
        self.page_count_label = QLabel(self)
        self.page_count_label.setObjectName("pageCount")
        self.page_count_label.setContentsMargins(8, 0, 8, 0)
        self.toolbar.addWidget(self.page_count_label)
        for action in self.toolbar.actions():
            self.addAction(action)  # the shortcuts work wherever the focus is

        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self._fit_to_screen()

        self.document.statusChanged.connect(self._status_changed)
        self.document.load(self._buffer)
        self._status_changed(self.document.status())

    def _fit_to_screen(self) -> None:
        width, height = 900, 1000
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    # --- loading ------------------------------------------------------------------------

    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        ready = status == QPdfDocument.Status.Ready
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_width_action,
            self.print_action,
            self.save_action,
        ):
            action.setEnabled(ready)
        if ready:
            count = self.document.pageCount()
            self.page_count_label.setText(self.tr("%n page(s)", "", count))
            self.pages.setCurrentWidget(self.view)
        elif status == QPdfDocument.Status.Error:
            self.page_count_label.clear()
            self.problem.setText(self._load_problem(self.document.error()))
            self.pages.setCurrentWidget(self.problem)

    def _load_problem(self, error: QPdfDocument.Error) -> str:
        errors = QPdfDocument.Error
        if error in (errors.IncorrectPassword, errors.UnsupportedSecurityScheme):
            reason = self.tr("it is protected by a password.")
        else:
            reason = self.tr("it is not a PDF file, or it is damaged.")
        return self.tr(
            "The document cannot be shown: {reason}\n\nThis is a fault in Kehu, not in what "
            "you did; please report it."
        ).format(reason=reason)

    # --- zoom ---------------------------------------------------------------------------

    def _effective_zoom(self) -> float:
        """The zoom on screen now, also while the view fits the page's width
        (then ``zoomFactor`` still holds an older value)."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth or not self.loaded():
            return self.view.zoomFactor()
        page = self.document.pagePointSize(max(self.view.pageNavigator().currentPage(), 0))
        page_px = page.width() / 72 * self.view.logicalDpiX()
        margins = self.view.documentMargins()
        available = self.view.viewport().width() - margins.left() - margins.right()
        return available / page_px if page_px > 0 else 1.0

    def _zoom_to(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_MIN), ZOOM_MAX))

    def zoom_in(self) -> None:
        self._zoom_to(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self._effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- printing -----------------------------------------------------------------------

    def printer_for_document(self) -> QPrinter:
        """A printer set to the document's paper size and orientation."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        size = self.document.pagePointSize(0)
        if size.width() > 0 and size.height() > 0:
            page_size = QPageSize(
                QSizeF(size),
                QPageSize.Unit.Point,
                "",
                QPageSize.SizeMatchPolicy.FuzzyOrientationMatch,
            )
            printer.setPageSize(page_size)
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape
                if size.width() > size.height()
                else QPageLayout.Orientation.Portrait
            )
        return printer

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        """The 0-based pages the print dialog asked for, in printing order."""
        count = self.document.pageCount()
        mode = printer.printRange()
        if mode == QPrinter.PrintRange.CurrentPage:
            pages = [max(self.view.pageNavigator().currentPage(), 0)]
        elif mode == QPrinter.PrintRange.PageRange and not printer.pageRanges().isEmpty():
            pages = []
            for chosen in printer.pageRanges().toRangeList():
                pages.extend(range(max(chosen.from_, 1) - 1, min(chosen.to, count)))
        else:
            pages = list(range(count))
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            pages.reverse()
        return pages

    def print_document(self) -> None:
        """Ask for a printer and pages, then print with a progress dialog."""
        if not self.loaded() or self._job is not None:
            return
        printer = self.printer_for_document()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start_printing(printer, self.pages_to_print(printer))

    def start_printing(self, printer: QPrinter, pages: Sequence[int]) -> PrintJob | None:
        """Print *pages* (0-based) on a printer already chosen; returns the
        running job, or None when nothing could be started."""
        if not pages:
            self.status.setText(self.tr("No pages in the chosen range: nothing printed."))
            return None
        job = PrintJob(self.document, printer, pages, self)
        try:
            job.start()
        except PrintError as exc:
            job.deleteLater()
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr(
                    "The printer {printer} cannot be used. Check that it is switched on "
                    "and connected, or choose another one."
                ).format(printer=str(exc) or self.tr("(none)")),
            )
            return None
        progress = QProgressDialog(
            self._printing_text(1, job.total), self.tr("Cancel"), 0, job.total, self
        )
        progress.setObjectName("printProgress")
        progress.setWindowTitle(self.tr("Print"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(300)
        progress.canceled.connect(job.cancel)
        job.page_printed.connect(self._page_printed)
        job.finished.connect(self._printing_finished)
        self._job, self._progress = job, progress
        self.status.setText(self.tr("Printing…"))
        return job

    def _printing_text(self, page: int, total: int) -> str:
        return self.tr("Printing page {page} of {total}…").format(page=page, total=total)

    def _page_printed(self, done: int, total: int) -> None:
        if self._progress is not None:
            # the page now on its way: the next one
            self._progress.setLabelText(self._printing_text(min(done + 1, total), total))
            self._progress.setValue(done)

    def _printing_finished(self, done: int, cancelled: bool) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
        if self._job is not None:
            self._job.deleteLater()
        self._job, self._progress = None, None
        if cancelled:
            self.status.setText(self.tr("Printing cancelled."))
        else:
            self.status.setText(self.tr("Sent %n page(s) to the printer.", "", done))
            self.delivered.emit()

    def printing(self) -> bool:
        return self._job is not None

    def done(self, result: int) -> None:
        """Closing the window stops a print that is still running."""
        if self._job is not None:
            self._job.stop()
        super().done(result)

    # --- saving -------------------------------------------------------------------------

    def save_as(self) -> None:
        """Ask where, then write the PDF in one step (never half a file)."""
        if not self.loaded():
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / self.suggested_name) if folder else self.suggested_name
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
            if target.exists() and not self._may_replace(target):
                return
        try:
            written = write_atomically(target, self.pdf)
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"), error_text(exc))
            return
        self.status.setText(self.tr("Saved as {path}").format(path=str(written)))
        self.delivered.emit()

    def _may_replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Save as PDF"),
            self.tr("{name} already exists. Replace it?").format(name=target.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


# Previews opened with ``show_pdf``: kept here while open, so one without a
# parent is not garbage-collected under the user's eyes.
_open_previews: set[PdfPreviewDialog] = set()


def show_pdf(
    parent: QWidget | None, pdf: bytes, *, title: str, suggested_name: str
) -> PdfPreviewDialog:
    """Open a preview beside the window that made the document (not modal:
    the admin can keep working and compare) and return it."""
    dialog = PdfPreviewDialog(pdf, title=title, suggested_name=suggested_name, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.setModal(False)
    _open_previews.add(dialog)
    dialog.finished.connect(lambda _result: _open_previews.discard(dialog))
    dialog.destroyed.connect(lambda _obj=None: _open_previews.discard(dialog))  # parent closed
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
