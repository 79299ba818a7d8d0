"""The columns of a customer file (客户资料表): what an export writes and an
import reads, with Chinese and English headers, the aliases people use, and
the cell forms of each kind of value.

- ``export_row`` gives one card as typed cell values (str, date, Decimal, int,
  bool or None); ``format_text`` turns one into the text a CSV holds.
- ``apply_value`` reads one cell back into a card. A cell that cannot be read
  adds a ``FieldIssue`` named for the column key and leaves the field empty;
  everything else is checked afterwards by ``app.customer_rules.clean``.
- ``finish_card`` completes a card read from a row: drops empty contact
  columns and infers the kind when the file does not say it.

Forms written (and all accepted back):

- dates ``1990-05-17``; money ``1234.50``; yes/no ``是``/``否`` (``yes``/``no``);
- choices as Chinese labels (``个人``, ``男``, ``重点客户``) or English ones;
  on import the keys (``corporate``), English and Chinese labels all work;
- birthdays ``1990-05-17``, ``--05-17`` (no year), lunar ``农历 1990-08-15``,
  ``农历 --08-15`` and with a leap month ``农历 1990-闰04-08``. Also read:
  ``1990/5/17``, ``19900517``, ``1990年5月17日``, ``5月17日``, ``5-17``,
  ``农历1990年八月十五``, ``农历八月十五``, ``农历闰四月初八``, ``阴历 ...``, and
  date cells of a spreadsheet;
- groups joined by ``；``; read back split on ``；`` ``;`` ``，`` ``,`` ``、``
  and line breaks (so a group name cannot contain those);
- contact roles joined by ``、``, split like groups;
- the resident ID masked (``110101********1234``) unless asked in full; a
  masked ID read back is left empty with a warning (``MASKED_ID``), so a
  masked export imports without losing the stored number.

Kind inference (no 类型 column, or an empty cell): a credit code, contact
persons, or a name ending like a business (公司, 厂, 店, 中心, 有限, 集团, 商行,
事务所 ...) make a corporate customer, anything else an individual. This is a
sensible default, not a problem to report.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.cell_guard import unguard_text
from app.cell_values import (
    _cell_text,
    parse_birthday,
    parse_bool,
    parse_date,
    split_list,
)
from app.choice_labels import choice_label, parse_choice
from app.errors import FieldIssue
from app.i18n import QT_TRANSLATE_NOOP
from app.money import FEN, MoneyFormatError, parse_money
from app.records import Birthday, ContactData, CustomerData

#: Contact persons written to and read from a row.
MAX_CONTACTS = 3
GROUP_SEPARATOR = "；"
ROLE_SEPARATOR = "、"

# Problems of a single cell (warnings: the row is still imported).
NOT_A_DATE = QT_TRANSLATE_NOOP("app", "Not a date: write it like 2024-05-17")
NOT_A_BIRTHDAY = QT_TRANSLATE_NOOP(
    "app", "Not a birthday: write it like 1990-05-17, --05-17 or 农历 1990-08-15"
)
NOT_A_NUMBER = QT_TRANSLATE_NOOP("app", "Must be a whole number")
NOT_YES_NO = QT_TRANSLATE_NOOP("app", "Write 是 or 否 (yes or no)")
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("app", "Unknown choice: {value}")
MASKED_ID = QT_TRANSLATE_NOOP(
    "app", "The resident ID is masked (****): it was not imported, the stored one is kept"
)
#: Templates ``apply_value`` adds that do not reject a row.
WARNINGS = frozenset({MASKED_ID})

# --- the columns ------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    aliases: tuple[str, ...]
    kind: str  # text | date | birthday | money | int | bool | choice | groups


def _c(key: str, zh: str, en: str, kind: str = "text", *aliases: str) -> Column:
    return Column(key, zh, en, tuple(aliases), kind)


_CUSTOMER_COLUMNS = (
    _c("number", "客户编号", "Number", "text", "编号", "客户号", "客户代码", "customer number",
       "customer no", "customer id", "customer code"),
    _c("kind", "类型", "Type", "choice", "客户类型", "客户性质", "kind", "customer type"),
    _c("name", "客户名称", "Name", "text", "姓名", "名称", "客户", "客户姓名", "公司名称",
       "单位名称", "企业名称", "公司", "单位", "全称", "full name", "customer", "customer name",
       "company", "company name", "fn"),
    _c("short_name", "简称", "Short name", "text", "客户简称", "公司简称", "昵称", "nickname",
       "short"),
    _c("gender", "性别", "Gender", "choice", "sex"),
    _c("id_number", "身份证号", "ID number", "text", "身份证", "身份证号码", "证件号码", "证件号",
       "居民身份证", "resident id", "id card", "id no"),
    _c("birthday", "生日", "Birthday", "birthday", "出生日期", "出生年月日", "生辰", "bday",
       "birth date", "date of birth", "dob"),
    _c("mobile", "手机", "Mobile", "text", "手机号", "手机号码", "移动电话", "手机号码1", "cell",
       "cellphone", "cell phone", "mobile phone", "mobile number"),
    _c("phone", "电话", "Phone", "text", "座机", "固话", "固定电话", "办公电话", "联系电话",
       "电话号码", "公司电话", "总机", "tel", "telephone", "work phone", "landline"),
    _c("fax", "传真", "Fax", "text", "传真号", "传真号码"),
    _c("email", "邮箱", "Email", "text", "电子邮箱", "电子邮件", "邮件", "e-mail", "mail",
       "email address"),
    _c("wechat", "微信", "WeChat", "text", "微信号", "weixin", "wx"),
    _c("qq", "QQ", "QQ", "text", "qq号", "qq号码"),
    _c("address", "地址", "Address", "text", "通讯地址", "联系地址", "详细地址", "公司地址",
       "住址", "家庭住址", "单位地址", "邮寄地址", "adr", "street"),
    _c("postcode", "邮编", "Postcode", "text", "邮政编码", "zip", "zip code", "postal code",
       "post code"),
    _c("employer", "工作单位", "Employer", "text", "单位/公司", "任职单位", "organization", "org"),
    _c("job_title", "职务", "Job title", "text", "职位", "职称", "title", "position"),
    _c("salutation", "称呼", "Salutation", "text", "尊称"),
    _c("tier", "客户等级", "Tier", "choice", "等级", "级别", "客户级别", "客户分类", "level"),
    _c("source", "客户来源", "Source", "text", "来源", "渠道"),
    _c("salesperson", "业务员", "Salesperson", "text", "销售员", "负责人", "客户经理",
       "跟进人", "sales", "account manager"),
    _c("language", "文书语言", "Language", "choice", "语言"),
    _c("credit_code", "统一社会信用代码", "Credit code", "text", "信用代码", "社会信用代码",
       "社会统一信用代码", "统一信用代码", "uscc", "unified social credit code"),
    _c("legal_rep", "法定代表人", "Legal representative", "text", "法人", "法人代表",
       "legal rep"),
    _c("industry", "行业", "Industry", "text", "所属行业"),
    _c("company_size", "企业规模", "Company size", "choice", "规模", "公司规模", "人员规模"),
    _c("founded_on", "成立日期", "Founded on", "date", "成立时间", "注册日期", "founded"),
    _c("website", "网址", "Website", "text", "网站", "主页", "公司网址", "url", "homepage"),
    _c("bank_name", "开户银行", "Bank", "text", "开户行", "银行", "bank name"),
    _c("bank_account", "银行账号", "Bank account", "text", "账号", "开户账号", "银行帐号",
       "account number"),
    _c("invoice_type", "发票类型", "Invoice type", "choice", "开票类型"),
    _c("tax_id", "纳税人识别号", "Taxpayer ID", "text", "税号", "纳税人识别码", "tax id",
       "tax number"),
    _c("settlement_method", "结算方式", "Settlement", "choice", "付款方式", "settlement method"),
    _c("settlement_days", "账期天数", "Settlement days", "int", "账期", "结算天数"),
    _c("payment_days", "付款日", "Payment days", "text", "固定付款日"),
    _c("payment_signer", "付款签字人", "Payment signer", "text", "签字人"),
    _c("signer_hours", "签字时间", "Signer hours", "text"),
    _c("reconcile_first", "先对账后付款", "Reconcile first", "bool", "先对账"),
    _c("payment_documents", "付款所需单据", "Payment documents", "text", "付款单据"),
    _c("credit_rating", "信用等级", "Credit rating", "choice", "信用评级", "资信等级"),
    _c("credit_limit", "信用额度", "Credit limit", "money", "授信额度", "赊销额度"),
    _c("payment_terms_days", "付款期限天数", "Payment terms days", "int", "付款期限",
       "payment terms"),
    _c("supply_hold", "暂停供货", "Supply on hold", "bool", "停止供货", "停货"),
    _c("supply_hold_reason", "暂停供货原因", "Supply hold reason", "text", "停货原因"),
    _c("supply_hold_since", "暂停供货日期", "Supply hold since", "date", "停货日期"),
    _c("currency", "币种", "Currency", "choice", "货币", "结算币种"),
    _c("late_fee_mode", "违约金方式", "Late fee mode", "choice", "违约金"),
    _c("late_fee_daily_rate", "违约金日费率（%）", "Late fee daily rate (%)", "text",
       "日费率", "违约金日费率", "daily rate"),
    _c("late_fee_per_level", "各级催款费用", "Late fee per level", "text", "催款费用"),
    _c("family_notes", "家庭情况", "Family notes", "text", "家庭", "家庭成员"),
    _c("hobbies", "兴趣爱好", "Hobbies", "text", "爱好", "兴趣"),
    _c("preferences", "偏好", "Preferences", "text", "喜好", "习惯"),
    _c("notes", "备注", "Notes", "text", "说明", "备注信息", "附注", "remark", "remarks",
       "note", "comment", "comments", "memo"),
    _c("groups", "分组", "Groups", "groups", "组", "群组", "客户分组", "所属分组", "group",
       "categories", "category", "tags", "标签"),
    _c("archived", "已归档", "Archived", "bool", "归档"),
)  # fmt: skip

#: Contact person fields in a row: (field, 中文, English, kind, aliases).
_CONTACT_FIELDS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("name", "姓名", "name", "text", ("", "名称", "名字")),
    ("title", "职务", "title", "text", ("职位",)),
    ("gender", "性别", "gender", "choice", ()),
    ("mobile", "手机", "mobile", "text", ("手机号", "手机号码", "移动电话")),
    ("phone", "电话", "phone", "text", ("座机", "办公电话", "固话")),
    ("email", "邮箱", "email", "text", ("电子邮箱", "邮件")),
    ("wechat", "微信", "WeChat", "text", ("微信号",)),
    ("birthday", "生日", "birthday", "birthday", ("出生日期",)),
    ("roles", "角色", "roles", "text", ("职责",)),
)


def _contact_columns(n: int) -> tuple[Column, ...]:
    out = []
    for name, zh, en, kind, aliases in _CONTACT_FIELDS:
        names = [f"联系人{n}{a}" for a in aliases]
        names += [f"contact {n} {en}", f"contact{n} {en}"]
        if n == 1:
            names += [f"联系人{a}" for a in (zh, *aliases)]
            names += [f"contact {en}", f"contact person {en}"]
        out.append(Column(f"contact{n}_{name}", f"联系人{n}{zh}", f"Contact {n} {en}",
                          tuple(dict.fromkeys(x for x in names if x)), kind))  # fmt: skip
    return tuple(out)


COLUMNS: tuple[Column, ...] = _CUSTOMER_COLUMNS + tuple(
    column for n in range(1, MAX_CONTACTS + 1) for column in _contact_columns(n)
)
BY_KEY: dict[str, Column] = {c.key: c for c in COLUMNS}

_CHOICE_VOCABULARY = {
    "kind": "kind",
    "gender": "gender",
    "tier": "tier",
    "credit_rating": "credit_rating",
    "invoice_type": "invoice_type",
    "settlement_method": "settlement_method",
    "company_size": "company_size",
    "language": "language",
    "currency": "currency",
    "late_fee_mode": "late_fee_mode",
}

# --- export -------------------------------------------------------------------------------


def mask_id(number: str) -> str:
    """110101199003071234 -> 110101********1234."""
    if not number:
        return ""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def format_birthday(b: Birthday | None) -> str:
    """The one written form: 1990-05-17, --05-17, 农历 1990-08-15, 农历 --闰04-08."""
    if b is None:
        return ""
    md = f"{'闰' if b.leap else ''}{b.month:02d}-{b.day:02d}"
    text = f"{b.year:04d}-{md}" if b.year else f"--{md}"
    return f"农历 {text}" if b.calendar == "lunar" else text


def _roles_text(roles: Iterable[str], language: str) -> str:
    return ROLE_SEPARATOR.join(choice_label("roles", r, language) for r in roles)


def export_row(
    card: CustomerData, group_names: list[str], *, full_id: bool = False, language: str = "zh"
) -> dict[str, object]:
    """Column key -> cell value for XLSX (str, date, Decimal, int, bool or None).

    Choices are written as labels in *language* ("zh" or "en"); the resident ID
    is masked unless *full_id*; contacts beyond ``MAX_CONTACTS`` are not written."""
    row: dict[str, object] = {}
    for column in _CUSTOMER_COLUMNS:
        key = column.key
        if key == "groups":
            row[key] = GROUP_SEPARATOR.join(group_names)
        elif key == "birthday":
            row[key] = format_birthday(card.birthday)
        elif key == "id_number":
            row[key] = card.id_number if full_id else mask_id(card.id_number)
        elif column.kind == "choice":
            row[key] = choice_label(_CHOICE_VOCABULARY[key], getattr(card, key) or "", language)
        elif column.kind == "money":
            value = getattr(card, key)
            row[key] = None if value in (None, "") else Decimal(value).quantize(FEN)
        elif column.kind == "bool":
            row[key] = bool(getattr(card, key))
        elif column.kind in ("int", "date"):
            value = getattr(card, key)
            row[key] = None if value == "" else value
        else:
            value = getattr(card, key)
            row[key] = (
                "" if value is None else f"{value:f}" if isinstance(value, Decimal) else str(value)
            )
    for n in range(1, MAX_CONTACTS + 1):
        person = card.contacts[n - 1] if len(card.contacts) >= n else None
        for name, _zh, _en, _kind, _aliases in _CONTACT_FIELDS:
            key = f"contact{n}_{name}"
            if person is None:
                row[key] = ""
            elif name == "birthday":
                row[key] = format_birthday(person.birthday)
            elif name == "roles":
                row[key] = _roles_text(person.roles, language)
            elif name == "gender":
                row[key] = choice_label("gender", person.gender, language)
            else:
                row[key] = getattr(person, name)
    return row


def format_text(column: Column, value: object, *, language: str = "zh") -> str:
    """A cell value from ``export_row`` as CSV text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        if language == "zh":
            return "是" if value else "否"
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value.quantize(FEN):f}" if column.kind == "money" else f"{value:f}"
    return str(value)


