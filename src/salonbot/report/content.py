"""The content of a node (the wikitext between its heading and the next) <-> text and points.

Reading (`read_content`) works on the content as a reader sees it (form.py: comments,
Translate markup, categories and alike are not content): prose (`text`) followed by a list
region (`points`). The region starts at the first list line (`*`, `#`, `:` or `;`) that nothing
after it stops, and runs to the end; in it every line is one item: list lines at their depth, a
run of blank lines as one empty top-level item (it separates two lists), a line of prose as a
top-level item of its own (a bold or italic field label between two lists, `'''Contra:'''`, is
that list's caption: form). A line with a carriage return stops the region (a bullet is one
line), and so does a block written over several lines (a table, a gallery, a template call).
Lists are at most MAX_DEPTH deep in the report; deeper lines count at that depth.

Writing: `join_content` writes text and points in the canonical form (`* item`, one blank line
between text and points). `splice_content` writes them onto the content a node had on its page,
the way Parsoid serves VisualEditor: an unchanged line keeps its bytes (its markers and
comments with it), a changed line is rewritten in place, a new line is written in the style of
the list it joins, and a deleted line leaves no trace (a Translate unit marker goes with its
paragraph; other form stays).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field

from salonbot.report.form import Line, is_unit_marker_line, logical_lines
from salonbot.report.memo import page_cache
from salonbot.report.model import Bullet

MARKERS = "*#:;"
MAX_DEPTH = 30
_MARKER_RUN = re.compile(r"[*#:;]+")
_CLOSING = re.compile(r"(?:</[a-z]+\s*>\s*)+", re.IGNORECASE)  # a line of closing tags only

#: What a line of the canonical form is: ("t", text line), ("g",) the blank line between text
#: and points, ("i", depth, text) an item, ("b",) the blank line between two lists.
Key = tuple[object, ...]
GAP: Key = ("g",)
BLANK: Key = ("b",)


@dataclass
class Unit:
    """A line of the canonical form of a content and the page lines that are it: `lines` its
    own lines (one for text and items; any number of blank lines for a gap or a blank item), in
    a range that starts with the form lines just before it (a Translate unit marker, a comment)."""

    key: Key
    lines: list[int] = field(default_factory=list)
    prefix: str = ""  # an item's list markers and the space after them, as written
    start: int = 0  # the unit's page lines are lines[start:end]: the form lines before its
    end: int = 0  # first own line, then its own lines (and form lines among them)
    segment: tuple[int, int] | None = None  # a point of a line of `<br />`: its span there


@dataclass
class Content:
    """A node's content as read from its page: the report's `text` and `points`, and how the
    page writes them (its lines, their units, the lines before and after them, the style of its
    lists) for `splice_content`."""

    text: str
    points: list[Bullet]
    lines: list[Line]
    units: list[Unit]
    head: list[int]  # blank and form lines before the first unit
    tail: list[int]  # blank lines, empty list lines and form lines after the last unit
    marks: str = "*"
    space: str = " "
    lead: str = ""  # the markers of the list item whose sub-items this content is (`*`)
    placeholder: Callable[[str], bool] | None = None  # guidance from the template, not content

    @property
    def categories(self) -> list[str]:
        return [name for line in self.lines for name in line.categories]


@dataclass(slots=True)
class _Item:
    depth: int
    text: str
    prefix: str
    kind: str  # "list", "prose" or "blank"
    lines: list[int]
    marker: str = ""


def _is_filler(line: str) -> bool:
    """Whether a line is blank or a list line with no text (`*` alone)."""
    found = _MARKER_RUN.match(line)
    return not line[found.end() if found else 0:].strip()


def _region_start(lines: list[str]) -> int | None:
    """The index of the line where the list region starts, or None if there is none."""
    start: int | None = None
    for index, line in enumerate(lines):
        if "\r" in line or "\n" in line:  # a point is one line: a block over several stops it
            start = None
        elif start is None and line[:1] in MARKERS and line[:1] and not _is_filler(line):
            start = index
    return start


def _read_items(lines: list[str], first: int, lead: int = 0) -> list[_Item]:
    """The items of a list region's lines (numbered from `first` in the content's lines); with
    `lead`, the sub-items of a list item at that depth (`**` under `*` is at depth 1)."""
    items: list[_Item] = []
    previous = 0  # depth of the previous list item; 0 after a blank line or prose
    blanks: list[int] = []
    for offset, line in enumerate(lines):
        index = first + offset
        if _is_filler(line):
            blanks.append(index)
            continue
        if blanks:
            items.append(_Item(1, "", "", "blank", blanks))
            blanks, previous = [], 0
        found = _MARKER_RUN.match(line)
        if found is None:
            items.append(_Item(1, line.strip(), "", "prose", [index]))
            previous = 0
            continue
        marker = found.group()
        rest = line[len(marker):]
        prefix = marker + rest[: len(rest) - len(rest.lstrip())]
        own = marker[lead:] or marker[-1:]  # the markers below the label's
        if lead and len(own) > 1 and own[0] == ":" and marker[:lead].strip(":") == "":
            own = own.lstrip(":") or own[-1:]  # `::* x` under an indented `:'''Label'''`
        depth = min(len(own), previous + 1, MAX_DEPTH)
        items.append(_Item(depth, rest.strip(), prefix, "list", [index], own))
        previous = depth
    return items


def _choose_marks(items: list[_Item]) -> str:
    """The list characters by depth that most list items follow (`*` where it ties)."""
    by_depth: dict[int, list[str]] = {}
    for item in items:
        if item.kind == "list" and len(item.marker) == item.depth:
            by_depth.setdefault(item.depth, []).append(item.marker)
    marks = ""
    for depth in range(1, MAX_DEPTH + 1):
        counts = Counter(marker[-1] for marker in by_depth.get(depth, ())
                         if marker.startswith(marks))
        if not counts:
            break
        marks += max(counts, key=lambda char: (counts[char], char == "*"))
    marks = marks or "*"
    while len(marks) > 1 and marks[-1] == marks[-2]:
        marks = marks[:-1]
    return marks


def _choose_space(items: list[_Item]) -> str:
    counts = Counter(item.prefix[len(item.marker):] for item in items if item.kind == "list")
    if not counts:
        return " "
    return max(counts, key=lambda space: (counts[space], space == " "))


def _marks_for(marks: str, depth: int) -> str:
    return marks[:depth] + marks[-1] * (depth - len(marks))


def _build_tree(items: list[_Item]) -> list[Bullet]:
    top: list[Bullet] = []
    stack: list[list[Bullet]] = [top]  # stack[d - 1] holds the bullets at depth d
    for item in items:
        del stack[item.depth:]
        bullet = Bullet(item.text)
        stack[item.depth - 1].append(bullet)
        stack.append(bullet.children)
    return top


@dataclass
class TextAndPoints:
    """What a node's content says (read_content without how the page writes it)."""

    text: str
    points: list[Bullet]
    categories: list[str]


