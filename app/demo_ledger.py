"""Demo receivables: a ledger and a collection history for the demo customers.

``fill_ledger`` is called by ``app.demo.fill_demo`` once the customers are
written, in the same transaction. For every demo customer it draws a trading
history over the last two years (relative to *today*): invoices, and the
payments of a payer of one kind - punctual, slow, one who splits his payments,
or a bad payer who stops paying at some point while deliveries go on for a
while - plus a few over-payments, credit notes for returns, write-offs of very
old bad debts and reversed payments (bounced cheques). For a sample of the
customers with overdue debts it adds a collection history: contacts, promises
to pay (kept, broken, falling due), balance confirmations, instalment plans and
warning signs.

The rules are those ``app.ledger`` follows (see ``app.models.receivables``):
entries are simulated per customer in posting order and every credit is
allocated as ``app.ledger`` would allocate it - payments to the open debts
oldest first by (due date, entry date, id), an unallocated rest to the next
debts posted, a credit note to its invoice, a write-off to the debts it writes
off, a reversal by negative allocations - so the ``open_fen`` and
``settled_on`` caches are written with the rows.

Speed: customers are handled in chunks; rows are built as tuples with ids
assigned here and inserted with ``executemany``. Invoice numbers follow the
entry dates (SO2025-000001 is the first invoice of 2025): a first quick pass
draws the invoice dates only, to count the invoices per day. Everything
depends on the seed and *today* only.
"""

from __future__ import annotations

import heapq
import math
import random
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from statistics import NormalDist
from typing import Any, NamedTuple

from peewee import AutoField

from app import business_settings, ledger
from app.db import DB
from app.models import (
    Allocation,
    BalanceConfirmation,
    CollectionLog,
    Instalment,
    InstalmentPlan,
    LedgerEntry,
    PaymentPromise,
    WarningFlag,
)

#: Customers simulated and inserted per chunk; progress and cancel are checked
#: between chunks.
CHUNK_SIZE = 2000
#: The history covers this many days before today.
WINDOW_DAYS = 730
#: Share of the work (for progress) the first pass, which only counts invoices per day, takes.
_COUNT_SHARE = 0.06

ProgressCallback = Callable[[int, int], None]
CancelCallback = Callable[[], bool]


class LedgerCancelled(Exception):
    """*cancel()* returned true; the caller rolls the transaction back."""


@dataclass(frozen=True)
class LedgerSummary:
    entries: int = 0
    invoices: int = 0
    payments: int = 0
    credit_notes: int = 0
    write_offs: int = 0
    reversals: int = 0
    allocations: int = 0
    customers_with_entries: int = 0
    collection_logs: int = 0
    promises: int = 0
    confirmations: int = 0
    plans: int = 0
    flags: int = 0
    seconds: float = 0.0


# --- vocabulary ----------------------------------------------------------------------------

_PRODUCTS = {
    "电子元器件": ("电子元器件", "贴片电容", "电源模块", "连接器"),
    "五金机电": ("五金配件", "紧固件", "电动工具", "轴承"),
    "机械设备": ("设备配件", "模具钢", "传动件", "液压件"),
    "塑料制品": ("塑胶原料", "PP颗粒", "注塑件"),
    "纺织服装": ("面料", "辅料", "成衣"),
    "食品饮料": ("食品原料", "包装饮用水", "茶叶"),
    "建筑材料": ("瓷砖", "水泥", "防水材料", "石材"),
    "化工原料": ("化工原料", "溶剂", "涂料"),
    "印刷包装": ("纸箱", "包装袋", "标签"),
    "物流运输": ("运费", "仓储费"),
    "批发零售": ("日用百货", "办公用品", "劳保用品"),
    "医疗器械": ("医用耗材", "检测试剂"),
    "汽车零部件": ("汽车配件", "刹车片", "滤清器"),
    "家具家居": ("办公家具", "床垫", "板材"),
    "电气照明": ("LED灯具", "开关插座", "电线电缆"),
    "金属制品": ("不锈钢板", "钢管", "铝型材"),
    "节能环保": ("滤材", "环保设备配件"),
    "信息技术": ("软件服务费", "技术服务费", "电脑配件"),
    "文教办公": ("文具", "打印耗材"),
    "玩具礼品": ("礼品", "工艺品", "玩具"),
    "进出口贸易": ("出口货物", "样品"),
}
_DEFAULT_PRODUCTS = ("货物", "配件", "原材料")
_RETAIL = ("门店零售", "电话订货", "定制订单", "送货上门", "会员订货", "团购订单")
_RETURN_REASONS = ("质量问题退货", "数量短少", "规格不符退货", "价格折让", "运输破损")
_WRITE_OFF_REASONS = (
    "客户已注销，无法追收",
    "法院裁定终结执行，无财产可供执行",
    "债务人失联，超过三年未能追回",
    "客户破产清算，债权无法收回",
    "金额较小，追收成本过高，经批准核销",
)
_REVERSAL_REASONS = {
    "cheque": ("支票退票（存款不足）", "支票退票（印鉴不符）", "支票退票（出票日期有误）"),
    "transfer": ("银行退汇（户名不符）", "银行退汇（账号有误）"),
    "bank_bill": ("承兑汇票拒付", "汇票背书不连续，已退回"),
    "cash": ("重复入账冲回",),
    "other": ("重复入账冲回", "对方撤回付款"),
}
_BANK_NAMES = ("工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "兴业银行")

_CHANNELS = ("call", "wechat", "sms", "visit", "email", "letter", "note")
_CHANNEL_WEIGHTS = (45, 20, 8, 8, 5, 8, 6)
_SAID = {
    "not_convenient": (
        "今天老板不在，改天再说",
        "这两天在外地出差，回来再处理",
        "在开会，晚点回复",
    ),
    "not_approved": (
        "付款申请已经提交，等总经理签字",
        "财务说还没批下来",
        "领导出差了，回来才能签",
    ),
    "cheque_sent": ("支票上周已经寄出了", "支票已经快递过去，请查收", "支票开好了，让司机带过去"),
    "short_of_cash": (
        "最近资金紧张，下游客户还没回款",
        "这个月实在周转不过来",
        "银行贷款还没批下来",
    ),
    "income_next_month": ("下个月有一笔货款进来，到时候一起付", "等月底回款后马上付"),
    "pay_within_days": ("这周内安排付款", "三天内一定打款", "下周一走付款流程"),
    "computer_broken": ("电脑坏了，打印不了支票", "网银U盾坏了，正在补办"),
    "other": ("对账单有出入，要先核对", "经办人离职了，正在交接", "发票还没收到，收到再付"),
}
_EXCUSES = tuple(_SAID)
_EXCUSE_WEIGHTS = (14, 16, 8, 20, 12, 18, 4, 8)
_LOG_NOTES = (
    "约定下周再跟进",
    "已发送对账单",
    "客户态度较好",
    "需要上门拜访",
    "已提醒信用额度已满",
    "已告知逾期将暂停发货",
    "财务电话无人接听，改打老板手机",
    "",
    "",
    "",
)
_DISPUTE_REASONS = (
    "对方称有一笔货款已付，我方未收到",
    "客户称有一张送货单未签收",
    "价格折让未扣除",
    "退货未冲账",
    "运费由谁承担有争议",
)
_HOLD_REASONS = ("对账有争议，暂停催收", "客户称未收到货，核实中", "质量争议待处理")
_FLAG_NOTES = {
    "asks_delays": ("以前都按时付款，最近两次要求延期", "开始分批付款，理由含糊"),
    "off_season_orders": ("淡季突然大量订货", "订货量是平时的三倍"),
    "staff_change": ("财务主管离职，新会计不熟悉流程", "法人代表变更"),
    "price_dumping": ("市场上发现其低价抛售我司产品", "同行反映其在清仓甩货"),
    "moving": ("听说下月要搬到新厂区", "原办公地址已人去楼空"),
    "new_ventures": ("老板最近在投资房地产项目", "新开了一家餐饮公司"),
}
_CLEAR_NOTES = ("已核实，情况正常", "已上门了解，经营正常", "已结清欠款")
_PLAN_NOTES = ("分期还款协议已签字盖章", "口头约定，已发确认函", "按月还款，逾期即起诉")
_CONFIRM_NOTES = ("随月结对账单寄出", "已邮件发送电子版", "年中对账", "")

#: Rare things every demo has at least this many of (if it has customers to make them).
_AT_LEAST = {
    "credit_note": 3,
    "over_payment": 3,
    "reversal": 3,
    "write_off": 3,
    "plan": 2,
    "confirmation": 5,
    "flag": 6,
    "collection": 20,
    "kept_promise": 3,
    "promise_due": 4,
    "letters": 3,
}

# Priorities of entries posted on the same day.
_INVOICE, _CREDIT_NOTE, _PAYMENT, _WRITE_OFF, _REVERSAL = range(5)


# --- dates ---------------------------------------------------------------------------------


class _IsoDates(dict[int, str]):
    """Ordinal -> ISO date text, made on first use."""

    def __missing__(self, ordinal: int) -> str:
        text = self[ordinal] = date.fromordinal(ordinal).isoformat()
        return text


_ISO = _IsoDates()
#: " HH:MM:SS" from 08:30 on, by the minute.
_TIMES = tuple(f" {(510 + m) // 60:02d}:{(510 + m) % 60:02d}:00" for m in range(600))


def _stamp(ordinal: int, minute: int) -> str:
    """A created_at text on that day, at 08:30 plus *minute* (< 600) minutes."""
    return _ISO[ordinal] + _TIMES[minute]


def _end_of_next_month(ordinal: int) -> int:
    d = date.fromordinal(ordinal)
    year, month = (d.year + 1, d.month - 10) if d.month > 10 else (d.year, d.month + 2)
    return date(year, month, 1).toordinal() - 1


def _month_end_before(ordinal: int) -> int:
    d = date.fromordinal(ordinal)
    return ordinal - d.day


def _snap(ordinal: int, days: tuple[int, ...]) -> int:
    """The first of the customer's payment days (day of month) on or after *ordinal*."""
    d = date.fromordinal(ordinal)
    for day in days:
        if day >= d.day:
            return ordinal + day - d.day
    year, month = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return date(year, month, days[0]).toordinal()


def _date_of(text: Any) -> int | None:
    if text is None or text == "":
        return None
    if isinstance(text, datetime):
        return text.date().toordinal()
    if isinstance(text, date):
        return text.toordinal()
    return date.fromisoformat(str(text)[:10]).toordinal()


# --- random --------------------------------------------------------------------------------


class _Rng(random.Random):
    """``random.Random`` with one ``random()`` call per integer (as app.demo's)."""

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:  # type: ignore[override]
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.random() * len(seq))]