def card_label(card: CustomerData) -> str:
    """How a message names a customer: number and name."""
    return f"{card.number} {card.name}".strip()


def header_language(headers: Iterable[object]) -> str:
    """ "zh" when the headers are mostly Chinese, else "en"."""
    zh = en = 0
    for header in headers:
        text = str(header or "")
        if re.search(r"[\u3400-\u9fff]", text):
            zh += 1
        elif re.search(r"[A-Za-z]", text):
            en += 1
    return "en" if en > zh else "zh"


# --- import -------------------------------------------------------------------------------


def blank_card() -> CustomerData:
    """A card to read a row into: the kind is left empty for ``finish_card``."""
    return CustomerData(kind="")


_BUSINESS_ENDINGS = (
    "公司", "厂", "店", "中心", "有限", "集团", "商行", "事务所", "工作室", "合作社", "经营部",
    "门市部", "商店", "超市", "酒店", "宾馆", "医院", "诊所", "学校", "研究院", "研究所",
    "协会", "银行", "分行", "支行", "分公司", "营业部", "农场", "餐厅", "饭店", "药房",
    "Ltd", "Ltd.", "Co.", "Inc", "Inc.", "LLC", "GmbH", "Corp", "Corporation", "Company",
)  # fmt: skip


def infer_kind(card: CustomerData) -> str:
    """corporate for a credit code, contact persons or a business-like name."""
    name = unicodedata.normalize("NFKC", card.name).strip().rstrip(")）").strip()
    if card.credit_code.strip() or any(contact_has_content(c) for c in card.contacts):
        return "corporate"
    if re.sub(r"[（(].*$", "", name).endswith(_BUSINESS_ENDINGS) or name.endswith(
        _BUSINESS_ENDINGS
    ):
        return "corporate"
    return "individual"


