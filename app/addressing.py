"""Whom a document is addressed to and how it greets them: the name on an
envelope or label, the contact person of a company, and the salutation of a
letter, in the customer's document language.

- An individual: "张三 先生" / "Mr Zhang San"; the letter opens "尊敬的张三先生"
  / "Dear Mr Zhang".
- A company: its name; the person is the contact whose role is finance, else
  the payment approver, else the decision maker, else the first contact. A
  Chinese letter opens with the company's name (the way a 催款函 is headed);
  an English one with "Dear Ms Li", or "Dear Sir or Madam" without a contact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.models import Contact, Customer

#: Which contact a letter goes to, in order of preference.
ROLE_PREFERENCE = ("finance", "approver", "decision_maker")

#: Two-character surnames (复姓) common enough to matter in a greeting.
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 申屠 轩辕 "
    "独孤 南宫 西门 万俟 闻人 呼延 澹台 公羊 太史 百里 钟离".split()
)

#: Common Chinese surnames in pinyin: a name in Latin letters that starts with
#: one ("Zhang San", "Ouyang Nana") is taken as written family name first.
PINYIN_SURNAMES = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo "
    "zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang "
    "yu du ye cheng su wei lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang "
    "zou xiong bai meng qin qiu hou yin xue yan duan lei long tao gu mao hao gong shao wan "
    "qian dai kong xiang qi chang kang niu hong "
    "ouyang sima shangguan zhuge dongfang huangfu gongsun murong zhangsun yuwen situ xiahou "
    "linghu duanmu nangong ximen".split()
)

_ZH_HONORIFIC = {"male": "先生", "female": "女士"}
_EN_HONORIFIC = {"male": "Mr", "female": "Ms"}


@dataclass(frozen=True)
class Recipient:
    customer_id: int
    number: str
    kind: str  # individual | corporate
    name: str
    language: str  # zh | en
    address: str
    postcode: str
    contact_name: str = ""
    contact_gender: str = ""
    contact_title: str = ""
    gender: str = ""  # of an individual

    @property
    def has_address(self) -> bool:
        return bool(self.address.strip())

    @property
    def person(self) -> str:
        """The person the document is for, with honorific: "李四 女士"."""
        if self.kind == "individual":
            return with_honorific(self.name, self.gender, self.language)
        if self.contact_name:
            return with_honorific(self.contact_name, self.contact_gender, self.language)
        return ""

    @property
    def addressee_lines(self) -> list[str]:
        """The name block of an envelope or label: company, then the person."""
        if self.kind == "individual":
            return [self.person]
        lines = [self.name]
        if self.person:
            if not self.contact_title:
                lines.append(self.person)
            elif self.language == "en":
                lines.append(f"{self.person}, {self.contact_title}")
            else:
                lines.append(f"{self.contact_title} {self.person}")
        return lines

    @property
    def salutation(self) -> str:
        """The greeting a letter opens with, without the colon or comma."""
        if self.language == "en":
            if self.kind == "individual":
                return "Dear " + english_address_form(self.name, self.gender)
            if self.contact_name:
                return "Dear " + english_address_form(self.contact_name, self.contact_gender)
            return "Dear Sir or Madam"
        if self.kind == "individual":
            return "尊敬的" + self.name + _ZH_HONORIFIC.get(self.gender, "")
        return self.name


def with_honorific(name: str, gender: str, language: str) -> str:
    if language == "en":
        honorific = _EN_HONORIFIC.get(gender)
        return f"{honorific} {name}" if honorific else name
    honorific = _ZH_HONORIFIC.get(gender)
    return f"{name} {honorific}" if honorific else name


def surname(name: str) -> str:
    """The family name: the first character (or a known compound surname) of
    a Chinese name; of a name in Latin letters the word in capitals ("San
    ZHANG"), else the first word if it is a common pinyin surname ("Zhang
    San"), else the last word ("John Smith")."""
    name = name.strip()
    if " " in name:
        words = name.split()
        capitals = [w for w in words if len(w) > 1 and w.isupper()]
        if len(capitals) == 1 and len(words) > 1:
            return capitals[0]
        if words[0].lower() in PINYIN_SURNAMES:
            return words[0]
        return words[-1]
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    return name[:1]


def english_address_form(name: str, gender: str) -> str:
    """ "Mr Zhang" for a known gender, the full name otherwise."""
    honorific = _EN_HONORIFIC.get(gender)
    if not honorific or not name.strip():
        return name.strip()
    family = surname(name)
    if family and all(ord(ch) > 0x2E7F for ch in family):
        # A Chinese surname in characters reads oddly after "Mr"; keep the name.
        return f"{honorific} {name.strip()}"
    return f"{honorific} {family}"


def _preferred_contact(contacts: list[Contact]) -> Contact | None:
    if not contacts:
        return None
    for role in ROLE_PREFERENCE:
        for contact in contacts:
            if role in (contact.roles or "").split(","):
                return contact
    return contacts[0]


def recipients(customer_ids: Iterable[int]) -> list[Recipient]:
    """The recipients of the given customers, in the order given (unknown ids
    are left out)."""
    ids = list(dict.fromkeys(customer_ids))
    if not ids:
        return []
    rows: dict[int, Customer] = {}
    contacts: dict[int, list[Contact]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in Customer.select().where(Customer.id.in_(chunk)):
            rows[row.id] = row
        for contact in (
            Contact.select()
            .where(Contact.customer.in_(chunk))
            .order_by(Contact.customer, Contact.position, Contact.id)
        ):
            contacts.setdefault(contact.customer_id, []).append(contact)
    result = []
    for cid in ids:
        row = rows.get(cid)
        if row is None:
            continue
        contact = _preferred_contact(contacts.get(cid, [])) if row.kind == "corporate" else None
        result.append(
            Recipient(
                customer_id=row.id,
                number=row.number,
                kind=row.kind,
                name=row.name,
                language=row.language if row.language in ("zh", "en") else "zh",
                address=row.address,
                postcode=row.postcode,
                contact_name=contact.name if contact else "",
                contact_gender=contact.gender if contact else "",
                contact_title=contact.title if contact else "",
                gender=row.gender,
            )
        )
    return result


def recipient(customer_id: int) -> Recipient:
    found = recipients([customer_id])
    if not found:
        raise LookupError(customer_id)
    return found[0]
