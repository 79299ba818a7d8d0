"""The shared sandbox of editable texts (app.template_sandbox): the allowed
placeholders come from the caller, and a full-width indent before a tag on a
line of text is kept."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.template_sandbox import (
    TOO_LONG_OUTPUT,
    UNKNOWN_PLACEHOLDER,
    compile_issues,
    compiled,
    render_source,
)

NAMES = frozenset({"name", "age"})


def test_the_placeholders_are_the_callers():
    assert compile_issues("{{ name }} {{ age }}", "body", NAMES) == []
    [issue] = compile_issues("{{ name }}\n{{ customer }}", "body", NAMES)
    assert (issue.field, issue.template, issue.params) == (
        "body",
        UNKNOWN_PLACEHOLDER,
        {"line": 2, "name": "customer"},
    )
    assert compile_issues("{{ customer }}", "body", frozenset({"customer"})) == []


def test_compiled_once_per_text_and_set_of_names():
    assert compiled("{{ name }}", "body", NAMES) is compiled("{{ name }}", "body", NAMES)
    with pytest.raises(ValidationError):
        compiled("{{ name }}", "body", frozenset({"age"}))


def test_render_with_its_own_limit():
    assert render_source("你好{{ name }}", {"name": "王总"}, "body", names=NAMES) == "你好王总"
    with pytest.raises(ValidationError) as caught:
        render_source("{{ name }}" * 3, {"name": "x" * 10}, "title", names=NAMES, limit=20)
    [issue] = caught.value.issues
    assert (issue.field, issue.template, issue.params) == ("title", TOO_LONG_OUTPUT, {"limit": 20})


def test_a_full_width_indent_before_a_tag_is_kept():
    source = (
        "\u3000\u3000{% if age %}{{ age }}岁{% endif %}生日快乐\n{% if name %}\n第二行\n{% endif %}"
    )
    text = render_source(source, {"age": 50, "name": "x"}, "body", names=NAMES)
    assert text == "\u3000\u300050岁生日快乐\n第二行\n"
    text = render_source(source, {"age": 0, "name": ""}, "body", names=NAMES)
    assert text == "\u3000\u3000生日快乐\n"
    # Ordinary spaces before a tag still go, as Jinja's lstrip_blocks says.
    assert render_source("  {% if age %}x{% endif %}", {"age": 1}, "body", names=NAMES) == "x"