def _pick(rng: _Rng, items: Sequence[Any], weights: Sequence[int]) -> Any:
    """A weighted choice (``random.choices`` for one item, cheaper)."""
    x = rng.random() * sum(weights)
    for item, weight in zip(items, weights, strict=True):
        x -= weight
        if x < 0:
            return item
    return items[-1]


def _round_amount(rng: _Rng, yuan: int) -> int:
    """Fen of a round-ish amount near *yuan*: hundreds, tens, whole yuan, some with fen."""
    roll = rng.random()
    if yuan >= 2000 and roll < 0.4:
        yuan = yuan // 100 * 100
    elif yuan >= 100 and roll < 0.75:
        yuan = yuan // 10 * 10
    fen = max(yuan, 20) * 100
    if roll > 0.86:
        fen += rng.randrange(1, 100)
    return fen


def _round_down(fen: int, step: int = 10_000) -> int:
    """*fen* rounded down to *step* (100 yuan), or itself when smaller."""
    return fen // step * step if fen >= step else fen


# --- customers -----------------------------------------------------------------------------


class _Cust(NamedTuple):
    id: int
    kind: str
    name: str
    tier: str
    company_size: str
    industry: str
    language: str
    settlement_method: str
    settlement_days: int | None
    payment_terms_days: int | None
    payment_days: str
    reconcile_first: int
    credit_rating: str
    credit_limit_fen: int | None
    currency: str
    supply_hold: int
    supply_hold_since: Any
    archived: int
    archived_at: Any
    created_at: Any


_CUST_COLUMNS = ", ".join(f'"{n}"' for n in _Cust._fields)


def _customer_chunks(first_id: int, last_id: int) -> Iterator[list[_Cust]]:
    after = first_id - 1
    while True:
        cursor = DB.execute_sql(
            f'SELECT {_CUST_COLUMNS} FROM "customer" WHERE "id" > ? AND "id" <= ? '
            'ORDER BY "id" LIMIT ?',
            (after, last_id, CHUNK_SIZE),
        )
        rows = [_Cust._make(r) for r in cursor.fetchall()]
        if not rows:
            return
        yield rows
        after = rows[-1].id


# --- the plan of a customer: invoice dates, payer kind ---------------------------------------


class _Plan(NamedTuple):
    behaviour: str  # punctual | slow | splits | bad
    stop: int  # bad payers pay nothing from this day on (0: never stops)
    dates: list[int]
    terms: int  # days from the entry date to the due date
    monthly: bool  # due at the end of the following month


def _terms(c: _Cust, default_days: int) -> tuple[int, bool]:
    """(days, end of following month?) as app.ledger derives a debt's due date."""
    if c.payment_terms_days is not None:
        return c.payment_terms_days, False
    if c.settlement_method == "net_days" and c.settlement_days is not None:
        return c.settlement_days, False
    if c.settlement_method == "monthly":
        return 0, True
    if c.settlement_method == "cash_on_delivery":
        return 0, False
    return default_days, False


