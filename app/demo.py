"""Demo data: a realistic customer file to try Kehu on, and to benchmark it.

``fill_demo`` adds individuals (about 70%) and corporate customers (about 30%)
to the open database with what a real file holds: resident IDs and unified
social credit codes with correct check characters, phones in the form the
card editor stores them, solar and lunar birthdays, contact persons with
roles, credit and payment profiles, groups and a few archived cards. A
customer named 张三 is always the first one added, so "zs" finds him. Their
receivables ledger and collection history are added by ``app.demo_ledger``.

Speed: rows are built in memory and inserted in chunks with ``executemany``,
all in one transaction (cancelling rolls everything back); the search and
sort keys are the ones ``app.customers.save_customer`` writes, computed with
name-level memoisation (``app.bulk.BulkKeys``). The same seed gives the
same data (relative to a fixed "today", ``DEMO_TODAY``).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any, NamedTuple

import phonenumbers
from faker.providers.address.zh_CN import Provider as _FakerAddress
from faker.providers.company.zh_CN import Provider as _FakerCompany
from faker.providers.job.zh_CN import Provider as _FakerJob
from faker.providers.person.zh_CN import Provider as _FakerPerson
from peewee import fn
from pypinyin import Style, lazy_pinyin
from stdnum import numdb
from stdnum.cn import ric, uscc

from app import search_keys, validation
from app.bulk import BulkKeys, BulkWriter, Prefetch, default_workers, rebuild_search_keys
from app.customers import NUMBER_PREFIX
from app.db import DB
from app.demo_ledger import LedgerCancelled, LedgerSummary, fill_ledger
from app.errors import FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Contact, Customer, Group, Membership, SearchKey

#: Demo data is dated relative to this day (or today, if the clock is behind),
#: so that the same seed gives the same file whenever it is made.
DEMO_TODAY = date(2025, 6, 30)
MAX_DEMO_CUSTOMERS = 1_000_000
#: Customers built and inserted per chunk; progress and cancel are checked
#: between chunks.
CHUNK_SIZE = 1000
#: Share of the progress bar the ledger takes (about its share of the time).
LEDGER_SHARE = 0.5

ProgressCallback = Callable[[int, int], None]
CancelCallback = Callable[[], bool]


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    individuals: int
    corporate: int
    contacts: int
    groups: int  # groups the demo data uses (created or reused)
    memberships: int
    archived: int
    first_number: str
    last_number: str
    seconds: float
    cancelled: bool = False
    ledger: LedgerSummary | None = None  # None: made without a ledger


# --- the vocabulary ----------------------------------------------------------------------


class _District(NamedTuple):
    name: str
    code: str  # administrative division code, as in resident IDs and credit codes
    postcode: str


class _City(NamedTuple):
    name: str  # without 市
    province: str  # "" for the four municipalities
    area_code: str
    region: str  # the region group
    weight: int
    districts: tuple[_District, ...]


def _districts(*items: tuple[str, str, str]) -> tuple[_District, ...]:
    return tuple(_District(*item) for item in items)


_CITIES: tuple[_City, ...] = (
    _City("深圳", "广东省", "0755", "华南区", 12, _districts(
        ("罗湖区", "440303", "518001"), ("福田区", "440304", "518033"),
        ("南山区", "440305", "518052"), ("宝安区", "440306", "518101"),
        ("龙岗区", "440307", "518116"), ("龙华区", "440309", "518109"),
    )),
    _City("广州", "广东省", "020", "华南区", 10, _districts(
        ("荔湾区", "440103", "510140"), ("越秀区", "440104", "510030"),
        ("海珠区", "440105", "510220"), ("天河区", "440106", "510630"),
        ("白云区", "440111", "510405"), ("黄埔区", "440112", "510700"),
        ("番禺区", "440113", "511400"),
    )),
    _City("东莞", "广东省", "0769", "华南区", 7, _districts(
        ("南城街道", "441900", "523071"), ("东城街道", "441900", "523128"),
        ("长安镇", "441900", "523850"), ("虎门镇", "441900", "523900"),
        ("厚街镇", "441900", "523960"), ("塘厦镇", "441900", "523710"),
    )),
    _City("佛山", "广东省", "0757", "华南区", 5, _districts(
        ("禅城区", "440604", "528000"), ("南海区", "440605", "528200"),
        ("顺德区", "440606", "528300"), ("三水区", "440607", "528100"),
        ("高明区", "440608", "528500"),
    )),
    _City("上海", "", "021", "华东区", 10, _districts(
        ("黄浦区", "310101", "200001"), ("徐汇区", "310104", "200030"),
        ("长宁区", "310105", "200050"), ("静安区", "310106", "200040"),
        ("普陀区", "310107", "200333"), ("虹口区", "310109", "200080"),
        ("杨浦区", "310110", "200082"), ("闵行区", "310112", "201100"),
        ("嘉定区", "310114", "201800"), ("浦东新区", "310115", "200120"),
        ("松江区", "310117", "201600"),
    )),
    _City("杭州", "浙江省", "0571", "华东区", 6, _districts(
        ("上城区", "330102", "310002"), ("拱墅区", "330105", "310011"),
        ("西湖区", "330106", "310013"), ("滨江区", "330108", "310051"),
        ("萧山区", "330109", "311200"), ("余杭区", "330110", "311100"),
    )),
    _City("苏州", "江苏省", "0512", "华东区", 5, _districts(
        ("姑苏区", "320508", "215008"), ("虎丘区", "320505", "215011"),
        ("吴中区", "320506", "215128"), ("相城区", "320507", "215131"),
        ("吴江区", "320509", "215200"),
    )),
    _City("宁波", "浙江省", "0574", "华东区", 4, _districts(
        ("海曙区", "330203", "315000"), ("江北区", "330205", "315020"),
        ("北仑区", "330206", "315800"), ("镇海区", "330211", "315200"),
        ("鄞州区", "330212", "315100"),
    )),
    _City("南京", "江苏省", "025", "华东区", 4, _districts(
        ("玄武区", "320102", "210018"), ("秦淮区", "320104", "210001"),
        ("建邺区", "320105", "210019"), ("鼓楼区", "320106", "210009"),
        ("浦口区", "320111", "211800"), ("江宁区", "320115", "211100"),
    )),
    _City("无锡", "江苏省", "0510", "华东区", 3, _districts(
        ("梁溪区", "320213", "214000"), ("锡山区", "320205", "214101"),
        ("惠山区", "320206", "214174"), ("滨湖区", "320211", "214072"),
        ("新吴区", "320214", "214028"),
    )),
    _City("温州", "浙江省", "0577", "华东区", 3, _districts(
        ("鹿城区", "330302", "325000"), ("龙湾区", "330303", "325011"),
        ("瓯海区", "330304", "325005"),
    )),
    _City("厦门", "福建省", "0592", "华东区", 3, _districts(
        ("思明区", "350203", "361001"), ("海沧区", "350205", "361026"),
        ("湖里区", "350206", "361006"), ("集美区", "350211", "361021"),
        ("同安区", "350212", "361100"),
    )),
    _City("福州", "福建省", "0591", "华东区", 2, _districts(
        ("鼓楼区", "350102", "350001"), ("台江区", "350103", "350004"),
        ("仓山区", "350104", "350007"), ("晋安区", "350111", "350011"),
    )),
    _City("合肥", "安徽省", "0551", "华东区", 2, _districts(
        ("瑶海区", "340102", "230011"), ("庐阳区", "340103", "230001"),
        ("蜀山区", "340104", "230031"), ("包河区", "340111", "230041"),
    )),
    _City("济南", "山东省", "0531", "华东区", 2, _districts(
        ("历下区", "370102", "250011"), ("市中区", "370103", "250001"),
        ("槐荫区", "370104", "250022"), ("天桥区", "370105", "250031"),
        ("历城区", "370112", "250100"),
    )),
    _City("青岛", "山东省", "0532", "华东区", 2, _districts(
        ("市南区", "370202", "266001"), ("市北区", "370203", "266011"),
        ("黄岛区", "370211", "266500"), ("崂山区", "370212", "266100"),
        ("李沧区", "370213", "266041"), ("城阳区", "370214", "266109"),
    )),
    _City("北京", "", "010", "华北区", 6, _districts(
        ("东城区", "110101", "100010"), ("西城区", "110102", "100032"),
        ("朝阳区", "110105", "100020"), ("丰台区", "110106", "100071"),
        ("石景山区", "110107", "100043"), ("海淀区", "110108", "100080"),
        ("通州区", "110112", "101100"), ("大兴区", "110115", "102600"),
    )),
    _City("天津", "", "022", "华北区", 2, _districts(
        ("和平区", "120101", "300041"), ("河东区", "120102", "300171"),
        ("河西区", "120103", "300202"), ("南开区", "120104", "300100"),
        ("滨海新区", "120116", "300450"),
    )),
    _City("武汉", "湖北省", "027", "华中区", 3, _districts(
        ("江岸区", "420102", "430010"), ("江汉区", "420103", "430015"),
        ("硚口区", "420104", "430030"), ("汉阳区", "420105", "430050"),
        ("武昌区", "420106", "430060"), ("洪山区", "420111", "430070"),
    )),
    _City("长沙", "湖南省", "0731", "华中区", 2, _districts(
        ("芙蓉区", "430102", "410011"), ("天心区", "430103", "410004"),
        ("岳麓区", "430104", "410006"), ("开福区", "430105", "410008"),
        ("雨花区", "430111", "410007"),
    )),
    _City("郑州", "河南省", "0371", "华中区", 2, _districts(
        ("中原区", "410102", "450007"), ("二七区", "410103", "450052"),
        ("管城回族区", "410104", "450000"), ("金水区", "410105", "450003"),
    )),
    _City("成都", "四川省", "028", "西南区", 3, _districts(
        ("锦江区", "510104", "610021"), ("青羊区", "510105", "610031"),
        ("金牛区", "510106", "610036"), ("武侯区", "510107", "610041"),
        ("成华区", "510108", "610051"),
    )),
    _City("重庆", "", "023", "西南区", 2, _districts(
        ("渝中区", "500103", "400010"), ("江北区", "500105", "400020"),
        ("沙坪坝区", "500106", "400030"), ("九龙坡区", "500107", "400050"),
        ("南岸区", "500108", "400060"), ("渝北区", "500112", "401120"),
    )),
    _City("西安", "陕西省", "029", "西北区", 2, _districts(
        ("新城区", "610102", "710004"), ("碑林区", "610103", "710001"),
        ("莲湖区", "610104", "710003"), ("未央区", "610112", "710014"),
        ("雁塔区", "610113", "710061"),
    )),
    _City("沈阳", "辽宁省", "024", "东北区", 1, _districts(
        ("和平区", "210102", "110001"), ("沈河区", "210103", "110011"),
        ("大东区", "210104", "110041"), ("皇姑区", "210105", "110031"),
        ("铁西区", "210106", "110021"),
    )),
)  # fmt: skip

#: A resident ID region code python-stdnum accepts for every birth year, used
#: when none of a city's codes existed in that year (codes come and go).
_FALLBACK_REGION = "110101"

# Groups, in the order they are created.
G_FAMILY = "家人"
G_FRIENDS = "朋友"
G_KEY = "重要客户"
G_ORDINARY = "普通客户"
G_CORPORATE_GROUP = "集团客户"
G_FAIR = "2026广交会"
G_SPRING = "春节问候"
G_COLLECT = "重点催收"
_REGIONS = ("华北区", "华东区", "华南区", "华中区", "西南区", "西北区", "东北区")
GROUP_NAMES: tuple[str, ...] = (
    G_FAMILY, G_FRIENDS, G_KEY, G_ORDINARY, G_CORPORATE_GROUP, *_REGIONS,
    G_FAIR, G_SPRING, G_COLLECT,
)  # fmt: skip
_MAX_FAMILY = 12

# Lunar years with a leap month (闰月): year -> the month it repeats.
_LUNAR_LEAP_MONTHS = {
    1952: 5, 1955: 3, 1957: 8, 1960: 6, 1963: 4, 1966: 3, 1968: 7, 1971: 5,
    1974: 4, 1976: 8, 1979: 6, 1982: 4, 1984: 10, 1987: 6, 1990: 5, 1993: 3,
    1995: 8, 1998: 5, 2001: 4, 2004: 2, 2006: 7, 2009: 5, 2012: 4, 2014: 9,
    2017: 6, 2020: 4, 2023: 2, 2025: 6,
}  # fmt: skip

# Mobile prefixes; repeated ones are drawn more often.
_MOBILE_PREFIXES = (
    "130 131 132 133 134 135 136 137 138 139 " * 3
    + "150 151 152 153 155 156 157 158 159 " * 2
    + "180 181 182 183 184 185 186 187 188 189 " * 2
    + "145 147 166 173 175 176 177 178 191 198 199"
).split()

# Two-character given names: one character from each string.
_GIVEN_FIRST = {
    "male": "建国志文永海明天金振德晨俊家宇浩子嘉思一国立新春学",
    "female": "晓小思嘉雨梓诗梦雅欣心佳美丽秀春玉海淑静婉若紫",
}
_GIVEN_SECOND = {
    "male": "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳峰亮坤毅博宏成荣新东兵",
    "female": "芳娜敏静丽艳娟霞燕玲婷雪琳晶颖慧倩萍红梅莉兰洁琴云莹欣怡悦雯蕾薇璐琪月凤",
}
# Trade names (字号): one character from each string.
_BRAND_FIRST = "华盛鑫恒泰达宏信隆兴利源鼎丰昌荣瑞祥嘉德博汇通诚"
_BRAND_SECOND = "和安新星金海天永正中联创佳美明宇伟腾凯富百万东方远力"

# (word in the company name, industry shown on the card)
_INDUSTRIES = (
    ("电子科技", "电子元器件"), ("电子", "电子元器件"), ("光电", "电子元器件"),
    ("五金制品", "五金机电"), ("机电设备", "五金机电"), ("机械设备", "机械设备"),
    ("模具", "机械设备"), ("塑胶制品", "塑料制品"), ("纺织", "纺织服装"),
    ("服饰", "纺织服装"), ("食品", "食品饮料"), ("茶业", "食品饮料"),
    ("建材", "建筑材料"), ("陶瓷", "建筑材料"), ("化工", "化工原料"),
    ("包装材料", "印刷包装"), ("印务", "印刷包装"), ("物流", "物流运输"),
    ("贸易", "批发零售"), ("商贸", "批发零售"), ("医疗器械", "医疗器械"),
    ("汽车配件", "汽车零部件"), ("家具", "家具家居"), ("照明电器", "电气照明"),
    ("不锈钢制品", "金属制品"), ("环保科技", "节能环保"), ("软件", "信息技术"),
    ("网络科技", "信息技术"), ("酒店用品", "批发零售"), ("文具", "文教办公"),
    ("玩具", "玩具礼品"), ("工艺品", "玩具礼品"), ("实业", "综合"),
)  # fmt: skip

_STREETS = (
    "人民路 中山路 解放路 建设路 长江路 和平路 新华路 胜利路 光明路 文化路 东风路 朝阳路 "
    "迎宾大道 滨江路 科技路 工业大道 创业路 发展大道 延安路 青年路 黄河路 学府路 高新路 "
    "振兴路 团结路 幸福路 园林路 金融街 世纪大道 环城路"
).split()
_ESTATES = (
    "阳光花园 碧桂园 万科城 金地名郡 保利花园 锦绣华庭 翠湖苑 幸福家园 世纪新城 中海花园 "
    "华润城 恒大名都 御景湾 香榭里 东方明珠苑 桂园新村 丽景苑 海景花园"
).split()
_OFFICE_BUILDINGS = (
    "国际商务中心 科技大厦 金融大厦 创业大厦 财富广场 时代广场 环球中心 发展大厦 国贸大厦 "
    "世纪大厦 商会大厦 总部基地"
).split()
_PARKS = "工业园 科技园 产业园 工业区 物流园".split()

_SALESPERSONS = ("王丽娟", "李志强", "陈晓东", "刘芳", "杨建华", "赵敏", "黄俊杰", "周婷")
_SOURCES = (
    "老客户介绍 朋友介绍 广交会 展会 阿里巴巴 网站咨询 电话开发 上门拜访 微信 抖音 招标 行业协会"
).split()
_HOBBIES = (
    "打高尔夫 钓鱼 喝茶 品酒 书法 摄影 旅游 跑步 打羽毛球 爬山 收藏紫砂壶 下象棋 唱歌 养花 "
    "打乒乓球 看足球"
).split()
_PREFERENCES = (
    "喜欢喝普洱茶", "不喝酒", "偏好微信联系", "上午不方便接电话", "喜欢吃辣",
    "吃素", "周末不谈工作", "喜欢收到手写贺卡", "送礼偏好茶叶",
)  # fmt: skip
_FAMILY_NOTES = (
    "爱人在医院工作", "儿子在读高中", "女儿在读大学", "父母同住", "有两个孩子",
    "爱人是老师", "孩子明年高考", "刚添了孙子",
)  # fmt: skip
_CUSTOMER_NOTES = (
    "春节前送礼", "要求开专票", "每月25日前对账", "老板比较好说话，付款爽快",
    "对价格敏感", "需提前三天预约送货", "发票寄财务部", "节假日不收货",
)  # fmt: skip
_CONTACT_NOTES = (
    "只在周二、周四在公司", "工作日 9:00-17:30", "喜欢微信沟通", "下午三点后方便接电话",
    "周末不回消息",
)  # fmt: skip
_SIGNER_HOURS = (
    "周一至周五上午", "每周二、周四下午", "每月月底在公司", "工作日 9:00-11:30", "周三全天",
)  # fmt: skip
_PAYMENT_DOCUMENTS = (
    "对账单（盖章）、增值税专用发票",
    "送货单回执、发票",
    "对账单、送货单、增值税专用发票",
    "合同复印件、发票、验收单",
)
_HOLD_REASONS = ("前款未结清，暂停发货", "超出信用额度", "多次承诺付款未兑现", "对账有争议，待处理")
_BANKS = (
    ("中国工商银行", "6222"), ("中国建设银行", "4367"), ("中国农业银行", "6228"),
    ("中国银行", "6013"), ("交通银行", "6222"), ("招商银行", "7559"),
    ("中信银行", "7441"), ("浦发银行", "9551"), ("兴业银行", "3380"),
    ("平安银行", "1101"), ("广发银行", "1360"), ("民生银行", "6920"),
)  # fmt: skip
_EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com")
_INDIVIDUAL_TITLE_WORDS = ("经理", "主管", "工程师", "总监", "设计师", "会计", "专员", "顾问")
_EXTRA_TITLES = ("教师", "医生", "律师", "个体经营者", "店长", "厂长", "公务员", "退休")

# Contact persons by position on the card: their roles and fitting titles.
_CONTACT_ROLES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("decision_maker",), ("总经理", "董事长", "厂长", "老板", "副总经理")),
    (("finance",), ("财务经理", "会计", "出纳", "财务主管")),
    (("receiver",), ("仓库主管", "采购员", "前台", "生产主管")),
    (("approver",), ("财务总监", "副总经理", "总经理助理")),
)

# Customers abroad: (city, country, phone region, postcode, street).
_FOREIGN = (
    ("Los Angeles, CA", "USA", "US", "90012", "Wilshire Blvd"),
    ("Hamburg", "Germany", "DE", "20095", "Mönckebergstraße"),
    ("London", "United Kingdom", "GB", "EC1A 1BB", "King Street"),
    ("Singapore", "Singapore", "SG", "048616", "Raffles Place"),
    ("Sydney NSW", "Australia", "AU", "2000", "George Street"),
    ("Dubai", "United Arab Emirates", "AE", "", "Sheikh Zayed Road"),
)
_FOREIGN_WORDS = (
    "Pacific Atlantic Northstar Bluewave Sunrise Evergreen Summit Harbor Silverline "
    "Oakwood Redstone Brightway"
).split()
_FOREIGN_TRADES = ("Trading", "Imports", "Industries", "Supplies", "Distribution")
_FOREIGN_FORMS = {"US": "Inc.", "DE": "GmbH", "GB": "Ltd", "SG": "Pte Ltd", "AU": "Pty Ltd"}
_FOREIGN_FIRST = "John Mary David Anna Peter Laura Michael Sarah Thomas Emma".split()
_FOREIGN_LAST = "Smith Miller Brown Wilson Schmidt Taylor Clark Walker Tan Müller".split()


# --- pools, vetted once per process ------------------------------------------------------


def _stored_form(number: str, *, mobile: bool) -> bool:
    """True when the card editor would store *number* exactly as it is."""
    issues = validation.Issues()
    out = validation.phone(issues, "phone", number, mobile=mobile)
    return out == number and not issues.errors and not issues.warnings


class _Pools(NamedTuple):
    surnames: tuple[str, ...]
    surname_cum_weights: tuple[float, ...]
    given_male: tuple[str, ...]
    given_female: tuple[str, ...]
    brands: tuple[str, ...]
    job_titles: tuple[str, ...]
    street_names: tuple[str, ...]
    mobile_prefixes: tuple[str, ...]  # 4 digits, each vetted
    exchanges: dict[str, tuple[str, ...]]  # area code -> vetted heads of local numbers
    foreign_phones: dict[str, tuple[str, ...]]  # region -> vetted international numbers
    city_weights: tuple[int, ...]


@lru_cache(maxsize=1)
def _pools() -> _Pools:
    """Name pools from Faker's zh_CN providers and our own, and phone number
    prefixes checked once against the numbering plan the card editor uses."""
    vet = random.Random(20260101)  # fixed: the pools never depend on the caller's seed
    cumulative, total = [], 0.0
    for weight in _FakerPerson.last_names.values():
        total += float(weight)
        cumulative.append(total)
    brands = sorted(
        {p for p in _FakerCompany.company_prefixes if len(p) == 2}
        | {a + b for a in _BRAND_FIRST for b in _BRAND_SECOND}
    )
    jobs = [
        j
        for j in _FakerJob.jobs
        if any(w in j for w in _INDIVIDUAL_TITLE_WORDS) and "/" not in j and len(j) <= 8
    ]
    streets = sorted({f"{c}路" for c in _FakerAddress.cities if len(c) == 2} | set(_STREETS))

    vetted_mobile = set()
    for prefix in dict.fromkeys(_MOBILE_PREFIXES):
        for digit in "0123456789":
            samples = [f"{prefix}{digit}{vet.randrange(10**7):07d}" for _ in range(2)]
            if all(_stored_form(s, mobile=True) for s in samples):
                vetted_mobile.add(prefix + digit)
    mobile_prefixes = tuple(
        prefix + digit
        for prefix in _MOBILE_PREFIXES
        for digit in "0123456789"
        if prefix + digit in vetted_mobile
    )

    exchanges: dict[str, tuple[str, ...]] = {}
    for city in _CITIES:
        # Local numbers have 8 digits in most cities, 7 in some (厦门): a head
        # of 4 or 3 digits, then 4 more.
        heads: list[str] = []
        for head_digits in (4, 3):
            for _ in range(40):
                head = str(vet.randrange(2 * 10 ** (head_digits - 1), 9 * 10 ** (head_digits - 1)))
                samples = [f"{city.area_code}-{head}{vet.randrange(10**4):04d}" for _ in range(2)]
                if head not in heads and all(_stored_form(s, mobile=False) for s in samples):
                    heads.append(head)
            if len(heads) >= 10:
                break
        exchanges[city.area_code] = tuple(heads)

    foreign_phones: dict[str, tuple[str, ...]] = {}
    for *_place, region, _postcode, _street in _FOREIGN:
        example = phonenumbers.example_number_for_type(
            region, phonenumbers.PhoneNumberType.FIXED_LINE
        )
        national = str(example.national_number)
        numbers: list[str] = []
        for _ in range(30):
            parsed = phonenumbers.parse(
                f"+{example.country_code}{national[:-4]}{vet.randrange(10**4):04d}"
            )
            text = validation.format_phone(parsed)
            if text not in numbers and _stored_form(text, mobile=False):
                numbers.append(text)
        foreign_phones[region] = tuple(numbers)

    return _Pools(
        surnames=tuple(_FakerPerson.last_names),
        surname_cum_weights=tuple(cumulative),
        given_male=tuple(_FakerPerson.first_names_male),
        given_female=tuple(_FakerPerson.first_names_female),
        brands=tuple(brands),
        job_titles=tuple(jobs) + _EXTRA_TITLES,
        street_names=tuple(streets),
        mobile_prefixes=mobile_prefixes,
        exchanges=exchanges,
        foreign_phones=foreign_phones,
        city_weights=tuple(c.weight for c in _CITIES),
    )


@cache
def _region_years(code: str) -> tuple[tuple[int, int], ...]:
    """Birth years for which python-stdnum accepts *code* as the region of a
    resident ID: district codes come and go ("[1983-2005]东山区"). Read from
    stdnum's own table once per code; a unit test validates every demo ID."""
    parts = numdb.get("cn/loc").info(code)
    county = {k: v for _part, props in parts for k, v in props.items()}.get("county", "")
    if len(parts) < 2 or not county:
        return ()
    spans = []
    for item in county.split(","):
        if not item.startswith("["):
            return ((0, 9999),)
        start, end = item[1:].split("]")[0].split("-")
        spans.append((int(start or 0), int(end or 9999)))
    return tuple(spans)


