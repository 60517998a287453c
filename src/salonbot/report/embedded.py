"""Themes in table rows and template calls, sections in an infobox (issue 17, items 3 and 5).

Under a node that has themes or topics, a table whose rows name thematic areas (the name in one
cell, the points in the next), or template calls that each hold a theme (`{{Salon theme
|title=Advocacy|points=...}}`), are that node's themes: a row or a call is one when its label
names an area, is guidance left in from the template (a placeholder), or is a sibling of one
that names an area, or two or more are labelled alike (labels.py: `Tema 1: X`, `Tema 2: Y`).
An infobox at the top of the page gives the sections the page has no heading for: its
parameters whose names are the words of a section's names (`date`, `lieu`, `účastníci`,
`budget`...), or whose values show what a section holds in any language (a date, an amount, a
picture: slots.py), hold that section's content.

Such a node's Source points inside its block (`host`): its label's span is its heading, its
value's span its body. The page keeps the block as it is; `edit_embedded` writes a changed
label or content into its place before the rest of the report is written onto the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from salonbot.report.blocks import Cell, Parameter, delimited_rows, template_call
from salonbot.report.content import read_content, splice_content
from salonbot.report.display import display_text
from salonbot.report.form import logical_lines
from salonbot.report.headings import read_line
from salonbot.report.labels import labelled_marks
from salonbot.report.model import Bullet, Node, Report, Source
from salonbot.report.slots import section_shown
from salonbot.report.tables import CAPTION, Row, label_like, table_themes
from salonbot.report.template import Template

Placeholder = Callable[[str], bool]


class EmbeddedChange(ValueError):
    """Raised when a report changes the shape of data written in a table or a template call
    (a row or a call added, removed or moved): only texts can be written there."""


def _node(text: str, label: tuple[int, int], body: tuple[int, int], host: tuple[int, int],
          placeholder: Placeholder, rows: list[Row] | None = None) -> Node:
    title = display_text(text[label[0]:label[1]])
    if rows is not None:  # table rows under a label: a point a row, its other cells sub-points
        points = [Bullet(text[row[0][0]:row[0][1]],
                         [Bullet(text[cell[0]:cell[1]]) for cell in row[1:]]) for row in rows]
        cells = [cell for row in rows for cell in row]
        return Node(points=points, title=title,
                    source=Source(label, None, cells[0], cells[-1][1], host=host,
                                  more=tuple(cells[1:]), rows=tuple(map(len, rows))))
    content = read_content(text[body[0]:body[1]], placeholder=placeholder)
    return Node(text=content.text, points=content.points, title=title,
                source=Source(label, None, body, body[1], host=host))


def _calls(block: str, start: int
           ) -> tuple[list[tuple[tuple[int, int], tuple[int, int]]], bool | None]:
    """(label span, content span) of a template call holding a theme: its shortest parameter
    that reads as a label, and its longest other one; or of each group of its parameters
    numbered alike, and then True (the call's structure says they are themes) where every
    parameter is numbered, None where others stand beside them (`{{Infobox |title=... |label1=
    Theme 1: X |data1=...}}`, `{{Navbox |group1=... |list1=...}}`: themes only as labels say)."""
    call = template_call(block)
    if call is None:
        return [], False
    parameters = [p for p in call[1] if p.value_span[1] > p.value_span[0]]
    numbered: dict[str, list[Parameter]] = {}
    for parameter in parameters:
        found = _NUMBERED.match(parameter.name.strip())
        if found is not None:
            numbered.setdefault(found.group("number"), []).append(parameter)
    if len(numbered) >= 2 and sum(map(len, numbered.values())) == len(parameters):
        # numbered parameters (`|theme1=X |points1=...|theme2=Y ...`): a theme a number
        return [entry for group in numbered.values()
                for entry in _theme_of(block, start, group)], True
    if len(numbered) >= 2 and all(len(group) >= 2 for group in numbered.values()):
        return [entry for group in numbered.values()
                for entry in _theme_of(block, start, group)], None
    return _theme_of(block, start, parameters), False


# A parameter's name with a number at its end (`tema1`, `points 2`, `thème_3`).
_NUMBERED = re.compile(r"\A\D+?[ _-]?(?P<number>\d+)\Z")


def _theme_of(block: str, start: int, parameters: list[Parameter]
              ) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The label span and content span of the parameters of one theme: a value that opens with
    an emphasised label on a line of its own over more lines (`| text = '''Theme 1: X'''` then
    `* a`: the label and the lines under it, a message box's one text); else the first that
    reads as a label, and the longest other one."""
    for parameter in parameters:
        value = block[parameter.value_span[0]:parameter.value_span[1]]
        first, _, rest = value.partition("\n")
        read = read_line(first) if rest.strip() else None
        if read is not None and read.level is None and read.stop is None \
                and read.style[:1] in ("'", "<"):
            at = start + parameter.value_span[0]
            body = at + len(first) + 1
            return [((at + read.title_start, at + read.title_end),
                     (body + len(rest) - len(rest.lstrip()), start + parameter.value_span[1]))]
    labels = [p for p in parameters if label_like(block[p.value_span[0]:p.value_span[1]])]
    if not labels:
        return []
    label = labels[0]
    others = [p for p in parameters if p is not label
              and not display_text(block[p.value_span[0]:p.value_span[1]]).isdigit()]
    if not others:
        return []
    content = max(others, key=lambda p: p.value_span[1] - p.value_span[0])
    return [((start + label.value_span[0], start + label.value_span[1]),
             (start + content.value_span[0], start + content.value_span[1]))]


def embedded_children(container: Node, text: str, names_area: Callable[[str], bool],
                      placeholder: Placeholder) -> list[Node]:
    """The themes (or topics) `container` holds in tables and template calls of its content."""
    assert container.source is not None
    start, end = container.source.body
    pasted = _pasted_tables(text, start, end) if "\n" in text[start:end].strip() else []
    if "{|" not in text[start:end] and "{{" not in text[start:end] \
            and "<table" not in text[start:end].lower() and not pasted:
        return []  # no line starts a table or a template call
    lines = logical_lines(text[start:end], placeholder)
    position = start
    groups: list[list[Node]] = []
    found: list[Node] = []
    template_group: list[Node] = []
    caption_group: list[Node] = []
    for line in lines:
        raw = line.raw
        line_start = position
        position += len(raw) + 1
        stripped = raw.strip()
        html = stripped[:6].lower() == "<table" and stripped.lower().endswith("</table>")
        if line.form or not (stripped.startswith(("{|", "{{")) or html):
            continue
        offset = line_start + len(raw) - len(raw.lstrip())
        host = (offset, offset + len(stripped))
        if stripped.startswith("{|") or html:
            read, structural = table_themes(stripped, offset, names_area)
            nodes = [_node(text, label, body, host, placeholder, rows)
                     for label, body, rows in read]
            if structural:
                found += nodes  # rows grouped under header rows or by a column: themes
            elif CAPTION.search(stripped) and len(nodes) == 1 \
                    and nodes[0].source is not None and nodes[0].source.rows:
                caption_group += nodes  # captioned tables one after another: siblings
            else:
                groups.append(nodes)
        else:
            calls, numbered = _calls(stripped, offset)
            nodes = [_node(text, label, body, host, placeholder) for label, body in calls]
            if numbered:
                found += nodes  # parameters numbered alike: a theme a number
            elif numbered is None:
                groups.append(nodes)  # numbered beside others: themes as their labels say
            else:
                template_group += nodes
    for host, rows in pasted:  # a table pasted as lines of text (CSV, Markdown)
        block = text[host[0]:host[1]]
        read, structural = table_themes(block, host[0], names_area, rows)
        nodes = [_node(text, label, body, host, placeholder, rows_) for label, body, rows_ in read]
        (found.extend if structural else groups.append)(nodes)  # type: ignore[operator]
    groups += [template_group, caption_group]
    for nodes in groups:
        titles = [node.title or "" for node in nodes]
        labelled = labelled_marks(titles)
        if any(labelled):
            # rows (calls) labelled alike in any language, and those among them that name an
            # area: a row labelled otherwise (`Tea break` between `Theme 1: X` and `Theme 2:
            # Y` in a timetable) is no theme
            found += [node for node, title, marked in zip(nodes, titles, labelled, strict=True)
                      if marked or names_area(title) or placeholder(title)]
        elif any(names_area(title) for title in titles):
            found += nodes  # rows (calls) beside one that names an area are themes too
        else:
            found += [node for node in nodes if placeholder(node.title or "")]
    return found


# A line that cannot be a row of a pasted table: a list item, a heading, a table or call, a
# tag, a comment, or nothing.
_NOT_A_ROW = re.compile(r"\A\s*(?:[*#:;=]|\{[|{]|<|\Z)")


# The largest pasted table read (csv.Sniffer's work grows with it): a longer run of plain
# lines is text.
_MOST_ROWS = 300
_MOST_CHARACTERS = 60_000


def _pasted_tables(text: str, start: int, end: int) -> list[tuple[tuple[int, int],
                                                                   list[list[Cell]]]]:
    """The tables pasted as lines of text in `text[start:end]`: each run of three or more lines
    that blocks.delimited_rows reads as one (its span, its rows)."""
    found: list[tuple[tuple[int, int], list[list[Cell]]]] = []
    run: list[tuple[int, int]] = []
    position = start
    for line in [*text[start:end].split("\n"), ""]:
        line_start, position = position, position + len(line) + 1
        if _NOT_A_ROW.match(line) and not line.lstrip().startswith("|") or not line.strip():
            if 3 <= len(run) <= _MOST_ROWS and run[-1][1] - run[0][0] <= _MOST_CHARACTERS:
                host = (run[0][0], run[-1][1])
                rows = delimited_rows(text[host[0]:host[1]])
                if rows is not None:
                    found.append((host, rows))
            run = []
        else:
            run.append((line_start, line_start + len(line.rstrip())))
    return found


def infobox_sections(report: Report, text: str, end: int, template: Template,
                     placeholder: Placeholder) -> dict[str, Node]:
    """The sections an infobox in the text before the first heading (`text[:end]`) gives
    and the report has no heading for: by key, in the infobox's order."""
    if "{{" not in text[:end]:
        return {}  # no line starts a template call
    position = 0
    found: dict[str, tuple[list[Parameter], tuple[int, int], str]] = {}
    for line in logical_lines(text[:end]):
        raw, line_start = line.raw, position
        position += len(raw) + 1
        stripped = raw.strip()
        call = template_call(stripped) if stripped.startswith("{{") else None
        if call is None:
            continue
        offset = line_start + len(raw) - len(raw.lstrip())
        for parameter in call[1]:
            key = template.names.section_word(parameter.name) or section_shown(
                stripped[parameter.value_span[0]:parameter.value_span[1]], template)
            if key is None or key in report.sections or key in found and not \
                    template.names.section_word(parameter.name):
                continue
            entry = found.setdefault(key, ([], (offset, offset + len(stripped)), stripped))
            entry[0].append(parameter)
    sections: dict[str, Node] = {}
    for key, (parameters, host, block) in found.items():
        first = parameters[0]
        label = (host[0] + first.name_span[0], host[0] + first.name_span[1])
        body = (host[0] + first.value_span[0], host[0] + first.value_span[1])
        values = [display_text(block[p.value_span[0]:p.value_span[1]]) and
                  block[p.value_span[0]:p.value_span[1]] for p in parameters]
        node = _node(text, label, body, host, placeholder)
        node.title = None
        if len(parameters) > 1:  # `date` and `place`: one line each
            node.text = "\n".join(value for value in values if value and not placeholder(value))
            assert node.source is not None
            node.source.more = tuple((host[0] + p.value_span[0], host[0] + p.value_span[1])
                                     for p in parameters[1:])
        sections[key] = node
    return sections


def edit_embedded(report: Report, base: Report, text: str) -> str:
    """`text` (the page `base` was read from) with the changed labels and contents of the
    report's embedded nodes (see the module docstring) written into their places. Raises
    EmbeddedChange if the report removes or reorders such a node: their shape is the page's."""
    edits: list[tuple[int, int, str]] = []
    for key, was in base.sections.items():
        if was.source is None or was.source.host is None:
            continue
        if key not in report.sections:
            raise EmbeddedChange(f"{key} is written in the page's infobox; it cannot be removed "
                                 "from the file, only emptied")
        edits += _edits(report.sections[key], was, text)
    for key, node in report.sections.items():
        if key in base.sections:
            _children(node, base.sections[key], text, edits)
    for start, end, value in sorted(edits, reverse=True):
        text = text[:start] + value + text[end:]
    return text


def _children(node: Node, was: Node, text: str, edits: list[tuple[int, int, str]]) -> None:
    """The edits of the embedded children of `was` (its first children: they stand in its
    content, before the children with headings of their own) that `node` makes."""
    embedded = [child for child in was.children if child.source and child.source.host]
    news = node.children[:len(embedded)]
    for new, old in zip(news, embedded, strict=False):
        if new.title != old.title and (new.text, new.points) != (old.text, old.points):
            raise EmbeddedChange(f"{old.title!r} is a table row or a template call on the page: "
                                 "it can be renamed or edited, not removed or moved")
    if len(news) < len(embedded):
        raise EmbeddedChange(f"{embedded[len(news)].title!r} is a table row or a template call "
                             "on the page: it cannot be removed from the file")
    for new, old in zip(news, embedded, strict=True):
        edits += _edits(new, old, text)
    for new, old in zip(node.children[len(embedded):], was.children[len(embedded):],
                        strict=False):
        _children(new, old, text, edits)


def _edits(node: Node, was: Node, text: str) -> list[tuple[int, int, str]]:
    """The replacements that make the embedded node `was` say what `node` says."""
    source = was.source
    assert source is not None
    found: list[tuple[int, int, str]] = []
    if node.title != was.title and node.title is not None:
        label = text[source.heading[0]:source.heading[1]]
        # the title where it stands, whatever label the siblings share around it
        found.append((source.heading[0], source.heading[1],
                      label.replace(was.title, node.title)
                      if was.title and label.count(was.title) == 1 else node.title))
    if node.text != was.text or node.points != was.points:
        if source.rows:  # table rows: a point a row, its other cells its sub-points
            spans = [source.body, *source.more]
            if node.text or tuple(1 + len(point.children) for point in node.points) \
                    != source.rows or any(child.children for point in node.points
                                          for child in point.children):
                raise EmbeddedChange(f"{was.title!r} is written in {len(source.rows)} table "
                                     "rows, one point a row (its other cells its sub-points): "
                                     "only their texts can change")
            texts = [text for point in node.points
                     for text in (point.text, *(child.text for child in point.children))]
            found += [(start, end, value)
                      for (start, end), value in zip(spans, texts, strict=True)]
        elif source.more:
            lines = node.text.split("\n") if node.text else []
            spans = [source.body, *source.more]
            if node.points or len(lines) != len(spans):
                raise EmbeddedChange("a section written in several infobox fields takes one "
                                     f"line a field ({len(spans)} lines)")
            found += [(start, end, line) for (start, end), line in zip(spans, lines, strict=True)]
        else:
            raw = text[source.body[0]:source.body[1]]
            found.append((source.body[0], source.body[1],
                          splice_content(read_content(raw), node.text, node.points)))
    return found
