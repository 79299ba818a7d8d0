"""The editable greeting texts (app.greeting_templates): a default for every
occasion, language and kind; storage with optimistic locking; rendering for
real people of the greeting list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.company import CompanyProfile
from app.customers import save_customer
from app.errors import ConcurrentEditError, ValidationError
from app.greeting_templates import (
    CARD,
    CARD_DEFAULTS,
    KINDS,
    LANGUAGES,
    OCCASIONS,
    PLACEHOLDER_NAMES,
    PLACEHOLDERS,
    SMS,
    SMS_DEFAULTS,
    TITLE_ONE_LINE,
    check_template,
    default_template,
    greeting_context,
    load_template,
    load_templates,
    render,
    reset_template,
    sample_greeting,
    sample_row,
    save_template,
    sms_length,
    template_for,
)
from app.greetings import GreetingRequest, greeting_list
from app.holidays import BUILT_IN, save_custom
from app.models import GreetingTemplate
from app.records import Birthday, ContactData, CustomerData
from app.template_sandbox import UNKNOWN_PLACEHOLDER

COMPANY = CompanyProfile(
    name="恒达电子有限公司", name_en="Hengda Electronics Ltd.", phone="0755-1234 5678"
)
EVERY_KEY = [(o, lang, kind) for o in OCCASIONS for lang in LANGUAGES for kind in KINDS]


# --- the defaults --------------------------------------------------------------------------


def test_every_built_in_holiday_has_its_own_texts():
    assert set(OCCASIONS) == {h.key for h in BUILT_IN} | {"birthday", "anniversary"}
    for occasion in OCCASIONS:
        for language in LANGUAGES:
            assert (occasion, language) in SMS_DEFAULTS
            assert (occasion, language) in CARD_DEFAULTS
    zh_sms = [SMS_DEFAULTS[(o, "zh")] for o in OCCASIONS]
    assert len(set(zh_sms)) == len(zh_sms)  # no two holidays share a text


@pytest.mark.parametrize("key", EVERY_KEY)
def test_every_default_renders_on_sample_data(key):
    occasion, language, kind = key
    template = default_template(occasion, language, kind)
    assert (
        check_template(
            template.title, template.body, occasion=occasion, language=language, kind=kind
        )
        == []
    )
    title, body = render(template, sample_row(occasion, language), COMPANY)
    assert "{" not in title + body and "None" not in body
    assert (title == "") == (kind == SMS)
    expected = "尊敬的王总：" if language == "zh" else "Dear Mr. Smith, "
    if kind == SMS:
        assert body.startswith(expected)
        # A Chinese SMS stays one message, the platform's signature 【恒达电子】 included.
        assert language == "en" or sms_length(body, signature=6).segments == 1
        assert "【" not in body
    else:
        assert "王总" not in body and "Dear" not in body  # the card prints the salutation


def test_the_texts_say_which_holiday_it_is():
    assert "中秋" in SMS_DEFAULTS[("mid_autumn", "zh")]
    assert CARD_DEFAULTS[("mid_autumn", "zh")][0] == "中秋快乐"
    assert "端午安康" in SMS_DEFAULTS[("dragon_boat", "zh")]
    assert CARD_DEFAULTS[("spring_festival", "en")][0] == "Happy Chinese New Year"
    assert "Mid-Autumn" in SMS_DEFAULTS[("mid_autumn", "en")]


def test_a_birthday_names_round_ages_only():
    row = sample_row("birthday", "zh")
    template = default_template("birthday", "zh", SMS)
    said = {age: render(template, replace(row, age=age), COMPANY)[1] for age in (46, 50, 60, None)}
    assert "50岁生日" in said[50]
    assert "60岁大寿" in said[60]
    assert "46" not in said[46] and "值此您生日之际" in said[46]
    assert said[None] == said[46]
    english = default_template("birthday", "en", SMS)
    assert "turning 50" in render(english, row, COMPANY)[1]
    assert "turning" not in render(english, replace(row, age=None), COMPANY)[1]


def test_an_anniversary_counts_the_years():
    row = sample_row("anniversary", "zh")
    title, body = render(default_template("anniversary", "zh", CARD), row, COMPANY)
    assert title == "热烈祝贺贵司成立12周年"
    assert "欣逢贵司成立12周年" in body
    _title, body = render(default_template("anniversary", "en", SMS), replace(row, age=1), COMPANY)
    assert "one year in business" in body


def test_every_placeholder_has_a_value_and_a_description():
    row = replace(sample_row("birthday", "zh"), on=date(2026, 9, 25), year=2026)
    context = greeting_context(row, COMPANY)
    assert set(context) == PLACEHOLDER_NAMES
    assert all(p.description for p in PLACEHOLDERS)
    assert context["salutation"] == "王总"
    assert context["name"] == "王建国"
    assert context["customer"] == "深圳市示例贸易有限公司"
    assert context["holiday"] == "生日"
    assert context["date"] == "2026年9月25日"
    assert (context["year"], context["age"], context["zodiac"]) == (2026, 50, "龙")
    assert context["company"] == "恒达电子有限公司"
    english = greeting_context(
        replace(sample_row("mid_autumn", "en"), on=date(2026, 9, 25)), COMPANY
    )
    assert english["holiday"] == "Mid-Autumn Festival"
    assert english["date"] == "25 September 2026"
    assert english["company"] == "Hengda Electronics Ltd."
    assert (english["age"], english["zodiac"]) == (0, "")


def test_sms_length_counts_characters_and_messages():
    assert sms_length("") == (0, 0)
    assert sms_length("中" * 70) == (70, 1)
    assert sms_length("中" * 71) == (71, 2)  # 67 a part once it is longer
    assert sms_length("中" * 134) == (134, 2)
    assert sms_length("中" * 135) == (135, 3)
    assert sms_length("中" * 64, signature=6) == (70, 1)
    assert sms_length("🎉") == (2, 1)


# --- problems ------------------------------------------------------------------------------


def test_an_unknown_placeholder_names_its_field_and_line():
    [issue] = check_template("", "{{ salutation }}，\n{{ totl }}", occasion="new_year")
    assert (issue.field, issue.template, issue.params) == (
        "body",
        UNKNOWN_PLACEHOLDER,
        {"line": 2, "name": "totl"},
    )
    [issue] = check_template("{{ holliday }}快乐", "正文", occasion="qixi", kind=CARD)
    assert issue.field == "title"


def test_required_one_line_and_too_long():
    issues = check_template("", " ", occasion="mid_autumn", kind=CARD)
    assert [(i.field, i.message) for i in issues] == [
        ("title", "Required: please fill it in"),
        ("body", "Required: please fill it in"),
    ]
    [issue] = check_template("第一行\n第二行", "正文", occasion="mid_autumn", kind=CARD)
    assert (issue.field, issue.template) == ("title", TITLE_ONE_LINE)
    [issue] = check_template("", "短" * 501, occasion="mid_autumn", kind=SMS)
    assert (issue.field, issue.params) == ("body", {"max": 500})
    [issue] = check_template("标题", "长" * 2001, occasion="mid_autumn", kind=CARD)
    assert issue.params == {"max": 2000}
    assert check_template("", "长" * 2000, occasion="mid_autumn", kind=CARD)[0].field == "title"
    # An SMS has no title: whatever is in it does not count.
    assert check_template("{{ nope }}", "你好", occasion="mid_autumn", kind=SMS) == []


def test_a_text_that_fails_without_an_age_is_refused():
    issues = check_template("", "{{ 100 // age }}", occasion="birthday")
    assert [i.field for i in issues] == ["body"]
    assert issues[0].message.startswith("Line 1: ")


# --- storage -------------------------------------------------------------------------------


def test_a_missing_row_is_the_default(db_path):
    template = load_template("mid_autumn", "zh", CARD)
    assert template.is_default and template.version == 0
    assert (template.title, template.body) == CARD_DEFAULTS[("mid_autumn", "zh")]


def test_save_load_and_reset(db_path):
    saved = save_template(
        "mid_autumn", "zh", SMS, title="ignored", body="{{ salutation }}，中秋快乐！",
        expected_version=0,
    )  # fmt: skip
    assert (saved.version, saved.is_default, saved.title) == (1, False, "")
    again = save_template(
        "mid_autumn", "zh", SMS, title="", body="{{ salutation }}，节日快乐！", expected_version=1
    )
    assert again.version == 2
    assert load_template("mid_autumn", "zh", SMS).body == "{{ salutation }}，节日快乐！"
    templates = load_templates()
    assert templates[("mid_autumn", "zh", SMS)].version == 2
    assert templates[("mid_autumn", "zh", CARD)].is_default
    assert reset_template("mid_autumn", "zh", SMS).is_default
    assert load_template("mid_autumn", "zh", SMS).is_default
    assert GreetingTemplate.select().count() == 0


def test_a_text_changed_meanwhile_is_not_overwritten(db_path):
    save_template("qixi", "en", CARD, title="A", body="a", expected_version=0)
    save_template("qixi", "en", CARD, title="B", body="b", expected_version=1)  # someone else
    with pytest.raises(ConcurrentEditError):
        save_template("qixi", "en", CARD, title="C", body="c", expected_version=1)
    with pytest.raises(ConcurrentEditError):  # created by someone since it was loaded
        save_template("qixi", "en", CARD, title="C", body="c", expected_version=0)
    assert load_template("qixi", "en", CARD).title == "B"
    reset_template("qixi", "en", CARD)
    with pytest.raises(ConcurrentEditError):  # reset by someone since
        save_template("qixi", "en", CARD, title="C", body="c", expected_version=2)


def test_a_broken_text_is_not_saved(db_path):
    with pytest.raises(ValidationError) as caught:
        save_template(
            "national_day", "zh", CARD, title="{{ name.__class__ }}", body="{{ nope }}",
            expected_version=0,
        )  # fmt: skip
    assert caught.value.fields == {"title", "body"}
    assert GreetingTemplate.select().count() == 0
    for key in (("nope", "zh", SMS), ("mid_autumn", "fr", SMS), ("mid_autumn", "zh", "fax")):
        with pytest.raises(ValueError):
            load_template(*key)


def test_custom_holidays_share_a_default_that_names_them(db_path):
    holiday = save_custom("冬至", "lunar", 11, 1)  # the name is what matters here
    template = load_template(holiday.key, "zh", SMS)
    assert template.is_default
    assert check_template("", template.body, occasion=holiday.key) == []
    assert template_for(load_templates(), holiday.key, "zh", CARD).title == "{{ holiday }}快乐"
    assert sample_greeting(load_template(holiday.key, "zh", CARD), company=COMPANY)[0] == "冬至快乐"
    saved = save_template(holiday.key, "en", SMS, title="", body="Hi", expected_version=0)
    assert load_templates()[(holiday.key, "en", SMS)] == saved


# --- real people ---------------------------------------------------------------------------


def test_rendered_for_the_people_of_a_real_list(db_path):
    save_customer(
        CustomerData(
            name="张三", gender="male", mobile="13800138000",
            birthday=Birthday("lunar", 8, 15, 1976),
        ),
        confirm=True,
    )  # fmt: skip
    save_customer(
        CustomerData(
            kind="corporate", name="深圳市华强电子有限公司", language="en",
            contacts=[ContactData(name="Anna Lee", gender="female", roles=["decision_maker"])],
        ),
        confirm=True,
    )  # fmt: skip
    rows = greeting_list(GreetingRequest("mid_autumn", 2026))
    texts = {
        r.person.name: render(load_template("mid_autumn", r.person.language, SMS), r, COMPANY)[1]
        for r in rows
    }
    assert texts["张三"].startswith("尊敬的张先生：月圆中秋")
    assert texts["Anna Lee"].startswith("Dear Ms. Lee, wishing you a happy Mid-Autumn Festival")
    [birthday] = greeting_list(
        GreetingRequest("birthday", date_from=date(2026, 9, 20), date_to=date(2026, 9, 30))
    )
    context = greeting_context(birthday, COMPANY)
    assert (context["date"], context["age"], context["zodiac"]) == ("2026年9月25日", 50, "龙")