@dataclass
class _Read:
    lines: list[Line]
    shown: list[int]  # the index in `lines` of each line that shows (of each `<br />` point)
    segments: dict[int, tuple[int, int]]  # shown line -> a `<br />` segment's span
    first: int  # the first shown line that is not blank
    start: int | None  # where the list region starts, in the shown lines from `first`
    text_lines: list[str]
    items: list[_Item]


#: How many nodes' contents are kept for their next read (memo.py): a page written onto its
#: base is read back to check it, and most of its nodes' contents are the base's.
CONTENTS = 256


def _read(raw: str, lists: bool, lead: str, placeholder: Callable[[str], bool] | None,
          hosted: frozenset[str]) -> _Read:
    """What read_content and read_text_and_points read, kept for the next read of the same
    content (shared: neither changes it)."""
    return _kept_read(raw, lists, lead, placeholder, hosted)


def _as_form(lines: list[Line], chosen: Container[int], kind: str) -> list[Line]:
    """`lines` with those at the `chosen` indexes made form of `kind` (no text, no point; the
    page keeps them as written)."""
    return [Line(line.raw, "", True, (len(line.raw),) * 2, line.categories, kind)
            if index in chosen else line for index, line in enumerate(lines)]


def _read_anew(raw: str, lists: bool, lead: str, placeholder: Callable[[str], bool] | None,
               hosted: frozenset[str]) -> _Read:
    lines = logical_lines(raw, placeholder)
    if hosted:
        lines = _as_form(lines, {index for index, line in enumerate(lines)
                                 if line.raw.strip() in hosted}, "hosted")
    if lists and "''" in raw:
        lines = _captions_as_form(lines)
    if lists and ":" in raw:
        lines = _closing_stamps_as_form(lines)
    if lists and "''" in raw:
        lines = _closing_notes_as_form(lines)
    if lists and ":" in raw:
        lines = _logged_asides_as_form(lines)
    if lists and "/>" in raw:
        lines = _empty_elements_as_form(lines)
    shown: list[int] = []
    clean: list[str] = []
    segments: dict[int, tuple[int, int]] = {}  # virtual line -> a `<br />` segment's span
    for index, line in enumerate(lines):
        if line.form:
            continue
        found = _br_segments(line) if lists else None
        spans: list[tuple[int, int] | None] = list(found) if found else [None]
        for span in spans:
            if span is not None:
                segments[len(clean)] = span
            shown.append(index)
            clean.append(f"* {line.raw[span[0]:span[1]]}" if span else line.clean)
    first, last = 0, len(clean)
    while first < last and not clean[first]:
        first += 1
    while last > first and not clean[last - 1]:
        last -= 1
    middle = clean[first:last]
    start = _region_start(middle) if lists else None
    text_end = len(middle) if start is None else start
    items: list[_Item] = []
    if start is not None:
        end = len(middle)
        while end > start and _is_filler(middle[end - 1]):
            end -= 1  # empty list lines after the last item belong to the tail
        items = _read_items(middle[start:end], first + start, len(lead))
    while text_end > 0 and not middle[text_end - 1]:
        text_end -= 1
    return _Read(lines, shown, segments, first, start, middle[:text_end], items)


