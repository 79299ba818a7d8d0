"""The editable texts of the dunning letters: one template per level (1 friendly
reminder, 2 formal demand, 3 final demand) and document language (zh, en).

A template is a subject and a body written with placeholders such as
``{{ customer }}`` or ``{{ deadline }}`` (see ``PLACEHOLDERS``) and simple
``{% if %}`` / ``{% for %}`` blocks. A line holding only ``{{ invoices }}``
becomes the table of overdue invoices in the PDF; anywhere else the
placeholder prints the invoices as lines of text.

Templates are stored in ``DunningTemplate`` (a missing row is the built-in
default) and rendered with Jinja2's ``SandboxedEnvironment``. Because the
admin types them, they are checked before anything is rendered and a
template is saved only if it renders on sample data:

- the parsed template may use only the placeholders, output, ``if``, one
  level of ``for``, comparisons, a few harmless filters and ``range``; no
  attribute or item access (so no way to ``__class__`` or ``__globals__``),
  no ``set``, macros, includes or calls;
- ``range`` stops at ``MAX_RANGE``; ``*`` may not build a long string;
- the rendered text may not exceed ``MAX_OUTPUT`` characters.

Every problem is a ``ValidationError`` naming the field ("subject" or "body")
with "Line N: problem"; none is a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from peewee import IntegrityError

from app.company import CompanyProfile
from app.db import DB
from app.dunning import LEVELS, LetterData, OverdueInvoice, PlannedLetter, reference_for
from app.errors import ConcurrentEditError, FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import DunningTemplate
from app.models.base import now

LANGUAGES = ("zh", "en")
SUBJECT_MAX = 200  # DunningTemplate.subject
BODY_MAX = 20_000
#: Longest text a template may produce (a one-page letter is about 1,500).
MAX_OUTPUT = 30_000
#: Most numbers ``range`` gives a loop.
MAX_RANGE = 1_000

#: Stands for the invoices table while a body is rendered for the PDF.
INVOICES_MARK = "\ue000invoices\ue000"


@dataclass(frozen=True)
class Placeholder:
    name: str
    description: str  # English, marked for translation


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

# --- the problems a template can have ---------------------------------------------------

LINE_PROBLEM = QT_TRANSLATE_NOOP("app", "Line {line}: {problem}")
UNKNOWN_PLACEHOLDER = QT_TRANSLATE_NOOP("app", "Line {line}: unknown placeholder “{name}”")
INTERNALS = QT_TRANSLATE_NOOP(
    "app", "Line {line}: “{name}” is not allowed: a template cannot reach into the program"
)
NO_PARTS = QT_TRANSLATE_NOOP(
    "app", "Line {line}: “{name}” is not a placeholder: use “{base}” as it is"
)
NOT_ALLOWED = QT_TRANSLATE_NOOP("app", "Line {line}: “{what}” is not allowed in a letter")
FILTER_NOT_ALLOWED = QT_TRANSLATE_NOOP("app", "Line {line}: the filter “{name}” is not allowed")
NESTED_LOOP = QT_TRANSLATE_NOOP("app", "Line {line}: a loop inside a loop is not allowed")
RANGE_TOO_BIG = QT_TRANSLATE_NOOP("app", "Line {line}: range() gives at most {limit} numbers")
TOO_LONG_RESULT = QT_TRANSLATE_NOOP(
    "app", "Line {line}: the letter would be too long (more than {limit} characters)"
)
TOO_LONG_OUTPUT = QT_TRANSLATE_NOOP(
    "app", "The letter would be too long (more than {limit} characters): check the loops"
)
REQUIRED = QT_TRANSLATE_NOOP("app", "Required: please fill it in")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("app", "Too long: at most {max} characters")
ONE_LINE = QT_TRANSLATE_NOOP("app", "The subject must be a single line")
TEMPLATE_CHANGED = QT_TRANSLATE_NOOP(
    "app",
    "Someone else changed this template after you opened it. Your text was not saved; "
    "it is still in the editor.",
)

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


# --- the sandbox --------------------------------------------------------------------------


class TemplateProblem(Exception):
    """A problem found while rendering, with its message template."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template.format(line="?", **params))
        self.template = template
        self.params = params


