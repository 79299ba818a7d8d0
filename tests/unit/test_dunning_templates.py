"""The editable dunning letter templates: defaults, storage with optimistic
locking, and the sandbox that turns every mistake or trick into a message
with its line (app.dunning_templates)."""

from __future__ import annotations

from datetime import date

import pytest

from app.company import CompanyProfile
from app.dunning_templates import (
    DEFAULTS,
    FILTER_NOT_ALLOWED,
    INTERNALS,
    INVOICES_MARK,
    MAX_OUTPUT,
    NESTED_LOOP,
    NOT_ALLOWED,
    PLACEHOLDER_NAMES,
    PLACEHOLDERS,
    RANGE_TOO_BIG,
    TOO_LONG_OUTPUT,
    TOO_LONG_RESULT,
    UNKNOWN_PLACEHOLDER,
    check_template,
    default_template,
    invoices_text,
    letter_context,
    load_template,
    load_templates,
    render_letter,
    reset_template,
    sample_letter,
    save_template,
)
from app.errors import ConcurrentEditError, ValidationError
from app.models import DunningTemplate

TODAY = date(2026, 6, 30)
COMPANY = CompanyProfile(
    name="恒达电子有限公司",
    name_en="Hengda Electronics Ltd.",
    phone="0755-1234 5678",
    bank_name="工商银行深圳分行",
    bank_account="4000 1234",
    signatory="财务部 王丽",
)


def body_issues(body: str) -> list[tuple[str, str, dict]]:
    return [(i.field, i.template, i.params) for i in check_template("主题", body)]


def only_issue(body: str):
    issues = check_template("主题", body)
    assert len(issues) == 1, issues
    return issues[0]


# --- the defaults --------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(DEFAULTS))
def test_every_default_renders_on_sample_data(key):
    level, language = key
    template = default_template(level, language)
    assert check_template(template.subject, template.body, level=level, language=language) == []
    data = sample_letter(level, language, today=TODAY)
    subject, body = render_letter(template, data, COMPANY)
    assert subject == DEFAULTS[key][0]
    for invoice in data.invoices:
        assert invoice.number in body
    assert "¥21,980.50" in body
    assert "{{" not in body and "{%" not in body
    name = "深圳市示例贸易有限公司" if language == "zh" else "Dear Ms Li"
    assert body.startswith(name)
    if language == "zh":
        assert "人民币贰万壹仟玖佰捌拾元伍角" in body
        assert "2026年" in body
    else:
        assert "2026" in body and "July" in body


def test_the_levels_say_what_they_are():
    zh = {level: DEFAULTS[(level, "zh")] for level in (1, 2, 3)}
    assert zh[1][0] == "付款提醒函" and "感谢" in zh[1][1]
    assert zh[2][0] == "催款函" and "正式函告" in zh[2][1]
    assert zh[3][0] == "最后催款通知"
    assert "依法向有管辖权的人民法院提起诉讼" in zh[3][1]
    assert "逾期付款违约金" in zh[3][1] and "实现债权的费用" in zh[3][1]
    assert "legal" in DEFAULTS[(3, "en")][0].lower()
    assert "proceedings" in DEFAULTS[(3, "en")][1]


def test_every_placeholder_has_a_value_and_a_description():
    context = letter_context(sample_letter(2, "zh", today=TODAY), COMPANY)
    assert set(context) == PLACEHOLDER_NAMES
    assert all(p.description for p in PLACEHOLDERS)
    assert context["you"] == "贵司"
    assert context["deadline"] == "2026年7月10日"
    assert context["deadline_days"] == 10
    assert context["total_capitals"] == "人民币贰万壹仟玖佰捌拾元伍角"
    assert context["company"] == "恒达电子有限公司"
    english = letter_context(sample_letter(1, "en", today=TODAY), COMPANY)
    assert english["company"] == "Hengda Electronics Ltd."
    assert english["payee"] == "Hengda Electronics Ltd."
    assert english["today"] == "30 June 2026"


def test_invoices_as_text_and_on_a_line_of_their_own():
    data = sample_letter(1, "zh", today=TODAY)
    text = invoices_text(data)
    assert text.splitlines()[0] == (
        "FP20260001，开票日期 2026-02-25，到期日 2026-03-27，金额 ¥12,500.00，"
        "未付 ¥12,500.00，逾期 95 天"
    )
    template = default_template(1, "zh")
    _subject, body = render_letter(template, data, COMPANY, invoices=INVOICES_MARK)
    assert INVOICES_MARK + "\n" in body
    assert "FP20260001" not in body