_kept_read = page_cache(_read_anew, CONTENTS)

# A field label in bold or italics with nothing after its colon (`'''Folgen:'''`, `'''Contra:'''`,
# `''Comments:''`): short, no sentence in it; an apostrophe inside a word (`wa'am`) is a letter.
_CAPTION = re.compile(r"\A('''''|'''|'')(?P<label>(?:[^'\n.!?。]|(?<!')'(?!')){1,60}?)"
                      r"\s*(?:[:：]\s*\1|\1\s*[:：])\Z")


def _captions_as_form(lines: list[Line]) -> list[Line]:
    """`lines` with the captions of the lists of a list region made form: a field label in bold
    or italics alone on its line (`'''Contra:'''`, `''Comments:''`) after a list and right
    above the next (blank lines between them aside) labels that list as a table's header row
    labels its rows. It says nothing of its own, so it is no point; the page keeps it where it
    stands."""
    shown = [index for index, line in enumerate(lines) if not line.form and line.clean]
    listed = False
    found: set[int] = set()
    for position, index in enumerate(shown):
        clean = lines[index].clean
        if clean[:1] in MARKERS:
            listed = True
        elif listed and _CAPTION.match(clean) and position + 1 < len(shown) \
                and lines[shown[position + 1]].clean[:1] in MARKERS:
            found.add(index)
    return _as_form(lines, found, "caption") if found else lines


# An element with no content, alone on its line: `<references />`, `<references group="a" />`,
# `<hr/>`.
_EMPTY_ELEMENT = re.compile(r"\A<[A-Za-z][\w-]*(?:\s[^<>\n]*)?/>\Z")


def _empty_elements_as_form(lines: list[Line]) -> list[Line]:
    """`lines` with the empty elements alone on their lines after a list made form: a
    `<references />` under the budget's list shows the footnotes MediaWiki gathers from the
    points above, an `<hr />` a rule; neither holds a word of its own, so neither is a point. (Before
    the first list such a line stays in the text, as any line there.)"""
    listed = False
    found: set[int] = set()
    for index, line in enumerate(lines):
        if line.form:
            continue
        if line.clean[:1] in MARKERS and line.clean[:1]:
            listed = True
        elif listed and _EMPTY_ELEMENT.match(line.clean):
            found.add(index)
    return _as_form(lines, found, "empty") if found else lines


# A clock time that opens a line of prose, bold or not, then a dash (`'''11:50''' – …`, `11:50 –
# …`): an entry of a log kept through the day.
_STAMP = re.compile(r"\A(?:'''|'')?\d{1,2}:\d{2}(?::\d{2})?(?!\d)(?:'''|'')?\s*[-–—]\s*\S")