def contact_has_content(contact: ContactData) -> bool:
    return bool(
        contact.name.strip()
        or contact.title.strip()
        or contact.gender
        or contact.mobile.strip()
        or contact.phone.strip()
        or contact.email.strip()
        or contact.wechat.strip()
        or contact.birthday is not None
        or contact.roles
    )


def finish_card(card: CustomerData) -> CustomerData:
    """Drop contact columns left empty and infer the kind when not given."""
    card.contacts = [c for c in card.contacts if contact_has_content(c)]
    if not card.kind:
        card.kind = infer_kind(card)
    return card


def _contact(card: CustomerData, n: int) -> ContactData:
    while len(card.contacts) < n:
        card.contacts.append(ContactData())
    return card.contacts[n - 1]


Handler = Callable[[CustomerData, list[str], str, object, list[FieldIssue]], None]


def _text(card: CustomerData, groups: list[str], key: str, raw: object, issues: list) -> None:
    setattr(card, key, _cell_text(raw))


def _set_id(card: CustomerData, groups: list[str], key: str, raw: object, issues: list) -> None:
    text = _cell_text(raw)
    if "*" in text:
        issues.append(FieldIssue(key, MASKED_ID))
        return
    card.id_number = text


def _choice(card: CustomerData, groups: list[str], key: str, raw: object, issues: list) -> None:
    text = _cell_text(raw)
    found = parse_choice(_CHOICE_VOCABULARY[key], text)
    if found is None:
        issues.append(FieldIssue(key, UNKNOWN_CHOICE, {"value": text.strip()}))
        return
    setattr(card, key, found)