_BASE_YUAN = {
    "micro": (2000, 3000, 5000, 8000),
    "small": (5000, 8000, 12000, 20000, 30000),
    "medium": (15000, 30000, 50000, 80000),
    "large": (50000, 100000, 150000, 250000),
    "": (3000, 5000, 10000, 20000),
}
_RATE = {"micro": 4.0, "small": 6.5, "medium": 10.0, "large": 15.0, "": 6.0}


#: The first bad payers stop paying this many days before today, so that even
#: a small demo has debts in every ageing bucket.
_FIRST_STOPS = (40, 75, 130, 160, 250, 330, 430, 560)


def _plan(c: _Cust, rng: _Rng, today: int, default_days: int, stops: list[int]) -> _Plan | None:
    """What a customer bought and what kind of payer he is. Draws from its own
    random stream only, so that the counting pass sees the same dates.
    *stops*: days before today the next bad payers stop paying, handed out
    (and removed) in turn."""
    created = _date_of(c.created_at) or today
    start = max(today - WINDOW_DAYS, created + rng.randrange(0, 30))
    end = today
    tier, corporate = c.tier, c.kind == "corporate"
    if c.archived:
        end = min(end, (_date_of(c.archived_at) or today) - rng.randrange(20, 90))
    if tier == "lost":
        end = min(end, today - rng.randrange(90, 540))
    if tier == "prospect":
        rate = 2.0 if rng.random() < 0.06 else 0.0  # a first trial order, now and then
    elif corporate:
        rate = 3.0 if c.currency != "CNY" else _RATE.get(c.company_size, 6.0)
        if tier == "key_account":
            rate *= 2.5
    else:
        rate = 6.0 if tier == "key_account" else 1.7
    rate *= 0.9 * rng.lognormvariate(0, 0.45)

    rating = c.credit_rating
    roll = rng.random()
    if corporate:
        bad, slow, splits = (0.02, 0.15, 0.08) if rating == "A" else (0.09, 0.35, 0.12)
    else:
        bad, slow, splits = 0.035, 0.17, 0.06
    behaviour = (
        "bad"
        if roll < bad
        else "slow"
        if roll < bad + slow
        else "splits"
        if roll < bad + slow + splits
        else "punctual"
    )
    stop = 0
    if c.supply_hold:
        hold = _date_of(c.supply_hold_since) or today
        behaviour = "bad" if rng.random() < 0.7 else "slow"
        end = min(end, hold)
        if behaviour == "bad":
            stop = hold - rng.randrange(20, 150)
    elif (
        stops
        and corporate
        and not c.archived
        and tier in ("ordinary", "key_account")
        and rate > 4
        and today - stops[0] - start > 150
    ):
        behaviour = "bad"
        stop = today - stops.pop(0)
        end = min(end, stop + rng.randrange(60, 150))
    elif behaviour == "bad":
        if today - 20 - (start + 60) < 30:
            behaviour = "slow"
        else:
            stop = start + 60 + rng.randrange(today - 20 - (start + 60))
            end = min(end, stop + rng.randrange(20, 150))
    if c.archived and behaviour == "bad" and rng.random() < 0.7:
        behaviour = "punctual"  # archived: mostly settled
    terms, monthly = _terms(c, default_days)
    if rate <= 0 or end <= start:
        return None

    span = end - start
    expected = rate * span / 365
    count = int(expected) + (rng.random() < expected - int(expected))
    if tier == "prospect":
        count = 1 if rng.random() < 0.7 else 2  # a trial order or two
    if count == 0:
        return None
    dates = sorted(start + rng.randrange(span + 1) for _ in range(count))
    for i, o in enumerate(dates):
        if o % 7 == 0:  # Sunday: delivered on Saturday or Monday
            dates[i] = o - 1 if o + 1 > end else o + 1
    # Now and then a delivery whose due date is only days away: the list of
    # debts to confirm before they fall due is never empty.
    if corporate and end == today and 7 <= terms and not monthly and rng.random() < 0.08:
        soon = today + rng.randint(1, 5) - terms
        if soon > start and soon % 7:
            dates.append(soon)
            dates.sort()
    return _Plan(behaviour, stop, dates, terms, monthly)


#: Quantiles of a log-normal spread of invoice amounts around a customer's usual one.
_SPREAD = tuple(
    min(math.exp(0.55 * NormalDist().inv_cdf((k + 0.5) / 512)), 3.0) for k in range(512)
)


def _amounts(c: _Cust, count: int, rng: _Rng) -> list[int]:
    """Invoice amounts in fen: by kind, size, credit limit and tier."""
    if c.currency != "CNY":
        base = rng.choice((2000, 4000, 8000, 15000, 30000))
    elif c.kind != "corporate":
        base = (
            rng.choice((3000, 5000, 8000, 15000, 30000))
            if c.tier == "key_account"
            else rng.choice((200, 300, 500, 800, 1200, 2000, 3500))
        )
    else:
        limit = c.credit_limit_fen or 0
        if limit > 0:
            base = limit // 100 // rng.choice((8, 10, 15, 20))
        else:
            base = rng.choice(_BASE_YUAN.get(c.company_size, _BASE_YUAN[""]))
        if c.tier == "key_account":
            base *= 2
    spread = _SPREAD
    return [
        _round_amount(rng, min(max(30, int(base * spread[int(rng.random() * 512)])), 800_000))
        for _ in range(count)
    ]


# --- numbering -------------------------------------------------------------------------------


class _Numbers:
    """Invoice numbers in date order: per year, SO2025-000001 upwards, after
    the highest number the file already has."""

    def __init__(self, prefix: str, kind: str) -> None:
        self.prefix = prefix
        self.counts: dict[int, int] = defaultdict(int)
        self.first: dict[int, int] = {}
        self.taken: dict[int, int] = {}
        pattern = prefix + "[0-9][0-9][0-9][0-9]-[0-9]*"
        cursor = DB.execute_sql(
            'SELECT substr("number", ?, 4), max(CAST(substr("number", ?) AS INTEGER)) '
            'FROM "ledger_entry" WHERE "kind" = ? AND "number" GLOB ? GROUP BY 1',
            (len(prefix) + 1, len(prefix) + 6, kind, pattern),
        )
        self.taken = {int(year): top or 0 for year, top in cursor.fetchall()}

    def count(self, ordinal: int) -> None:
        self.counts[ordinal] += 1

    def close_counting(self) -> None:
        """Turn the counts per day into the first sequence number of each day."""
        running: dict[int, int] = {}
        for o in sorted(self.counts):
            year = date.fromordinal(o).year
            seq = running.get(year, self.taken.get(year, 0))
            self.first[o] = seq + 1
            running[year] = seq + self.counts[o]

    def next(self, ordinal: int) -> str:
        seq = self.first[ordinal]
        self.first[ordinal] = seq + 1
        return f"{self.prefix}{_ISO[ordinal][:4]}-{seq:06d}"

    def sequence(self, ordinals: list[tuple[int, int]]) -> list[tuple[str, int]]:
        """(number, id) for entries given as (date, id), in date order."""
        running: dict[int, int] = {}
        out = []
        for o, eid in sorted(ordinals):
            year = date.fromordinal(o).year
            seq = running.get(year, self.taken.get(year, 0)) + 1
            running[year] = seq
            out.append((f"{self.prefix}{year}-{seq:06d}", eid))
        return out