def _closing_stamps_as_form(lines: list[Line]) -> list[Line]:
    """`lines` with the time-stamped lines of prose that close a list region made form: set
    apart from the list above them by a blank line, with nothing but such lines after them
    (`'''11:50''' – Tables close, notes photographed.` after the last theme's points in a lab
    notebook), they carry on the day's log, as the stamped lines of the narrative do; they say
    nothing of the list, so they are no points; the page keeps them where they stand."""
    found: list[int] = []
    listed = blank = False
    for index, line in enumerate(lines):
        if line.form:
            continue
        clean = line.clean
        if not clean:
            blank = listed
        elif clean[:1] in MARKERS:
            listed, blank, found = True, False, []
        elif blank and _STAMP.match(clean):
            found.append(index)
        else:
            listed = blank = False
            found = []
    return _as_form(lines, set(found), "stamp") if found else lines


# A line that is one phrase in italics (not bold, not bold italics): `''Abstimmung: 5 Ja.''`.
_ITALIC_LINE = re.compile(r"\A''(?!')(?:[^'\n]|(?<!')'(?!'))+''\Z")


def _closing_notes_as_form(lines: list[Line]) -> list[Line]:
    """`lines` with the line in italics that closes a list region made form: right under the
    list's last item, with nothing after it (`''Abstimmung: 5 Ja, 0 Nein.''` under a resolution's
    measures, a source under a list), it is set apart from the items by its italics as a
    caption is, a note on the list and no item of it; the page keeps it where it stands."""
    shown = [index for index, line in enumerate(lines) if not line.form and line.clean]
    if len(shown) < 2:
        return lines
    last, before = shown[-1], shown[-2]
    if lines[before].clean[:1] not in MARKERS or not lines[before].clean[:1] \
            or not _ITALIC_LINE.match(lines[last].clean) \
            or any(not line.form and not line.clean for line in lines[before + 1:last]):
        return lines
    return _as_form(lines, {last}, "note")


# A list line of a log: its markers, a clock time (in brackets or not, a word before it: `[오후
# 7:32]`), then what was logged.
_LOGGED = re.compile(r"\A[*#:;]+\s*[\[(（]?(?:[^\W\d]+\s*)?\d{1,2}:\d{2}(?::\d{2})?[\])）]?\s+"
                     r"(?P<rest>\S.*)\Z")
# What is wholly in round brackets: `(laughter)`, `（中村 さんが退出しました）`.
_ASIDE = re.compile(r"\A[(（][^()（）]*[)）]\Z")


def _logged_asides_as_form(lines: list[Line]) -> list[Line]:
    """`lines` with the asides of a log made form: among two or more list lines that open with a
    clock time (a transcript, a chat), those whose words after the time are wholly in round
    brackets (`: 00:14:30 （中村 さんがミーティングから退出しました）`) are what happened in the room or
    the tool, a stage direction and no one's words, so no point; the page keeps them."""
    logged = {index: found.group("rest") for index, line in enumerate(lines)
              if not line.form and (found := _LOGGED.match(line.clean))}
    asides = {index for index, rest in logged.items() if _ASIDE.match(rest)}
    if not asides or len(logged) - len(asides) < 2:
        return lines
    return _as_form(lines, asides, "aside")


def read_text_and_points(raw: str, lists: bool = True, lead: str = "",
                 placeholder: Callable[[str], bool] | None = None,
                 hosted: frozenset[str] = frozenset()) -> TextAndPoints:
    """The text, points and categories read_content gives (same arguments), without the work
    of recording how the page writes them."""
    read = _read(raw, lists, lead, placeholder, hosted)
    return TextAndPoints("\n".join(read.text_lines), _build_tree(read.items),
                   [name for line in read.lines for name in line.categories])


def read_categories(raw: str, lists: bool = True, lead: str = "",
                    placeholder: Callable[[str], bool] | None = None) -> list[str]:
    """The categories read_text_and_points gives (same arguments), without building its
    points."""
    return [name for line in _read(raw, lists, lead, placeholder, frozenset()).lines
            for name in line.categories]


