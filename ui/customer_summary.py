"""The selected card's summary on the right of the main window.

Every value typed by a user is escaped before it goes into the HTML: a name
like ``<b>`` shows as typed, never as markup."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QTextBrowser, QWidget

from app import choices
from app.account import AccountSummary
from app.card_status import CollectionStatus
from app.groups import group_names
from app.money import format_money
from app.records import Birthday, CustomerData
from ui.i18n import tr_app


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
            text += " " + QCoreApplication.translate("CustomerSummary", "(leap month)")
        prefix = QCoreApplication.translate("CustomerSummary", "Lunar")
        return f"{prefix} {birthday.year}-{text}" if birthday.year else f"{prefix} {text}"
    if birthday.year:
        return f"{birthday.year:04d}-{birthday.month:02d}-{birthday.day:02d}"
    return f"{birthday.month:02d}-{birthday.day:02d}"


def mask_id(number: str) -> str:
    """110101********1234: enough to recognise, not enough to misuse."""
    if len(number) != 18:
        return number
    return number[:6] + "*" * 8 + number[14:]


def money_text(amount: object, currency: str) -> str:
    text = format_money(amount)  # type: ignore[arg-type]
    return f"¥{text}" if currency == "CNY" else f"{currency} {text}"


def account_html(account: AccountSummary, status: CollectionStatus | None = None) -> str:
    """The receivables figures the card always shows: balance, overdue, the
    oldest overdue debt; credit balance, disputed and limit when they apply."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("CustomerSummary", text)

    cur = account.currency
    rows: list[tuple[str, str, str]] = [
        (tr("Balance"), money_text(account.balance, cur), "#000"),
        (
            tr("Overdue"),
            money_text(account.overdue, cur),
            "#c62828" if account.overdue > 0 else "#000",
        ),
    ]
    if account.oldest_overdue_days is not None:
        rows.append(
            (
                tr("Oldest overdue"),
                tr("{days} days ({number})").format(
                    days=account.oldest_overdue_days, number=account.oldest_overdue_number
                ),
                "#c62828",
            )
        )
    if account.credit > 0:
        rows.append((tr("Credit balance"), money_text(account.credit, cur), "#2e7d32"))
    if account.held > 0:
        rows.append((tr("Disputed, on hold"), money_text(account.held, cur), "#8d6e00"))
    if account.over_limit and account.credit_limit is not None:
        rows.append((tr("Over the credit limit"), money_text(account.credit_limit, cur), "#c62828"))
    if account.average_days_to_pay is not None:
        rows.append(
            (
                tr("Average days to pay"),
                tr("{days} days").format(days=account.average_days_to_pay),
                "#000",
            )
        )
    if status is not None:
        rows.extend(_status_rows(status, cur, tr))
    parts = ["<table cellspacing='0' cellpadding='3' style='margin-bottom:4px'>"]
    for label, value, color in rows:
        parts.append(
            f"<tr><td style='color:#666;white-space:nowrap'>{escape(label)}</td>"
            f"<td style='color:{color}'><b>{escape(value)}</b></td></tr>"
        )
    parts.append("</table>")
    link = tr("Open the account…")
    parts.append(f"<p><a href='account:{account.customer_id}'>{escape(link)}</a></p>")
    return "".join(parts)


def _status_rows(status: CollectionStatus, cur: str, tr) -> list[tuple[str, str, str]]:  # noqa: ANN001
    rows: list[tuple[str, str, str]] = []
    if status.next_instalment_on is not None and status.next_instalment is not None:
        rows.append(
            (
                tr("Next instalment"),
                tr("{amount} on {date}").format(
                    amount=money_text(status.next_instalment, cur),
                    date=status.next_instalment_on.isoformat(),
                ),
                "#c62828" if status.instalments_overdue > 0 else "#000",
            )
        )
    if status.next_promise_on is not None and status.next_promise is not None:
        rows.append(
            (
                tr("Promised"),
                tr("{amount} on {date}").format(
                    amount=money_text(status.next_promise, cur),
                    date=status.next_promise_on.isoformat(),
                ),
                "#000",
            )
        )
    if status.broken_promises:
        rows.append((tr("Broken promises"), str(status.broken_promises), "#c62828"))
    if status.awaiting_since is not None:
        rows.append(
            (
                tr("Awaiting signed statement"),
                tr("sent {date}").format(date=status.awaiting_since.isoformat()),
                "#8d6e00",
            )
        )
    signs = [tr_app(choices.WARNING_SIGN[k]) for k in status.flags if k in choices.WARNING_SIGN]
    signs += [tr_app(choices.DERIVED_SIGN[k]) for k in status.derived if k in choices.DERIVED_SIGN]
    if signs:
        rows.append((tr("Warning signs"), list_separator().join(signs), "#c62828"))
    return rows