def _int(card: CustomerData, groups: list[str], key: str, raw: object, issues: list) -> None:
    if isinstance(raw, bool):
        issues.append(FieldIssue(key, NOT_A_NUMBER))
        return
    if isinstance(raw, int):
        setattr(card, key, raw)
        return
    if isinstance(raw, float | Decimal):
        if raw != int(raw):
            issues.append(FieldIssue(key, NOT_A_NUMBER))
            return
        setattr(card, key, int(raw))
        return
    text = unicodedata.normalize("NFKC", _cell_text(raw)).strip()
    text = re.sub(r"\s*(天|日|days?)$", "", text, flags=re.IGNORECASE)
    if re.fullmatch(r"[+-]?\d{1,9}", text):
        setattr(card, key, int(text))
    else:
        issues.append(FieldIssue(key, NOT_A_NUMBER))


def _money(card: CustomerData, groups: list[str], key: str, raw: object, issues: list) -> None:
    try:
        if isinstance(raw, float):
            # Never float arithmetic: the shortest repr is the number Excel shows.
            amount = parse_money(Decimal(repr(raw)))
        elif isinstance(raw, int | Decimal) and not isinstance(raw, bool):
            amount = parse_money(raw)
        else:
            amount = parse_money(_cell_text(raw))
    except (MoneyFormatError, InvalidOperation) as exc:
        reason = getattr(exc, "reason", QT_TRANSLATE_NOOP("app", "Not an amount of money"))
        issues.append(FieldIssue(key, reason))
        return
    setattr(card, key, amount)


