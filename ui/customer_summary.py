"""The selected card's summary on the right of the main window.

Every value typed by a user is escaped before it goes into the HTML: a name
like ``<b>`` shows as typed, never as markup."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QTextBrowser, QWidget

from app import choices
from app.models import Group
from app.money import format_money
from app.records import Birthday, CustomerData
from ui.i18n import tr_app


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerSummary", text)


def chinese_ui() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def list_separator() -> str:
    return "、" if chinese_ui() else ", "


def birthday_text(birthday: Birthday | None) -> str:
    """A birthday as the user entered it: 1990-05-17, 05-17 (year unknown),
    农历八月十五 / Lunar 8-15 (leap)."""
    if birthday is None:
        return ""
    if birthday.calendar == "lunar":
        if chinese_ui():
            return birthday.describe()
        text = f"{birthday.month}-{birthday.day}"
        if birthday.leap:
            text += " " + _tr("(leap month)")
        prefix = _tr("Lunar")
        return f"{prefix} {birthday.year}-{text}" if birthday.year else f"{prefix} {text}"
    if birthday.year:
        return f"{birthday.year:04d}-{birthday.month:02d}-{birthday.day:02d}"
    return f"{birthday.month:02d}-{birthday.day:02d}"


def mask_id(number: str) -> str:
    """110101********1234: enough to recognise, not enough to misuse."""
    if len(number) != 18:
        return number
    return number[:6] + "*" * 8 + number[14:]


def summary_html(data: CustomerData, group_names: list[str]) -> str:
    rows: list[tuple[str, str]] = []

    def add(label: str, value: object) -> None:
        if value not in (None, "", [], False):
            rows.append((label, escape(str(value))))

    add(_tr("Number"), data.number)
    add(_tr("Kind"), tr_app(choices.KIND[data.kind]))
    add(_tr("Tier"), tr_app(choices.TIER.get(data.tier, data.tier)))
    if data.is_corporate:
        add(_tr("Short name"), data.short_name)
        add(_tr("Credit code"), data.credit_code)
        add(_tr("Legal representative"), data.legal_rep)
        add(_tr("Industry"), data.industry)
        add(_tr("Founded"), data.founded_on.isoformat() if data.founded_on else "")
    else:
        add(_tr("Gender"), tr_app(choices.GENDER[data.gender]) if data.gender else "")
        add(_tr("Birthday"), birthday_text(data.birthday))
        add(_tr("Resident ID"), mask_id(data.id_number))
        add(_tr("Employer"), " · ".join(p for p in (data.employer, data.job_title) if p))
    add(_tr("Mobile"), data.mobile)
    add(_tr("Phone"), data.phone)
    add(_tr("E-mail"), data.email)
    add(_tr("WeChat"), data.wechat)
    add(_tr("Address"), " ".join(p for p in (data.address, data.postcode) if p))
    add(_tr("Salesperson"), data.salesperson)
    add(_tr("Groups"), list_separator().join(group_names))
    if data.credit_rating or data.credit_limit is not None or data.payment_terms_days is not None:
        credit = []
        if data.credit_rating:
            credit.append(data.credit_rating)
        if data.credit_limit is not None:
            credit.append(_tr("limit ¥{amount}").format(amount=format_money(data.credit_limit)))
        if data.payment_terms_days is not None:
            credit.append(_tr("{days} days").format(days=data.payment_terms_days))
        add(_tr("Credit"), " · ".join(credit))
    if data.is_corporate and data.settlement_method:
        add(_tr("Settlement"), tr_app(choices.SETTLEMENT[data.settlement_method]))

    title = escape(data.name)
    parts = [f"<h2 style='margin-bottom:2px'>{title}</h2>"]
    if data.archived:
        parts.append(f"<p style='color:#a00'><b>{escape(_tr('Archived'))}</b></p>")
    if data.supply_hold:
        parts.append(
            "<p style='color:#fff;background:#c62828;padding:4px'><b>"
            + escape(_tr("Supply on hold"))
            + "</b>: "
            + escape(data.supply_hold_reason)
            + "</p>"
        )
    parts.append("<table cellspacing='0' cellpadding='3'>")
    for label, value in rows:
        parts.append(
            f"<tr><td style='color:#666;white-space:nowrap' valign='top'>{escape(label)}</td>"
            f"<td>{value}</td></tr>"
        )
    parts.append("</table>")
    if data.contacts:
        parts.append(f"<h3>{escape(_tr('Contact persons'))}</h3><ul style='margin-left:0'>")
        for c in data.contacts:
            roles = list_separator().join(
                tr_app(choices.ROLE[r]) for r in c.roles if r in choices.ROLE
            )
            bits = [escape(c.name)]
            if c.title:
                bits.append(escape(c.title))
            if roles:
                bits.append(f"<i>{escape(roles)}</i>")
            if c.mobile or c.phone:
                bits.append(escape(c.mobile or c.phone))
            parts.append("<li>" + " · ".join(bits) + "</li>")
        parts.append("</ul>")
    if data.notes:
        notes = escape(data.notes).replace("\n", "<br>")
        parts.append(f"<h3>{escape(_tr('Notes'))}</h3><p>{notes}</p>")
    return "".join(parts)


class CustomerSummary(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerSummary")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.show_empty()

    def show_empty(self) -> None:
        self.setHtml(
            "<p style='color:#888'>"
            + escape(_tr("Select a customer to see the card here."))
            + "</p>"
        )

    def show_customer(self, data: CustomerData) -> None:
        names = (
            [
                name
                for (name,) in Group.select(Group.name)
                .where(Group.id.in_(list(data.group_ids)))
                .order_by(Group.sort_key)
                .tuples()
            ]
            if data.group_ids
            else []
        )
        self.setHtml(summary_html(data, names))