def summary_html(
    data: CustomerData,
    group_names: list[str],
    account: AccountSummary | None = None,
    status: CollectionStatus | None = None,
) -> str:
    rows: list[tuple[str, str]] = []

    def add(label: str, value: object) -> None:
        if value not in (None, "", [], False):
            rows.append((label, escape(str(value))))

    add(QCoreApplication.translate("CustomerSummary", "Number"), data.number)
    add(QCoreApplication.translate("CustomerSummary", "Kind"), tr_app(choices.KIND[data.kind]))
    add(
        QCoreApplication.translate("CustomerSummary", "Tier"),
        tr_app(choices.TIER.get(data.tier, data.tier)),
    )
    if data.is_corporate:
        add(QCoreApplication.translate("CustomerSummary", "Short name"), data.short_name)
        add(QCoreApplication.translate("CustomerSummary", "Credit code"), data.credit_code)
        add(QCoreApplication.translate("CustomerSummary", "Legal representative"), data.legal_rep)
        add(QCoreApplication.translate("CustomerSummary", "Industry"), data.industry)
        add(
            QCoreApplication.translate("CustomerSummary", "Founded"),
            data.founded_on.isoformat() if data.founded_on else "",
        )
    else:
        add(
            QCoreApplication.translate("CustomerSummary", "Gender"),
            tr_app(choices.GENDER[data.gender]) if data.gender else "",
        )
        add(QCoreApplication.translate("CustomerSummary", "Birthday"), birthday_text(data.birthday))
        add(QCoreApplication.translate("CustomerSummary", "Resident ID"), mask_id(data.id_number))
        add(
            QCoreApplication.translate("CustomerSummary", "Employer"),
            " · ".join(p for p in (data.employer, data.job_title) if p),
        )
    add(QCoreApplication.translate("CustomerSummary", "Mobile"), data.mobile)
    add(QCoreApplication.translate("CustomerSummary", "Phone"), data.phone)
    add(QCoreApplication.translate("CustomerSummary", "E-mail"), data.email)
    add(QCoreApplication.translate("CustomerSummary", "WeChat"), data.wechat)
    add(
        QCoreApplication.translate("CustomerSummary", "Address"),
        " ".join(p for p in (data.address, data.postcode) if p),
    )
    add(QCoreApplication.translate("CustomerSummary", "Salesperson"), data.salesperson)
    add(QCoreApplication.translate("CustomerSummary", "Groups"), list_separator().join(group_names))
    if data.credit_rating or data.credit_limit is not None or data.payment_terms_days is not None:
        credit = []
        if data.credit_rating:
            credit.append(data.credit_rating)
        if data.credit_limit is not None:
            limit = format_money(data.credit_limit)
            amount = f"¥{limit}" if data.currency == "CNY" else f"{data.currency} {limit}"
            credit.append(
                QCoreApplication.translate("CustomerSummary", "limit {amount}").format(
                    amount=amount
                )
            )
        if data.payment_terms_days is not None:
            credit.append(
                QCoreApplication.translate("CustomerSummary", "{days} days").format(
                    days=data.payment_terms_days
                )
            )
        add(QCoreApplication.translate("CustomerSummary", "Credit"), " · ".join(credit))
    if data.is_corporate and data.settlement_method:
        add(
            QCoreApplication.translate("CustomerSummary", "Settlement"),
            tr_app(choices.SETTLEMENT[data.settlement_method]),
        )

    title = escape(data.name)
    parts = [f"<h2 style='margin-bottom:2px'>{title}</h2>"]
    if data.archived:
        archived = QCoreApplication.translate("CustomerSummary", "Archived")
        parts.append(f"<p style='color:#a00'><b>{escape(archived)}</b></p>")
    if data.supply_hold:
        parts.append(
            "<p style='color:#fff;background:#c62828;padding:4px'><b>"
            + escape(QCoreApplication.translate("CustomerSummary", "Supply on hold"))
            + "</b>"
            + escape(QCoreApplication.translate("CustomerSummary", ": "))
            + escape(data.supply_hold_reason)
            + "</p>"
        )
    if account is not None:
        parts.append(account_html(account, status))
    parts.append("<table cellspacing='0' cellpadding='3'>")
    for label, value in rows:
        parts.append(
            f"<tr><td style='color:#666;white-space:nowrap' valign='top'>{escape(label)}</td>"
            f"<td>{value}</td></tr>"
        )
    parts.append("</table>")
    if data.contacts:
        heading = QCoreApplication.translate("CustomerSummary", "Contact persons")
        parts.append(f"<h3>{escape(heading)}</h3><ul style='margin-left:0'>")
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
        heading = QCoreApplication.translate("CustomerSummary", "Notes")
        parts.append(f"<h3>{escape(heading)}</h3><p>{notes}</p>")
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
            + escape(
                QCoreApplication.translate(
                    "CustomerSummary", "Select a customer to see the card here."
                )
            )
            + "</p>"
        )

    def show_customer(
        self,
        data: CustomerData,
        account: AccountSummary | None = None,
        status: CollectionStatus | None = None,
    ) -> None:
        self.setHtml(summary_html(data, group_names(data.group_ids), account, status))
