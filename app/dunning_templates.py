"""The editable texts of the dunning letters: one template per level (1 friendly
reminder, 2 formal demand, 3 final demand) and document language (zh, en).

A template is a subject and a body written with placeholders such as
``{{ customer }}`` or ``{{ deadline }}`` (see ``PLACEHOLDERS``) and simple
``{% if %}`` / ``{% for %}`` blocks. A line holding only ``{{ invoices }}``
becomes the table of overdue invoices in the PDF; anywhere else the
placeholder prints the invoices as lines of text.

Templates are stored in ``DunningTemplate`` (a missing row is the built-in
default) and rendered in the sandbox of ``app.template_sandbox``. Because
the admin types them, they are checked before anything is rendered and a
template is saved only if it renders on sample data; the rendered text may
not exceed ``MAX_OUTPUT`` characters.

Every problem is a ``ValidationError`` naming the field ("subject" or "body")
with "Line N: problem"; none is a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import jinja2
from peewee import IntegrityError

from app.company import CompanyProfile
from app.db import DB
from app.dunning import LEVELS, LetterData, OverdueInvoice, PlannedLetter, reference_for
from app.errors import ConcurrentEditError, FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import DunningTemplate
from app.models.base import now
from app.template_sandbox import (
    FILTER_NOT_ALLOWED,
    INTERNALS,
    LINE_PROBLEM,
    MAX_OUTPUT,
    MAX_RANGE,
    NESTED_LOOP,
    NO_PARTS,
    NOT_ALLOWED,
    RANGE_TOO_BIG,
    REQUIRED,
    TEMPLATE_CHANGED,
    TEXT_TOO_LONG,
    TOO_LONG_OUTPUT,
    TOO_LONG_RESULT,
    UNKNOWN_PLACEHOLDER,
    Placeholder,
    TemplateProblem,
)
from app.template_sandbox import compile_issues as _compile_issues
from app.template_sandbox import compiled as _sandbox_compiled
from app.template_sandbox import render_source as _render_source

LANGUAGES = ("zh", "en")
SUBJECT_MAX = 200  # DunningTemplate.subject
BODY_MAX = 20_000

#: Stands for the invoices table while a body is rendered for the PDF.
INVOICES_MARK = "\ue000invoices\ue000"


PLACEHOLDERS: tuple[Placeholder, ...] = tuple(
    Placeholder(name, description)
    for name, description in (
        ("customer", QT_TRANSLATE_NOOP("app", "The customer's name")),
        ("number", QT_TRANSLATE_NOOP("app", "The customer's number")),
        (
            "salutation",
            QT_TRANSLATE_NOOP(
                "app",
                "The greeting, without colon or comma: the company's name, "
                "尊敬的张三先生 or Dear Ms Li",
            ),
        ),
        (
            "contact",
            QT_TRANSLATE_NOOP(
                "app", "The person the letter is for (the finance contact), with honorific"
            ),
        ),
        ("address", QT_TRANSLATE_NOOP("app", "The customer's address")),
        (
            "you",
            QT_TRANSLATE_NOOP(
                "app", "How the letter addresses the customer: 贵司 for a company, 您 for a person"
            ),
        ),
        (
            "invoices",
            QT_TRANSLATE_NOOP(
                "app",
                "The overdue invoices: on a line of its own the table, elsewhere lines of text",
            ),
        ),
        ("invoice_count", QT_TRANSLATE_NOOP("app", "How many invoices are overdue")),
        ("total", QT_TRANSLATE_NOOP("app", "The overdue total with currency, e.g. ¥12,345.67")),
        (
            "total_capitals",
            QT_TRANSLATE_NOOP("app", "The overdue total in Chinese capitals (大写金额)"),
        ),
        ("currency", QT_TRANSLATE_NOOP("app", "The currency code, e.g. CNY")),
        ("deadline", QT_TRANSLATE_NOOP("app", "The date by which to pay")),
        ("deadline_days", QT_TRANSLATE_NOOP("app", "Days from the letter's date to the deadline")),
        (
            "oldest_days_overdue",
            QT_TRANSLATE_NOOP("app", "Days past due of the oldest overdue invoice"),
        ),
        ("today", QT_TRANSLATE_NOOP("app", "The letter's date")),
        ("level", QT_TRANSLATE_NOOP("app", "The letter's level: 1, 2 or 3")),
        ("reference", QT_TRANSLATE_NOOP("app", "The letter's reference number")),
        ("company", QT_TRANSLATE_NOOP("app", "Our company's name")),
        ("company_phone", QT_TRANSLATE_NOOP("app", "Our phone number")),
        ("company_address", QT_TRANSLATE_NOOP("app", "Our address")),
        ("bank_name", QT_TRANSLATE_NOOP("app", "Our bank (开户行)")),
        ("bank_account", QT_TRANSLATE_NOOP("app", "Our bank account number")),
        ("payee", QT_TRANSLATE_NOOP("app", "The account holder payments go to (户名)")),
        ("signatory", QT_TRANSLATE_NOOP("app", "Who signs the letter")),
    )
)
PLACEHOLDER_NAMES = frozenset(p.name for p in PLACEHOLDERS)

ONE_LINE = QT_TRANSLATE_NOOP("app", "The subject must be a single line")

# --- built-in defaults ------------------------------------------------------------------


def _lines(*lines: str) -> str:
    """A template body, one argument per line (a paragraph is one line)."""
    return "\n".join(lines) + "\n"


_PHONE_ZH = "{% if company_phone %}（电话：{{ company_phone }}）{% endif %}"
_PHONE_EN = "{% if company_phone %} on {{ company_phone }}{% endif %}"
_BANK_ZH = (
    "{% if bank_account %}",
    "　　收款账户：",
    "　　户名：{{ payee }}",
    "　　开户行：{{ bank_name }}",
    "　　账号：{{ bank_account }}",
    "{% endif %}",
)
_BANK_EN = (
    "{% if bank_account %}",
    "",
    "Our bank details:",
    "Account name: {{ payee }}",
    "Bank: {{ bank_name }}",
    "Account number: {{ bank_account }}",
    "{% endif %}",
)
_CLOSE_EN = "{% if contact %}Yours sincerely,{% else %}Yours faithfully,{% endif %}"

DEFAULTS: dict[tuple[int, str], tuple[str, str]] = {
    (1, "zh"): (
        "付款提醒函",
        _lines(
            "{{ salutation }}：",
            "",
            "　　首先衷心感谢{{ you }}一直以来对我司的信任与支持！",
            "",
            "　　经我司财务核对，截至{{ today }}，{{ you }}尚有以下{{ invoice_count }}笔款项"
            "已超过约定付款期限，合计{{ total }}（大写：{{ total_capitals }}）：",
            "",
            "{{ invoices }}",
            "",
            "　　上述款项或因付款手续尚在办理之中而未能按期支付。烦请{{ you }}于{{ deadline }}"
            "前安排付款。如已付款，请将付款凭证发送我司以便核对，并请忽略本函；如对上述款项"
            "有任何疑问，欢迎随时与我司联系" + _PHONE_ZH + "。",
            "",
            *_BANK_ZH,
            "",
            "　　再次感谢{{ you }}的支持与配合，期待双方继续保持长期良好的合作！",
            "",
            "　　此致",
            "敬礼！",
        ),
    ),
    (2, "zh"): (
        "催款函",
        _lines(
            "{{ salutation }}：",
            "",
            "　　根据双方业务往来，我司已按约定履行了供货（服务）义务。经核对，截至{{ today }}，"
            "{{ you }}以下款项已逾期未付，合计{{ total }}（大写：{{ total_capitals }}），"
            "其中最长已逾期{{ oldest_days_overdue }}天：",
            "",
            "{{ invoices }}",
            "",
            "　　上述款项早已超过约定的付款期限，我司至今仍未收到，已对我司的正常资金周转造成"
            "影响。按时支付货款是{{ you }}的合同义务。",
            "",
            "　　现正式函告：请{{ you }}于{{ deadline }}前（自本函发出之日起{{ deadline_days }}"
            "日内）将上述欠款全额支付至我司账户。如对欠款金额有异议，请于上述期限内以书面形式"
            "提出并附相关凭证；逾期未提出的，视为{{ you }}对上述欠款无异议。",
            "",
            *_BANK_ZH,
            "",
            "　　如确有付款困难，请尽快与我司联系" + _PHONE_ZH + "，协商还款安排。如逾期既未"
            "付款也未与我司联系，我司将保留采取进一步措施的权利。",
            "",
            "　　特此函告。",
        ),
    ),
    (3, "zh"): (
        "最后催款通知",
        _lines(
            "{{ salutation }}：",
            "",
            "　　截至{{ today }}，{{ you }}拖欠我司款项合计{{ total }}"
            "（大写：{{ total_capitals }}），最长已逾期{{ oldest_days_overdue }}天，明细如下：",
            "",
            "{{ invoices }}",
            "",
            "　　我司已多次就上述欠款向{{ you }}催收，但{{ you }}至今仍未付清，已构成违约。",
            "",
            "　　现郑重通知：请{{ you }}务必于{{ deadline }}前（自本通知发出之日起"
            "{{ deadline_days }}日内）将上述全部欠款支付至我司账户。",
            "",
            *_BANK_ZH,
            "",
            "　　如{{ you }}逾期仍未付清，我司将不再另行通知，依法向有管辖权的人民法院提起诉讼"
            "（或依约申请仲裁），要求{{ you }}支付全部欠款，并主张逾期付款违约金（或逾期付款"
            "利息损失）及诉讼费、保全费、律师费等实现债权的费用。由此产生的一切法律后果和费用，"
            "均由{{ you }}承担。",
            "",
            "　　我司仍希望以友好协商的方式解决此事。如有疑问，请于上述期限内与我司联系"
            + _PHONE_ZH
            + "。",
            "",
            "　　特此通知。",
        ),
    ),
    (1, "en"): (
        "Payment reminder",
        _lines(
            "{{ salutation }},",
            "",
            "Thank you for your continued business. Our records show that the following "
            "invoices, totalling {{ total }}, have passed their due dates and remain unpaid as "
            "of {{ today }}:",
            "",
            "{{ invoices }}",
            "",
            "This may simply be an oversight, or your payment may already be on its way. If so, "
            "please accept our thanks and disregard this reminder; we would be grateful for a "
            "copy of the remittance advice so that we can match your payment.",
            "",
            "Otherwise, we kindly ask you to arrange payment by {{ deadline }}.",
            *_BANK_EN,
            "",
            "If you have any questions about these invoices, please do not hesitate to contact "
            "us" + _PHONE_EN + ".",
            "",
            _CLOSE_EN,
        ),
    ),
    (2, "en"): (
        "Formal demand for payment",
        _lines(
            "{{ salutation }},",
            "",
            "As of {{ today }}, the following invoices, totalling {{ total }}, remain unpaid "
            "although their due dates have passed; the oldest is now {{ oldest_days_overdue }} "
            "days overdue:",
            "",
            "{{ invoices }}",
            "",
            "We have supplied the goods and services as agreed, and payment on the agreed terms "
            "is your contractual obligation. The delay is affecting our cash flow.",
            "",
            "We therefore formally request that you pay the full amount by {{ deadline }}, that "
            "is within {{ deadline_days }} days of the date of this letter.",
            *_BANK_EN,
            "",
            "If you dispute any of these amounts, please let us know in writing within the same "
            "period, enclosing your supporting documents; otherwise we will take the amounts as "
            "accepted. If you are having difficulty paying, please contact us" + _PHONE_EN + " "
            "now so that we can agree a payment schedule.",
            "",
            "If we receive neither payment nor a reply by that date, we reserve the right to "
            "take further steps to recover the debt.",
            "",
            _CLOSE_EN,
        ),
    ),
    (3, "en"): (
        "Final demand before legal action",
        _lines(
            "{{ salutation }},",
            "",
            "As of {{ today }}, you owe us {{ total }} on the following invoices, the oldest now "
            "{{ oldest_days_overdue }} days overdue:",
            "",
            "{{ invoices }}",
            "",
            "We have asked you for payment on several occasions without result. Your failure to "
            "pay is a breach of our agreement.",
            "",
            "This is our final demand. Please pay the full amount by {{ deadline }}, that is "
            "within {{ deadline_days }} days of the date of this letter.",
            *_BANK_EN,
            "",
            "If the full amount has not reached our account by that date, we will, without "
            "further notice, bring proceedings against you before the competent People's Court "
            "(or in arbitration, as agreed) to recover the debt, together with damages for late "
            "payment (liquidated damages or interest) and all costs of recovery, including court "
            "fees, preservation fees and legal fees. All consequences and costs of such "
            "proceedings will be borne by you.",
            "",
            "We would still prefer to settle this matter amicably. If you wish to discuss it, "
            "please contact us" + _PHONE_EN + " before that date.",
            "",
            _CLOSE_EN,
        ),
    ),
}


@dataclass(frozen=True)
class Template:
    """The text of one level in one language."""

    level: int
    language: str
    subject: str
    body: str
    version: int  # of the stored row; 0 for the built-in default
    is_default: bool


def default_template(level: int, language: str) -> Template:
    _check_key(level, language)
    subject, body = DEFAULTS[(level, language)]
    return Template(level, language, subject, body, version=0, is_default=True)


def _check_key(level: int, language: str) -> None:
    if level not in LEVELS or language not in LANGUAGES:
        raise ValueError(f"no dunning template for level {level!r}, language {language!r}")


def load_template(level: int, language: str) -> Template:
    """The stored template, or the built-in default when none is stored."""
    _check_key(level, language)
    row = DunningTemplate.get_or_none(
        (DunningTemplate.level == level) & (DunningTemplate.language == language)
    )
    if row is None:
        return default_template(level, language)
    return Template(level, language, row.subject, row.body, row.version, is_default=False)


def load_templates() -> dict[tuple[int, str], Template]:
    """Every template by (level, language): what a batch needs, in one query."""
    out = {key: default_template(*key) for key in DEFAULTS}
    for row in DunningTemplate.select():
        key = (int(row.level), row.language)
        if key in out:
            out[key] = Template(*key, row.subject, row.body, row.version, is_default=False)
    return out


def save_template(
    level: int, language: str, *, subject: str, body: str, expected_version: int
) -> Template:
    """Store a template the admin edited; returns it with its new version.

    *expected_version* is the version the editor loaded (0 for the default):
    if the stored one changed since, ``ConcurrentEditError``. A template that
    does not compile or render on sample data is refused with a
    ``ValidationError`` naming "subject" or "body"."""
    _check_key(level, language)
    subject = (subject or "").strip()
    body = (body or "").replace("\r\n", "\n").replace("\r", "\n")
    issues = check_template(subject, body, level=level, language=language)
    if issues:
        raise ValidationError(issues)
    key = (DunningTemplate.level == level) & (DunningTemplate.language == language)
    with DB.atomic():
        row = DunningTemplate.get_or_none(key)
        if row is None:
            if expected_version != 0:
                raise ConcurrentEditError(TEMPLATE_CHANGED)
            try:
                with DB.atomic():
                    DunningTemplate.create(
                        level=level, language=language, subject=subject, body=body, version=1
                    )
            except IntegrityError as exc:  # created by someone else meanwhile
                raise ConcurrentEditError(TEMPLATE_CHANGED) from exc
            version = 1
        else:
            version = expected_version + 1
            changed = (
                DunningTemplate.update(
                    subject=subject, body=body, version=version, updated_at=now()
                )
                .where(key & (DunningTemplate.version == expected_version))
                .execute()
            )
            if changed != 1:
                raise ConcurrentEditError(TEMPLATE_CHANGED)
    return Template(level, language, subject, body, version, is_default=False)


def reset_template(level: int, language: str) -> Template:
    """Go back to the built-in default (the stored text is removed)."""
    _check_key(level, language)
    DunningTemplate.delete().where(
        (DunningTemplate.level == level) & (DunningTemplate.language == language)
    ).execute()
    return default_template(level, language)


# --- the sandbox (app.template_sandbox) with the letter's placeholders -------------------


def compile_issues(source: str, field_name: str) -> list[FieldIssue]:
    """What keeps *source* from being a letter template (empty: nothing)."""
    return _compile_issues(source, field_name, PLACEHOLDER_NAMES)


def compiled(source: str, field_name: str) -> jinja2.Template:
    """The template checked and compiled once (cached by its text): a batch of
    1,000 letters compiles each template once. ``ValidationError`` if it is
    not a valid letter template."""
    return _sandbox_compiled(source, field_name, PLACEHOLDER_NAMES)


def render_source(
    source: str, context: Mapping[str, object], field_name: str, *, limit: int = MAX_OUTPUT
) -> str:
    """Render *source* with *context*; every problem is a ``ValidationError``
    with the line it comes from."""
    return _render_source(source, context, field_name, names=PLACEHOLDER_NAMES, limit=limit)


# --- what the placeholders stand for --------------------------------------------------------

_INVOICE_LINE = {
    "zh": "{number}，开票日期 {date}，到期日 {due}，金额 {amount}，未付 {open}，逾期 {days} 天",
    "en": "{number} of {date}, due {due}: amount {amount}, open {open}, {days} days overdue",
}
_NO_NUMBER = {"zh": "（无单号）", "en": "(no number)"}


def invoices_text(data: LetterData) -> str:
    """The overdue invoices as lines of text."""
    from app.documents.text import money_with_currency

    language = data.language if data.language in _INVOICE_LINE else "zh"
    line = _INVOICE_LINE[language]
    return "\n".join(
        line.format(
            number=i.number or _NO_NUMBER[language],
            date=i.entry_date.isoformat(),
            due=i.due_date.isoformat(),
            amount=money_with_currency(i.amount_fen, data.currency),
            open=money_with_currency(i.open_fen, data.currency),
            days=i.days_overdue,
        )
        for i in data.invoices
    )


def letter_context(
    data: LetterData, company: CompanyProfile, *, invoices: str | None = None
) -> dict[str, object]:
    """The values of the placeholders for one letter. *invoices* replaces the
    text of the invoices (the renderer passes ``INVOICES_MARK``)."""
    from app.documents.text import long_date, money_with_currency

    language = data.language
    person = data.recipient
    corporate = person.kind != "individual"
    return {
        "customer": person.name,
        "number": data.plan.number,
        "salutation": person.salutation,
        "contact": person.person,
        "address": person.address,
        "you": ("贵司" if corporate else "您") if language == "zh" else "you",
        "invoices": invoices_text(data) if invoices is None else invoices,
        "invoice_count": len(data.invoices),
        "total": money_with_currency(data.total_fen, data.currency),
        "total_capitals": data.total_capitals,
        "currency": data.currency,
        "deadline": long_date(data.deadline, language),
        "deadline_days": data.deadline_days,
        "oldest_days_overdue": data.plan.oldest_days_overdue,
        "today": long_date(data.today, language),
        "level": data.level,
        "reference": data.reference,
        "company": company.display_name(language),
        "company_phone": company.phone,
        "company_address": company.display_address(language),
        "bank_name": company.bank_name,
        "bank_account": company.bank_account,
        "payee": company.payee() if language == "zh" else _payee_en(company),
        "signatory": company.signatory,
    }


def _payee_en(company: CompanyProfile) -> str:
    """A foreign payer's bank wants the name in Latin letters when we have it."""
    return company.account_holder or company.name_en or company.name