def _safe_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateProblem(RANGE_TOO_BIG, limit=MAX_RANGE)
    return numbers


def _replace(value: object, old: str, new: str, count: int | None = None) -> str:
    text, old, new = str(value), str(old), str(new)
    times = text.count(old) if old else len(text) + 1
    if count is not None:
        times = min(times, max(count, 0))
    if len(text) + times * (len(new) - len(old)) > MAX_OUTPUT:
        raise TemplateProblem(TOO_LONG_RESULT, limit=MAX_OUTPUT)
    return text.replace(old, new, -1 if count is None else count)


class _LetterEnvironment(SandboxedEnvironment):
    """The sandbox with the operators that could build huge strings watched."""

    intercepted_binops = frozenset(["*", "%", "**"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(times, int):
                    if len(seq) * times > MAX_OUTPUT:
                        raise TemplateProblem(TOO_LONG_RESULT, limit=MAX_OUTPUT)
        elif operator == "%" and isinstance(left, str):
            raise TemplateProblem(NOT_ALLOWED, what="%")
        elif operator == "**":
            raise TemplateProblem(NOT_ALLOWED, what="**")
        return super().call_binop(context, operator, left, right)


_SAFE_FILTERS = (
    "abs capitalize count d default first int last length lower round string title trim "
    "truncate upper wordcount"
).split()


@lru_cache(maxsize=1)
def _environment() -> _LetterEnvironment:
    env = _LetterEnvironment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    filters = {name: env.filters[name] for name in _SAFE_FILTERS}
    filters["replace"] = _replace
    env.filters = filters
    env.globals = {"range": _safe_range}
    return env


#: Attributes of the loop variable a template may read.
_LOOP_ATTRS = frozenset("index index0 revindex revindex0 first last length".split())
#: Statements and expressions a letter may use.
_ALLOWED = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.If,
    nodes.For,
    nodes.Name,
    nodes.Const,
    nodes.Tuple,
    nodes.List,
    nodes.CondExpr,
    nodes.Filter,
    nodes.Test,
    nodes.Compare,
    nodes.Operand,
    nodes.And,
    nodes.Or,
    nodes.Not,
    nodes.Neg,
    nodes.Pos,
    nodes.Concat,
    nodes.Add,
    nodes.Sub,
    nodes.Mul,
    nodes.Div,
    nodes.FloorDiv,
    nodes.Mod,
    nodes.Keyword,
)
#: How a refused construct is named in the message.
_CONSTRUCT = {
    nodes.Assign: "{% set %}",
    nodes.AssignBlock: "{% set %}",
    nodes.Macro: "{% macro %}",
    nodes.CallBlock: "{% call %}",
    nodes.FilterBlock: "{% filter %}",
    nodes.With: "{% with %}",
    nodes.Block: "{% block %}",
    nodes.Extends: "{% extends %}",
    nodes.Include: "{% include %}",
    nodes.Import: "{% import %}",
    nodes.FromImport: "{% from %}",
    nodes.ExprStmt: "{% do %}",
    nodes.ScopedEvalContextModifier: "{% autoescape %}",
    nodes.EvalContextModifier: "{% autoescape %}",
    nodes.Getitem: "[ ]",
    nodes.Slice: "[ : ]",
    nodes.Dict: "{ }",
    nodes.Pow: "**",
    nodes.Call: "( )",
    nodes.NSRef: "namespace",
}


def _dotted(node: nodes.Node) -> str:
    """``customer.__class__.__mro__`` as written, for a message."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Const):
        return repr(node.value)
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        arg = node.arg.value if isinstance(node.arg, nodes.Const) else "…"
        return f"{_dotted(node.node)}[{arg!r}]"
    if isinstance(node, nodes.Call):
        return f"{_dotted(node.node)}()"
    if isinstance(node, nodes.Filter):
        inner = _dotted(node.node) if node.node is not None else ""
        return f"{inner}|{node.name}"
    return "…"


def _internal_name(node: nodes.Node) -> str | None:
    """The offending name when *node* reaches for a private attribute."""
    if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
        return node.attr
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        value = node.arg.value
        if isinstance(value, str) and value.startswith("_"):
            return value
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        if re.fullmatch(r"__\w+__", node.value):  # e.g. |attr("__class__")
            return node.value
    return None


class _Checker:
    """Walks a parsed template and lists what a letter may not do."""

    def __init__(self) -> None:
        self.problems: list[tuple[int, str, dict[str, Any]]] = []

    def add(self, node: nodes.Node, template: str, **params: Any) -> None:
        self.problems.append((getattr(node, "lineno", 1) or 1, template, params))

    def check(self, node: nodes.Node, *, bound: frozenset[str], loops: int) -> None:
        internal = _internal_name(node)
        if internal is not None:
            self.add(
                node,
                INTERNALS,
                name=_dotted(node) if not isinstance(node, nodes.Const) else internal,
            )
            return
        if isinstance(node, nodes.Getattr):
            if isinstance(node.node, nodes.Name) and node.node.name == "loop" and "loop" in bound:
                if node.attr in _LOOP_ATTRS:
                    return
            if self._reaches_internals(node):
                return
            base = node.node.name if isinstance(node.node, nodes.Name) else _dotted(node.node)
            self.add(node, NO_PARTS, name=_dotted(node), base="{{ " + base + " }}")
            return
        if isinstance(node, nodes.Call):
            if self._reaches_internals(node):
                return
            if isinstance(node.node, nodes.Name) and node.node.name == "range":
                if node.kwargs or node.dyn_args or node.dyn_kwargs:
                    self.add(node, NOT_ALLOWED, what="range(…=…)")
                    return
                for arg in node.args:
                    self.check(arg, bound=bound, loops=loops)
                return
            self.add(node, NOT_ALLOWED, what=_dotted(node))
            return
        if isinstance(node, nodes.Name):
            if node.ctx == "load" and node.name not in PLACEHOLDER_NAMES and node.name not in bound:
                if node.name == "range":
                    self.add(node, NOT_ALLOWED, what="range")
                else:
                    self.add(node, UNKNOWN_PLACEHOLDER, name=node.name)
            return
        if isinstance(node, nodes.Filter):
            if node.name not in _SAFE_FILTERS and node.name != "replace":
                self.add(node, FILTER_NOT_ALLOWED, name=node.name)
                return
            if node.dyn_args or node.dyn_kwargs:
                self.add(node, NOT_ALLOWED, what="*args")
                return
        if isinstance(node, nodes.For):
            self._check_for(node, bound=bound, loops=loops)
            return
        if not isinstance(node, _ALLOWED):
            if self._reaches_internals(node):
                return
            what = next((w for t, w in _CONSTRUCT.items() if isinstance(node, t)), None)
            self.add(node, NOT_ALLOWED, what=what or type(node).__name__)
            return
        for child in node.iter_child_nodes():
            self.check(child, bound=bound, loops=loops)

    def _reaches_internals(self, node: nodes.Node) -> bool:
        """Report the private attribute inside *node*, if any, instead of a
        vaguer problem with the outer expression."""
        for inner in node.find_all((nodes.Getattr, nodes.Getitem, nodes.Const)):
            name = _internal_name(inner)
            if name is not None:
                self.add(
                    inner,
                    INTERNALS,
                    name=_dotted(inner) if not isinstance(inner, nodes.Const) else name,
                )
                return True
        return False

    def _check_for(self, node: nodes.For, *, bound: frozenset[str], loops: int) -> None:
        if loops:
            self.add(node, NESTED_LOOP)
            return
        if node.recursive:
            self.add(node, NOT_ALLOWED, what="recursive")
            return
        self.check(node.iter, bound=bound, loops=loops)
        names = {n.name for n in node.target.find_all(nodes.Name)}
        if isinstance(node.target, nodes.Name):
            names.add(node.target.name)
        inner = bound | names | {"loop"}
        if node.test is not None:
            self.check(node.test, bound=inner, loops=loops + 1)
        for child in node.body:
            self.check(child, bound=inner, loops=loops + 1)
        for child in node.else_:
            self.check(child, bound=bound, loops=loops)


def _issues(field_name: str, problems: list[tuple[int, str, dict[str, Any]]]) -> list[FieldIssue]:
    seen: set[int] = set()
    out = []
    for line, template, params in sorted(problems, key=lambda p: p[0]):
        if line in seen:  # the first problem of a line is enough
            continue
        seen.add(line)
        out.append(FieldIssue(field_name, template, {"line": line, **params}))
    return out


_TAG_ONLY = re.compile(r"^[ \t]*(?:(?:\{%(?:(?!%\}).)*%\}|\{#(?:(?!#\}).)*#\})[ \t]*)+$")
_TAG_AT_END = re.compile(r"(?<![+-])%\}([ \t]*)$")


def _keep_line_ends(source: str) -> str:
    """A line holding only ``{% %}`` tags disappears from the output (Jinja's
    ``trim_blocks``), but a tag ending a line of text keeps its line break
    (``+%}``): "…联系{% if x %}…{% endif %}" must not run into the next line.
    Only characters are added, so line numbers stay as the admin sees them."""
    lines = source.split("\n")
    for index, line in enumerate(lines[:-1]):
        if line.rstrip().endswith("%}") and not _TAG_ONLY.match(line):
            lines[index] = _TAG_AT_END.sub(r"+%}\1", line)
    return "\n".join(lines)


def compile_issues(source: str, field_name: str) -> list[FieldIssue]:
    """What keeps *source* from being a letter template (empty: nothing)."""
    env = _environment()
    try:
        tree = env.parse(_keep_line_ends(source))
    except TemplateSyntaxError as exc:
        return [
            FieldIssue(
                field_name, LINE_PROBLEM, {"line": exc.lineno or 1, "problem": exc.message or ""}
            )
        ]
    checker = _Checker()
    checker.check(tree, bound=frozenset(), loops=0)
    if checker.problems:
        return _issues(field_name, checker.problems)
    try:
        _compiled(source)
    except TemplateSyntaxError as exc:  # e.g. a filter's arguments
        return [
            FieldIssue(
                field_name, LINE_PROBLEM, {"line": exc.lineno or 1, "problem": exc.message or ""}
            )
        ]
    return []


def _compiled(source: str) -> jinja2.Template:
    return _environment().from_string(_keep_line_ends(source))


@lru_cache(maxsize=64)
def _checked(source: str, field_name: str) -> tuple[jinja2.Template | None, tuple[FieldIssue, ...]]:
    issues = compile_issues(source, field_name)
    return (None if issues else _compiled(source)), tuple(issues)


def compiled(source: str, field_name: str) -> jinja2.Template:
    """The template checked and compiled once (cached by its text): a batch of
    1,000 letters compiles each template once. ``ValidationError`` if it is
    not a valid letter template."""
    template, issues = _checked(source, field_name)
    if template is None:
        raise ValidationError(list(issues))
    return template


def _template_line(exc: BaseException) -> int:
    line = 1
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def render_source(
    source: str, context: Mapping[str, object], field_name: str, *, limit: int = MAX_OUTPUT
) -> str:
    """Render *source* with *context*; every problem is a ``ValidationError``
    with the line it comes from."""
    template = compiled(source, field_name)
    parts: list[str] = []
    size = 0
    stream: Iterator[str] = template.generate(context)
    try:
        for part in stream:
            size += len(part)
            if size > limit:
                raise ValidationError(FieldIssue(field_name, TOO_LONG_OUTPUT, {"limit": limit}))
            parts.append(part)
    except TemplateProblem as exc:
        raise ValidationError(
            FieldIssue(field_name, exc.template, {"line": _template_line(exc), **exc.params})
        ) from None
    except SecurityError as exc:
        raise ValidationError(
            FieldIssue(field_name, INTERNALS, {"line": _template_line(exc), "name": str(exc)})
        ) from None
    except (TemplateError, ArithmeticError, ValueError, TypeError, OverflowError) as exc:
        raise ValidationError(
            FieldIssue(
                field_name,
                LINE_PROBLEM,
                {"line": _template_line(exc), "problem": str(exc) or type(exc).__name__},
            )
        ) from None
    finally:
        if hasattr(stream, "close"):
            stream.close()
    return "".join(parts)


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
