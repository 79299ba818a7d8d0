"""The statement of account (对账单) as printed: one customer's ``StatementData``
(``app.statement``) laid out as a ``Section`` of a PDF.

The wording follows the customer's document language (``zh`` or ``en``), not
the language of the user interface. The ledger table is the long part: its
cells are plain strings (drawn literally, and fast), a ``Paragraph`` only
where a text is too wide for its column and has to wrap; its header row
repeats on every page. The confirmation block the customer signs and returns
is kept on one page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.company import CompanyProfile
from app.documents.capitals import in_capitals
from app.documents.page import Section, build_pdf, frame_width, seal_flowable
from app.documents.styles import INK, SHADE, Styles, grid_table_style, styles_for
from app.documents.text import (
    decimal_of,
    long_date,
    markup,
    money,
    money_with_currency,
    para,
    short_date,
)
from app.statement import AGEING_BUCKETS, StatementData, StatementLine

WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "对账单",
        "subtitle_ledger": "往来明细",
        "subtitle_open": "未清项目",
        "section": "对账单 · {name}",
        "statement_date": "对账日期：",
        "period": "对账期间：",
        "period_value": "{start} 至 {end}",
        "from_start": "建账起",
        "as_of": "截至日期：",
        "currency": "币种：",
        "customer": "客户",
        "customer_no": "客户编号：",
        "address": "地址：",
        "contact": "联系人：",
        "us": "我方",
        "handled_by": "经办：",
        "phone": "电话：",
        "email": "邮箱：",
        "date": "日期",
        "number": "单据号码",
        "description": "摘要",
        "due": "到期日",
        "debit": "借方（应收）",
        "credit": "贷方（收回）",
        "balance": "余额",
        "amount": "原金额",
        "open": "未付金额",
        "days": "逾期天数",
        "not_due": "未到期",
        "opening": "期初余额",
        "totals": "本期合计",
        "closing": "期末余额",
        "open_total": "未付合计",
        "less_credits": "减：未冲抵的款项",
        "unapplied": "{kind}（未冲抵）",
        "reversed": "（已冲销）",
        "reversal": "冲销 {date} {kind}",
        "closing_line": "截至 {date} 期末余额：",
        "capitals_label": "大写金额：",
        "ageing_title": "账龄分析（截至 {date}）",
        "total": "合计",
        "ageing_credit": "减：未冲抵的款项 {credit}，余额 {balance}。",
        "confirm_title": "对账确认",
        "confirm_owed": (
            "本对账单所列截至 {date} 贵方欠我方余额 {amount}，请核对。"
            "如有不符请于{days}日内提出，逾期未提出视为确认。"
        ),
        "confirm_credit": (
            "本对账单所列截至 {date} 我方欠贵方余额（贵方预付或多付的款项）{amount}，请核对。"
            "如有不符请于{days}日内提出，逾期未提出视为确认。"
        ),
        "pay_to": "请将款项汇入：",
        "payee": "户名：",
        "bank": "开户行：",
        "account": "账号：",
        "our_side": "我方（盖章）：",
        "our_date": "日期：",
        "their_side": "客户确认：",
        "agreed": "□ 相符　　□ 不符，不符金额：______________",
        "disagree_reason": "原因：__________________________",
        "their_seal": "客户确认签章：",
        "their_person": "经办人：____________　日期：　　　年　　月　　日",
    },
    "en": {
        "title": "Statement of Account",
        "subtitle_ledger": "Account activity",
        "subtitle_open": "Open items",
        "section": "Statement · {name}",
        "statement_date": "Statement date: ",
        "period": "Period: ",
        "period_value": "{start} to {end}",
        "from_start": "opening of the account",
        "as_of": "As of: ",
        "currency": "Currency: ",
        "customer": "Customer",
        "customer_no": "Customer no.: ",
        "address": "Address: ",
        "contact": "Attn.: ",
        "us": "From",
        "handled_by": "Contact: ",
        "phone": "Tel: ",
        "email": "Email: ",
        "date": "Date",
        "number": "Document no.",
        "description": "Description",
        "due": "Due date",
        "debit": "Debit",
        "credit": "Credit",
        "balance": "Balance",
        "amount": "Amount",
        "open": "Open",
        "days": "Days overdue",
        "not_due": "not due",
        "opening": "Opening balance",
        "totals": "Totals for the period",
        "closing": "Closing balance",
        "open_total": "Total open",
        "less_credits": "Less: credits not yet applied",
        "unapplied": "{kind} (not yet applied)",
        "reversed": " (reversed)",
        "reversal": "Reversal of {kind} of {date}",
        "closing_line": "Closing balance as of {date}: ",
        "capitals_label": "In Chinese capitals: ",
        "ageing_title": "Ageing as of {date}",
        "total": "Total",
        "ageing_credit": "Less credits not yet applied {credit}: balance {balance}.",
        "confirm_title": "Balance confirmation",
        "confirm_owed": (
            "According to this statement, as of {date} the balance you owe us is {amount}. "
            "Please check it. If you disagree, please tell us within {days} days; "
            "otherwise the balance is taken as confirmed."
        ),
        "confirm_credit": (
            "According to this statement, as of {date} the balance in your favour "
            "(paid in advance or overpaid) is {amount}. Please check it. If you disagree, "
            "please tell us within {days} days; otherwise the balance is taken as confirmed."
        ),
        "pay_to": "Please pay to: ",
        "payee": "Payee: ",
        "bank": "Bank: ",
        "account": "Account: ",
        "our_side": "For and on behalf of (stamp):",
        "our_date": "Date: ",
        "their_side": "Customer's confirmation:",
        "agreed": "□ Agreed    □ Not agreed, difference: __________",
        "disagree_reason": "Reason: ____________________________",
        "their_seal": "Signature and company stamp:",
        "their_person": "Name: ______________  Date: ____ / ____ / ______",
    },
}

KIND_LABEL = {
    "zh": {
        "invoice": "发票/送货单",
        "charge": "违约金",
        "payment": "收款",
        "credit_note": "折让/退货",
        "write_off": "核销",
        "reversal": "冲销",
    },
    "en": {
        "invoice": "Invoice",
        "charge": "Late-payment charge",
        "payment": "Payment received",
        "credit_note": "Credit note",
        "write_off": "Written off",
        "reversal": "Reversal",
    },
}

METHOD_LABEL = {
    "zh": {
        "transfer": "银行转账",
        "cash": "现金",
        "cheque": "支票",
        "bank_bill": "银行承兑汇票",
        "other": "",
    },
    "en": {
        "transfer": "bank transfer",
        "cash": "cash",
        "cheque": "cheque",
        "bank_bill": "bank acceptance bill",
        "other": "",
    },
}

BUCKET_LABEL = {
    "zh": {
        "not_due": "未到期",
        "1_30": "逾期1-30天",
        "31_60": "31-60天",
        "61_90": "61-90天",
        "91_180": "91-180天",
        "over_180": "180天以上",
    },
    "en": {
        "not_due": "Not yet due",
        "1_30": "1-30 days",
        "31_60": "31-60 days",
        "61_90": "61-90 days",
        "91_180": "91-180 days",
        "over_180": "Over 180 days",
    },
}

#: Font size and padding of the table cells (grid_table_style's 9 pt).
CELL_SIZE = 9
CELL_PAD = 4
#: Narrowest a money column gets, and the widest the document-number column.
MONEY_MIN = 23 * mm
NUMBER_MAX = 34 * mm
#: Narrowest the description column gets before the number column gives way.
DESCRIPTION_MIN = 30 * mm

_BLANKS = re.compile(r"[\x00-\x1f\x7f]+")
_GAPS = re.compile(r" {2,}|\u3000+")


def _lang(data: StatementData) -> str:
    return data.language if data.language in WORDS else "zh"


def _plain(text: str) -> str:
    """A table cell's text on one line: control characters and line breaks
    become a space (a plain cell is drawn literally; no markup to escape)."""
    return _BLANKS.sub(" ", text).strip()


def _keep_spaces(text: str) -> str:
    """Markup of *text* that keeps its runs of spaces (a Paragraph collapses
    them, ideographic spaces too); single spaces still break lines."""
    return _GAPS.sub(
        lambda m: "&nbsp;" * (len(m.group()) * (2 if "\u3000" in m.group() else 1)), markup(text)
    )


class _Cells:
    """Makes table cells: a plain string when the text fits its column (the
    fast path), else a wrapping Paragraph of the escaped text."""

    def __init__(self, font: str, wrap_style: ParagraphStyle) -> None:
        self.font = font
        self.wrap_style = wrap_style

    def width(self, text: str) -> float:
        return stringWidth(text, self.font, CELL_SIZE)

    def cell(self, text: str, col_width: float) -> str | Paragraph:
        text = _plain(text)
        if self.width(text) <= col_width - 2 * CELL_PAD:
            return text
        return Paragraph(markup(text), self.wrap_style)


@dataclass(frozen=True)
class _Local:
    """The statement's own styles, tighter than the letter body so that a
    short statement and its confirmation block fit on one page."""

    text: ParagraphStyle
    name: ParagraphStyle
    indent: ParagraphStyle
    wrap: ParagraphStyle  # a table cell too wide for its column (CJK wrap splits numbers too)
    head: ParagraphStyle  # the table header cells


@lru_cache(maxsize=4)
def _local_styles(language: str) -> _Local:
    s = styles_for(language)
    text = ParagraphStyle(f"{language}.statement.text", parent=s.body, fontSize=9.5, leading=14)
    return _Local(
        text=text,
        name=ParagraphStyle(
            f"{language}.statement.name", parent=s.heading, spaceBefore=1, spaceAfter=2, leading=15
        ),
        indent=ParagraphStyle(f"{language}.statement.indent", parent=text, leftIndent=6 * mm),
        wrap=ParagraphStyle(
            f"{language}.statement.wrap", parent=s.cell, wordWrap="CJK", fontSize=CELL_SIZE
        ),
        head=ParagraphStyle(
            f"{language}.statement.head",
            parent=s.cell_head,
            alignment=TA_CENTER,
            fontSize=CELL_SIZE,
        ),
    )


def _describe(line: StatementLine, language: str) -> str:
    w = WORDS[language]
    kinds = KIND_LABEL[language]
    if line.kind == "reversal":
        text = w["reversal"].format(
            date=short_date(line.reverses_date), kind=kinds.get(line.reverses_kind, "")
        )
        if line.reverses_label:
            text += " " + line.reverses_label
        if line.reason:
            text += f"（{line.reason}）" if language == "zh" else f" ({line.reason})"
        return text
    parts = [kinds.get(line.kind, line.kind)]
    if line.method:
        parts.append(METHOD_LABEL[language].get(line.method, ""))
    if line.description:
        parts.append(line.description)
    text = " · ".join(p for p in parts if p)
    if line.reversed_on is not None:
        text += w["reversed"]
    return text


def _fit(cells: _Cells, texts: Sequence[str], heads: Sequence[str]) -> float:
    """A column as wide as its widest text and the widest word of its
    header (a header may wrap between words, never inside one)."""
    words = [word for head in heads for word in head.split()]
    widest = max(cells.width(text) for text in [*texts, *words])
    return widest + 2 * CELL_PAD + 1


def _money_widths(cells: _Cells, texts: Sequence[str], heads: Sequence[str]) -> float:
    return max(MONEY_MIN, _fit(cells, texts, heads))


def _column_widths(
    total: float, cells: _Cells, numbers: Sequence[str], fixed: Sequence[float], head: str
) -> tuple[float, float]:
    """Widths of the number and description columns, given the others: the
    number column as wide as its widest number (up to ``NUMBER_MAX``)."""
    rest = total - sum(fixed)
    texts = [_plain(n) for n in numbers] + [head]
    widest = max(cells.width(text) for text in texts) + 2 * CELL_PAD + 1
    number = min(max(widest, 18 * mm), NUMBER_MAX)
    if rest - number < DESCRIPTION_MIN:
        number = max(rest - DESCRIPTION_MIN, 16 * mm)
    return number, rest - number


def _table_style(summary_rows: Sequence[int]) -> TableStyle:
    style = grid_table_style(header_rows=1, numeric_from=4)
    style.add("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD)
    style.add("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE)
    style.add("ALIGN", (0, 1), (0, -1), "CENTER")
    style.add("ALIGN", (3, 1), (3, -1), "CENTER")
    for row in summary_rows:
        style.add("BACKGROUND", (0, row), (-1, row), SHADE)
    return style


def _ledger_table(data: StatementData, width: float, s: Styles, language: str) -> Table:
    w = WORDS[language]
    local = _local_styles(language)
    cells = _Cells(s.font, local.wrap)
    lines = data.lines
    amounts = [money(data.opening_fen), money(data.closing_fen)]
    amounts += [money(data.debit_total_fen), money(data.credit_total_fen)]
    for line in lines:
        amounts.append(money(line.balance_fen))
        amounts.append(money(line.debit_fen or line.credit_fen))
    date_w = cells.width("2026-12-31") + 2 * CELL_PAD + 2
    money_w = _money_widths(cells, amounts, (w["debit"], w["credit"], w["balance"]))
    number_w, desc_w = _column_widths(
        width,
        cells,
        [line.number for line in lines],
        (date_w, date_w, *[money_w] * 3),
        w["number"],
    )
    heads = ("date", "number", "description", "due", "debit", "credit", "balance")
    rows: list[list[object]] = [[Paragraph(markup(w[h]), local.head) for h in heads]]
    start = short_date(data.date_from) if data.date_from else ""
    rows.append([start, "", w["opening"], "", "", "", money(data.opening_fen)])
    for line in lines:
        rows.append(
            [
                short_date(line.entry_date),
                cells.cell(line.number, number_w),
                cells.cell(_describe(line, language), desc_w),
                short_date(line.due_date),
                money(line.debit_fen) if line.debit_fen else "",
                money(line.credit_fen) if line.credit_fen else "",
                money(line.balance_fen),
            ]
        )
    rows.append(
        [
            "",
            "",
            w["totals"],
            "",
            money(data.debit_total_fen),
            money(data.credit_total_fen),
            "",
        ]
    )
    rows.append([short_date(data.date_to), "", w["closing"], "", "", "", money(data.closing_fen)])
    col_widths = [date_w, number_w, desc_w, date_w, money_w, money_w, money_w]
    n = len(rows)
    return Table(
        rows,
        colWidths=col_widths,
        repeatRows=1,
        style=_table_style((1, n - 2, n - 1)),
    )


def _open_items_table(data: StatementData, width: float, s: Styles, language: str) -> Table:
    w = WORDS[language]
    kinds = KIND_LABEL[language]
    local = _local_styles(language)
    cells = _Cells(s.font, local.wrap)
    amounts = [money(data.open_debts_fen), money(-data.unapplied_fen), money(data.closing_fen)]
    for item in data.open_items:
        amounts += [money(item.amount_fen), money(item.open_fen)]
    for credit in data.open_credits:
        amounts += [money(credit.amount_fen), money(-credit.unapplied_fen)]
    date_w = cells.width("2026-12-31") + 2 * CELL_PAD + 2
    money_w = _money_widths(cells, amounts, (w["amount"], w["open"]))
    days_w = _fit(cells, [w["not_due"]], [w["days"]])
    numbers = [i.number for i in data.open_items] + [c.number for c in data.open_credits]
    number_w, desc_w = _column_widths(
        width, cells, numbers, (date_w, date_w, money_w, money_w, days_w), w["number"]
    )
    heads = ("date", "number", "description", "due", "amount", "open", "days")
    rows: list[list[object]] = [[Paragraph(markup(w[h]), local.head) for h in heads]]
    for item in data.open_items:
        label = kinds.get(item.kind, item.kind)
        if item.description:
            label += " · " + item.description
        rows.append(
            [
                short_date(item.entry_date),
                cells.cell(item.number, number_w),
                cells.cell(label, desc_w),
                short_date(item.due_date),
                money(item.amount_fen),
                money(item.open_fen),
                str(item.days_overdue) if item.days_overdue else w["not_due"],
            ]
        )
    for credit in data.open_credits:
        label = w["unapplied"].format(kind=kinds.get(credit.kind, credit.kind))
        method = METHOD_LABEL[language].get(credit.method, "")
        if method:
            label += " · " + method
        rows.append(
            [
                short_date(credit.entry_date),
                cells.cell(credit.number, number_w),
                cells.cell(label, desc_w),
                "",
                money(credit.amount_fen),
                money(-credit.unapplied_fen),
                "",
            ]
        )
    summary = []
    rows.append(["", "", w["open_total"], "", "", money(data.open_debts_fen), ""])
    summary.append(len(rows) - 1)
    if data.open_credits:
        rows.append(["", "", w["less_credits"], "", "", money(-data.unapplied_fen), ""])
        summary.append(len(rows) - 1)
    rows.append([short_date(data.date_to), "", w["closing"], "", "", money(data.closing_fen), ""])
    summary.append(len(rows) - 1)
    col_widths = [date_w, number_w, desc_w, date_w, money_w, money_w, days_w]
    return Table(
        rows,
        colWidths=col_widths,
        repeatRows=1,
        style=_table_style(summary),
    )


def _ageing_table(data: StatementData, width: float, s: Styles, language: str) -> Table:
    w = WORDS[language]
    head_style = _local_styles(language).head
    labels = BUCKET_LABEL[language]
    heads = [Paragraph(markup(labels[key]), head_style) for key, _limit in AGEING_BUCKETS]
    heads.append(Paragraph(markup(w["total"]), head_style))
    values = [money(fen) for fen in data.ageing_fen] + [money(data.open_debts_fen)]
    style = grid_table_style(header_rows=1, numeric_from=0)
    style.add("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD)
    return Table([heads, values], colWidths=[width / len(heads)] * len(heads), style=style)


def _party_blocks(
    data: StatementData, company: CompanyProfile, width: float, s: Styles, language: str
) -> Table:
    """The customer on the left, us on the right."""
    w = WORDS[language]
    local = _local_styles(language)
    who = data.recipient
    left: list[Flowable] = [Paragraph(markup(w["customer"]), s.small)]
    left.append(para(who.name, local.name))
    left.append(para(w["customer_no"] + data.customer_number, local.text))
    address = " ".join(p for p in (who.postcode, who.address) if p)
    if address:
        left.append(para(w["address"] + address, local.text))
    if who.kind == "corporate" and who.person:
        person = f"{who.contact_title} {who.person}" if who.contact_title else who.person
        left.append(para(w["contact"] + person, local.text))
    right: list[Flowable] = [Paragraph(markup(w["us"]), s.small)]
    right.append(para(company.display_name(language), local.name))
    if company.signatory:
        right.append(para(w["handled_by"] + company.signatory, local.text))
    if company.phone:
        right.append(para(w["phone"] + company.phone, local.text))
    if company.email:
        right.append(para(w["email"] + company.email, local.text))
    table = Table([[left, right]], colWidths=[width * 0.56, width * 0.44])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
                ("LINEBEFORE", (1, 0), (1, 0), 0.4, SHADE),
                ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
            ]
        )
    )
    return table


def _heading_lines(data: StatementData, s: Styles, language: str) -> list[Flowable]:
    w = WORDS[language]
    subtitle = w["subtitle_ledger"] if data.mode == "ledger" else w["subtitle_open"]
    out: list[Flowable] = [
        Paragraph(markup(w["title"]), s.title),
        Paragraph(markup(subtitle), s.subtitle),
    ]
    facts = [w["statement_date"] + long_date(data.statement_date, language)]
    if data.mode == "ledger":
        start = long_date(data.date_from, language) if data.date_from else w["from_start"]
        end = long_date(data.date_to, language)
        facts.append(w["period"] + w["period_value"].format(start=start, end=end))
    else:
        facts.append(w["as_of"] + long_date(data.date_to, language))
    facts.append(w["currency"] + data.currency)
    out.append(Paragraph(_keep_spaces("    ".join(facts)), s.small))
    out.append(Spacer(1, 3 * mm))
    return out


def _closing_block(data: StatementData, s: Styles, language: str) -> list[Flowable]:
    w = WORDS[language]
    figures = money_with_currency(data.closing_fen, data.currency)
    capitals = in_capitals(decimal_of(data.closing_fen), data.currency)
    closing = w["closing_line"].format(date=long_date(data.date_to, language))
    return [
        Spacer(1, 3 * mm),
        Paragraph(markup(closing) + f"<b>{markup(figures)}</b>", s.emphasis),
        Paragraph(markup(w["capitals_label"] + capitals), _local_styles(language).text),
    ]


def _ageing_block(data: StatementData, width: float, s: Styles, language: str) -> list[Flowable]:
    w = WORDS[language]
    block: list[Flowable] = [
        Paragraph(
            markup(w["ageing_title"].format(date=long_date(data.date_to, language))), s.heading
        ),
        _ageing_table(data, width, s, language),
    ]
    if data.open_credits:
        note = w["ageing_credit"].format(
            credit=money_with_currency(-data.unapplied_fen, data.currency),
            balance=money_with_currency(data.closing_fen, data.currency),
        )
        block.append(Paragraph(markup(note), s.small))
    return [KeepTogether(block)]


def _bank_lines(company: CompanyProfile, language: str) -> list[Flowable]:
    """Where to pay. The account number has a line of its own: Chinese text
    wraps between any two characters and would split it."""
    if not (company.bank_name or company.bank_account):
        return []
    w = WORDS[language]
    local = _local_styles(language)
    first = [w["payee"] + company.payee()] if company.payee() else []
    if company.bank_name:
        first.append(w["bank"] + company.bank_name)
    separator = "&nbsp;" * 4 if language == "zh" else "; "
    head = markup(w["pay_to"]) + separator.join(markup(p) for p in first)
    lines: list[Flowable] = [Paragraph(head, local.text)]
    if company.bank_account:
        lines.append(para(w["account"] + company.bank_account, local.indent))
    return lines


def _confirmation_block(
    data: StatementData, company: CompanyProfile, width: float, s: Styles, language: str
) -> Flowable:
    """What the customer signs, stamps and returns, on one page."""
    w = WORDS[language]
    local = _local_styles(language)
    amount = money_with_currency(abs(data.closing_fen), data.currency)
    template = w["confirm_credit"] if data.closing_fen < 0 else w["confirm_owed"]
    sentence = template.format(
        date=long_date(data.date_to, language),
        amount=amount,
        days=company.statement_reply_days,
    )
    block: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(markup(w["confirm_title"]), s.heading),
        Paragraph(markup(sentence), s.body),
    ]
    block.extend(_bank_lines(company, language))
    text = local.text
    ours: list[Flowable] = [
        Paragraph(markup(w["our_side"]), text),
        para(company.display_name(language), text),
    ]
    seal = seal_flowable(company, size=28 * mm)
    ours.append(seal if seal is not None else Spacer(1, 18 * mm))
    ours.append(Paragraph(markup(w["our_date"] + long_date(data.statement_date, language)), text))
    theirs: list[Flowable] = [
        Paragraph(markup(w["their_side"]), text),
        Paragraph(_keep_spaces(w["agreed"]), text),
        Paragraph(_keep_spaces(w["disagree_reason"]), text),
        Paragraph(markup(w["their_seal"]), text),
        Spacer(1, 9 * mm),  # room for signature and stamp
        Paragraph(_keep_spaces(w["their_person"]), text),
    ]
    boxes = Table([[ours, theirs]], colWidths=[width * 0.4, width * 0.6])
    boxes.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, INK),
                ("LINEBEFORE", (1, 0), (1, 0), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        )
    )
    block.append(Spacer(1, 2 * mm))
    block.append(boxes)
    return KeepTogether(block)


def statement_section(data: StatementData, company: CompanyProfile, *, today: date) -> Section:
    """One customer's statement as a section of a PDF: ``page.build_pdf`` lays
    many into one file, each with its letterhead and "第 x 页 共 y 页".

    The statement shows its own date (``data.statement_date``); *today* is
    the day the batch is printed, the same for every section."""
    language = _lang(data)
    s = styles_for(language)
    width = frame_width(company)
    story: list[Flowable] = _heading_lines(data, s, language)
    story.append(_party_blocks(data, company, width, s, language))
    story.append(Spacer(1, 4 * mm))
    if data.mode == "ledger":
        story.append(_ledger_table(data, width, s, language))
    else:
        story.append(_open_items_table(data, width, s, language))
    story.extend(_closing_block(data, s, language))
    story.extend(_ageing_block(data, width, s, language))
    story.append(_confirmation_block(data, company, width, s, language))
    return Section(
        flowables=story,
        language=language,
        title=WORDS[language]["section"].format(name=data.customer_name),
        key=data.customer_id,
        extra={"closing_fen": data.closing_fen, "date_to": data.date_to},
    )


def render_statement(data: StatementData, company: CompanyProfile, *, today: date) -> bytes:
    """One statement as a PDF."""
    section = statement_section(data, company, today=today)
    return build_pdf([section], company=company, title=section.title, today=today)


__all__ = ["WORDS", "render_statement", "statement_section"]
