"""Checking report files: the JSON Schema, the rules it cannot express, and the round trip.

A valid report renders to a page that parses back to the same content (its layout, how the page
spells it, may settle: a renamed theme keeps its heading's spelling); a value that would not
survive that trip (a bullet with a line break, a line in prose that would become a heading, ...)
is refused with the file, the line and how to fix it. Nothing in the content changes silently.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fastjsonschema

from salonbot.errors import ReportError, ReportErrors, SalonbotError
from salonbot.report.content import read_content
from salonbot.report.limits import Budget, check_wikitext
from salonbot.report.model import Bullet, Node, Report
from salonbot.report.parse import read_page, unclosed_comment
from salonbot.report.render import render_report
from salonbot.report.schema import report_schema
from salonbot.report.settled import figures_errors
from salonbot.report.splice import SpliceError, render_onto
from salonbot.report.template import Template, fold_spaces, get_template
from salonbot.report.yamlio import (
    Lines,
    Path_,
    has_legacy_layout,
    load_data,
    load_plain,
    read_text,
    report_from_data,
    report_to_data,
)

if TYPE_CHECKING:
    import jsonschema


@cache
def _validator(template: Template) -> jsonschema.protocols.Validator:
    """jsonschema's validator of the template's schema, for the messages of a file that
    fastjsonschema refused; imported only then (a tenth of a second a process otherwise)."""
    import jsonschema
    return jsonschema.Draft202012Validator(report_schema(template))


@cache
def _is_valid(template: Template) -> Callable[[Any], Any]:
    """The template's schema compiled to Python code by fastjsonschema: a valid file (the common
    case) is checked in about 0.1 ms, where jsonschema's `$ref` resolution takes several ms. It
    stops at the first error, so an invalid file is checked again by jsonschema for every error
    with a good message."""
    # fastjsonschema knows drafts 4 to 7; the schema uses only keywords that mean the same in draft 7
    # as in 2020-12 (no `$ref` beside other keywords), which tests/test_schema_check.py checks.
    schema = report_schema(template) | {"$schema": "http://json-schema.org/draft-07/schema#"}
    return fastjsonschema.compile(schema)


def _line(lines: Lines, path: Path_) -> int | None:
    while path not in lines and path:
        path = path[:-1]
    return lines.get(path)


def _where(path: Path_) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)[1:] or "file"


def _schema_errors(data: Any, lines: Lines, source: str, template: Template) -> list[ReportError]:
    try:
        _is_valid(template)(data)
        return []
    except fastjsonschema.JsonSchemaValueException:
        pass
    errors = []
    for error in _validator(template).iter_errors(data):
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            schema = error.schema if isinstance(error.schema, dict) else {}
            known = list(schema.get("properties", {}))
            instance: dict[str, Any] = error.instance if isinstance(error.instance, dict) else {}
            for key in sorted(set(instance) - set(known)):
                close = difflib.get_close_matches(str(key), known, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(known)})"
                errors.append(ReportError(f"unknown key {key!r} in {_where(path)}{hint}", source,
                                          _line(lines, path + (key,))))
            continue
        if error.validator == "required":
            message = f"{_where(path)}: {error.message}"
        elif error.validator == "type" and error.instance is None:
            message = f"{_where(path)} is empty; give it a value"
        elif error.validator == "type":
            wanted = error.validator_value
            wanted = " or ".join(wanted) if isinstance(wanted, list) else wanted
            message = f"{_where(path)} must be {wanted}, not {type(error.instance).__name__}"
        else:
            message = f"{_where(path)}: {error.message}"
        errors.append(ReportError(message, source, _line(lines, path)))
    return errors


def _bullet_errors(items: list[Any], path: Path_, lines: Lines, source: str,
                   top: bool) -> list[ReportError]:
    errors = []
    for index, item in enumerate(items):
        here = path + (index,)
        previous = items[index - 1] if index else None
        if isinstance(item, list):
            if not isinstance(previous, str) or previous == "":
                errors.append(ReportError(
                    "a sub-list must follow the bullet it belongs to", source, _line(lines, here)))
            errors.extend(_bullet_errors(item, here, lines, source, top=False))
            continue
        if isinstance(item, dict):  # `text:` and `points:`
            errors.extend(_bullet_errors(item.get("points") or [], here + ("points",), lines,
                                         source, top=False))
            if item.get("text") == "":
                errors.append(ReportError("a bullet with sub-bullets needs a text", source,
                                          _line(lines, here + ("text",))))
                continue
            item, here = item.get("text", ""), here + ("text",)
        if item == "":
            if not top or index == 0 or index == len(items) - 1 or previous == "":
                errors.append(ReportError(
                    "an empty bullet ('') may only separate two top-level lists", source,
                    _line(lines, here)))
            continue
        if "\n" in item or "\r" in item:
            errors.append(ReportError(
                "a bullet is one line; split it into several bullets or move it to `text`",
                source, _line(lines, here)))
        elif item != item.strip():
            errors.append(ReportError("a bullet must not start or end with spaces; remove them",
                                      source, _line(lines, here)))
        elif unclosed_comment(item):
            errors.append(ReportError(
                "an HTML comment (<!--) in this bullet is never closed, so the wiki would hide "
                "everything after it; add -->", source, _line(lines, here)))
    return errors


def _title_errors(title: str, path: Path_, lines: Lines, source: str,
                  written: bool = False) -> list[ReportError]:
    """Problems with a title; a blank one is allowed only where the page has it (`written`: the
    node keeps its heading line, `= =` on the wiki)."""
    if not title.strip() and written and not title:
        return []
    if not title.strip():
        problem = "is blank; give it a title"
    elif "\n" in title or "\r" in title:
        problem = "must be one line"
    elif title != title.strip():
        problem = "must not start or end with spaces; remove them"
    elif title != fold_spaces(title):
        problem = "must not hold runs of spaces or other white space; use single spaces"
    else:
        return []
    return [ReportError(f"{_where(path)} {problem}", source, _line(lines, path))]


def _node_errors(value: Any, path: Path_, lines: Lines, source: str) -> list[ReportError]:
    if isinstance(value, list):
        return _bullet_errors(value, path, lines, source, top=True)
    if not isinstance(value, dict):
        return []
    errors = []
    if isinstance(value.get("title"), str):
        errors.extend(_title_errors(value["title"], path + ("title",), lines, source, True))
    if isinstance(value.get("points"), list):
        errors.extend(_bullet_errors(value["points"], path + ("points",), lines, source, True))
    for key, children in value.items():
        if key not in ("text", "points", "layout", "title", "area") and isinstance(children, list):
            for index, child in enumerate(children):
                errors.extend(_node_errors(child, path + (key, index), lines, source))
    return errors


def _first_difference(left: Any, right: Any, path: Path_ = ()) -> Path_:
    if isinstance(left, dict) and isinstance(right, dict):
        for key in list(left) + [k for k in right if k not in left]:
            if left.get(key) != right.get(key):
                return _first_difference(left.get(key), right.get(key), path + (key,))
    if isinstance(left, list) and isinstance(right, list):
        for index, (a, b) in enumerate(zip(left, right, strict=False)):
            if a != b:
                return _first_difference(a, b, path + (index,))
        return path + (min(len(left), len(right)),)
    return path


def _strings(value: Any, path: Path_) -> list[tuple[Path_, str]]:
    """Every string in a value, in order, with its path."""
    if isinstance(value, str):
        return [(path, value)]
    items = value.items() if isinstance(value, dict) else enumerate(value) \
        if isinstance(value, list) else []
    return [found for key, item in items for found in _strings(item, path + (key,))]


def _value_at(data: Any, path: Path_) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


_HINTS = [
    (re.compile(r"(^|\n)(<!--[^\n]*?-->)*=[^\n]*=[ \t\r\f\v]*(<!--[^\n]*)?(\n|$)"),
     "a line looks like a heading; write <nowiki>=</nowiki> for its first '=' if it is not one, "
     "or move what follows it to a section of its own (a theme, a topic or extra_sections)"),
    (re.compile(r"(^|\n)('{3}[^\n]*'{3}|;[^\n:]*)[ \t]*(\n|$)"),
     "a line in bold or starting with ';' names a section or a theme, so it would become its "
     "heading; add a word to the line or move what follows to that section or theme"),
    (re.compile(r"<!--(?![\s\S]*-->)"), "an HTML comment (<!--) is never closed, so the wiki "
     "would hide everything after it; add -->"),
    (re.compile(r"<!--|</?translate\b|<languages|\[\[\s*[Cc]ategory\s*:"),
     "an HTML comment, Translate markup or a category link is not kept in the report file (the "
     "page keeps its own; a report's categories go in `categories:`); remove it, or write a "
     "YAML comment (# ...) for a note"),
    (re.compile(r"\A\n|\n\Z"), "it starts or ends with a blank line; remove it"),
    (re.compile(r"\A[ \t]|[ \t]\Z"), "it starts or ends with spaces; remove them"),
    (re.compile(r"(\A|\n)[*#:;]"), "a line of it starts with *, #, : or ;, so it and the lines after "
     "it are a list on the wiki; move them to `points`"),
    (re.compile(r"\{\{|\[\[|<[a-z]"), "a template, link or tag in it is not closed, or swallows "
     "what follows; close it"),
]


def _nodes(report: Report) -> Iterator[Node]:
    stack = [*report.sections.values(), *report.extra_sections]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)
        stack.extend(node.extra_sections)


def visible_report(report: Report) -> Report:
    """A report as a reader of its page sees it: comments, Translate markup and other form
    taken out of its texts and points (a point left empty goes), categories moved to
    `categories`. What a file written by an older salonbot (with `layout:` keys, and form in
    its texts) becomes."""
    categories = list(report.categories)

    def visible(text: str) -> str:
        content = read_content(text, lists=False)
        categories.extend(content.categories)
        return content.text

    def bullets(points: list[Bullet]) -> list[Bullet]:
        kept = []
        for bullet in points:
            text, children = visible(bullet.text).strip(), bullets(bullet.children)
            if text or children or not bullet.text:
                kept.append(Bullet(text, children))
        while kept and not kept[-1].text and not kept[-1].children:
            kept.pop()
        return kept

    intro = visible(report.intro)
    for node in _nodes(report):
        node.text = visible(node.text)
        node.points = bullets(node.points)
    return replace(report, intro=intro, categories=categories)


def _points_became_themes(report: Report, back: Report) -> bool:
    """Whether the page reads back with more themes or topics than the report has (points or
    lines of a node with themes or topics taken for their labels)."""
    def count(nodes: list[Node]) -> int:
        return sum(1 + count(node.children) for node in nodes)
    return count([child for node in back.sections.values() for child in node.children]) > \
        count([child for node in report.sections.values() for child in node.children])


def _round_trip(report: Report, page: str, data: dict[str, Any], lines: Lines,
                source: str, template: Template) -> list[ReportError]:
    """The problems if the report's content would change on a trip to the wiki and back: the
    page it renders to must read back as the same report."""
    back = read_page(page, report.title, template)
    if back.same_content(report):
        return []
    mine, theirs = report_to_data(report, template), report_to_data(back, template)
    path = _first_difference(mine, theirs)
    if path == () and list(report.sections) != list(back.sections):
        path = (next(key for key, other in zip(report.sections, back.sections, strict=False)
                     if key != other),)
    value = _value_at(data, path)
    hint = "change it so that it reads the same after a trip to the wiki and back"
    if _points_became_themes(report, back):
        hint = ("a point with sub-points whose text names a thematic area, or a line in bold, "
                "is read as a theme (or topic) on the wiki; write it as one (`themes:` or "
                "`topics:`, with its `title:`), or reword it")
    for where, text in _strings(value, path):
        found = next((hint for pattern, hint in _HINTS if pattern.search(text)), None)
        if found:
            hint, path = found, where
            break
    return [ReportError(f"{_where(path)} would change on the wiki: {hint}", source,
                        _line(lines, path))]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # CR: the wiki makes it a line break


def _texts(value: Any, found: list[str]) -> list[str]:
    """Every string in a value, in order (those of _strings, without their paths)."""
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _texts(item, found)
    elif isinstance(value, list):
        for item in value:
            _texts(item, found)
    return found


def _string_errors(data: Any, lines: Lines, source: str) -> list[ReportError]:
    """Control characters (the wiki drops or refuses them; tab, line feed and carriage return
    are text) and
    wikitext beyond limits.py's bounds, in any string of the file. The path and line of a
    string are found only for the one with a problem (every string of every file is checked)."""
    texts = _texts(data, [])
    budget = Budget(trailing=sum(len(text) for text in texts))
    controls = _CONTROL.search("\n".join(texts)) is not None
    for index, text in enumerate(texts):
        budget.trailing -= len(text)
        control = _CONTROL.search(text) if controls else None
        if control:
            path = _strings(data, ())[index][0]
            return [ReportError(f"{_where(path)} holds the control character "
                                f"U+{ord(control.group()):04X}, which the wiki would drop or "
                                "refuse; delete it", source, _line(lines, path))]
        try:
            check_wikitext(text, source, 1, budget)
        except ReportError as error:  # its line is counted from the string's first
            first = _line(lines, _strings(data, ())[index][0]) or 1
            return [ReportError(error.message, source, (error.line or 1) + first - 1)]
    return []


@dataclass
class Checked:
    """A report file checked: its report, the page text it renders to (onto its base page, if
    given), whether it was written by an older salonbot (`layout:` keys: converted the next
    time a pull or sync rewrites it), and every problem (report None and page "" if any)."""

    report: Report | None
    page: str
    errors: list[ReportError]
    legacy: bool = False


def check_data(data: Any, lines: Lines, source: str, base: str | None = None) -> Checked:
    """The report in loaded data, the page text it renders to (rendered once, for the round
    trip, onto the page text `base` if given) and every problem with it."""
    if not isinstance(data, dict):
        return Checked(None, "", [ReportError("a report file is a mapping of keys (title: ..., "
                                              f"...), not a {type(data).__name__}", source,
                                              _line(lines, ()))])
    try:
        template = get_template(data.get("template") or "strategy-salon") \
            if isinstance(data.get("template", ""), str) else get_template()
    except SalonbotError as error:
        return Checked(None, "", [ReportError(str(error), source, _line(lines, ("template",)))])
    errors = _schema_errors(data, lines, source, template)
    if errors:
        return Checked(None, "", errors)
    for spec in template.sections:
        if spec.key in data:
            errors.extend(_node_errors(data[spec.key], (spec.key,), lines, source))
    for index, extra in enumerate(data.get("extra_sections") or []):
        errors.extend(_node_errors(extra, ("extra_sections", index), lines, source))
    errors.extend(_title_errors(data["title"], ("title",), lines, source))
    errors.extend(figures_errors(data.get("figures"), lines, source))
    errors.extend(_string_errors(data, lines, source))
    if errors:
        return Checked(None, "", errors)
    report = report_from_data(data, template)
    legacy = has_legacy_layout(data)
    if legacy:
        report = visible_report(report)
    try:
        page = render_onto(report, base, template) if base is not None \
            else render_report(report, template)
    except SpliceError as error:
        return Checked(None, "", [ReportError(str(error), source)])
    # A page written onto a base reads back as the report already (render_onto returns no
    # other); a page rendered canonically is read back here.
    errors = _round_trip(report, page, data, lines, source, template) if base is None else []
    return Checked(None, "", errors, legacy) if errors else Checked(report, page, [], legacy)


def load_report_text(text: str, source: str = "<string>", base: str | None = None) -> Report:
    """The report in YAML text; raises ReportErrors listing every problem."""
    return load_page_text(text, source, base)[0]


def load_page_text(text: str, source: str = "<string>",
                   base: str | None = None) -> tuple[Report, str]:
    """The report in YAML text and the page text it renders to (onto the page text `base`, if
    given); raises ReportErrors."""
    checked = load_checked(text, source, base)
    assert checked.report is not None
    return checked.report, checked.page


def load_checked(text: str, source: str = "<string>", base: str | None = None) -> Checked:
    """A report file's text checked (see Checked); raises ReportErrors if it has problems.
    The file is loaded without the line of every value (yamlio.load_plain: the same data and
    the same refusals), and again with them only to say where its problems are."""
    try:
        data = load_plain(text, source)
    except ReportError as error:
        raise ReportErrors([error]) from None
    checked = check_data(data, {}, source, base)
    if checked.errors:
        data, lines = load_data(text, source)
        checked = check_data(data, lines, source, base)
    if checked.errors or checked.report is None:
        raise ReportErrors(checked.errors)
    return checked


def load_report(path: str | Path, base: str | None = None) -> Report:
    """The report in a YAML file; raises ReportErrors (each `file:line: what is wrong`)."""
    return load_page(path, base)[0]


def load_page(path: str | Path, base: str | None = None) -> tuple[Report, str]:
    """The report in a YAML file and the page text it renders to (onto the page text `base`,
    if given); raises ReportErrors (each `file:line: what is wrong`)."""
    try:
        text = read_text(path)
    except ReportError as error:
        raise ReportErrors([error]) from None
    except OSError as error:
        raise ReportErrors([ReportError(f"cannot read the file: {error.strerror}", path)]) from None
    return load_page_text(text, str(path), base)