def _region_valid(code: str, year: int) -> bool:
    return any(start <= year <= end for start, end in _region_years(code))


_ROMAN: dict[str, str] = {}


def _romanized(name: str) -> str:
    """Plain a-z pinyin of a name, for e-mail addresses and websites (the
    reading of each character on its own is good enough here)."""
    out = []
    for ch in name:
        roman = _ROMAN.get(ch)
        if roman is None:
            text = "".join(lazy_pinyin(ch, style=Style.NORMAL)).lower()
            roman = _ROMAN[ch] = "".join(c for c in text if "a" <= c <= "z")
        out.append(roman)
    return "".join(out)


def _org_code_check(body: str) -> str:
    """Check character of an 8-character organisation code (GB 11714), the
    9th-17th characters of a unified social credit code."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(ch, 36) * w for ch, w in zip(body, weights, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def _birth(
    calendar: str, year: int | None, month: int | None, day: int | None, leap: bool = False
) -> dict[str, Any]:
    return {
        "birth_calendar": calendar,
        "birth_year": year,
        "birth_month": month,
        "birth_day": day,
        "birth_leap": leap,
    }


_NO_BIRTHDAY = _birth("", None, None, None)


# --- one customer --------------------------------------------------------------------------


@dataclass
class _Card:
    columns: dict[str, Any]  # Customer columns (Python values), without id/number/sort_key
    contacts: list[dict[str, Any]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


class _FastRandom(random.Random):
    """``random.Random`` drawing integers with one ``random()`` call each: a
    third of the cost, deterministic for a seed, uniform enough for demo data."""

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:  # type: ignore[override]
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))

    def choice(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.random() * len(seq))]


class _Generator:
    """Draws customers from a seeded random generator; keeps identifiers unique."""

    def __init__(self, rng: random.Random, pools: _Pools, today: date) -> None:
        self.rng = rng
        self.pools = pools
        self.today = today
        self.mobiles: set[str] = set()
        self.id_numbers: set[str] = set()
        self.credit_codes: set[str] = set()
        self.company_names: set[str] = set()
        self.family = 0

    # -- small pieces

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items: Sequence[Any]) -> Any:
        return items[int(self.rng.random() * len(items))]

    def city(self) -> _City:
        return self.rng.choices(_CITIES, weights=self.pools.city_weights)[0]

    def surname(self) -> str:
        pools = self.pools
        return self.rng.choices(pools.surnames, cum_weights=pools.surname_cum_weights)[0]

    def given_name(self, gender: str) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            return self.pick(self.pools.given_male if gender == "male" else self.pools.given_female)
        second = self.pick(_GIVEN_SECOND[gender])
        if roll < 0.4:
            return second + second  # 婷婷, 丹丹
        return self.pick(_GIVEN_FIRST[gender]) + second

    def person(self, gender: str | None = None) -> tuple[str, str]:
        gender = gender or ("male" if self.chance(0.52) else "female")
        return self.surname() + self.given_name(gender), gender

    def birth_date(self, youngest: int = 20, oldest: int = 72) -> date:
        year = self.today.year - int(self.rng.triangular(youngest, oldest, 38))
        start = date(year, 1, 1)
        end = min(date(year, 12, 31), self.today)
        return start + timedelta(days=self.rng.randrange((end - start).days + 1))

    def mobile(self) -> str:
        while True:
            number = f"{self.pick(self.pools.mobile_prefixes)}{self.rng.randrange(10**7):07d}"
            if number not in self.mobiles:
                self.mobiles.add(number)
                return number

    def landline(self, city: _City) -> str:
        head = self.pick(self.pools.exchanges[city.area_code])
        return f"{city.area_code}-{head}{self.rng.randrange(10**4):04d}"

    def address(self, city: _City, district: _District, *, corporate: bool) -> str:
        rng = self.rng
        place = city.name if not city.province else city.name + "市"
        if city.province and self.chance(0.4):
            place = city.province + place
        street = f"{self.pick(self.pools.street_names)}{rng.randrange(1, 400)}号"
        if not corporate:
            return (
                f"{place}{district.name}{street}{self.pick(_ESTATES)}"
                f"{rng.randrange(1, 30)}栋{rng.randrange(1, 5)}单元"
                f"{rng.randrange(2, 33)}{rng.randrange(1, 5):02d}室"
            )
        if self.chance(0.45):
            park = self.pick(self.pools.brands) + self.pick(_PARKS)
            return f"{place}{district.name}{park}{rng.choice('ABCDEFG')}栋"
        return (
            f"{place}{district.name}{street}{self.pick(_OFFICE_BUILDINGS)}"
            f"{rng.randrange(2, 40)}{rng.randrange(1, 20):02d}室"
        )

    def postcode(self, district: _District) -> str:
        if self.chance(0.5):
            return district.postcode
        return district.postcode[:5] + str(self.rng.randrange(10))

    def resident_id(self, birth: date, gender: str, home: _City) -> str:
        city = home if self.chance(0.65) else self.city()  # many live away from home
        codes = [d.code for d in city.districts if _region_valid(d.code, birth.year)]
        code = self.pick(codes) if codes else _FALLBACK_REGION
        while True:
            seq = self.rng.randrange(1, 999)
            if seq % 2 != (gender == "male"):  # 17th digit: odd for men, even for women
                seq += 1
            body = f"{code}{birth:%Y%m%d}{seq:03d}"
            number = body + ric.calc_check_digit(body + "0")
            if number not in self.id_numbers:
                self.id_numbers.add(number)
                return number

    def credit_code(self, district: _District, sole_trader: bool) -> str:
        kind = "92" if sole_trader else "91"  # 9 market regulator; 1 company, 2 sole trader
        while True:
            org = f"{self.rng.randrange(10**8):08d}"
            body = f"{kind}{district.code}{org}{_org_code_check(org)}"
            code = body + uscc.calc_check_digit(body)
            if code not in self.credit_codes:
                self.credit_codes.add(code)
                return code

    def birthday(self, *, year_known: float, lunar: float) -> dict[str, Any]:
        """Birthday columns of someone whose birth date we only heard of."""
        if self.chance(lunar):
            year = self.birth_date().year if self.chance(year_known) else None
            month, leap = self.rng.randrange(1, 13), False
            if year in _LUNAR_LEAP_MONTHS and self.chance(0.3):
                month, leap = _LUNAR_LEAP_MONTHS[year], True
            # Day 30 exists only in a long lunar month: a case reminders must handle.
            day = 30 if self.chance(0.03) else self.rng.randrange(1, 30)
            return _birth("lunar", year, month, day, leap)
        born = self.birth_date()
        return _birth("solar", born.year if self.chance(year_known) else None, born.month, born.day)

    def email(self, name: str, *, domain: str = "") -> str:
        local = _romanized(name) or "info"
        if self.chance(0.6):
            local += str(self.rng.randrange(1, 2000))
        return f"{local}@{domain or self.pick(_EMAIL_DOMAINS)}"

    def created(self) -> datetime:
        day = self.today - timedelta(days=self.rng.randrange(8 * 365))
        seconds = self.rng.randrange(8 * 3600, 19 * 3600)
        return datetime(day.year, day.month, day.day) + timedelta(seconds=seconds)

    # -- whole cards

    def zhang_san(self) -> _Card:
        """张三, the customer every newcomer looks for first."""
        city = _CITIES[0]
        born = date(1986, 5, 17)
        mobile = self.mobile()
        district = city.districts[2]
        columns: dict[str, Any] = {
            "kind": "individual",
            "name": "张三",
            "gender": "male",
            "id_number": self.resident_id(born, "male", city),
            "mobile": mobile,
            "wechat": mobile,
            "email": "zhangsan1986@163.com",
            "employer": "深圳市华强电子科技有限公司",
            "job_title": "采购经理",
            "address": self.address(city, district, corporate=False),
            "postcode": district.postcode,
            "source": "朋友介绍",
            "salesperson": _SALESPERSONS[0],
            "hobbies": "钓鱼、喝茶",
            "tier": "ordinary",
            **_birth("solar", born.year, born.month, born.day),
        }
        card = _Card(columns, groups=[G_FRIENDS, G_SPRING])
        self._stamp(card, archive=False)
        return card

    def individual(self) -> _Card:
        rng = self.rng
        name, gender = self.person()
        city = self.city()
        district = self.pick(city.districts)
        tier = rng.choices(("key_account", "ordinary", "prospect", "lost"), (2, 68, 22, 8))[0]
        c: dict[str, Any] = {"kind": "individual", "name": name, "gender": gender, "tier": tier}
        if self.chance(0.75):
            born = self.birth_date()
            c["id_number"] = self.resident_id(born, gender, city)
            c.update(_birth("solar", born.year, born.month, born.day))
        elif self.chance(0.7):
            c.update(self.birthday(year_known=0.75, lunar=0.35))
            if self.chance(0.05):
                c["gender"] = ""  # not on file
        if self.chance(0.92):
            c["mobile"] = self.mobile()
        if self.chance(0.2):
            c["phone"] = self.landline(city)
        if self.chance(0.5):
            roll = rng.random()
            if roll < 0.4 and c.get("mobile"):
                c["wechat"] = c["mobile"]
            elif roll < 0.8:
                c["wechat"] = f"{_romanized(name)}{rng.randrange(60, 100)}"
            else:
                c["wechat"] = "wxid_" + "".join(
                    rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)
                )
        if self.chance(0.3):
            c["qq"] = str(rng.randrange(10**5, 3 * 10**9))
        if self.chance(0.35):
            qq_mail = c.get("qq") and self.chance(0.5)
            c["email"] = f"{c['qq']}@qq.com" if qq_mail else self.email(name)
        if self.chance(0.4):
            c["employer"] = self.company_name(self.city(), register=False)[0]
            c["job_title"] = self.pick(self.pools.job_titles)
        c["address"] = self.address(city, district, corporate=False)
        c["postcode"] = self.postcode(district)
        c["source"] = self.pick(_SOURCES) if self.chance(0.7) else ""
        c["salesperson"] = self.pick(_SALESPERSONS) if self.chance(0.9) else ""
        if self.chance(0.25):
            c["hobbies"] = "、".join(rng.sample(_HOBBIES, rng.randrange(1, 4)))
        if self.chance(0.15):
            c["preferences"] = self.pick(_PREFERENCES)
        if self.chance(0.1):
            c["family_notes"] = self.pick(_FAMILY_NOTES)
        if self.chance(0.08):
            c["notes"] = self.pick(_CUSTOMER_NOTES)
        if tier in ("ordinary", "key_account") and self.chance(0.15):
            c["settlement_method"] = "cash_on_delivery"
            c["payment_terms_days"] = 0

        card = _Card(c)
        self._stamp(card)
        groups = card.groups
        if self.family < _MAX_FAMILY and self.chance(0.002):
            self.family += 1
            groups += [G_FAMILY, G_SPRING]
        if self.chance(0.015):
            groups += [G_FRIENDS, G_SPRING]
        if tier == "key_account":
            if self.chance(0.9):
                groups.append(G_KEY)
            if self.chance(0.5):
                groups.append(city.region)
            if self.chance(0.7):
                groups.append(G_SPRING)
        elif tier == "ordinary" and self.chance(0.1):
            groups.append(G_ORDINARY)
        return card

    def company_name(self, city: _City, *, register: bool) -> tuple[str, str, str, bool]:
        """(registered name, short name, industry, sole trader?)."""
        rng = self.rng
        while True:
            brand = self.pick(self.pools.brands)
            word, industry = self.pick(_INDUSTRIES)
            place = city.name if not city.province or self.chance(0.2) else city.name + "市"
            roll = rng.random()
            sole_trader = 0.83 <= roll < 0.9
            if sole_trader:
                form = rng.choice(("商行", "经营部"))
            else:
                form = (
                    "股份有限公司"
                    if 0.68 <= roll < 0.76
                    else "厂"
                    if 0.76 <= roll < 0.83
                    else "集团有限公司"
                    if 0.9 <= roll < 0.93
                    else "有限公司"
                )
            style = rng.random()
            if style < 0.65 or sole_trader:
                name = f"{place}{brand}{word}{form}"
            elif style < 0.8 and city.province:
                name = f"{city.province[:-1]}{brand}{word}{form}"  # 广东鑫达建材有限公司
            elif style < 0.88:
                name = f"{brand}{word}（{city.name}）{form}"
            else:
                name = f"{brand}{word}{form}"
            if not register or name not in self.company_names:
                break
        if register:
            self.company_names.add(name)
        roll = rng.random()
        short = brand + word[:2] if roll < 0.55 else brand if roll < 0.8 else ""
        return name, short, industry, sole_trader

    def corporate(self) -> _Card:
        if self.chance(0.01):
            return self.foreign()
        rng = self.rng
        city = self.city()
        district = self.pick(city.districts)
        name, short, industry, sole_trader = self.company_name(city, register=True)
        tier = rng.choices(("key_account", "ordinary", "prospect", "lost"), (8, 62, 22, 8))[0]
        sizes = ("micro", "small", "medium", "large", "")
        size = "micro" if sole_trader else rng.choices(sizes, (20, 45, 22, 6, 7))[0]
        if "集团" in name:
            size = "large"
        legal_rep = self.person()[0]
        c: dict[str, Any] = {
            "kind": "corporate",
            "name": name,
            "short_name": short,
            "tier": tier,
            "industry": industry,
            "company_size": size,
            "legal_rep": legal_rep,
            "credit_code": self.credit_code(district, sole_trader),
            "founded_on": self.today - timedelta(days=rng.randrange(400, 35 * 365)),
            "address": self.address(city, district, corporate=True),
            "postcode": self.postcode(district),
            "source": self.pick(_SOURCES) if self.chance(0.8) else "",
            "salesperson": self.pick(_SALESPERSONS) if self.chance(0.92) else "",
        }
        if self.chance(0.9):
            c["phone"] = self.landline(city)
        if self.chance(0.4):
            c["fax"] = self.landline(city)
        if self.chance(0.25):
            c["mobile"] = self.mobile()
        domain = ""
        if not sole_trader and self.chance(0.45):
            domain = (_romanized(short or name[:4]) or "company") + rng.choice(
                (".com", ".com.cn", ".cn")
            )
            c["website"] = f"www.{domain}"
        if self.chance(0.6):
            local = rng.choice(("sales", "info", "service", "finance", "admin"))
            c["email"] = f"{local}@{domain}" if domain else self.email(legal_rep)
        if not sole_trader and self.chance(0.8):
            bank, prefix = self.pick(_BANKS)
            branch = district.name.removesuffix("区").removesuffix("街道")
            c["bank_name"] = f"{bank}{city.name}{branch}支行"
            length = rng.choice((16, 19))
            rest = length - len(prefix)
            c["bank_account"] = f"{prefix}{rng.randrange(10**rest):0{rest}d}"
        c["invoice_type"] = rng.choices(("vat_special", "ordinary", ""), (60, 30, 10))[0]
        if c["invoice_type"]:
            c["tax_id"] = c["credit_code"]  # the credit code is the taxpayer number
        self._payment_profile(c, tier)
        if self.chance(0.1):
            c["notes"] = self.pick(_CUSTOMER_NOTES)

        card = _Card(c)
        card.contacts = self.contacts(city, c.get("phone", ""), domain)
        approvers = [p["name"] for p in card.contacts if "approver" in p["roles"]]
        if c.get("settlement_method") in ("monthly", "net_days") and approvers:
            c["payment_signer"] = approvers[0]
            c["signer_hours"] = self.pick(_SIGNER_HOURS)
        self._stamp(card)

        groups = card.groups
        if self.chance(0.85):
            groups.append(city.region)
        if tier == "key_account":
            if self.chance(0.9):
                groups.append(G_KEY)
            if self.chance(0.8):
                groups.append(G_SPRING)
        elif tier == "ordinary" and self.chance(0.15):
            groups.append(G_ORDINARY)
        if size == "large" and self.chance(0.6):
            groups.append(G_CORPORATE_GROUP)
        if c["source"] == "广交会" or (tier == "prospect" and self.chance(0.1)):
            groups.append(G_FAIR)
        if c.get("supply_hold"):
            groups.append(G_COLLECT)
        return card

    def _payment_profile(self, c: dict[str, Any], tier: str) -> None:
        rng = self.rng
        if tier == "prospect":
            return
        methods = ("cash_on_delivery", "pay_previous", "monthly", "net_days")
        method = rng.choices(methods, (20, 15, 40, 25))[0]
        c["settlement_method"] = method
        if method == "cash_on_delivery":
            c["payment_terms_days"] = 0
        elif method == "monthly":
            c["payment_terms_days"] = 30
            c["payment_days"] = rng.choice(("10", "25", "5,20", "15", "28"))
            c["reconcile_first"] = self.chance(0.7)
        elif method == "net_days":
            c["settlement_days"] = c["payment_terms_days"] = rng.choice((30, 45, 60, 90))
            c["reconcile_first"] = self.chance(0.5)
        if method in ("monthly", "net_days") and self.chance(0.7):
            c["payment_documents"] = self.pick(_PAYMENT_DOCUMENTS)
        rating = rng.choices(("A", "B", "C", "D", ""), (20, 45, 20, 5, 10))[0]
        c["credit_rating"] = rating
        yuan = {
            "A": rng.choice((200_000, 300_000, 500_000, 800_000, 1_000_000)),
            "B": rng.choice((50_000, 80_000, 100_000, 150_000, 200_000)),
            "C": rng.choice((10_000, 20_000, 30_000, 50_000)),
            "D": 0,
        }.get(rating)
        c["credit_limit_fen"] = None if yuan is None else yuan * 100
        if (rating in ("C", "D") and self.chance(0.12)) or self.chance(0.01):
            c["supply_hold"] = True
            c["supply_hold_reason"] = self.pick(_HOLD_REASONS)
            c["supply_hold_since"] = self.today - timedelta(days=rng.randrange(1, 120))

    def contacts(self, city: _City, switchboard: str, domain: str) -> list[dict[str, Any]]:
        rng = self.rng
        count = rng.choices((1, 2, 3, 4), (35, 35, 20, 10))[0]
        people = []
        for position in range(count):
            roles, titles = _CONTACT_ROLES[position]
            if count == 1:
                roles += ("approver",)  # a small firm: the boss approves payments too
            name, gender = self.person()
            p: dict[str, Any] = {
                "position": position,
                "name": name,
                "gender": gender,
                "salutation": "",
                "title": self.pick(titles),
                "roles": ",".join(roles),
                "mobile": self.mobile() if self.chance(0.95) else "",
                "phone": "",
                "email": "",
                "wechat": "",
                "notes": self.pick(_CONTACT_NOTES) if self.chance(0.1) else "",
            }
            if switchboard and self.chance(0.3):
                p["phone"] = f"{switchboard} 转 {rng.randrange(8001, 8300)}"
            elif self.chance(0.1):
                p["phone"] = self.landline(city)
            if self.chance(0.5):
                p["email"] = self.email(name, domain=domain)
            if self.chance(0.4):
                p["wechat"] = p["mobile"] or f"{_romanized(name)}{rng.randrange(10, 99)}"
            if self.chance(0.45):
                p.update(self.birthday(year_known=0.6, lunar=0.35))
            else:
                p.update(_NO_BIRTHDAY)
            people.append(p)
        return people

    def foreign(self) -> _Card:
        """A customer abroad: English name and documents, international phone."""
        rng = self.rng
        city, country, region, postcode, street = self.pick(_FOREIGN)
        form = _FOREIGN_FORMS.get(region, "LLC")
        name = f"{self.pick(_FOREIGN_WORDS)} {self.pick(_FOREIGN_TRADES)} {form}"
        while name in self.company_names:
            name = f"{self.pick(_FOREIGN_WORDS)} {self.pick(_FOREIGN_WORDS)} {name}"
        self.company_names.add(name)
        word = name.split(" ")[0]
        c: dict[str, Any] = {
            "kind": "corporate",
            "name": name,
            "short_name": word,
            "language": "en",
            "tier": rng.choices(("key_account", "ordinary", "prospect"), (10, 60, 30))[0],
            "industry": "进出口贸易",
            "address": f"{rng.randrange(1, 999)} {street}, {city}, {country}",
            "postcode": postcode,
            "phone": self.pick(self.pools.foreign_phones[region] or ("",)),
            "email": f"purchasing@{word.lower()}.com",
            "website": f"www.{word.lower()}.com",
            "source": "广交会",
            "salesperson": self.pick(_SALESPERSONS),
            "settlement_method": "net_days",
            "settlement_days": 60,
            "payment_terms_days": 60,
            "credit_rating": "B",
            "credit_limit_fen": 5_000_000 * rng.choice((1, 2, 4)),
            "currency": "USD",  # invoiced in US dollars
        }
        person = {
            "position": 0,
            "name": f"{self.pick(_FOREIGN_FIRST)} {self.pick(_FOREIGN_LAST)}",
            "gender": "",
            "salutation": "",
            "title": "Purchasing Manager",
            "roles": "decision_maker,approver",
            "mobile": "",
            "phone": c["phone"],
            "email": c["email"],
            "wechat": "",
            "notes": "",
            **_NO_BIRTHDAY,
        }
        card = _Card(c, [person])
        self._stamp(card)
        if self.chance(0.7):
            card.groups.append(G_FAIR)
        return card

    def _stamp(self, card: _Card, *, archive: bool = True) -> None:
        """Creation and update times; a few lost customers are archived."""
        c = card.columns
        created = self.created()
        end_of_day = datetime(self.today.year, self.today.month, self.today.day, 18)
        c["created_at"] = created
        c["updated_at"] = min(created + timedelta(days=self.rng.randrange(400)), end_of_day)
        if archive and ((c["tier"] == "lost" and self.chance(0.25)) or self.chance(0.003)):
            c["archived"] = True
            c["archived_at"] = c["updated_at"]


# --- filling the database ------------------------------------------------------------------


class _Cancelled(Exception):
    pass


def fill_demo(
    n_customers: int,
    seed: int,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
    *,
    workers: int | None = None,
    ledger: bool = True,
    today: date | None = None,
) -> DemoSummary:
    """Add *n_customers* demo customers to the open database, with their
    receivables ledger and collection history unless not *ledger*
    (``app.demo_ledger``; dated up to *today*, by default the real today).

    Customers already there are kept; demo customers get the next free
    numbers and join groups of the same name if they exist. *progress(done,
    total)* is called after each chunk; when *cancel()* returns true the
    whole fill is rolled back and the summary says ``cancelled``. *workers*:
    processes converting names to pinyin (default: by size and CPU count;
    0 = none). The data depends on the seed (and *today*) only, never on *workers*."""
    if not 1 <= n_customers <= MAX_DEMO_CUSTOMERS:
        raise ValidationError(
            FieldIssue(
                "customers",
                QT_TRANSLATE_NOOP("app", "Choose from 1 to {max} demo customers"),
                {"max": MAX_DEMO_CUSTOMERS},
            )
        )
    started = time.perf_counter()
    gen = _Generator(_FastRandom(seed), _pools(), min(today or date.today(), DEMO_TODAY))
    if workers is None:
        workers = default_workers(n_customers)
    # One bar for both parts: customers, then the ledger.
    share = LEDGER_SHARE if ledger else 0.0
    first_part = n_customers - int(n_customers * share)

    def report(customers: int) -> None:
        if progress:
            progress(customers * first_part // n_customers, n_customers)

    def report_ledger(done: int, total: int) -> None:
        if progress:
            progress(first_part + (n_customers - first_part) * done // total, n_customers)

    report(0)
    ledger_summary = None
    try:
        # Every key of the first chunk is compared with app.customers.search_key_for.
        with (
            BulkKeys(workers=workers, verify_first=CHUNK_SIZE, verify_every=100) as keys,
            # IMMEDIATE: take the write lock now, so the next free id stays free.
            DB.atomic("IMMEDIATE"),
        ):
            filler = _Filler(gen, keys)
            # Pipelined: while chunk k is written here, the names of chunk k+1
            # are converted to pinyin by the workers.
            pending = None
            for start in range(0, n_customers, CHUNK_SIZE):
                if cancel is not None and cancel():
                    raise _Cancelled
                chunk = filler.draw(min(CHUNK_SIZE, n_customers - start), first=start == 0)
                if pending is not None:
                    filler.write(pending)
                    report(filler.written)
                pending = chunk
            if pending is not None:
                filler.write(pending)
            if keys.exact and keys.fast_results:
                # The shortcut disagreed with app.customers.search_key_for after
                # it had been used: redo the keys written so far.
                rebuild_search_keys(first_id=filler.first_id, last_id=filler.last_id)
            report(filler.written)
            keys.close()  # the pinyin workers are done
            if ledger:
                ledger_summary = fill_ledger(
                    filler.first_id,
                    filler.last_id,
                    seed,
                    today,
                    progress=report_ledger,
                    cancel=cancel,
                )
    except (_Cancelled, LedgerCancelled):
        return DemoSummary(
            0, 0, 0, 0, 0, 0, 0, "", "", time.perf_counter() - started, cancelled=True
        )
    counts = filler.counts
    return DemoSummary(
        customers=filler.written,
        individuals=counts["individual"],
        corporate=counts["corporate"],
        contacts=counts["contacts"],
        groups=len(filler.group_ids),
        memberships=counts["memberships"],
        archived=counts["archived"],
        first_number=_number(filler.first_id),
        last_number=_number(filler.last_id),
        seconds=time.perf_counter() - started,
        ledger=ledger_summary,
    )


@dataclass
class _Chunk:
    customers: list[dict[str, Any]]
    contacts: list[list[dict[str, Any]]]  # per customer
    groups: list[list[str]]  # per customer
    names: Prefetch


class _Filler:
    """Draws chunks of customers and writes them, inside the caller's transaction."""

    def __init__(self, gen: _Generator, keys: BulkKeys) -> None:
        self.gen = gen
        self.keys = keys
        _remember_existing(gen)
        self.group_ids = _ensure_groups(keys)
        self.customers = BulkWriter(Customer)
        self.contacts = BulkWriter(Contact)
        self.search = BulkWriter(SearchKey)
        self.members = BulkWriter(Membership)
        self.next_id = (Customer.select(fn.MAX(Customer.id)).scalar() or 0) + 1
        numbers = Customer.select(Customer.number).where(Customer.number >= NUMBER_PREFIX)
        self.taken = {number for (number,) in numbers.tuples()}
        self.counts = dict.fromkeys(
            ("individual", "corporate", "contacts", "memberships", "archived"), 0
        )
        self.written = self.first_id = self.last_id = 0

    def draw(self, size: int, *, first: bool) -> _Chunk:
        chunk = _Chunk([], [], [], Prefetch(self.keys, []))
        names: list[str] = []
        for index in range(size):
            card = self.gen.zhang_san() if first and index == 0 else _draw(self.gen)
            while _number(self.next_id) in self.taken:
                self.next_id += 1  # a number typed by hand took this one
            cid = self.next_id
            self.next_id += 1
            columns = self.customers.complete(card.columns)
            columns.update(id=cid, number=_number(cid))
            for person in card.contacts:
                person["customer"] = cid
            chunk.customers.append(columns)
            chunk.contacts.append(card.contacts)
            chunk.groups.append(card.groups)
            names += (columns["name"], columns["short_name"], *(p["name"] for p in card.contacts))
        chunk.names = self.keys.prefetch(names, [c["name"] for c in chunk.customers])
        return chunk

    def write(self, chunk: _Chunk) -> None:
        chunk.names.wait()
        keys, counts, group_ids = self.keys, self.counts, self.group_ids
        key_rows, member_rows, contact_rows = [], [], []
        for columns, people, groups in zip(
            chunk.customers, chunk.contacts, chunk.groups, strict=True
        ):
            cid = columns["id"]
            columns["sort_key"] = keys.sort_key(columns["name"])
            columns["initials"] = search_keys.initials(columns["name"])
            key_rows.append({"customer": cid, "text": keys.search_key_of(columns, people)})
            member_rows += ({"customer": cid, "group": group_ids[g]} for g in dict.fromkeys(groups))
            contact_rows += people
            counts[columns["kind"]] += 1
            counts["contacts"] += len(people)
            counts["archived"] += bool(columns["archived"])
            self.first_id = self.first_id or cid
            self.last_id = cid
        self.customers.insert(chunk.customers, complete=False)
        self.contacts.insert(contact_rows, complete=False)
        self.search.insert(key_rows, complete=False)
        self.members.insert(member_rows, complete=False)
        counts["memberships"] += len(member_rows)
        self.written += len(chunk.customers)