def render_letter(
    template: Template, data: LetterData, company: CompanyProfile, *, invoices: str | None = None
) -> tuple[str, str]:
    """(subject, body) of one letter."""
    context = letter_context(data, company, invoices=invoices)
    subject_context = context if invoices is None else {**context, "invoices": invoices_text(data)}
    subject = render_source(template.subject, subject_context, "subject", limit=SUBJECT_MAX * 4)
    body = render_source(template.body, context, "body")
    return " ".join(subject.split()), body


# --- sample data -----------------------------------------------------------------------------


def sample_letter(level: int, language: str, *, today: date | None = None) -> LetterData:
    """A made-up letter to check and preview a template with."""
    from datetime import timedelta

    from app.addressing import Recipient
    from app.documents.capitals import in_capitals
    from app.money import from_fen

    today = today or date.today()
    zh = language == "zh"
    person = Recipient(
        customer_id=0,
        number="C000123",
        kind="corporate",
        name="深圳市示例贸易有限公司" if zh else "Example Trading Co., Ltd.",
        language=language,
        address="深圳市南山区科技园南路 88 号 5 楼"
        if zh
        else "5/F, 88 Keyuan South Road, Shenzhen",
        postcode="518057",
        contact_name="李静" if zh else "Li Jing",
        contact_gender="female",
        contact_title="财务经理" if zh else "Finance Manager",
    )
    rows = [(95, 1_250_000, 1_250_000), (64, 832_050, 532_050), (33, 416_000, 416_000)]
    invoices = tuple(
        OverdueInvoice(
            debt_id=index,
            kind="invoice",
            number=f"FP2026{index:04d}",
            entry_date=today - timedelta(days=days + 30),
            due_date=today - timedelta(days=days),
            amount_fen=amount,
            open_fen=open_fen,
            days_overdue=days,
        )
        for index, (days, amount, open_fen) in enumerate(rows, start=1)
    )
    total = sum(i.open_fen for i in invoices)
    plan = PlannedLetter(
        customer_id=0,
        number=person.number,
        name=person.name,
        language=language,
        level=level,
        auto_level=level,
        overdue_fen=total,
        currency="CNY",
        oldest_days_overdue=invoices[0].days_overdue,
        invoice_count=len(invoices),
        last_level=0,
        last_sent_on=None,
        reason="",
    )
    days = {1: 15, 2: 10, 3: 7}[level]
    return LetterData(
        plan=plan,
        recipient=person,
        invoices=invoices,
        total_fen=total,
        currency="CNY",
        total_capitals=in_capitals(from_fen(total), "CNY"),
        today=today,
        deadline=today + timedelta(days=days),
        deadline_days=days,
        reference=reference_for(plan, today),
    )


