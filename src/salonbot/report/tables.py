"""Themes in a wikitable, as a reader sees them: the rows, the runs of rows and the groups under
header rows or a caption that hold a theme each (read by report/embedded.py, which turns them
into nodes, and by report/slots.py, where a table of themes shows the summary of the discussion).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from salonbot.report.blocks import Cell, table_rows
from salonbot.report.display import display_text
from salonbot.report.headings import LABEL_LENGTH
from salonbot.report.labels import is_counter, labelled_alike


def label_like(text: str) -> bool:
    """Whether a cell's text reads as a label: short, with letters (not a number, a time or a
    date of digits: `10.30–11.15` in a timetable's first column labels nothing)."""
    shown = display_text(text)
    return len(shown) <= LABEL_LENGTH and any(char.isalpha() for char in shown) \
        and not (len(shown.split()) == 1 and is_counter(shown))  # `A`, `iv`: it only counts


Row = tuple[tuple[int, int], ...]  # the spans of a row's cells that hold its point


Found = tuple[tuple[int, int], tuple[int, int], list[Row] | None]  # label, body, rows


def table_themes(block: str, start: int, names_area: Callable[[str], bool] | None = None,
                 rows: list[list[Cell]] | None = None) -> tuple[list[Found], bool]:
    """The themes a table may hold (spans moved by `start`), and whether its structure alone
    says they are themes: (label span, first cell, rows) of each header row of a table grouped
    by them (_grouped_rows, structural), or of each column of a table whose header cells are
    themes (_columns, structural); else (label span, content span, None) of each row that has a
    label and a content cell (its label in a data cell or a row header `! scope="row" | X`),
    rows whose labels repeat one after another (`| Partnerships || a`, `| Partnerships || b`)
    merged into one theme with a point a row (structural); else the table's caption
    (_captioned). `rows`: the table's rows where it is not a wikitable (blocks.delimited_rows)."""
    rows = table_rows(block) if rows is None else rows
    grouped = _grouped_rows(block, rows, start) or _columns(block, rows, start, names_area)
    if grouped:
        return grouped, True
    labelled: list[tuple[tuple[int, int], list[Cell]]] = []
    numbers: list[str] = []  # the counter in a cell of its own before each row's label
    column = -1  # where the last labelled row has its label, among its data cells
    for row in rows:
        heads = [cell for cell in row if cell.header]
        cells = [cell for cell in row if not cell.header]
        if not heads and _column_titles(block, cells):
            continue  # the titles of the columns in bold data cells: a header row to a reader
        if not heads and labelled and 0 <= column < len(cells) - 1 \
                and not display_text(block[cells[column].start:cells[column].end]).strip() \
                and _shows_words(block[cells[column + 1].start:cells[column + 1].end]):
            # the label's cell left empty (a spreadsheet's rows under the one that names the
            # group): a further point of the theme above
            labelled.append((labelled[-1][0], cells[column + 1:]))
            continue
        if heads and row[0].header and len(heads) == 1 and cells \
                and label_like(block[heads[0].start:heads[0].end]):
            labelled.append((inside(block, heads[0].start, heads[0].end, start), cells))
            continue  # a row header: the row's label
        labels = [index for index, cell in enumerate(cells)
                  if label_like(block[cell.start:cell.end])]
        if heads or not labels or labels[0] + 1 >= len(cells):
            continue
        cell = cells[labels[0]]
        if _a_grid_row(block, cell, cells[labels[0] + 1:]):
            return [], False  # a timetable of sessions, the themes written elsewhere
        labelled.append((inside(block, cell.start, cell.end, start), cells[labels[0] + 1:]))
        column = labels[0]
        before = [display_text(block[other.start:other.end]).strip()
                  for other in cells[:labels[0]]]
        numbers.append(before[0] if len(before) == 1 and is_counter(before[0]) else "")
    captioned = _captioned(block, rows, start) if not any(
        row[0].header for row in rows if len(row) > 1 and not all(c.header for c in row)) else []
    if captioned and names_area is not None and sum(
            names_area(display_text(block[span[0] - start:span[1] - start]))
            for span, _ in labelled) >= 2:
        captioned = []  # a caption over rows that are themes (`|+ The nine areas`) is theirs
    if not labelled or captioned:
        return captioned, False
    runs: list[list[tuple[tuple[int, int], list[Cell]]]] = []
    for entry in labelled:
        name = display_text(block[entry[0][0] - start:entry[0][1] - start])
        if runs and display_text(block[runs[-1][0][0][0] - start:runs[-1][0][0][1] - start]) \
                == name:
            runs[-1].append(entry)
        else:
            runs.append([entry])
    if len(runs) >= 2 and any(len(run) >= 2 for run in runs):  # a column that groups the rows
        merged: list[Found] = []
        for run in runs:
            points = [cells for _, row_cells in run for cells in [_row(block, row_cells, start)]
                      if cells]
            if points:
                merged.append((run[0][0], points[0][0], points))
        return merged, True
    if _numbered_columns(block, rows):  # a row a theme, a cell a point (`! Theme !! Idea 1 !! ...`)
        wide: list[Found] = []
        for span, cells in labelled:
            points = [(cell,) for cell in _row(block, cells, start)]
            if points:
                wide.append((span, points[0][0], points))
        return wide, True
    # a row's content is its first cell after the label that shows words: a mark (`{{Yes}}`,
    # `✓`) beside it is none, and a row whose cells show no words holds no theme (`| Advocacy
    # || {{No}} || —` in a checklist of the areas), unless no row has words (a table to fill in)
    worded = [[cell for cell in cells if _shows_words(block[cell.start:cell.end])]
              for _, cells in labelled]
    found: list[Found] = []
    for (span, cells), words in zip(labelled, worded, strict=True):
        if any(worded) and not words:
            continue
        content = words[0] if words else cells[0]
        found.append((span, inside(block, content.start, content.end, start, " \t"), None))
    # rows numbered in a column of their own (`| 1 || Partnerships || ...`, `| 2 || ...`): the
    # numbers label the rows as a theme's number labels its heading
    numbered = len(numbers) >= 2 and all(numbers) and len(set(numbers)) == len(numbers)
    return found, numbered and len(found) == len(labelled)