def _number(customer_id: int) -> str:
    """The number app.customers gives a new customer."""
    return f"{NUMBER_PREFIX}{customer_id:06d}"


def _draw(gen: _Generator) -> _Card:
    return gen.corporate() if gen.chance(0.3) else gen.individual()


def _remember_existing(gen: _Generator) -> None:
    """Keep demo identifiers apart from those already in the file."""
    if not Customer.select().exists():
        return
    query = Customer.select(
        Customer.mobile, Customer.id_number, Customer.credit_code, Customer.name
    )
    for mobile, id_number, credit_code, name in query.tuples():
        gen.mobiles.add(mobile)
        gen.id_numbers.add(id_number)
        gen.credit_codes.add(credit_code)
        gen.company_names.add(name)
    gen.mobiles.update(m for (m,) in Contact.select(Contact.mobile).tuples())
    gen.family = _MAX_FAMILY  # a real file has its own family


def _ensure_groups(keys: BulkKeys) -> dict[str, int]:
    """Ids of the demo groups, creating those that do not exist (case-insensitive,
    as app.groups compares names)."""
    existing = {name.lower(): gid for gid, name in Group.select(Group.id, Group.name).tuples()}
    now = datetime.now().replace(microsecond=0)
    ids: dict[str, int] = {}
    for name in GROUP_NAMES:
        gid = existing.get(name.lower())
        if gid is None:
            gid = Group.insert(name=name, sort_key=keys.sort_key(name), created_at=now).execute()
        ids[name] = gid
    return ids