def read_content(raw: str, lists: bool = True, lead: str = "",
                 placeholder: Callable[[str], bool] | None = None,
                 hosted: frozenset[str] = frozenset()) -> Content:
    """The text and points of a node's content `raw` (see the module docstring), and how the
    page writes them. With `lists` False everything is text (the intro of a page); `lead` is
    the markers of the list item whose sub-items `raw` is (a theme written as `* Advocacy` with
    `** ...` under it), which the depths of its points do not count; `placeholder` tells
    guidance left in from the report template ("Write here..."), which is not content; a block
    in `hosted` (a table, a template call) holds nodes of its own (report/embedded.py): it is
    not this content's text."""
    read = _read(raw, lists, lead, placeholder, hosted)
    lines, shown, first, start = read.lines, read.shown, read.first, read.start
    text_lines, items, segments = read.text_lines, read.items, read.segments
    text_end = len(text_lines)
    units: list[Unit] = []
    units.extend(Unit(("t", line), [first + offset]) for offset, line in enumerate(text_lines))
    if text_lines and items:
        units.append(Unit(GAP, list(range(first + text_end, first + (start or 0)))))
    for item in items:
        key: Key = BLANK if item.kind == "blank" else ("i", item.depth, item.text)
        units.append(Unit(key, item.lines, prefix=item.prefix,
                          segment=segments.get(item.lines[0]) if item.lines else None))
    # Own lines are indexes into `clean`: make them indexes into `lines`. Each unit's range runs
    # from the form lines just before its first own line to its last own line.
    previous_end = -1
    head_end = None
    for unit in units:
        unit.lines = [shown[index] for index in unit.lines]
        if not unit.lines:
            unit.start = unit.end = previous_end + 1
            continue
        begin = unit.lines[0]
        while begin - 1 > previous_end and lines[begin - 1].form:
            begin -= 1
        if head_end is None:
            head_end = begin
        unit.start, unit.end = begin, unit.lines[-1] + 1
        previous_end = unit.lines[-1]
    if head_end is None:
        head_end = len(lines)
    for before, unit in zip(units, units[1:], strict=False):  # `<br />` points: one range
        if unit.segment is not None and before.segment is not None \
                and unit.lines == before.lines:
            unit.start = before.start
    placed = [unit for unit in units if unit.lines]
    for before, unit in zip(placed, placed[1:], strict=False):
        # closing tags (`</ul>`, `</li>`) end what comes before them: they go with it
        while unit.start < unit.lines[0] and before.end == unit.start \
                and _CLOSING.fullmatch(lines[unit.start].raw.strip()):
            before.end = unit.start = unit.start + 1
    for unit in units:  # a gap with no line of its own sits where the next unit's range starts
        if not unit.lines:
            following = [other.start for other in units if other.lines and other.start >= unit.start]
            unit.start = unit.end = min(following, default=previous_end + 1)
    head = list(range(head_end))
    tail = list(range(previous_end + 1, len(lines))) if units else []
    text = "\n".join(text_lines)
    marks, space = (_choose_marks(items), _choose_space(items)) if items else ("*", " ")
    return Content(text, _build_tree(items), lines, units, head, tail, marks, space, lead,
                   placeholder)


def _flatten(points: list[Bullet], depth: int = 1) -> Iterator[tuple[int, Bullet]]:
    for bullet in points:
        yield depth, bullet
        yield from _flatten(bullet.children, depth + 1)


def content_keys(text: str, points: list[Bullet]) -> list[Key]:
    """The lines of the canonical form of a content, as keys (see Key)."""
    keys: list[Key] = [("t", line) for line in text.split("\n")] if text else []
    if text and points:
        keys.append(GAP)
    for depth, bullet in _flatten(points):
        keys.append(BLANK if depth == 1 and not bullet.text else ("i", depth, bullet.text))
    return keys


def _item_line(depth: int, text: str, marks: str, space: str, lead: str = "") -> str:
    gap = space if space or text[:1] not in MARKERS else " "
    return lead + _marks_for(marks, depth) + gap + text


def _new_line(key: Key, marks: str, space: str, lead: str = "") -> str:
    if key[0] == "t":
        return str(key[1])
    if key[0] == "i":
        return _item_line(int(str(key[1])), str(key[2]), marks, space, lead)
    return ""


