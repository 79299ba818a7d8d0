"""The fixed vocabularies of a customer card: stored keys and English labels
marked for translation (the UI shows them translated)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

KIND = {
    "individual": QT_TRANSLATE_NOOP("app", "Individual"),
    "corporate": QT_TRANSLATE_NOOP("app", "Corporate"),
}

GENDER = {
    "": QT_TRANSLATE_NOOP("app", "Not given"),
    "male": QT_TRANSLATE_NOOP("app", "Male"),
    "female": QT_TRANSLATE_NOOP("app", "Female"),
}

TIER = {
    "key_account": QT_TRANSLATE_NOOP("app", "Key account"),
    "ordinary": QT_TRANSLATE_NOOP("app", "Ordinary"),
    "prospect": QT_TRANSLATE_NOOP("app", "Prospect"),
    "lost": QT_TRANSLATE_NOOP("app", "Lost"),
}

CREDIT_RATING = {
    "": QT_TRANSLATE_NOOP("app", "Not rated"),
    "A": "A",
    "B": "B",
    "C": "C",
    "D": "D",
}

INVOICE_TYPE = {
    "": QT_TRANSLATE_NOOP("app", "Not given"),
    "ordinary": QT_TRANSLATE_NOOP("app", "Ordinary invoice"),
    "vat_special": QT_TRANSLATE_NOOP("app", "VAT special invoice"),
}

SETTLEMENT = {
    "": QT_TRANSLATE_NOOP("app", "Not given"),
    "cash_on_delivery": QT_TRANSLATE_NOOP("app", "Cash on delivery"),
    "pay_previous": QT_TRANSLATE_NOOP("app", "Pay the previous delivery on the next"),
    "monthly": QT_TRANSLATE_NOOP("app", "Monthly settlement"),
    "net_days": QT_TRANSLATE_NOOP("app", "N days net"),
}

COMPANY_SIZE = {
    "": QT_TRANSLATE_NOOP("app", "Not given"),
    "micro": QT_TRANSLATE_NOOP("app", "Micro (under 10)"),
    "small": QT_TRANSLATE_NOOP("app", "Small (10-99)"),
    "medium": QT_TRANSLATE_NOOP("app", "Medium (100-999)"),
    "large": QT_TRANSLATE_NOOP("app", "Large (1000 and more)"),
}

ROLE = {
    "decision_maker": QT_TRANSLATE_NOOP("app", "Decision maker"),
    "approver": QT_TRANSLATE_NOOP("app", "Payment approver"),
    "finance": QT_TRANSLATE_NOOP("app", "Finance"),
    "receiver": QT_TRANSLATE_NOOP("app", "Receiver"),
}

LANGUAGE = {
    "zh": QT_TRANSLATE_NOOP("app", "Chinese"),
    "en": QT_TRANSLATE_NOOP("app", "English"),
}

BIRTH_CALENDAR = {
    "": QT_TRANSLATE_NOOP("app", "Not given"),
    "solar": QT_TRANSLATE_NOOP("app", "Solar (Gregorian)"),
    "lunar": QT_TRANSLATE_NOOP("app", "Lunar"),
}

# --- receivables ------------------------------------------------------------------

CURRENCY = {
    "CNY": QT_TRANSLATE_NOOP("app", "Renminbi (CNY)"),
    "USD": QT_TRANSLATE_NOOP("app", "US dollar (USD)"),
    "EUR": QT_TRANSLATE_NOOP("app", "Euro (EUR)"),
    "HKD": QT_TRANSLATE_NOOP("app", "Hong Kong dollar (HKD)"),
    "JPY": QT_TRANSLATE_NOOP("app", "Japanese yen (JPY)"),
}

ENTRY_KIND = {
    "invoice": QT_TRANSLATE_NOOP("app", "Invoice / delivery note"),
    "charge": QT_TRANSLATE_NOOP("app", "Late-payment charge"),
    "payment": QT_TRANSLATE_NOOP("app", "Payment"),
    "credit_note": QT_TRANSLATE_NOOP("app", "Credit note"),
    "write_off": QT_TRANSLATE_NOOP("app", "Write-off"),
    "reversal": QT_TRANSLATE_NOOP("app", "Reversal"),
}

PAYMENT_METHOD = {
    "transfer": QT_TRANSLATE_NOOP("app", "Bank transfer"),
    "cash": QT_TRANSLATE_NOOP("app", "Cash"),
    "cheque": QT_TRANSLATE_NOOP("app", "Cheque"),
    "bank_bill": QT_TRANSLATE_NOOP("app", "Bank acceptance bill"),
    "other": QT_TRANSLATE_NOOP("app", "Other"),
}

#: The textbook's five classes of a debt, from the days it is past due.
DEBT_CLASS = {
    "not_due": QT_TRANSLATE_NOOP("app", "Not yet due"),
    "collecting": QT_TRANSLATE_NOOP("app", "Being collected"),
    "doubtful": QT_TRANSLATE_NOOP("app", "Doubtful"),
    "bad": QT_TRANSLATE_NOOP("app", "Bad debt"),
    "dead": QT_TRANSLATE_NOOP("app", "Dead debt"),
}

LATE_FEE_MODE = {
    "": QT_TRANSLATE_NOOP("app", "No late-payment charge"),
    "daily": QT_TRANSLATE_NOOP("app", "Daily rate on the overdue amount"),
    "per_reminder": QT_TRANSLATE_NOOP("app", "Fixed fee per reminder level"),
}

# --- collection ---------------------------------------------------------------------

CHANNEL = {
    "call": QT_TRANSLATE_NOOP("app", "Phone call"),
    "visit": QT_TRANSLATE_NOOP("app", "Visit"),
    "letter": QT_TRANSLATE_NOOP("app", "Letter"),
    "sms": QT_TRANSLATE_NOOP("app", "SMS"),
    "email": QT_TRANSLATE_NOOP("app", "Email"),
    "wechat": QT_TRANSLATE_NOOP("app", "WeChat"),
    "note": QT_TRANSLATE_NOOP("app", "Internal note"),
}

#: The seven common excuses (and "other"), each with its counter-measure.
EXCUSE = {
    "not_convenient": QT_TRANSLATE_NOOP("app", "Not convenient today"),
    "not_approved": QT_TRANSLATE_NOOP("app", "Not approved yet"),
    "cheque_sent": QT_TRANSLATE_NOOP("app", "The cheque is already in the post"),
    "short_of_cash": QT_TRANSLATE_NOOP("app", "Short of cash lately"),
    "income_next_month": QT_TRANSLATE_NOOP("app", "Money comes in next month"),
    "pay_within_days": QT_TRANSLATE_NOOP("app", "We will pay within some days"),
    "computer_broken": QT_TRANSLATE_NOOP("app", "The computer is broken, cannot print the cheque"),
    "other": QT_TRANSLATE_NOOP("app", "Other"),
}

COUNTER_MEASURE = {
    "not_convenient": QT_TRANSLATE_NOOP(
        "app", "Fix a new date now, while you are talking, and record it as a promise to pay."
    ),
    "not_approved": QT_TRANSLATE_NOOP(
        "app",
        "Find out who approves the payment and when; log the approval chain and "
        "follow up with the approver.",
    ),
    "cheque_sent": QT_TRANSLATE_NOOP(
        "app",
        "Get the mailing date and a copy of the cheque. If it has not arrived after "
        "14 days, ask them to cancel it and issue a new one.",
    ),
    "short_of_cash": QT_TRANSLATE_NOOP(
        "app", "Offer a written instalment plan with fixed amounts and dates."
    ),
    "income_next_month": QT_TRANSLATE_NOOP(
        "app", "Do not wait a month: press on now and ask for a part payment."
    ),
    "pay_within_days": QT_TRANSLATE_NOOP(
        "app",
        "Get onto their payment run: ask for the date of the run and prepare the "
        "documents their finance needs.",
    ),
    "computer_broken": QT_TRANSLATE_NOOP(
        "app", "Verify with their finance department, and offer a bank transfer instead."
    ),
    "other": QT_TRANSLATE_NOOP("app", "Write down exactly what was said, and fix the next step."),
}

OUTCOME = {
    "": QT_TRANSLATE_NOOP("app", "Not given"),
    "promised": QT_TRANSLATE_NOOP("app", "Promised to pay"),
    "paid": QT_TRANSLATE_NOOP("app", "Paid"),
    "plan": QT_TRANSLATE_NOOP("app", "Agreed an instalment plan"),
    "call_back": QT_TRANSLATE_NOOP("app", "Call back later"),
    "no_answer": QT_TRANSLATE_NOOP("app", "No answer"),
    "refused": QT_TRANSLATE_NOOP("app", "Refused to pay"),
    "disputed": QT_TRANSLATE_NOOP("app", "Disputes the debt"),
    "other": QT_TRANSLATE_NOOP("app", "Other"),
}

#: Warning signs (风险预警) the admin can flag.
WARNING_SIGN = {
    "asks_delays": QT_TRANSLATE_NOOP("app", "A punctual payer asks for delays or splits payments"),
    "off_season_orders": QT_TRANSLATE_NOOP("app", "Unusual large orders in the off season"),
    "staff_change": QT_TRANSLATE_NOOP("app", "Key staff or legal representative changed"),
    "price_dumping": QT_TRANSLATE_NOOP("app", "Dumping goods at low prices"),
    "moving": QT_TRANSLATE_NOOP("app", "Moving premises"),
    "new_ventures": QT_TRANSLATE_NOOP("app", "New unrelated ventures"),
}

#: Signs derived from the ledger and the promises.
DERIVED_SIGN = {
    "slower_payment": QT_TRANSLATE_NOOP("app", "Pays more slowly invoice after invoice"),
    "broken_promise": QT_TRANSLATE_NOOP("app", "Broke a promise to pay"),
    "over_limit": QT_TRANSLATE_NOOP("app", "Balance over the credit limit"),
    "instalment_missed": QT_TRANSLATE_NOOP("app", "Missed an instalment"),
}

CONFIRMATION_STATUS = {
    "awaiting": QT_TRANSLATE_NOOP("app", "Awaiting the signed reply"),
    "agreed": QT_TRANSLATE_NOOP("app", "Agreed"),
    "disputed": QT_TRANSLATE_NOOP("app", "Disputed"),
}

PROMISE_STATUS = {
    "pending": QT_TRANSLATE_NOOP("app", "Pending"),
    "due_today": QT_TRANSLATE_NOOP("app", "Due today"),
    "kept": QT_TRANSLATE_NOOP("app", "Kept"),
    "broken": QT_TRANSLATE_NOOP("app", "Broken"),
}

#: An instalment of a plan, from the payments since the plan was agreed.
INSTALMENT_STATUS = {
    "paid": QT_TRANSLATE_NOOP("app", "Paid"),
    "partly_paid": QT_TRANSLATE_NOOP("app", "Partly paid"),
    "due": QT_TRANSLATE_NOOP("app", "To be paid"),
    "overdue": QT_TRANSLATE_NOOP("app", "Overdue"),
}

PLAN_STATUS = {
    "active": QT_TRANSLATE_NOOP("app", "Active"),
    "completed": QT_TRANSLATE_NOOP("app", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("app", "Cancelled"),
}
