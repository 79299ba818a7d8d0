"""The sandbox every text the admin edits is rendered in (dunning letters,
greetings): Jinja2's ``SandboxedEnvironment`` behind an allow-list, so that a
typing mistake or a trick becomes a message naming its line, never a
traceback or a way into the program.

- the parsed template may use only the placeholders it is given, output,
  ``if``, one level of ``for``, comparisons, a few harmless filters and
  ``range``; no attribute or item access (so no way to ``__class__`` or
  ``__globals__``), no ``set``, macros, includes or calls;
- ``range`` stops at ``MAX_RANGE``; ``*`` and ``replace`` may not build a
  string longer than ``MAX_OUTPUT``;
- the rendered text may not exceed the limit the caller gives.

Every problem is a ``ValidationError`` naming the field with "Line N:
problem". A line is written as the admin sees it: a line holding only
``{% %}`` tags disappears, a tag ending a line of text keeps the line break,
and full-width spaces (　　) indenting a line of text are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from app.errors import FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP

#: Longest text a template may produce by default, and longest string ``*``
#: or ``replace`` may build (a one-page letter is about 1,500).
MAX_OUTPUT = 30_000
#: Most numbers ``range`` gives a loop.
MAX_RANGE = 1_000


@dataclass(frozen=True)
class Placeholder:
    name: str
    description: str  # English, marked for translation


# --- the problems a template can have ---------------------------------------------------

LINE_PROBLEM = QT_TRANSLATE_NOOP("app", "Line {line}: {problem}")
UNKNOWN_PLACEHOLDER = QT_TRANSLATE_NOOP("app", "Line {line}: unknown placeholder “{name}”")
INTERNALS = QT_TRANSLATE_NOOP(
    "app", "Line {line}: “{name}” is not allowed: a template cannot reach into the program"
)
NO_PARTS = QT_TRANSLATE_NOOP(
    "app", "Line {line}: “{name}” is not a placeholder: use “{base}” as it is"
)
NOT_ALLOWED = QT_TRANSLATE_NOOP("app", "Line {line}: “{what}” is not allowed in a letter")
FILTER_NOT_ALLOWED = QT_TRANSLATE_NOOP("app", "Line {line}: the filter “{name}” is not allowed")
NESTED_LOOP = QT_TRANSLATE_NOOP("app", "Line {line}: a loop inside a loop is not allowed")
RANGE_TOO_BIG = QT_TRANSLATE_NOOP("app", "Line {line}: range() gives at most {limit} numbers")
TOO_LONG_RESULT = QT_TRANSLATE_NOOP(
    "app", "Line {line}: the letter would be too long (more than {limit} characters)"
)
TOO_LONG_OUTPUT = QT_TRANSLATE_NOOP(
    "app", "The letter would be too long (more than {limit} characters): check the loops"
)
#: Shared by the editors of templates.
REQUIRED = QT_TRANSLATE_NOOP("app", "Required: please fill it in")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("app", "Too long: at most {max} characters")
TEMPLATE_CHANGED = QT_TRANSLATE_NOOP(
    "app",
    "Someone else changed this template after you opened it. Your text was not saved; "
    "it is still in the editor.",
)


class TemplateProblem(Exception):
    """A problem found while rendering, with its message template."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template.format(line="?", **params))
        self.template = template
        self.params = params


def _safe_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateProblem(RANGE_TOO_BIG, limit=MAX_RANGE)
    return numbers


def _replace(value: object, old: str, new: str, count: int | None = None) -> str:
    text, old, new = str(value), str(old), str(new)
    times = text.count(old) if old else len(text) + 1
    if count is not None:
        times = min(times, max(count, 0))
    if len(text) + times * (len(new) - len(old)) > MAX_OUTPUT:
        raise TemplateProblem(TOO_LONG_RESULT, limit=MAX_OUTPUT)
    return text.replace(old, new, -1 if count is None else count)