def _a_grid_row(block: str, label: Cell, rest: list[Cell]) -> bool:
    """Whether a row's label and the cells after it are the same word or words and a counter
    each (`| 11:00 || Sesión A || Sesión B` in a timetable): a grid of names, no theme and
    its points."""
    texts = [display_text(block[cell.start:cell.end]) for cell in [label, *rest]]
    named = [text.split() for text in texts if any(char.isalpha() for char in text)]
    if len(named) < 2 or not all(1 < len(words) <= 4 and is_counter(words[-1])
                                 for words in named):
        return False
    return len({" ".join(words[:-1]).casefold() for words in named}) == 1


def _column_titles(block: str, cells: list[Cell]) -> bool:
    """Whether a data row's cells, but those that are empty or number the row, are two or more
    bold or italic labels each (`| 1 || <b>Tema</b> || <b>Poin</b>`, in bold quotes, in a
    spreadsheet's export): the titles of the columns, as a header row shows them."""
    texts = [block[cell.start:cell.end].strip() for cell in cells]
    filled = [text for text in texts if display_text(text).strip()
              and not _NUMBERING.match(display_text(text).strip())]
    return len(filled) >= 2 and all(_EMPHASISED.match(text) and label_like(text)
                                    for text in filled)


def _shows_words(text: str) -> bool:
    """Whether a cell shows words: letters, beyond what a template call alone shows (a mark)."""
    return any(char.isalpha() for char in display_text(text))


def _numbered_columns(block: str, rows: list[list[Cell]]) -> bool:
    """Whether the table's first row is header cells whose cells after the first are labelled
    alike (`! Theme !! Proposal 1 !! Proposal 2 !! Proposal 3`): columns of numbered points."""
    if not rows or len(rows[0]) < 3 or not all(cell.header for cell in rows[0]):
        return False
    titles = [display_text(block[cell.start:cell.end]).split() for cell in rows[0][1:]]
    words = {tuple(word.casefold() for word in title if not is_counter(word)) for title in titles}
    counters = [tuple(word for word in title if is_counter(word)) for title in titles]
    return len(words) == 1 and all(len(counter) == 1 for counter in counters) \
        and len(set(counters)) == len(counters)


def _columns(block: str, rows: list[list[Cell]], start: int,
             names_area: Callable[[str], bool] | None) -> list[Found]:
    """In a table whose first row is two or more header cells that are themes (labelled alike,
    or one naming an area: `! Theme 1: Partnerships !! Theme 2: Diversity`) over rows of as many
    cells, each column: its header, and its cells below (one cell: its content; more: a point
    each)."""
    if len(rows) < 2 or len(rows[0]) < 2 or not all(cell.header for cell in rows[0]):
        return []
    heads = rows[0]
    titles = [display_text(block[cell.start:cell.end]) for cell in heads]
    if not all(map(label_like, titles)) or not (
            labelled_alike(titles) or names_area is not None and any(map(names_area, titles))):
        return []
    body = [row for row in rows[1:] if not any(cell.header for cell in row)]
    if not body or any(len(row) != len(heads) for row in body):
        return []
    found: list[Found] = []
    for column, head in enumerate(heads):
        label = inside(block, head.start, head.end, start)
        cells = [inside(block, row[column].start, row[column].end, start, " \t") for row in body]
        if len(cells) == 1:
            found.append((label, cells[0], None))
        else:
            found.append((label, cells[0], [(cell,) for cell in cells]))
    return found