def _rate(card: CustomerData, groups: list[str], key: str, raw: object, issues: list) -> None:
    # A percentage per day: kept as text for clean_daily_rate, which checks it.
    if isinstance(raw, float):
        card.late_fee_daily_rate = str(Decimal(repr(raw)))
    else:
        card.late_fee_daily_rate = _cell_text(raw)


def _bool(card: CustomerData, groups: list[str], key: str, raw: object, issues: list) -> None:
    value = parse_bool(raw)
    if value is None:
        issues.append(FieldIssue(key, NOT_YES_NO))
        return
    setattr(card, key, value)


def _date(card: CustomerData, groups: list[str], key: str, raw: object, issues: list) -> None:
    value = parse_date(raw)
    if value is None:
        issues.append(FieldIssue(key, NOT_A_DATE))
        return
    setattr(card, key, value)


def _birthday(card: CustomerData, groups: list[str], key: str, raw: object, issues: list) -> None:
    value = parse_birthday(raw)
    if value is None:
        issues.append(FieldIssue(key, NOT_A_BIRTHDAY))
        return
    card.birthday = value


def _groups(card: CustomerData, groups: list[str], key: str, raw: object, issues: list) -> None:
    for name in split_list(raw):
        if name not in groups:
            groups.append(name)


def _contact_handler(n: int, name: str, kind: str) -> Handler:
    def handle(card: CustomerData, groups: list[str], key: str, raw: object, issues: list) -> None:
        person = _contact(card, n)
        if kind == "birthday":
            value = parse_birthday(raw)
            if value is None:
                issues.append(FieldIssue(key, NOT_A_BIRTHDAY))
            else:
                person.birthday = value
        elif name == "gender":
            text = _cell_text(raw)
            found = parse_choice("gender", text)
            if found is None:
                issues.append(FieldIssue(key, UNKNOWN_CHOICE, {"value": text.strip()}))
            else:
                person.gender = found
        elif name == "roles":
            roles = []
            for word in split_list(raw):
                found = parse_choice("roles", word)
                if not found:
                    issues.append(FieldIssue(key, UNKNOWN_CHOICE, {"value": word}))
                elif found not in roles:
                    roles.append(found)
            person.roles = roles
        else:
            setattr(person, name, _cell_text(raw))

    return handle