def test_a_blank_bank_account_leaves_the_block_out():
    data = sample_letter(1, "zh", today=TODAY)
    _subject, body = render_letter(
        default_template(1, "zh"), data, CompanyProfile(name="无账户公司")
    )
    assert "收款账户" not in body and "账号" not in body
    assert "电话" not in body


def test_an_individual_is_addressed_as_you():
    from dataclasses import replace

    data = sample_letter(1, "zh", today=TODAY)
    person = replace(data.recipient, kind="individual", name="张三", gender="male")
    _subject, body = render_letter(
        default_template(1, "zh"), replace(data, recipient=person), COMPANY
    )
    assert body.startswith("尊敬的张三先生：")
    assert "贵司" not in body and "您尚有" in body


# --- problems, each with its line ------------------------------------------------------------


def test_an_unknown_placeholder_names_itself_and_its_line():
    issue = only_issue("{{ salutation }}：\n\n　　贵司欠款{{ totl }}元。")
    assert issue.field == "body"
    assert issue.template == UNKNOWN_PLACEHOLDER
    assert issue.params == {"line": 3, "name": "totl"}
    assert issue.message == "Line 3: unknown placeholder “totl”"


def test_an_unknown_placeholder_in_the_subject():
    [issue] = check_template("催款函 {{ levle }}", "正文")
    assert (issue.field, issue.message) == ("subject", "Line 1: unknown placeholder “levle”")


def test_a_syntax_error_gives_its_line():
    issue = only_issue("第一行\n第二行 {{ customer }\n第三行")
    assert issue.field == "body"
    assert issue.message.startswith("Line 2: ")
    issue = only_issue("a\n{% if level == 3 %}\nb\nc")
    assert issue.params["line"] in (3, 4)  # where Jinja saw the template end
    assert "endif" in issue.params["problem"]


@pytest.mark.parametrize(
    "expression",
    [
        "customer.__class__.__mro__",
        "''.__class__.__subclasses__()",
        "cycler.__init__.__globals__",
        "customer['__class__']",
        "total.__class__.__base__.__subclasses__()[0]",
        "(level).__class__",
        "invoices.__len__()",
    ],
)
def test_python_internals_are_refused_with_the_line(expression):
    issue = only_issue("开头\n\n{{ " + expression + " }}")
    assert issue.template == INTERNALS
    assert issue.params["line"] == 3
    assert issue.message.startswith("Line 3: “")
    assert "a template cannot reach into the program" in issue.message


@pytest.mark.parametrize(
    ("body", "template", "what"),
    [
        ("{{ customer|attr('__class__') }}", FILTER_NOT_ALLOWED, {"name": "attr"}),
        ("{{ customer|center(1000000000) }}", FILTER_NOT_ALLOWED, {"name": "center"}),
        ("{% set x = customer %}", NOT_ALLOWED, {"what": "{% set %}"}),
        ("{% include 'x.txt' %}", NOT_ALLOWED, {"what": "{% include %}"}),
        ("{% macro m() %}x{% endmacro %}", NOT_ALLOWED, {"what": "{% macro %}"}),
        ("{{ lipsum() }}", NOT_ALLOWED, {"what": "lipsum()"}),
        ("{{ customer.upper() }}", NOT_ALLOWED, {"what": "customer.upper()"}),
        ("{{ 2 ** 100000 }}", NOT_ALLOWED, {"what": "**"}),
        ("{{ '%s' % customer }}", NOT_ALLOWED, {"what": "%"}),
    ],
)
def test_what_a_letter_may_not_do(body, template, what):
    issue = only_issue(body)
    assert issue.template == template
    assert issue.params == {"line": 1, **what}


def test_huge_output_is_refused():
    issue = only_issue("{% for i in range(1000) %}{{ invoices }}{% endfor %}")
    assert (issue.template, issue.params) == (TOO_LONG_OUTPUT, {"limit": MAX_OUTPUT})
    issue = only_issue("\n{{ 'x' * 1000000000 }}")
    assert (issue.template, issue.params) == (TOO_LONG_RESULT, {"line": 2, "limit": MAX_OUTPUT})
    issue = only_issue("{{ invoices|replace('0', '" + "x" * 5000 + "') }}")
    assert issue.template == TOO_LONG_RESULT