def table_titles(block: str, names_area: Callable[[str], bool] | None = None
                 ) -> tuple[list[str], bool]:
    """What a table (`{| ... |}`) would give as themes: their titles as a reader sees them, and
    whether the table's structure alone says they are themes (see _rows)."""
    found, structural = table_themes(block, 0, names_area)
    return [display_text(block[label[0]:label[1]]) for label, _, _ in found], structural


def _row(block: str, row: list[Cell], start: int) -> Row:
    """The cells of a data row that hold its point: all but those that only number it or show
    nothing (an empty cell is no sub-point; it is filled on the wiki)."""
    cells = [inside(block, cell.start, cell.end, start, " \t") for cell in row]
    return tuple((first, last) for first, last in cells
                 if (shown := display_text(block[first - start:last - start]).strip())
                 and not _NUMBERING.match(shown))


# What a cell that numbers its row shows (`1`, `2.`, `iv)`, `№ 3`), in any script's digits.
_NUMBERING = re.compile(r"\A\W*(?:\d+|[ivxlc]+)\W*\Z", re.IGNORECASE)


def _grouped_rows(block: str, rows: list[list[Cell]], start: int) -> list[Found]:
    """In a table whose rows are grouped under two or more full-width header rows (`!
    colspan="2" | Theme 1: Advocacy`, one header cell that reads as a label), each header row
    and the data rows under it up to the next (their cells but a number: _row). Nothing when
    the table is not so grouped (a header row over the columns has two cells or more)."""
    def header(row: list[Cell]) -> bool:
        if len(row) == 1 and row[0].header:
            return label_like(block[row[0].start:row[0].end])
        # or a data row whose cells are each one emphasised label (`| '''Theme 1: X''' ||
        # '''Тема 1: X'''`): it looks like a header row to a reader (the label in its first)
        cells = [block[cell.start:cell.end].strip() for cell in row]
        return not any(cell.header for cell in row) and bool(cells[0]) and all(
            _EMPHASISED.match(cell) and label_like(cell) for cell in cells if cell)

    if sum(map(header, rows)) < 2:
        return []
    groups: list[tuple[tuple[int, int], list[Row]]] = []
    for row in rows:
        if header(row):
            groups.append((inside(block, row[0].start, row[0].end, start), []))
        elif groups and not any(cell.header for cell in row):
            cells = _row(block, row, start)
            if cells:
                groups[-1][1].append(cells)
    return [(label, rows_[0][0], rows_) for label, rows_ in groups if rows_]


# A cell that is one bold or italic phrase, or one in a tag that shows it so.
_EMPHASISED = re.compile(r"\A(?:'{2,5}(?!')[^'\n]*?[^'\s]'{2,5}|<(b|strong)>[^<>\n]*</\1\s*>)\Z",
                         re.IGNORECASE)


CAPTION = re.compile(r"^[ \t]*\|\+(?:[^|\n]*?=[^|\n]*\|(?!\|))?[ \t]*(?P<caption>[^\n]*?)[ \t]*$",
                      re.MULTILINE)


def _captioned(block: str, rows: list[list[Cell]], start: int) -> list[Found]:
    """A table with a caption that reads as a label (`|+ Theme 1: Advocacy`): the caption, and
    its data rows (the header row over the columns left out), a point each."""
    caption = CAPTION.search(block)
    if caption is None or not label_like(caption.group("caption")):
        return []
    points = [cells for row in rows if not any(cell.header for cell in row)
              for cells in [_row(block, row, start)] if cells]
    if not points:
        return []
    return [((start + caption.start("caption"), start + caption.end("caption")), points[0][0],
             points)]


def inside(block: str, start: int, end: int, offset: int, lead: str | None = None
            ) -> tuple[int, int]:
    """The span of `block[start:end]` without the white space around it (at its start only
    `lead`, if given), moved by `offset`."""
    value = block[start:end]
    first = start + len(value) - len(value.lstrip(lead))
    return offset + first, offset + start + len(value.rstrip())