def _handlers() -> dict[str, Handler]:
    by_kind: dict[str, Handler] = {
        "text": _text,
        "choice": _choice,
        "int": _int,
        "money": _money,
        "bool": _bool,
        "date": _date,
        "birthday": _birthday,
        "groups": _groups,
    }
    handlers = {c.key: by_kind[c.kind] for c in _CUSTOMER_COLUMNS}
    handlers["id_number"] = _set_id
    handlers["late_fee_daily_rate"] = _rate
    for n in range(1, MAX_CONTACTS + 1):
        for name, _zh, _en, kind, _aliases in _CONTACT_FIELDS:
            handlers[f"contact{n}_{name}"] = _contact_handler(n, name, kind)
    return handlers


_HANDLERS = _handlers()


def apply_value(
    card: CustomerData, groups: list[str], key: str, raw: object, issues: list[FieldIssue]
) -> bool:
    """Read one cell into *card* (or *groups*, the names in a groups cell).

    A blank cell changes nothing. The apostrophe an export writes before a text
    a spreadsheet would run (``'=...``, ``'--05-17``) is removed first. A cell
    that cannot be read adds a ``FieldIssue(key, template, params)`` and leaves
    the field as it was; templates in ``WARNINGS`` do not make the row wrong.
    Returns whether the cell was not blank."""
    if isinstance(raw, str):
        if not raw or raw.isspace():
            return False
        raw = unguard_text(raw)  # the apostrophe an export puts before a formula-like text
        if key not in _MULTILINE:
            raw = raw.strip()
    elif raw is None:
        return False
    _HANDLERS[key](card, groups, key, raw, issues)
    return True


_MULTILINE = frozenset(
    {"notes", "family_notes", "hobbies", "preferences", "payment_documents", "groups"}
)


def field_of(key: str) -> str:
    """The ``clean`` field name of a column key: contact2_mobile -> contacts.1.mobile."""
    match = re.fullmatch(r"contact(\d+)_(\w+)", key)
    if match:
        return f"contacts.{int(match.group(1)) - 1}.{match.group(2)}"
    return key


def key_of(field_name: str) -> str | None:
    """The column key of a ``clean`` field name (contacts.1.mobile -> contact2_mobile),
    None for a field no column holds."""
    match = re.fullmatch(r"contacts\.(\d+)\.(\w+)", field_name)
    if match:
        key = f"contact{int(match.group(1)) + 1}_{match.group(2)}"
    else:
        key = field_name
    return key if key in BY_KEY else None


def cell_value(card: CustomerData, key: str) -> Any:
    """The value a card holds for a column (for showing the problem's value)."""
    match = re.fullmatch(r"contact(\d+)_(\w+)", key)
    if match:
        n = int(match.group(1))
        if len(card.contacts) < n:
            return ""
        return getattr(card.contacts[n - 1], match.group(2), "")
    return getattr(card, key, "")
