"""Report data written inside a block: the rows of a table, the parameters of a template call.

Volunteers put themes in tables (a row a theme: its name in one cell, its points in the next)
and in template calls (`{{Salon theme|title=Advocacy|points=...}}`), and the date, place,
participants or budget of a salon in an infobox at the top of the page (`{{Salon report
|date=...|participants=...}}`). These functions find where such data stands in a block's
wikitext: spans relative to the block, so that a changed value can be written in its place and
everything around it kept.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

import mwparserfromhell
from mwparserfromhell.nodes import Template

_ATTRIBUTES = re.compile(r"[^|\[\]{}]*?=[^|\[\]{}]*\|(?!\|)")  # `style="..." |` before content


@dataclass(frozen=True)
class Cell:
    """A cell of a table: where its content stands (`start`, `end`, attributes left out), and
    whether it is a header cell (`!`)."""

    start: int
    end: int
    header: bool


def _cells_of_line(block: str, start: int, end: int) -> list[Cell]:
    """The cells a table line holds (`| a || b`, `! h !! h`), its first character at `start`."""
    header = block[start] == "!"
    separator = "!!" if header else "||"
    cells: list[Cell] = []
    position = start + 1
    while True:
        stop = block.find(separator, position, end)
        if stop == -1 and header:
            stop = block.find("||", position, end)
        cell_end = end if stop == -1 else stop
        attributes = _ATTRIBUTES.match(block, position, cell_end)
        content_start = attributes.end() if attributes else position
        cells.append(Cell(content_start, cell_end, header))
        if stop == -1:
            return cells
        position = stop + 2


# The tags of an HTML table's rows and cells (`<tr>`, `<td class="x">`, `</th>`).
_HTML_CELL = re.compile(r"<(/?)(tr|td|th)\b[^>]*>", re.IGNORECASE)


def _html_rows(block: str) -> list[list[Cell]]:
    """The rows of an HTML table (`<table>` ... `</table>`, not nested), each a list of its
    cells: a cell runs from its opening tag to its closing tag, or to the next cell or row."""
    rows: list[list[Cell]] = []
    open_cell: tuple[int, bool] | None = None  # where the open cell's content starts
    for tag in _HTML_CELL.finditer(block):
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if open_cell is not None and (closing and name in ("td", "th") or not closing
                                      or name == "tr"):
            if rows:
                rows[-1].append(Cell(open_cell[0], tag.start(), open_cell[1]))
            open_cell = None
        if closing:
            continue
        if name == "tr":
            rows.append([])
        else:
            if not rows:
                rows.append([])
            open_cell = (tag.end(), name == "th")
    return [cells for cells in rows if cells]


def table_rows(block: str) -> list[list[Cell]]:
    """The rows of a wikitable (`{| ... |}`), each a list of its cells; a line that starts with
    none of the table's markers continues the cell before it (a list in a cell). An HTML table
    (`<table>`) is read by its tags."""
    if block.lstrip()[:6].lower() == "<table":
        return _html_rows(block)
    rows: list[list[Cell]] = []
    row: list[Cell] | None = None
    position = 0
    for line in block.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        first = start + len(line) - len(line.lstrip())
        mark = block[first:first + 2]
        if mark in ("{|", "|+") or not line.strip():
            continue
        if mark == "|}":
            break
        if mark == "|-":
            row = []
            rows.append(row)
        elif mark[:1] in ("|", "!"):
            if row is None:
                row = []
                rows.append(row)
            row.extend(_cells_of_line(block, first, end))
        elif row:
            last = row[-1]
            row[-1] = Cell(last.start, end, last.header)
    return [cells for cells in rows if cells]


@dataclass(frozen=True)
class Parameter:
    """A named parameter of a template call: its name, where its name stands and where its
    value stands (white space around the value left out)."""

    name: str
    name_span: tuple[int, int]
    value_span: tuple[int, int]


def template_call(block: str, positional: bool = False) -> tuple[str, list[Parameter]] | None:
    """The name and the named parameters (with `positional`, all of them; a positional one is
    named by its number) of `block` if it is one template call and nothing else, else None."""
    stripped = block.strip()
    if not (stripped.startswith("{{") and stripped.endswith("}}")):
        return None
    code = mwparserfromhell.parse(block)
    templates = [node for node in code.nodes if isinstance(node, Template)]
    if len(templates) != 1 or str(templates[0]).strip() != stripped:
        return None
    call = templates[0]
    offset = block.index(stripped)
    position = offset + 2 + len(str(call.name))
    parameters: list[Parameter] = []
    for parameter in call.params:
        written = str(parameter)
        start = block.find(written, position)
        if start == -1:
            return None
        position = start + len(written)
        if not parameter.showkey and not positional:
            continue
        name = str(parameter.name) if parameter.showkey else ""
        value = str(parameter.value)
        value_start = position - len(value)
        inner = value.strip()
        value_start += len(value) - len(value.lstrip())
        name_start = start + len(name) - len(name.lstrip())
        parameters.append(Parameter(name.strip() or str(parameter.name).strip(),
                                    (name_start, name_start + len(name.strip())),
                                    (value_start, value_start + len(inner))))
    return str(call.name).strip(), parameters


# A Markdown table's line under its header row (`|---|:---:|`).
_MARKDOWN_RULE = re.compile(r"\A\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\Z")


def delimited_rows(block: str) -> list[list[Cell]] | None:
    """The rows of a table pasted as lines of text (a spreadsheet's CSV, `Theme;Idea;Who`, or
    a Markdown table, `| A | B |` with `|---|---|` under its header row), each a list of its
    cells (spans in `block`; the header row's cells marked as headers), if every line of
    `block` (three or more) splits into the same number of fields, two or more, by one
    delimiter (`;`, a tab, `|` or `,`; quoted fields as csv reads them); else None. A CSV
    header row is the first line where csv.Sniffer finds one."""
    lines = block.split("\n")
    if len(lines) < 3:
        return None
    markdown = all(line.strip().startswith("|") and line.strip().endswith("|") for line in lines)
    rule = next((index for index, line in enumerate(lines) if _MARKDOWN_RULE.match(line.strip())),
                None) if markdown else None
    try:
        dialect = csv.Sniffer().sniff(block, delimiters="|" if markdown else ";\t|,")
    except csv.Error:
        return None
    rows: list[list[Cell]] = []
    position = 0
    for index, line in enumerate(lines):
        start, position = position, position + len(line) + 1
        if index == rule:
            continue
        inner, offset = line, start
        if markdown:
            stripped = line.strip()
            offset = start + line.index("|") + 1
            inner = stripped[1:-1]
        try:
            values = next(csv.reader([inner], dialect))
        except (csv.Error, StopIteration):
            return None
        cells = _field_spans(inner, values, dialect, offset)
        if cells is None:
            return None
        rows.append(cells)
    if len({len(row) for row in rows}) != 1 or len(rows[0]) < 2:
        return None
    header = rule == 1 if markdown else _names_columns(block, rows)
    if header:
        rows[0] = [Cell(cell.start, cell.end, True) for cell in rows[0]]
    return rows


def _names_columns(block: str, rows: list[list[Cell]]) -> bool:
    """Whether the first row names the columns: its cells short labels (three words at most,
    no digits), over a column most of whose other cells say more (`Тема;Предложение;Кто`
    over `Партнёрства;Провести вики-марафон вместе с библиотекой;Ольга`)."""
    first = [block[cell.start:cell.end].strip() for cell in rows[0]]
    if not all(cell and len(cell.split()) <= 3 and not any(c.isdigit() for c in cell)
               for cell in first):
        return False
    return any(2 * sum(len(block[row[column].start:row[column].end].split())
                       > len(first[column].split()) for row in rows[1:]) > len(rows) - 1
               for column in range(len(first)))


def _field_spans(line: str, values: list[str], dialect: type[csv.Dialect] | csv.Dialect,
                 offset: int) -> list[Cell] | None:
    """Where each of the fields csv read from `line` stands in it (a quoted field: inside its
    quotes), moved by `offset`; None where the fields cannot be found in order."""
    cells: list[Cell] = []
    at = 0
    quote = dialect.quotechar or '"'
    for number, value in enumerate(values):
        if number:
            if line[at:at + 1] != dialect.delimiter:
                return None
            at += 1
        raw = line[at:]
        if raw.lstrip(" ").startswith(quote) and value:
            first = at + len(raw) - len(raw.lstrip(" ")) + 1
            written = value.replace(quote, quote * 2)
            if line[first:first + len(written)] != written:
                return None
            cells.append(Cell(offset + first, offset + first + len(written), False))
            at = line.find(quote, first + len(written)) + 1
            if at == 0:
                return None
            while line[at:at + 1] == " ":
                at += 1
            continue
        if not raw.startswith(value):
            return None
        cells.append(Cell(offset + at, offset + at + len(value), False))
        at += len(value)
    return cells if at == len(line.rstrip()) or at == len(line) else None