def test_a_loop_of_a_million_is_refused_before_it_runs():
    issue = only_issue("a\nb\n{% for i in range(1000000) %}x{% endfor %}")
    assert (issue.template, issue.params) == (RANGE_TOO_BIG, {"line": 3, "limit": 1000})
    issue = only_issue(
        "{% for i in range(1000) %}\n{% for j in range(1000) %}{% endfor %}{% endfor %}"
    )
    assert (issue.template, issue.params["line"]) == (NESTED_LOOP, 2)


def test_a_runtime_error_gives_its_line():
    issue = only_issue("a\n\n\n{{ 1 // (invoice_count - 3) }}")  # the sample has 3 invoices
    assert issue.params["line"] == 4
    assert issue.message.startswith("Line 4: ")


def test_what_a_letter_may_do():
    body = (
        "{{ customer|upper }} {{ total|replace('¥', 'RMB ') }}\n"
        "{% if level >= 2 and invoice_count > 1 %}多张{% else %}一张{% endif %}\n"
        "{% for line in range(3) %}{{ loop.index }}{% endfor %} {{ customer ~ number }}\n"
        "{{ invoices|length > 0 }} {{ address|truncate(10) }} {% raw %}{{ x }}{% endraw %}\n"
    )
    assert check_template("主题", body) == []
    data = sample_letter(2, "zh", today=TODAY)
    template = default_template(2, "zh")
    from dataclasses import replace

    _subject, text = render_letter(replace(template, body=body), data, COMPANY)
    assert text.splitlines() == [
        "深圳市示例贸易有限公司 RMB 21,980.50",
        "多张",
        "123 深圳市示例贸易有限公司C000123",
        "True 深圳市南山区科... {{ x }}",
    ]


def test_required_and_too_long():
    issues = check_template("", "  \n")
    assert [(i.field, i.message) for i in issues] == [
        ("subject", "Required: please fill it in"),
        ("body", "Required: please fill it in"),
    ]
    [issue] = check_template("x" * 201, "正文")
    assert (issue.field, issue.params) == ("subject", {"max": 200})


# --- storage ---------------------------------------------------------------------------------


def test_a_missing_row_is_the_default(db_path):
    template = load_template(2, "zh")
    assert template.is_default and template.version == 0
    assert (template.subject, template.body) == DEFAULTS[(2, "zh")]


def test_save_load_and_reset(db_path):
    saved = save_template(
        1, "en", subject="Reminder", body="Hello {{ customer }}", expected_version=0
    )
    assert (saved.version, saved.is_default) == (1, False)
    loaded = load_template(1, "en")
    assert (loaded.subject, loaded.body, loaded.version) == ("Reminder", "Hello {{ customer }}", 1)
    again = save_template(1, "en", subject="Reminder 2", body="Hi", expected_version=1)
    assert again.version == 2
    assert load_templates()[(1, "en")].subject == "Reminder 2"
    assert load_templates()[(1, "zh")].is_default
    reset = reset_template(1, "en")
    assert reset.is_default and load_template(1, "en").is_default
    assert DunningTemplate.select().count() == 0


def test_a_template_changed_meanwhile_is_not_overwritten(db_path):
    save_template(3, "zh", subject="A", body="甲", expected_version=0)
    save_template(3, "zh", subject="B", body="乙", expected_version=1)  # someone else
    with pytest.raises(ConcurrentEditError):
        save_template(3, "zh", subject="C", body="丙", expected_version=1)
    with pytest.raises(ConcurrentEditError):  # created by someone since it was loaded
        save_template(3, "zh", subject="C", body="丙", expected_version=0)
    assert load_template(3, "zh").subject == "B"
    reset_template(3, "zh")
    with pytest.raises(ConcurrentEditError):  # reset by someone since
        save_template(3, "zh", subject="C", body="丙", expected_version=2)


def test_a_broken_template_is_not_saved(db_path):
    with pytest.raises(ValidationError) as caught:
        save_template(
            2, "zh", subject="{{ customer.__class__ }}", body="{{ nope }}", expected_version=0
        )
    assert caught.value.fields == {"subject", "body"}
    assert DunningTemplate.select().count() == 0
    with pytest.raises(ValueError):
        load_template(4, "zh")
    with pytest.raises(ValueError):
        load_template(1, "fr")


def test_compiled_templates_are_cached():
    from app.dunning_templates import compiled

    source = "{{ customer }} 缓存"
    assert compiled(source, "body") is compiled(source, "body")