def check_template(
    subject: str,
    body: str,
    *,
    level: int = 1,
    language: str = "zh",
    company: CompanyProfile | None = None,
) -> list[FieldIssue]:
    """Every problem of an edited template (empty: it is fine): required and
    too long texts, what does not compile, and what fails on sample data."""
    issues: list[FieldIssue] = []
    subject = (subject or "").strip()
    if not subject:
        issues.append(FieldIssue("subject", REQUIRED))
    elif len(subject) > SUBJECT_MAX:
        issues.append(FieldIssue("subject", TEXT_TOO_LONG, {"max": SUBJECT_MAX}))
    elif "\n" in subject or "\r" in subject:
        issues.append(FieldIssue("subject", ONE_LINE))
    else:
        issues.extend(compile_issues(subject, "subject"))
    if not (body or "").strip():
        issues.append(FieldIssue("body", REQUIRED))
    elif len(body) > BODY_MAX:
        issues.append(FieldIssue("body", TEXT_TOO_LONG, {"max": BODY_MAX}))
    else:
        issues.extend(compile_issues(body, "body"))
    if issues:
        return issues
    template = Template(level, language, subject, body, version=0, is_default=False)
    sample = sample_letter(level, language)
    for invoices in (None, INVOICES_MARK):  # as text, and as the PDF renders it
        try:
            render_letter(template, sample, company or _SAMPLE_COMPANY, invoices=invoices)
        except ValidationError as exc:
            return exc.issues
    return []


_SAMPLE_COMPANY = CompanyProfile(
    name="示例有限公司",
    name_en="Example Ltd.",
    phone="0755-12345678",
    bank_name="中国工商银行深圳分行",
    bank_account="4000 0000 0000 0000 000",
    signatory="财务部",
)


__all__ = [
    "DEFAULTS",
    "FILTER_NOT_ALLOWED",
    "INTERNALS",
    "LINE_PROBLEM",
    "MAX_OUTPUT",
    "MAX_RANGE",
    "NESTED_LOOP",
    "NOT_ALLOWED",
    "NO_PARTS",
    "RANGE_TOO_BIG",
    "REQUIRED",
    "TEMPLATE_CHANGED",
    "TEXT_TOO_LONG",
    "TOO_LONG_OUTPUT",
    "TOO_LONG_RESULT",
    "UNKNOWN_PLACEHOLDER",
    "TemplateProblem",
    "compiled",
    "INVOICES_MARK",
    "PLACEHOLDERS",
    "Placeholder",
    "Template",
    "check_template",
    "compile_issues",
    "default_template",
    "invoices_text",
    "letter_context",
    "load_template",
    "load_templates",
    "render_letter",
    "render_source",
    "reset_template",
    "sample_letter",
    "save_template",
]
