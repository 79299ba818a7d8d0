"""Reading label and envelope PDFs back: each text run with where it was
drawn, so tests can check that text lies inside its label or box."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PageObject, PdfReader
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from app.addressing import Recipient
from app.documents.fonts import register_pdf_font


@dataclass(frozen=True)
class Run:
    """A run of text as drawn: baseline start (x, y) in points and font size."""

    text: str
    x: float
    y: float
    size: float

    @property
    def right(self) -> float:
        return self.x + stringWidth(self.text, register_pdf_font(), self.size)

    @property
    def top(self) -> float:
        return self.y + getFont(register_pdf_font()).face.ascent / 1000 * self.size

    @property
    def bottom(self) -> float:
        return self.y + getFont(register_pdf_font()).face.descent / 1000 * self.size

    def inside(self, rect: tuple[float, float, float, float], slack: float = 0.01) -> bool:
        x0, y0, x1, y1 = rect
        return (
            self.x >= x0 - slack
            and self.right <= x1 + slack
            and self.bottom >= y0 - slack
            and self.top <= y1 + slack
        )


def pages_of(pdf: bytes) -> list[list[Run]]:
    """Every page's text runs, in drawing order."""
    return [_runs(page) for page in PdfReader(io.BytesIO(pdf)).pages]


def _runs(page: PageObject) -> list[Run]:
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append(Run(text.strip("\n"), x, y, size * tm[0] * cm[0]))

    page.extract_text(visitor_text=visit)
    return runs


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


_ids = iter(range(1, 1_000_000))


def person(
    name: str = "张三",
    *,
    kind: str = "individual",
    language: str = "zh",
    address: str = "北京市海淀区中关村大街1号",
    postcode: str = "100080",
    gender: str = "male",
    contact_name: str = "",
    contact_gender: str = "",
    contact_title: str = "",
) -> Recipient:
    """A recipient as ``app.addressing.recipients`` makes them."""
    cid = next(_ids)
    return Recipient(
        customer_id=cid,
        number=f"C{cid:05d}",
        kind=kind,
        name=name,
        language=language,
        address=address,
        postcode=postcode,
        contact_name=contact_name,
        contact_gender=contact_gender,
        contact_title=contact_title,
        gender=gender,
    )


def firm(name: str = "远大贸易有限公司", **kw: str) -> Recipient:
    kw.setdefault("contact_name", "李四")
    kw.setdefault("contact_gender", "female")
    kw.setdefault("contact_title", "财务部")
    return person(name, kind="corporate", gender="", **kw)