# --- the simulation of one customer ----------------------------------------------------------


class _Debt:
    __slots__ = ("row", "id", "index", "date", "due", "amount", "open", "last")

    def __init__(self, row: list[Any], eid: int, index: int, o: int, due: int, amount: int):
        self.row = row
        self.id = eid
        self.index = index
        self.date = o
        self.due = due
        self.amount = amount
        self.open = amount
        self.last = 0


class _Credit:
    __slots__ = ("id", "date", "amount", "left", "allocs", "method", "reference", "reversed")

    def __init__(self, eid: int, o: int, amount: int, method: str, reference: str):
        self.id = eid
        self.date = o
        self.amount = amount
        self.left = amount
        self.allocs: list[tuple[_Debt, int]] = []
        self.method = method
        self.reference = reference
        self.reversed = False


# Entry row columns, in this order.
_ENTRY_FIELDS = (
    "id", "customer", "kind", "number", "entry_date", "due_date", "amount_fen", "delta_fen",
    "currency", "description", "method", "reference", "reason", "reverses", "charge_for",
    "open_fen", "settled_on", "class_override", "override_reason", "hold_reason", "hold_until",
    "created_at",
)  # fmt: skip
_OPEN, _SETTLED, _HOLD, _HOLD_UNTIL = 15, 16, 19, 20