def join_content(text: str, points: list[Bullet], marks: str = "*", space: str = " ",
                 lead: str = "") -> str:
    """A node's content in the canonical form (or with the list characters `marks` by depth
    and `space` after them; `lead` before the markers of the sub-items of a list item)."""
    return "\n".join(_new_line(key, marks, space, lead) for key in content_keys(text, points))


def _rewrite(content: Content, unit: Unit, key: Key) -> str | None:
    """The page line of `unit` rewritten to say `key` (a text line or an item), or None if it
    cannot be rewritten in place."""
    if len(unit.lines) != 1 or key[0] not in ("t", "i") or unit.key[0] != key[0] \
            or unit.segment is not None:
        return None
    line = content.lines[unit.lines[0]]
    if key[0] == "t":
        return line.rewritten(str(key[1]))
    depth, text = int(str(key[1])), str(key[2])
    prefix = unit.prefix
    if not prefix and depth == 1 and text[:1] not in MARKERS:
        return line.rewritten(text)  # a line of prose among the items stays prose
    if unit.key[1] != depth or not prefix or (not prefix[len(prefix.rstrip()):] and text[:1] in MARKERS):
        prefix = _item_line(depth, "", content.marks, content.space, content.lead)
        if text[:1] in MARKERS and not prefix.endswith(" "):
            prefix += " "
    marks = prefix.rstrip()
    if marks.endswith(";"):
        # a term that was a point (a sentence) could read as a label once rewritten: the new
        # text is written as its definition, which is a point whatever it says
        prefix = marks[:-1] + ":" + prefix[len(marks):]
    return line.rewritten(prefix + text)