class TextEnvironment(SandboxedEnvironment):
    """The sandbox with the operators that could build huge strings watched."""

    intercepted_binops = frozenset(["*", "%", "**"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(times, int):
                    if len(seq) * times > MAX_OUTPUT:
                        raise TemplateProblem(TOO_LONG_RESULT, limit=MAX_OUTPUT)
        elif operator == "%" and isinstance(left, str):
            raise TemplateProblem(NOT_ALLOWED, what="%")
        elif operator == "**":
            raise TemplateProblem(NOT_ALLOWED, what="**")
        return super().call_binop(context, operator, left, right)


SAFE_FILTERS = (
    "abs capitalize count d default first int last length lower round string title trim "
    "truncate upper wordcount"
).split()


@lru_cache(maxsize=1)
def environment() -> TextEnvironment:
    env = TextEnvironment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    filters = {name: env.filters[name] for name in SAFE_FILTERS}
    filters["replace"] = _replace
    env.filters = filters
    env.globals = {"range": _safe_range}
    return env


#: Attributes of the loop variable a template may read.
_LOOP_ATTRS = frozenset("index index0 revindex revindex0 first last length".split())
#: Statements and expressions a template may use.
_ALLOWED = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.If,
    nodes.For,
    nodes.Name,
    nodes.Const,
    nodes.Tuple,
    nodes.List,
    nodes.CondExpr,
    nodes.Filter,
    nodes.Test,
    nodes.Compare,
    nodes.Operand,
    nodes.And,
    nodes.Or,
    nodes.Not,
    nodes.Neg,
    nodes.Pos,
    nodes.Concat,
    nodes.Add,
    nodes.Sub,
    nodes.Mul,
    nodes.Div,
    nodes.FloorDiv,
    nodes.Mod,
    nodes.Keyword,
)
#: How a refused construct is named in the message.
_CONSTRUCT = {
    nodes.Assign: "{% set %}",
    nodes.AssignBlock: "{% set %}",
    nodes.Macro: "{% macro %}",
    nodes.CallBlock: "{% call %}",
    nodes.FilterBlock: "{% filter %}",
    nodes.With: "{% with %}",
    nodes.Block: "{% block %}",
    nodes.Extends: "{% extends %}",
    nodes.Include: "{% include %}",
    nodes.Import: "{% import %}",
    nodes.FromImport: "{% from %}",
    nodes.ExprStmt: "{% do %}",
    nodes.ScopedEvalContextModifier: "{% autoescape %}",
    nodes.EvalContextModifier: "{% autoescape %}",
    nodes.Getitem: "[ ]",
    nodes.Slice: "[ : ]",
    nodes.Dict: "{ }",
    nodes.Pow: "**",
    nodes.Call: "( )",
    nodes.NSRef: "namespace",
}


def _dotted(node: nodes.Node) -> str:
    """``customer.__class__.__mro__`` as written, for a message."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Const):
        return repr(node.value)
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        arg = node.arg.value if isinstance(node.arg, nodes.Const) else "…"
        return f"{_dotted(node.node)}[{arg!r}]"
    if isinstance(node, nodes.Call):
        return f"{_dotted(node.node)}()"
    if isinstance(node, nodes.Filter):
        inner = _dotted(node.node) if node.node is not None else ""
        return f"{inner}|{node.name}"
    return "…"


def _internal_name(node: nodes.Node) -> str | None:
    """The offending name when *node* reaches for a private attribute."""
    if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
        return node.attr
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        value = node.arg.value
        if isinstance(value, str) and value.startswith("_"):
            return value
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        if re.fullmatch(r"__\w+__", node.value):  # e.g. |attr("__class__")
            return node.value
    return None


class _Checker:
    """Walks a parsed template and lists what a template may not do."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names
        self.problems: list[tuple[int, str, dict[str, Any]]] = []

    def add(self, node: nodes.Node, template: str, **params: Any) -> None:
        self.problems.append((getattr(node, "lineno", 1) or 1, template, params))

    def check(self, node: nodes.Node, *, bound: frozenset[str], loops: int) -> None:
        internal = _internal_name(node)
        if internal is not None:
            self.add(
                node,
                INTERNALS,
                name=_dotted(node) if not isinstance(node, nodes.Const) else internal,
            )
            return
        if isinstance(node, nodes.Getattr):
            if isinstance(node.node, nodes.Name) and node.node.name == "loop" and "loop" in bound:
                if node.attr in _LOOP_ATTRS:
                    return
            if self._reaches_internals(node):
                return
            base = node.node.name if isinstance(node.node, nodes.Name) else _dotted(node.node)
            self.add(node, NO_PARTS, name=_dotted(node), base="{{ " + base + " }}")
            return
        if isinstance(node, nodes.Call):
            if self._reaches_internals(node):
                return
            if isinstance(node.node, nodes.Name) and node.node.name == "range":
                if node.kwargs or node.dyn_args or node.dyn_kwargs:
                    self.add(node, NOT_ALLOWED, what="range(…=…)")
                    return
                for arg in node.args:
                    self.check(arg, bound=bound, loops=loops)
                return
            self.add(node, NOT_ALLOWED, what=_dotted(node))
            return
        if isinstance(node, nodes.Name):
            if node.ctx == "load" and node.name not in self.names and node.name not in bound:
                if node.name == "range":
                    self.add(node, NOT_ALLOWED, what="range")
                else:
                    self.add(node, UNKNOWN_PLACEHOLDER, name=node.name)
            return
        if isinstance(node, nodes.Filter):
            if node.name not in SAFE_FILTERS and node.name != "replace":
                self.add(node, FILTER_NOT_ALLOWED, name=node.name)
                return
            if node.dyn_args or node.dyn_kwargs:
                self.add(node, NOT_ALLOWED, what="*args")
                return
        if isinstance(node, nodes.For):
            self._check_for(node, bound=bound, loops=loops)
            return
        if not isinstance(node, _ALLOWED):
            if self._reaches_internals(node):
                return
            what = next((w for t, w in _CONSTRUCT.items() if isinstance(node, t)), None)
            self.add(node, NOT_ALLOWED, what=what or type(node).__name__)
            return
        for child in node.iter_child_nodes():
            self.check(child, bound=bound, loops=loops)

    def _reaches_internals(self, node: nodes.Node) -> bool:
        """Report the private attribute inside *node*, if any, instead of a
        vaguer problem with the outer expression."""
        for inner in node.find_all((nodes.Getattr, nodes.Getitem, nodes.Const)):
            name = _internal_name(inner)
            if name is not None:
                self.add(
                    inner,
                    INTERNALS,
                    name=_dotted(inner) if not isinstance(inner, nodes.Const) else name,
                )
                return True
        return False

    def _check_for(self, node: nodes.For, *, bound: frozenset[str], loops: int) -> None:
        if loops:
            self.add(node, NESTED_LOOP)
            return
        if node.recursive:
            self.add(node, NOT_ALLOWED, what="recursive")
            return
        self.check(node.iter, bound=bound, loops=loops)
        names = {n.name for n in node.target.find_all(nodes.Name)}
        if isinstance(node.target, nodes.Name):
            names.add(node.target.name)
        inner = bound | names | {"loop"}
        if node.test is not None:
            self.check(node.test, bound=inner, loops=loops + 1)
        for child in node.body:
            self.check(child, bound=inner, loops=loops + 1)
        for child in node.else_:
            self.check(child, bound=bound, loops=loops)


def _issues(field_name: str, problems: list[tuple[int, str, dict[str, Any]]]) -> list[FieldIssue]:
    seen: set[int] = set()
    out = []
    for line, template, params in sorted(problems, key=lambda p: p[0]):
        if line in seen:  # the first problem of a line is enough
            continue
        seen.add(line)
        out.append(FieldIssue(field_name, template, {"line": line, **params}))
    return out


_TAG_ONLY = re.compile(r"^[ \t]*(?:(?:\{%(?:(?!%\}).)*%\}|\{#(?:(?!#\}).)*#\})[ \t]*)+$")
_TAG_AT_END = re.compile(r"(?<![+-])%\}([ \t]*)$")
#: Full-width spaces (an indent) right before a tag that opens a line of text.
_INDENT_BEFORE_TAG = re.compile(r"^([ \t]*\u3000[\u3000 \t]*)\{%(?![+-])")


def _keep_line_ends(source: str) -> str:
    """A line holding only ``{% %}`` tags disappears from the output (Jinja's
    ``trim_blocks``), but a tag ending a line of text keeps its line break
    (``+%}``): "…联系{% if x %}…{% endif %}" must not run into the next line.
    Full-width spaces before a tag that opens a line of text are an indent
    and stay (``{%+``), although Jinja's ``lstrip_blocks`` counts them as
    blanks. Only characters are added, so line numbers stay as the admin
    sees them."""
    lines = source.split("\n")
    for index, line in enumerate(lines):
        if index < len(lines) - 1:
            if line.rstrip().endswith("%}") and not _TAG_ONLY.match(line):
                line = _TAG_AT_END.sub(r"+%}\1", line)
        if "\u3000" in line and not _TAG_ONLY.match(line.replace("\u3000", " ")):
            line = _INDENT_BEFORE_TAG.sub(r"\1{%+", line)
        lines[index] = line
    return "\n".join(lines)


def _syntax_issue(field_name: str, exc: TemplateSyntaxError) -> FieldIssue:
    return FieldIssue(
        field_name, LINE_PROBLEM, {"line": exc.lineno or 1, "problem": exc.message or ""}
    )


def compile_issues(source: str, field_name: str, names: frozenset[str]) -> list[FieldIssue]:
    """What keeps *source* from being a template with the placeholders
    *names* (empty: nothing)."""
    env = environment()
    try:
        tree = env.parse(_keep_line_ends(source))
    except TemplateSyntaxError as exc:
        return [_syntax_issue(field_name, exc)]
    checker = _Checker(names)
    checker.check(tree, bound=frozenset(), loops=0)
    if checker.problems:
        return _issues(field_name, checker.problems)
    try:
        _compiled(source)
    except TemplateSyntaxError as exc:  # e.g. a filter's arguments
        return [_syntax_issue(field_name, exc)]
    return []


def _compiled(source: str) -> jinja2.Template:
    return environment().from_string(_keep_line_ends(source))


@lru_cache(maxsize=128)
def _checked(
    source: str, field_name: str, names: frozenset[str]
) -> tuple[jinja2.Template | None, tuple[FieldIssue, ...]]:
    issues = compile_issues(source, field_name, names)
    return (None if issues else _compiled(source)), tuple(issues)


def compiled(source: str, field_name: str, names: frozenset[str]) -> jinja2.Template:
    """The template checked and compiled once (cached by its text): a batch of
    1,000 letters compiles each template once. ``ValidationError`` if it is
    not a valid template with the placeholders *names*."""
    template, issues = _checked(source, field_name, names)
    if template is None:
        raise ValidationError(list(issues))
    return template


def _template_line(exc: BaseException) -> int:
    line = 1
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def render_source(
    source: str,
    context: Mapping[str, object],
    field_name: str,
    *,
    names: frozenset[str],
    limit: int = MAX_OUTPUT,
) -> str:
    """Render *source* with *context*; every problem is a ``ValidationError``
    with the line it comes from."""
    template = compiled(source, field_name, names)
    parts: list[str] = []
    size = 0
    stream: Iterator[str] = template.generate(context)
    try:
        for part in stream:
            size += len(part)
            if size > limit:
                raise ValidationError(FieldIssue(field_name, TOO_LONG_OUTPUT, {"limit": limit}))
            parts.append(part)
    except TemplateProblem as exc:
        raise ValidationError(
            FieldIssue(field_name, exc.template, {"line": _template_line(exc), **exc.params})
        ) from None
    except SecurityError as exc:
        raise ValidationError(
            FieldIssue(field_name, INTERNALS, {"line": _template_line(exc), "name": str(exc)})
        ) from None
    except (TemplateError, ArithmeticError, ValueError, TypeError, OverflowError) as exc:
        raise ValidationError(
            FieldIssue(
                field_name,
                LINE_PROBLEM,
                {"line": _template_line(exc), "problem": str(exc) or type(exc).__name__},
            )
        ) from None
    finally:
        if hasattr(stream, "close"):
            stream.close()
    return "".join(parts)


__all__ = [
    "FILTER_NOT_ALLOWED",
    "INTERNALS",
    "LINE_PROBLEM",
    "MAX_OUTPUT",
    "MAX_RANGE",
    "NESTED_LOOP",
    "NOT_ALLOWED",
    "NO_PARTS",
    "RANGE_TOO_BIG",
    "REQUIRED",
    "TEMPLATE_CHANGED",
    "TEXT_TOO_LONG",
    "TOO_LONG_OUTPUT",
    "TOO_LONG_RESULT",
    "UNKNOWN_PLACEHOLDER",
    "Placeholder",
    "TemplateProblem",
    "TextEnvironment",
    "compile_issues",
    "compiled",
    "environment",
    "render_source",
]