class _Sim:
    """The ledger of one customer, posted in date order by app.ledger's rules:
    after each posting the credits not yet used go to the open debts, oldest
    first (``app.ledger.apply_open_credits``)."""

    def __init__(self, ctx: _Context, c: _Cust, plan: _Plan) -> None:
        self.ctx = ctx
        self.c = c
        self.plan = plan
        self.rows: list[list[Any]] = []
        self.allocs: list[tuple[int, int, int, int, str]] = []
        self.debts: list[_Debt] = []  # in allocation order: (due date, date, id)
        self.head = 0  # no open debt before this index
        self.unallocated: list[_Credit] = []  # credits with a rest, oldest first
        self.payments: list[_Credit] = []
        self.events: list[tuple[Any, ...]] = []
        self.seq = 0

    # -- posting

    def push(self, o: int, priority: int, data: Any) -> None:
        self.seq += 1
        heapq.heappush(self.events, (o, priority, self.seq, data))

    def _row(
        self,
        kind: str,
        o: int,
        amount: int,
        delta: int,
        *,
        number: str | None = None,
        due: int | None = None,
        description: str = "",
        method: str = "",
        reference: str = "",
        reason: str = "",
        reverses: int | None = None,
    ) -> list[Any]:
        ctx = self.ctx
        eid = ctx.next_entry_id
        ctx.next_entry_id += 1
        row = [
            eid, self.c.id, kind, number, _ISO[o], None if due is None else _ISO[due], amount,
            delta, self.c.currency, description, method, reference, reason, reverses, None,
            0, None, "", "", "", None, _stamp(o, (eid * 37) % 540),
        ]  # fmt: skip
        self.rows.append(row)
        return row

    def _allocate(self, credit: _Credit, debt: _Debt, amount: int, on: int) -> None:
        debt.open -= amount
        if on > debt.last:
            debt.last = on
        credit.left -= amount
        credit.allocs.append((debt, amount))
        self.allocs.append((credit.id, debt.id, self.c.id, amount, _ISO[on]))

    def _apply_open(self) -> None:
        """The credits with a rest to the open debts, oldest first."""
        debts = self.debts
        while self.unallocated:
            credit = self.unallocated[0]
            i = self.head
            while credit.left and i < len(debts):
                debt = debts[i]
                if debt.open:
                    on = debt.date if debt.date > credit.date else credit.date
                    self._allocate(credit, debt, min(credit.left, debt.open), on)
                i += 1
            while self.head < len(debts) and not debts[self.head].open:
                self.head += 1
            if credit.left:
                return  # nothing open any more
            self.unallocated.pop(0)

    def post_invoice(self, o: int, amount: int, number: str, description: str) -> _Debt:
        plan = self.plan
        due = _end_of_next_month(o) if plan.monthly else o + plan.terms
        row = self._row(
            "invoice", o, amount, amount, number=number, due=due, description=description
        )
        debt = _Debt(row, row[0], len(self.debts), o, due, amount)
        self.debts.append(debt)
        self._apply_open()
        return debt

    def post_payment(self, o: int, amount: int, method: str) -> _Credit:
        description, reference = self.ctx.payment_text(o, amount, method)
        row = self._row(
            "payment", o, amount, -amount, description=description, method=method,
            reference=reference,
        )  # fmt: skip
        credit = _Credit(row[0], o, amount, method, reference)
        self.payments.append(credit)
        self.unallocated.append(credit)
        self._apply_open()
        return credit

    def post_credit_note(self, o: int, debt: _Debt, amount: int) -> None:
        """A return, on the invoice it refers to (never more than is open on it)."""
        amount = min(amount, debt.open)
        if amount <= 0:
            return
        reason = self.ctx.rng.choice(_RETURN_REASONS)
        row = self._row(
            "credit_note", o, amount, -amount, number=f"~demo-{self.ctx.next_entry_id}",
            description=f"{reason}（原单 {debt.row[3]}）",
        )  # fmt: skip
        self.ctx.credit_notes.append((o, row[0]))  # numbered in date order at the end
        self.ctx.made["credit_note"] += 1
        self._allocate(_Credit(row[0], o, amount, "", ""), debt, amount, o)
        while self.head < len(self.debts) and not self.debts[self.head].open:
            self.head += 1

    def post_write_off(self, o: int) -> None:
        """Write off what is open on the debts more than a year past due."""
        targets = [d for d in self.debts[self.head :] if d.open and d.due <= o - 365]
        if not targets:
            return
        amount = sum(d.open for d in targets)
        row = self._row(
            "write_off", o, amount, -amount, reason=self.ctx.rng.choice(_WRITE_OFF_REASONS),
            description=f"核销坏账 {len(targets)} 笔",
        )  # fmt: skip
        credit = _Credit(row[0], o, amount, "", "")
        for debt in targets:
            self._allocate(credit, debt, debt.open, o)
        self.ctx.made["write_off"] += 1
        while self.head < len(self.debts) and not self.debts[self.head].open:
            self.head += 1

    def post_reversal(self, o: int, credit: _Credit) -> None:
        """Reverse a payment (a bounced cheque): negative allocations, on the
        reversal, undo what it paid; then the other credits apply again."""
        row = self._row(
            "reversal", o, credit.amount, credit.amount,
            reason=self.ctx.rng.choice(_REVERSAL_REASONS[credit.method]),
            description=credit.reference, reverses=credit.id,
        )  # fmt: skip
        per_debt: dict[_Debt, int] = {}
        for debt, amount in credit.allocs:
            per_debt[debt] = per_debt.get(debt, 0) + amount
        for debt, amount in per_debt.items():
            if amount:
                on = debt.date if debt.date > o else o
                debt.open += amount
                if on > debt.last:
                    debt.last = on
                self.allocs.append((row[0], debt.id, self.c.id, -amount, _ISO[on]))
                if debt.index < self.head:
                    self.head = debt.index
        credit.reversed = True
        self.ctx.made["reversal"] += 1
        if credit in self.unallocated:
            self.unallocated.remove(credit)
        self._apply_open()

    # -- the customer's history

    def run(self) -> None:
        ctx, rng, plan, c = self.ctx, self.ctx.rng, self.plan, self.c
        today = ctx.today
        corporate = c.kind == "corporate"
        behaviour, stop = plan.behaviour, plan.stop
        pay_days = tuple(sorted({int(d) for d in c.payment_days.split(",") if d.strip()}))
        pay_previous = c.settlement_method == "pay_previous"
        products = _PRODUCTS.get(c.industry, _DEFAULT_PRODUCTS) if corporate else _RETAIL

        # The invoices, and the payments meant for each.
        parts: dict[int, int] = defaultdict(int)  # payment date -> amount
        count = len(plan.dates)
        amounts = _amounts(c, len(plan.dates), rng)
        for i, (o, amount) in enumerate(zip(plan.dates, amounts, strict=True)):
            due = _end_of_next_month(o) if plan.monthly else o + plan.terms
            number = ctx.invoices.next(o)
            self.push(o, _INVOICE, (_INVOICE, i, amount, number, ctx.invoice_text(c, o, products)))
            own: list[list[int]] = []  # [date, amount] of this invoice's payments
            if behaviour == "punctual":
                own.append([max(o, due + rng.randint(-6, 2)), amount])
            elif behaviour == "slow" or (behaviour == "bad" and o < stop):
                own.append([due + rng.randint(15, 90 if behaviour == "slow" else 150), amount])
            elif behaviour == "splits":
                when, rest = max(o, due + rng.randint(-3, 20)), amount
                for _ in range(1 if rng.random() < 0.6 else 2):
                    part = _round_down(rest * rng.randint(30, 60) // 100)
                    if not 0 < part < rest:
                        break
                    own.append([when, part])
                    rest -= part
                    when += rng.randint(15, 45)
                own.append([when, rest])
            if pay_previous and own and i + 1 < count and behaviour != "splits":
                # Pays the previous delivery when the next one comes.
                own[0][0] = (
                    max(own[0][0], plan.dates[i + 1])
                    if behaviour != "punctual"
                    else (plan.dates[i + 1])
                )
            if pay_days:
                for part in own:
                    part[0] = _snap(part[0], pay_days)
            # A return: a credit note before the first payment, taken off the payments.
            if corporate and ctx.often("credit_note", 0.012):
                first_pay = own[0][0] if own else min(today, o + 40)
                cn = _round_down(amount * rng.randint(5, 40) // 100, 1000)
                if first_pay - o >= 3 and cn > 0:
                    self.push(o + rng.randint(1, first_pay - o - 1), _CREDIT_NOTE,
                              (_CREDIT_NOTE, i, cn))  # fmt: skip
                    left = cn
                    for part in reversed(own):
                        take = min(part[1], left)
                        part[1] -= take
                        left -= take
            for when, part in own:
                if when <= today and not (stop and when >= stop) and part > 0:
                    parts[when] += part

        # A few over-payments: paid twice, or rounded up.
        if parts and ctx.often("over_payment", 0.03):
            ctx.made["over_payment"] += 1
            when = max(parts) if rng.random() < 0.6 else rng.choice(sorted(parts))
            amount = parts[when]
            parts[when] = amount * 2 if rng.random() < 0.4 else (amount // 100_000 + 1) * 100_000
        # Bad payers: now and then a small payment after they stopped.
        if stop and stop < today - 30 and rng.random() < 0.3:
            parts[rng.randint(stop + 10, today - 1)] += rng.choice((50_000, 100_000, 300_000))

        methods, weights = ctx.method_mix(c)
        for when in sorted(parts):
            amount = parts[when]
            method = _pick(rng, methods, weights)
            if method == "bank_bill" and amount < 1_000_000:  # bills only for 10,000 yuan up
                method = "transfer"
            reverse = ctx.often("reversal", 0.04) if method == "cheque" else rng.random() < 0.0008
            self.push(when, _PAYMENT, (_PAYMENT, amount, method, reverse))
        if stop and ctx.often("write_off", 0.35):
            self.push(min(today - 1, stop + rng.randint(380, 520)), _WRITE_OFF, (_WRITE_OFF,))

        by_index: dict[int, _Debt] = {}
        while self.events:
            o, _priority, _seq, data = heapq.heappop(self.events)
            kind = data[0]
            if o > today:
                continue
            if kind == _INVOICE:
                _kind, i, amount, number, description = data
                by_index[i] = self.post_invoice(o, amount, number, description)
            elif kind == _PAYMENT:
                _kind, amount, method, reverse = data
                credit = self.post_payment(o, amount, method)
                if reverse:
                    self.push(o + rng.randint(2, 7), _REVERSAL, (_REVERSAL, credit))
            elif kind == _CREDIT_NOTE:
                _kind, i, amount = data
                self.post_credit_note(o, by_index[i], amount)
            elif kind == _WRITE_OFF:
                self.post_write_off(o)
            else:
                credit = data[1]
                self.post_reversal(o, credit)
                again = o + rng.randint(2, 15)  # paid again, by transfer
                if again <= today and not (stop and again >= stop):
                    self.push(again, _PAYMENT, (_PAYMENT, credit.amount, "transfer", False))

        for debt in self.debts:
            row = debt.row
            row[_OPEN] = debt.open
            if debt.open == 0:
                row[_SETTLED] = _ISO[debt.last]


# --- the collection history of one customer --------------------------------------------------


class _Collection:
    def __init__(self, ctx: _Context, sim: _Sim, people: list[str]) -> None:
        self.ctx = ctx
        self.sim = sim
        self.people = people or [sim.c.name]
        # [date, channel, person, excuse, said, notes, outcome, level, promise]
        self.logs: list[list[Any]] = []

    def log(
        self, o: int, outcome: str, *, channel: str | None = None, excuse: str | None = None,
        promise: tuple[int, int, int] | None = None, notes: str | None = None, level: int = 0,
    ) -> None:  # fmt: skip
        rng = self.ctx.rng
        if channel is None:
            channel = _pick(rng, _CHANNELS[:-2], _CHANNEL_WEIGHTS[:-2])
        if excuse is None:
            excuse = _pick(rng, _EXCUSES, _EXCUSE_WEIGHTS) if rng.random() < 0.7 else ""
        if outcome == "no_answer":
            excuse = ""
        said = rng.choice(_SAID[excuse]) if excuse and outcome != "no_answer" else ""
        if notes is None:
            notes = rng.choice(_LOG_NOTES)
        person = "" if outcome == "no_answer" else rng.choice(self.people)
        self.logs.append([o, channel, person, excuse, said, notes, outcome, level, promise])

    def run(self) -> None:
        ctx, sim, rng = self.ctx, self.sim, self.ctx.rng
        today = ctx.today
        overdue = [d for d in sim.debts if d.open and d.due < today]
        since = min(d.due for d in overdue) + 1
        overdue_fen = sum(d.open for d in overdue)
        paid = [p for p in sim.payments if not p.reversed]
        last_paid = max((p.date for p in paid), default=0)

        # Contacts since the debts fell overdue.
        low = max(since + 2, today - 400)
        if low < today:
            for _ in range(rng.randint(1, 5)):
                o = rng.randint(low, today - 1)
                outcome = _pick(
                    rng,
                    ("call_back", "no_answer", "promised", "refused", "disputed", "other"),
                    (30, 25, 30, 5, 4, 6),
                )
                promise = None
                if outcome == "promised":
                    due_on = o + rng.randint(2, 14)
                    made = [p for p in paid if o <= p.date <= due_on]
                    amount = (
                        _round_down(max(p.amount for p in made))
                        if made
                        else _round_down(max(overdue_fen * rng.randint(30, 100) // 100, 1))
                    )
                    promise = (o, due_on, amount)
                self.log(o, outcome, promise=promise)
        # A promise kept: they said they would pay, and did.
        kept = [p for p in paid if low <= p.date < today and p.date - 3 > low]
        if kept and ctx.often("kept_promise", 0.5):
            ctx.made["kept_promise"] += 1
            p = rng.choice(kept)
            o = p.date - rng.randint(1, 7)
            self.log(o, "promised", promise=(o, p.date + rng.randint(0, 3), _round_down(p.amount)))
            self.log(p.date, "paid", excuse="", notes="已收到款项")
        # A promise falling due today or in the next days.
        if ctx.often("promise_due", 0.35):
            o = max(last_paid + 1, today - rng.randint(1, 6))
            if o <= today:
                due_on = today + rng.choice((0, 0, 1, 2, 3, 5, 7))
                if ctx.made["promise_due"] < _AT_LEAST["promise_due"]:
                    due_on = today + ctx.made["promise_due"] % 2  # today, tomorrow, today...
                ctx.made["promise_due"] += 1
                amount = _round_down(max(overdue_fen * rng.randint(20, 100) // 100, 1))
                self.log(o, "promised", excuse="pay_within_days", promise=(o, due_on, amount))
        # Dunning letters for the long overdue.
        if today - since > 60 and ctx.often("letters", 0.4):
            ctx.made["letters"] += 1
            o = since + 30
            for level in range(1, rng.randint(1, 3) + 1):
                if o >= today:
                    break
                self.log(o, "", channel="letter", excuse="", level=level,
                         notes=f"寄出第{'一二三'[level - 1]}次催款函")  # fmt: skip
                o += rng.randint(20, 40)
        # An instalment plan for a large overdue balance.
        if overdue_fen >= 500_000 and ctx.often("plan", 0.08):
            agreed = max(since, today - rng.randint(5, 100))
            if agreed <= today:
                self.log(agreed, "plan", excuse="short_of_cash")
                ctx.plan(sim.c.id, agreed, overdue_fen)
        self.write()

    def write(self) -> None:
        ctx, rng = self.ctx, self.ctx.rng
        cid = self.sim.c.id
        self.logs.sort(key=lambda log: log[0])
        for o, channel, person, excuse, said, notes, outcome, level, promise in self.logs:
            lid = ctx.next_log_id
            ctx.next_log_id += 1
            ctx.log_rows.append(
                (lid, cid, _ISO[o], channel, person, excuse, said, notes, outcome, None,
                 level, _stamp(o, rng.randrange(480)))
            )  # fmt: skip
            if promise is not None:
                made_on, due_on, amount = promise
                ctx.promise_rows.append(
                    (cid, lid, _ISO[made_on], _ISO[due_on], amount,
                     rng.choice(("", "", "对方口头承诺", "微信确认")), _stamp(o, 500))
                )  # fmt: skip
            elif person and rng.random() < 0.03:
                # A correction (the log is append-only): the entry stays, marked corrected.
                ctx.log_rows.append(
                    (lid + 1, cid, _ISO[o], "note", "", "", "", "更正：上一条记录的联系人有误",
                     "other", lid, 0, _stamp(o, 520))
                )  # fmt: skip
                ctx.next_log_id += 1


# --- the whole fill --------------------------------------------------------------------------


class _Context:
    """What the customers of a fill share: random stream, ids, numbers, rows to write."""

    def __init__(self, seed: int, today: int) -> None:
        self.rng = _Rng(f"kehu-ledger-{seed}-{today}")
        self.today = today
        self.invoices = _Numbers("SO", "invoice")
        self.next_entry_id = (
            DB.execute_sql('SELECT max("id") FROM "ledger_entry"').fetchone()[0] or 0
        ) + 1
        self.next_log_id = (
            DB.execute_sql('SELECT max("id") FROM "collection_log"').fetchone()[0] or 0
        ) + 1
        self.next_plan_id = (
            DB.execute_sql('SELECT max("id") FROM "instalment_plan"').fetchone()[0] or 0
        ) + 1
        self.credit_notes: list[tuple[int, int]] = []
        self.counts: dict[str, int] = defaultdict(int)  # rows written, by kind or table
        self.made: dict[str, int] = defaultdict(int)  # rare things made, for often()
        self.confirm_turn = 0
        self.flag_turn = 0
        self.reset_rows()

    def reset_rows(self) -> None:
        self.entry_rows: list[list[Any]] = []
        self.alloc_rows: list[tuple[Any, ...]] = []
        self.log_rows: list[tuple[Any, ...]] = []
        self.promise_rows: list[tuple[Any, ...]] = []
        self.confirm_rows: list[tuple[Any, ...]] = []
        self.plan_rows: list[tuple[Any, ...]] = []
        self.instalment_rows: list[tuple[Any, ...]] = []
        self.flag_rows: list[tuple[Any, ...]] = []

    def often(self, what: str, p: float) -> bool:
        """True with probability *p*, but always until a few of *what* were
        made, so that a small demo has some of everything."""
        return self.made[what] < _AT_LEAST.get(what, 0) or self.rng.random() < p

    # -- texts

    def method_mix(self, c: _Cust) -> tuple[tuple[str, ...], tuple[int, ...]]:
        methods = ("transfer", "cash", "cheque", "bank_bill", "other")
        if c.kind != "corporate":
            return methods, (35, 30, 0, 0, 35)
        if c.currency != "CNY":
            return methods, (100, 0, 0, 0, 0)
        roll = (c.id * 7919) % 10
        if roll < 1:
            return methods, (30, 0, 60, 10, 0)  # pays by cheque
        if roll < 2 and c.company_size in ("medium", "large"):
            return methods, (40, 0, 5, 55, 0)  # pays with bank acceptance bills
        return methods, (86, 5, 4, 3, 2)

    def invoice_text(self, c: _Cust, o: int, products: tuple[str, ...]) -> str:
        rng = self.rng
        if c.kind != "corporate":
            return rng.choice(products)
        roll = rng.random()
        iso = _ISO[o]
        if roll < 0.35:
            return f"{int(iso[5:7])}月货款"
        if roll < 0.7:
            return f"送货单 DN{iso[2:4]}{iso[5:7]}{iso[8:10]}{rng.randrange(1, 60):02d}"
        return f"{rng.choice(products)}一批"

    def payment_text(self, o: int, amount: int, method: str) -> tuple[str, str]:
        rng = self.rng
        iso = _ISO[o]
        day = iso.replace("-", "")
        if method == "transfer":
            reference = f"{day}{rng.randrange(10**10):010d}"
            text = rng.choice(("银行转账", "网银转账", "", "货款"))
            return text or f"{int(iso[5:7])}月货款", reference
        if method == "cash":
            return "现金收款", ""
        if method == "cheque":
            reference = f"{rng.randrange(10**8):08d}"
            return f"转账支票 {rng.choice(_BANK_NAMES)}", reference
        if method == "bank_bill":
            reference = f"1{rng.randrange(10**11):011d}{day}{rng.randrange(10**10):010d}"
            due = _ISO[o + rng.choice((90, 180, 180, 365))]
            return f"银行承兑汇票（{rng.choice(_BANK_NAMES)}），到期日 {due}", reference
        if rng.random() < 0.6:
            return "微信收款", f"4200{rng.randrange(10**16):016d}{day}"
        return "支付宝收款", f"{day}{rng.randrange(10**16):016d}"

    # -- collection rows shared by several steps

    def plan(self, cid: int, agreed: int, total: int) -> None:
        rng = self.rng
        pid = self.next_plan_id
        self.next_plan_id += 1
        n = rng.randint(3, 6)
        each = _round_down(total // n)
        self.plan_rows.append(
            (pid, cid, _ISO[agreed], total, rng.choice(_PLAN_NOTES), "active", None,
             _stamp(agreed, 300))
        )  # fmt: skip
        due = agreed + rng.randint(7, 30)
        for seq in range(1, n + 1):
            amount = each if seq < n else total - each * (n - 1)
            self.instalment_rows.append((pid, seq, _ISO[due], amount))
            due += 30
        self.made["plan"] += 1

    def confirmation(self, sim: _Sim) -> None:
        """A balance confirmation (对账确认); statuses taken in turn so that a
        small demo has each."""
        rng, today = self.rng, self.today
        turn = ("awaiting", "agreed", "awaiting_old", "disputed", "agreed")[self.confirm_turn % 5]
        if turn == "awaiting":
            sent = today - rng.randint(1, 14)
        elif turn == "awaiting_old":
            sent = today - rng.randint(16, 60)
        else:
            sent = today - rng.randint(20, 300)
        as_of = _month_end_before(sent)
        as_of_text = _ISO[as_of]
        balance = sum(r[7] for r in sim.rows if r[4] <= as_of_text)
        if balance <= 0:
            return
        self.confirm_turn += 1
        self.made["confirmation"] += 1
        status, replied, claimed, reason = turn.removesuffix("_old"), None, None, ""
        if status != "awaiting":
            replied = _ISO[min(today, sent + rng.randint(2, 15))]
        if status == "disputed":
            open_debts = [d for d in sim.debts if d.open and d.date <= as_of]
            if open_debts:
                debt = rng.choice(open_debts)
                claimed = balance - min(debt.open, balance)
                debt.row[_HOLD] = rng.choice(_HOLD_REASONS)
                debt.row[_HOLD_UNTIL] = _ISO[today + rng.randint(10, 40)]
            else:
                claimed = _round_down(balance * rng.randint(50, 95) // 100)
            reason = rng.choice(_DISPUTE_REASONS)
        self.confirm_rows.append(
            (sim.c.id, _ISO[sent], as_of_text, balance, status, replied, claimed, reason,
             rng.choice(_CONFIRM_NOTES), _stamp(sent, 200))
        )  # fmt: skip

    def flag(self, cid: int) -> None:
        rng, today = self.rng, self.today
        signs = tuple(_FLAG_NOTES)
        sign = signs[self.flag_turn % len(signs)]
        self.flag_turn += 1
        self.made["flag"] += 1
        flagged = today - rng.randint(1, 200)
        cleared, clear_note = None, ""
        if rng.random() < 0.25 and flagged + 10 < today:
            cleared = _ISO[rng.randint(flagged + 10, today)]
            clear_note = rng.choice(_CLEAR_NOTES)
        self.flag_rows.append(
            (cid, sign, _ISO[flagged], rng.choice(_FLAG_NOTES[sign]), cleared, clear_note,
             _stamp(flagged, 100))
        )  # fmt: skip


def fill_ledger(
    first_id: int,
    last_id: int,
    seed: int,
    today: date | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
) -> LedgerSummary:
    """Add a ledger and a collection history for the customers with ids
    *first_id* to *last_id*, in the caller's transaction. *progress(done,
    total)* is called after each chunk; when *cancel()* returns true,
    ``LedgerCancelled`` is raised (the caller rolls back)."""
    started = time.perf_counter()
    day = (today or date.today()).toordinal()
    default_days = business_settings.get("default_terms_days")
    total = 1000
    chunks = max(1, -(-(last_id - first_id + 1) // CHUNK_SIZE))

    def report(done: int) -> None:
        if progress:
            progress(min(done, total), total)

    def check() -> None:
        if cancel is not None and cancel():
            raise LedgerCancelled

    ctx = _Context(seed, day)
    # Pass 1: count the invoices per day, so that numbers follow the dates.
    plan_seed = f"kehu-ledger-plans-{seed}-{day}"
    rng = _Rng(plan_seed)
    stops = list(_FIRST_STOPS)
    for k, chunk in enumerate(_customer_chunks(first_id, last_id)):
        check()
        for c in chunk:
            plan = _plan(c, rng, day, default_days, stops)
            if plan is not None:
                for o in plan.dates:
                    ctx.invoices.count(o)
        report(int(total * _COUNT_SHARE * (k + 1) / chunks))
    ctx.invoices.close_counting()

    # Pass 2: the same plans again (same random stream), simulated and written.
    rng = _Rng(plan_seed)
    stops = list(_FIRST_STOPS)
    writers = _Writers()
    with_entries = 0
    for k, chunk in enumerate(_customer_chunks(first_id, last_id)):
        check()
        sims = []
        for c in chunk:
            plan = _plan(c, rng, day, default_days, stops)
            if plan is None:
                continue
            sim = _Sim(ctx, c, plan)
            sim.run()
            sims.append(sim)
        people = _people([s.c.id for s in sims if s.c.kind == "corporate"])
        for sim in sims:
            _extras(ctx, sim, people)
            ctx.entry_rows += sim.rows
            ctx.alloc_rows += sim.allocs
            with_entries += bool(sim.rows)
        writers.write(ctx)
        report(int(total * (_COUNT_SHARE + (1 - _COUNT_SHARE) * (k + 1) / chunks)))

    # Credit notes get their numbers in date order.
    DB.cursor().executemany(
        'UPDATE "ledger_entry" SET "number" = ? WHERE "id" = ?',
        _Numbers("CN", "credit_note").sequence(ctx.credit_notes),
    )
    # The credits' applied_on cache, from the allocations just written.
    ledger.rebuild_credit_caches(first_id, last_id)
    report(total)
    counts = ctx.counts
    return LedgerSummary(
        entries=counts["entries"],
        invoices=counts["invoice"],
        payments=counts["payment"],
        credit_notes=counts["credit_note"],
        write_offs=counts["write_off"],
        reversals=counts["reversal"],
        allocations=counts["allocations"],
        customers_with_entries=with_entries,
        collection_logs=counts["logs"],
        promises=counts["promises"],
        confirmations=counts["confirmations"],
        plans=counts["plans"],
        flags=counts["flags"],
        seconds=time.perf_counter() - started,
    )


def _people(corporate_ids: list[int]) -> dict[int, list[str]]:
    """Names of the contact persons a collector talks to: finance first."""
    out: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(corporate_ids), 500):
        part = corporate_ids[start : start + 500]
        marks = ", ".join("?" for _ in part)
        cursor = DB.execute_sql(
            'SELECT "customer_id", "name", "roles" FROM "contact" '
            f'WHERE "customer_id" IN ({marks}) ORDER BY "customer_id", "position", "id"',
            part,
        )
        for cid, name, roles in cursor.fetchall():
            if "finance" in roles or "approver" in roles:
                out[cid].insert(0, name)
            else:
                out[cid].append(name)
    return out


def _extras(ctx: _Context, sim: _Sim, people: dict[int, list[str]]) -> None:
    """Collection history, confirmations and warning signs for some customers."""
    today = ctx.today
    c = sim.c
    if not sim.debts:
        return
    overdue = any(d.open and d.due < today for d in sim.debts[sim.head :])
    if overdue and ctx.often("collection", 0.3):
        ctx.made["collection"] += 1
        _Collection(ctx, sim, people.get(c.id, [])).run()
    if c.kind == "corporate" and ctx.often("confirmation", 0.05 if c.reconcile_first else 0.015):
        ctx.confirmation(sim)
    if ctx.often("flag", 0.04 if sim.plan.behaviour in ("bad", "slow") else 0.003):
        ctx.flag(c.id)


class _Writers:
    """executemany statements for each table, columns in the order the rows give."""

    def __init__(self) -> None:
        self.entries = _insert(LedgerEntry, _ENTRY_FIELDS)
        self.allocs = _insert(Allocation, ("credit", "debt", "customer", "amount_fen", "on_date"))
        self.logs = _insert(
            CollectionLog,
            ("id", "customer", "contact_date", "channel", "person", "excuse", "said", "notes",
             "outcome", "corrects", "dunning_level", "created_at"),
        )  # fmt: skip
        self.promises = _insert(
            PaymentPromise,
            ("customer", "log", "made_on", "due_on", "amount_fen", "note", "created_at"),
        )
        self.confirmations = _insert(
            BalanceConfirmation,
            ("customer", "sent_on", "as_of", "balance_fen", "status", "replied_on",
             "customer_amount_fen", "dispute_reason", "note", "created_at"),
        )  # fmt: skip
        self.plans = _insert(
            InstalmentPlan,
            ("id", "customer", "agreed_on", "total_fen", "note", "status", "cancelled_on",
             "created_at"),
        )  # fmt: skip
        self.instalments = _insert(Instalment, ("plan", "seq", "due_on", "amount_fen"))
        self.flags = _insert(
            WarningFlag,
            ("customer", "sign", "flagged_on", "note", "cleared_on", "clear_note", "created_at"),
        )

    def write(self, ctx: _Context) -> None:
        cursor = DB.cursor()
        counts = ctx.counts
        for row in ctx.entry_rows:
            counts[row[2]] += 1
        counts["entries"] += len(ctx.entry_rows)
        counts["allocations"] += len(ctx.alloc_rows)
        counts["logs"] += len(ctx.log_rows)
        counts["promises"] += len(ctx.promise_rows)
        counts["confirmations"] += len(ctx.confirm_rows)
        counts["flags"] += len(ctx.flag_rows)
        counts["plans"] += len(ctx.plan_rows)
        for sql, rows in (
            (self.entries, ctx.entry_rows),
            (self.allocs, ctx.alloc_rows),
            (self.logs, ctx.log_rows),
            (self.promises, ctx.promise_rows),
            (self.confirmations, ctx.confirm_rows),
            (self.plans, ctx.plan_rows),
            (self.instalments, ctx.instalment_rows),
            (self.flags, ctx.flag_rows),
        ):
            if rows:
                cursor.executemany(sql, rows)
        ctx.reset_rows()


def _insert(model: Any, names: Sequence[str]) -> str:
    """INSERT of the columns *names* in that order; the model's other columns
    (but an automatic id) get their defaults as constants."""
    fields = model._meta.fields
    columns = [fields[n].column_name for n in names]
    values = ["?"] * len(names)
    for f in model._meta.sorted_fields:
        if f.name in names or isinstance(f, AutoField):
            continue
        default = f.default() if callable(f.default) else f.default
        if default is None and not f.null:
            raise ValueError(f"{model.__name__}.{f.name} needs a value")  # a new column
        columns.append(f.column_name)
        values.append(_constant(default))
    quoted = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{model._meta.table_name}" ({quoted}) VALUES ({", ".join(values)})'


def _constant(value: Any) -> str:
    """An SQL literal of a column default."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, datetime):
        value = value.isoformat(" ")
    elif isinstance(value, date):
        value = value.isoformat()
    return "'" + str(value).replace("'", "''") + "'"