def _matches(old: list[Key], new: list[Key], alo: int, ahi: int, blo: int, bhi: int,
             found: list[tuple[int, int]]) -> None:
    """The lines of old[alo:ahi] and new[blo:bhi] that stay, as (old index, new index): equal
    ends first, then the lines that occur once on each side, in order (patience diff: a
    paragraph deleted next to an equal one is not taken for an edit of it), then difflib."""
    while alo < ahi and blo < bhi and old[alo] == new[blo]:
        found.append((alo, blo))
        alo, blo = alo + 1, blo + 1
    tail: list[tuple[int, int]] = []
    while alo < ahi and blo < bhi and old[ahi - 1] == new[bhi - 1]:
        ahi, bhi = ahi - 1, bhi - 1
        tail.append((ahi, bhi))
    if alo < ahi and blo < bhi:
        olds, news = Counter(old[alo:ahi]), Counter(new[blo:bhi])
        where = {new[j]: j for j in range(blo, bhi) if news[new[j]] == 1}
        pairs = [(i, where[old[i]]) for i in range(alo, ahi)
                 if olds[old[i]] == 1 and old[i] in where]
        anchors = _increasing(pairs)
        if anchors:
            previous = (alo, blo)
            for i, j in anchors:
                _matches(old, new, previous[0], i, previous[1], j, found)
                found.append((i, j))
                previous = (i + 1, j + 1)
            _matches(old, new, previous[0], ahi, previous[1], bhi, found)
        else:
            matcher = difflib.SequenceMatcher(None, old[alo:ahi], new[blo:bhi], autojunk=False)
            for block in matcher.get_matching_blocks():
                found.extend((alo + block.a + k, blo + block.b + k) for k in range(block.size))
    found.extend(reversed(tail))


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of `pairs` (sorted by their first) whose seconds increase."""
    if not pairs:
        return []
    tails: list[int] = []  # index in pairs of the last element of the best run of each length
    before: list[int] = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if pairs[tails[middle]][1] < j:
                low = middle + 1
            else:
                high = middle
        before[index] = tails[low - 1] if low else -1
        if low == len(tails):
            tails.append(index)
        else:
            tails[low] = index
    run, index = [], tails[-1]
    while index != -1:
        run.append(pairs[index])
        index = before[index]
    return run[::-1]


def diff_opcodes(old: list[Key], new: list[Key]) -> list[tuple[str, int, int, int, int]]:
    """difflib-style opcodes turning `old` into `new`, from a patience diff (_matches)."""
    found: list[tuple[int, int]] = []
    _matches(old, new, 0, len(old), 0, len(new), found)
    found.append((len(old), len(new)))
    codes: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for a, b in found:
        if i < a or j < b:
            tag = "replace" if i < a and j < b else "delete" if i < a else "insert"
            codes.append((tag, i, a, j, b))
        if a < len(old) and b < len(new):
            if codes and codes[-1][0] == "equal" and codes[-1][2] == a and codes[-1][4] == b:
                codes[-1] = ("equal", codes[-1][1], a + 1, codes[-1][3], b + 1)
            else:
                codes.append(("equal", a, a + 1, b, b + 1))
        i, j = a + 1, b + 1
    return codes


def _form_of(content: Content, unit: Unit, dropped: bool) -> list[str]:
    """The form lines in a unit's range (of a dropped unit, its Translate unit markers left out:
    they belong to the paragraph; guidance left in from the template goes once the content
    changed: it was there to be replaced)."""
    own = set(unit.lines)
    return [content.lines[index].raw for index in range(unit.start, unit.end)
            if index not in own and content.lines[index].kind != "placeholder"
            and not (dropped and is_unit_marker_line(content.lines[index]))]


def _kept(content: Content, indexes: Iterable[int]) -> list[str]:
    """The lines of `indexes` a changed content keeps: all but guidance from the template."""
    return [content.lines[index].raw for index in indexes
            if content.lines[index].kind != "placeholder"]


def _fresh(content: Content, key: Key) -> str:
    """A new line saying `key`, in the style of the content's list: an HTML list's item is a
    copy of an item line of its depth with the new text (`<li>new</li>`)."""
    if key[0] == "i":
        depth = int(str(key[1]))
        shape = next((line for line in content.lines if line.marker and not line.form
                      and len(line.marker) - len(content.lead) == depth
                      and line.raw[line.core[1]:].strip().lower().startswith("</")), None)
        if shape is not None:
            return shape.rewritten(str(key[2]))
    return _new_line(key, content.marks, content.space, content.lead)


_BR = re.compile(r"\s*<br\s*/?\s*>\s*", re.IGNORECASE)


def _br_segments(line: Line) -> list[tuple[int, int]] | None:
    """The spans of the texts of a line of prose that `<br />` cuts into two or more (a list
    written so: each a point), or None."""
    if line.marker or "\n" in line.raw or "<" not in line.clean or line.clean[:1] in MARKERS \
            or line.raw[line.core[0]:line.core[1]] != line.clean:
        return None
    cuts = list(_BR.finditer(line.raw, line.core[0], line.core[1]))
    if not cuts:
        return None
    spans, start = [], line.core[0]
    for cut in cuts:
        spans.append((start, cut.start()))
        start = cut.end()
    spans.append((start, line.core[1]))
    spans = [span for span in spans if span[1] > span[0]]
    return spans if len(spans) >= 2 else None


class _Lines(list[str]):
    """The lines of a spliced content; a line of `<br />` points is rebuilt from its points at
    the end (`rebuilt`), where they were put one by one (`segment`)."""

    def __init__(self, content: Content, lines: list[str]):
        super().__init__(lines)
        self.content = content
        self.groups: dict[int, list[str]] = {}
        self.last: int | None = None  # the `<br />` line written last, while nothing follows

    def append(self, line: str) -> None:
        self.last = None
        super().append(line)

    def extend(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.append(line)

    def segment(self, index: int, text: str) -> None:
        if index not in self.groups:
            self.groups[index] = []
            super().append(f"\0{index}")
        self.groups[index].append(text)
        self.last = index

    def rebuilt(self) -> str:
        lines = []
        for line in self:
            if not line.startswith("\0"):
                lines.append(line)
                continue
            index = int(line[1:])
            texts = self.groups[index]
            page = self.content.lines[index]
            cuts = list(_BR.finditer(page.raw, page.core[0], page.core[1]))
            separator = cuts[0].group() if cuts else "<br />"
            if texts:
                lines.append(page.raw[:page.core[0]] + separator.join(texts)
                             + page.raw[page.core[1]:])
        return "\n".join(lines)


def _spliced(content: Content, keys: list[Key]) -> str:
    raw = [line.raw for line in content.lines]
    if not content.units:  # nothing to keep: the content goes right after the heading's line
        new = [_fresh(content, key) for key in keys]
        return "\n".join([raw[content.head[0]], *new,
                          *_kept(content, range(content.head[0] + 1, len(raw)))]) if raw \
            else "\n".join(new)
    out = _Lines(content, _kept(content, content.head))

    def segment(unit: Unit, text: str | None) -> None:
        """A `<br />` point kept, rewritten (`text`) or deleted (None)."""
        index = unit.lines[0]
        if index not in out.groups:
            out.extend(_kept(content, range(unit.start, index)))
        if text is None:
            out.groups.setdefault(index, [])
            if f"\0{index}" not in out:
                list.append(out, f"\0{index}")
        else:
            out.segment(index, text)

    def fresh(key: Key) -> None:
        if out.last is not None and key[0] == "i" and key[1] == 1:
            out.segment(out.last, str(key[2]))  # a new point among `<br />` points: one more
        else:
            out.append(_fresh(content, key))

    for tag, i1, i2, j1, j2 in diff_opcodes([unit.key for unit in content.units], keys):
        if tag == "equal":
            for unit in content.units[i1:i2]:
                if unit.segment is not None:
                    segment(unit, content.lines[unit.lines[0]].raw[unit.segment[0]:
                                                                    unit.segment[1]])
                else:
                    out.extend(_kept(content, range(unit.start, unit.end)))
            continue
        olds, news = content.units[i1:i2], keys[j1:j2]
        while olds and olds[0].segment is not None and news and news[0][0] == "i":
            segment(olds[0], str(news[0][2]))
            olds, news = olds[1:], news[1:]
        while olds and news:
            line = _rewrite(content, olds[0], news[0])
            if line is not None:  # the form before it, the rewritten line, the form after it
                own = olds[0].lines[0]
                form = _form_of(content, olds[0], dropped=False)
                before = sum(1 for index in range(olds[0].start, own)
                             if content.lines[index].kind != "placeholder")
                out.extend(form[:before])
                out.append(line)
                out.extend(form[before:])
                olds, news = olds[1:], news[1:]
            elif len(olds) > len(news):
                if olds[0].segment is not None:
                    segment(olds[0], None)
                else:
                    out.extend(_form_of(content, olds[0], dropped=True))
                olds = olds[1:]
            else:
                fresh(news[0])
                news = news[1:]
        for unit in olds:
            if unit.segment is not None:
                segment(unit, None)
            else:
                out.extend(_form_of(content, unit, dropped=True))
        for key in news:
            fresh(key)
    out.extend(_kept(content, content.tail))
    return out.rebuilt()


def splice_content(content: Content, text: str, points: list[Bullet]) -> str:
    """`text` and `points` written onto the page content `content` was read from: see the
    module docstring. The result reads back as `text` and `points` (checked; where it would
    not, the content is written in the canonical form, in the page's list style)."""
    raw = "\n".join(line.raw for line in content.lines)
    opened = raw.rfind("<!--")
    if opened != -1 and "-->" not in raw[opened:] and content.lines:
        # a comment never closed hides all after it: it stays last, the rest is written before
        # it (as the page's own splice sets it apart), else the new lines would be hidden
        before = read_content(raw[:opened], lead=content.lead, placeholder=content.placeholder)
        if before.text == content.text and before.points == content.points:
            return splice_content(before, text, points) + raw[opened:]
    spliced = _spliced(content, content_keys(text, points))
    # (only what the result says is checked: read_text_and_points, not read_content's record
    # of how it is written)
    again = read_text_and_points(spliced, lead=content.lead, placeholder=content.placeholder)
    if again.text == text and again.points == points:
        return spliced
    head = "\n".join(content.lines[index].raw for index in content.head)
    for candidate in (join_content(text, points, content.marks, content.space, content.lead),
                      join_content(text, points, lead=content.lead)):
        if head and candidate:
            candidate = head + "\n" + candidate
        again = read_text_and_points(candidate, lead=content.lead,
                                     placeholder=content.placeholder)
        if again.text == text and again.points == points:
            return candidate
    return join_content(text, points)


def splice_text(content: Content, text: str) -> str:
    """Prose `text` written onto the page text `content` was read from (with `lists` False):
    unchanged lines keep their bytes, as in splice_content."""
    keys: list[Key] = [("t", line) for line in text.split("\n")] if text else []
    if not content.units and not any(line.raw for line in content.lines):
        return text  # no text before: nothing to keep
    return _spliced(content, keys)
