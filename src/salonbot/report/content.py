"""The content of a node (the wikitext between its heading and the next) <-> text, points, layout.

`split_content` reads the content as prose (`text`) followed by a list region (`points`): the
region starts at the first list line (`*`, `#`, `:` or `;`) that nothing after it stops, and runs
to the end. Inside it every line is one item: list lines at their depth, a run of blank lines (and
list lines with no text, `*` alone) as one empty top-level item, and a line of prose as a top-level
item of its own. `join_content` writes the content back; `join_content(*split_content(text)) ==
text` for every string.

What cannot be an item stops the region, so that every point is a bullet `validate` accepts: a
line inside or opening an HTML comment that spans lines, a line with a carriage return. Lists are
at most MAX_DEPTH deep in the report; deeper lines keep their markers in the layout.

Whatever departs from the canonical form (`* item`, one blank line between text and points, no
trailing white space) goes into a small JSON-able content layout, None when there is nothing:

- `gap`: newlines between the text and the points (canonical 2: one blank line);
- `lines` and `trail`: for a text of several lines, the number of its lines and, for each line
  that had trailing spaces or tabs, `[line, fingerprint, white space]` (a one-line text keeps them);
- `marks`: the list characters by depth (canonical `*`; `#` for a numbered list, `*#` for numbered
  sub-lists under bullets; the last character repeats for deeper items);
- `space`: what follows the markers (canonical one space; `''` for `*item`);
- `items` and `shapes`: the number of items (depth-first) and, for each item written other than
  `marks` and `space` say, `[item, fingerprint, prefix, suffix]`: `prefix` is what stands before
  the item's text (`#: `, `;`, `''` for prose, the lines of an empty item), `suffix` the
  trailing white space;
- `tail`: blank lines and list lines with no text (`*` alone) after the last point, verbatim.

Records are applied by position while the number of lines or items (`lines`, `items`) is
unchanged, so an edited line keeps its shape. Otherwise each record finds its line again by the
fingerprint (a short hash) of its text, so adding or removing an item leaves the other items'
shapes alone. A record that no longer fits (the item moved to another depth, became a prose line
with sub-items, ...) is dropped, never an error.
"""

from __future__ import annotations

import bisect
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from salonbot.report.model import Bullet, Node

MARKERS = "*#:;"
MAX_DEPTH = 30
_MARKER_RUN = re.compile(r"[*#:;]+")
_TRAILING_BLANKS = re.compile(r"[ \t]+\Z")

ContentLayout = dict[str, Any]


@dataclass(slots=True)
class _Item:
    """One line (or run of blank lines) of a list region, as read."""

    depth: int
    text: str
    prefix: str
    suffix: str
    kind: str  # "list", "prose" or "blank"
    marker: str = ""


def fingerprint(text: str) -> str:
    """A short hash of a line's text, to find the line again after items were added or removed:
    the low 16 bits of the CRC-32 of its UTF-8 bytes, as four hex digits."""
    return format(zlib.crc32(text.encode("utf-8", "surrogatepass")) & 0xFFFF, "04x")


# --- reading -------------------------------------------------------------------------------------


def _comment_spans(line: str, inside: bool) -> tuple[bool, bool]:
    """(whether the line starts or ends inside an HTML comment, whether it ends inside one)."""
    start_inside, position = inside, 0
    while True:
        if inside:
            end = line.find("-->", position)
            if end == -1:
                return True, True
            inside, position = False, end + 3
        else:
            start = line.find("<!--", position)
            if start == -1:
                return start_inside, False
            inside, position = True, start + 4


def _is_filler(line: str) -> bool:
    """Whether a line is blank or a list line with no text (`*` alone)."""
    found = _MARKER_RUN.match(line)
    return not line[found.end() if found else 0:].strip()


def _tail_start(lines: list[str]) -> int:
    """Where the blank lines and empty list lines at the end of the content start."""
    end = len(lines)
    while end > 0 and _is_filler(lines[end - 1]):
        end -= 1
    return end


def _region_start(lines: list[str]) -> int | None:
    """The index of the line where the list region starts, or None if there is none."""
    start: int | None = None
    inside = commented = False
    comments = any("<!--" in line for line in lines)
    for index, line in enumerate(lines):
        if comments:
            commented, inside = _comment_spans(line, inside)
        if commented or "\r" in line:
            start = None
        elif start is None and line[:1] in MARKERS and line[:1] and not _is_filler(line):
            start = index
    return start


def _read_items(lines: list[str]) -> list[_Item]:
    """The items of a list region's lines, in page order, with their depth in the report."""
    items: list[_Item] = []
    previous = 0  # depth of the previous list item; 0 after a blank line or prose
    blanks: list[str] = []
    for line in lines:
        if _is_filler(line):
            blanks.append(line)
            continue
        text = line.strip()
        if blanks:
            items.append(_Item(1, "", "\n".join(blanks), "", "blank"))
            blanks, previous = [], 0
        body_start = len(line) - len(line.lstrip())
        suffix = line[len(line.rstrip()):]
        found = _MARKER_RUN.match(line)
        if found is None:
            items.append(_Item(1, text, line[:body_start], suffix, "prose"))
            previous = 0
            continue
        marker = found.group()
        rest = line[len(marker):]
        prefix = marker + rest[: len(rest) - len(rest.lstrip())]
        depth = min(len(marker), previous + 1, MAX_DEPTH)
        items.append(_Item(depth, rest.strip(), prefix, suffix, "list", marker))
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


def _has_trailing_blanks(text: str) -> bool:
    """Whether a text of several lines has a line ending in a space or tab."""
    return "\n" in text and (" \n" in text or "\t\n" in text or text.endswith((" ", "\t")))


def _split_text(text: str) -> tuple[str, ContentLayout]:
    """Prose of several lines without trailing spaces and tabs on its lines, and the record of
    them (YAML writes such text as one quoted line; a line of text quotes well as it is)."""
    if not _has_trailing_blanks(text):
        return text, {}
    lines = text.split("\n")
    trail = []
    for index, line in enumerate(lines):
        found = _TRAILING_BLANKS.search(line)
        if found:
            lines[index] = line[: found.start()]
            trail.append([index, fingerprint(lines[index]), found.group()])
    if not trail:
        return text, {}
    return "\n".join(lines), {"lines": len(lines), "trail": trail}


def _list_layout(items: list[_Item]) -> ContentLayout:
    """`marks`, `space`, `items` and `shapes` of a list region's items (only what departs)."""
    marks, space = _choose_marks(items), _choose_space(items)
    layout: ContentLayout = {}
    if marks != "*":
        layout["marks"] = marks
    if space != " ":
        layout["space"] = space
    shapes = []
    defaults: dict[int, str] = {}
    for index, item in enumerate(items):
        if item.kind == "blank":
            default = ""
        elif item.depth in defaults:
            default = defaults[item.depth]
        else:
            default = defaults[item.depth] = _marks_for(marks, item.depth) + space
        if item.prefix != default or item.suffix:
            shapes.append([index, fingerprint(item.text), item.prefix, item.suffix])
    if shapes:
        layout |= {"items": len(items), "shapes": shapes}
    return layout


def split_content(content: str) -> tuple[str, list[Bullet], ContentLayout | None]:
    """(text, points, content layout) of a node's content; see the module docstring."""
    lines = content.split("\n")
    end = _tail_start(lines)
    start = _region_start(lines[:end]) if end else None
    head = "\n".join(lines[:start]).rstrip("\n") if start is not None else content
    if start is None or (start > 0 and not head):
        text, text_layout = _split_text(content)
        return text, [], text_layout or None
    text, text_layout = _split_text(head)
    gap = start - len(head.split("\n")) + 1 if head else 2
    items = _read_items(lines[start:end])
    layout: ContentLayout = {"gap": gap} if gap != 2 else {}
    layout |= text_layout
    layout |= _list_layout(items)
    if end < len(lines):
        layout["tail"] = "\n" + "\n".join(lines[end:])
    return text, _build_tree(items), layout or None


# --- writing -------------------------------------------------------------------------------------


def _nearest(indexes: list[int], start: int, target: int) -> int | None:
    """The index in the sorted `indexes`, at least `start`, nearest to `target`."""
    first = bisect.bisect_left(indexes, max(start, target))
    candidates = [indexes[k] for k in (first - 1, first) if 0 <= k < len(indexes)
                  and indexes[k] >= start]
    return min(candidates, key=lambda index: abs(index - target), default=None)


def _aligned(records: list[Any], keys: list[str], count: Any) -> dict[int, list[Any]]:
    """Each record that still has its line or item, by the item's current position.

    While the count is unchanged, each keeps its position (an edited item keeps its shape).
    Otherwise a record finds its item by fingerprint (in order, nearest to where it was); one
    whose item was edited too keeps its place among those found, if nothing was added or removed
    between its neighbours."""
    valid = sorted((record for record in records if isinstance(record, list)
                    and len(record) >= 3 and type(record[0]) is int), key=lambda r: r[0])
    if count == len(keys):  # nothing added or removed: every record keeps its place
        return {record[0]: record for record in valid if 0 <= record[0] < len(keys)}
    where: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        where.setdefault(key, []).append(index)
    found: dict[int, list[Any]] = {}
    anchors: list[tuple[int, int]] = [(-1, -1)]
    unplaced: list[list[Any]] = []
    position = 0
    for record in valid:
        near = _nearest(where.get(str(record[1]), []), position,
                        record[0] + anchors[-1][1] - anchors[-1][0])
        if near is None:
            unplaced.append(record)
        else:
            found[near], position = record, near + 1
            anchors.append((record[0], near))
    anchors.append((count if type(count) is int else len(keys), len(keys)))
    anchors.sort()
    olds = [anchor[0] for anchor in anchors]
    for record in unplaced:
        low, high = bisect.bisect_left(olds, record[0]), bisect.bisect_right(olds, record[0])
        if low == 0 or high == len(anchors):
            continue
        before, after = anchors[low - 1], anchors[high]
        if before[1] - before[0] != after[1] - after[0]:
            continue
        place = record[0] + before[1] - before[0]
        if before[1] < place < after[1] and place not in found:
            found[place] = record
    return found


def _join_text(text: str, layout: ContentLayout) -> str:
    trail = layout.get("trail")
    if not trail or not isinstance(trail, list):
        return text
    lines = text.split("\n")
    records = _aligned(trail, [fingerprint(line) for line in lines], layout.get("lines"))
    for index, record in records.items():
        white = record[2]
        if isinstance(white, str) and white and not white.strip(" \t") \
                and not _TRAILING_BLANKS.search(lines[index]):
            lines[index] += white
    return "\n".join(lines)


def _flatten(points: list[Bullet], depth: int = 1) -> Iterator[tuple[int, Bullet]]:
    for bullet in points:
        yield depth, bullet
        yield from _flatten(bullet.children, depth + 1)


def _fitting_prefix(record: list[Any] | None, index: int, depth: int, bullet: Bullet,
                    previous: int) -> tuple[str, str] | None:
    """(prefix, kind) of a recorded shape if it still fits the item, else None."""
    if record is None or len(record) < 4 or not isinstance(record[2], str):
        return None
    prefix, text = record[2], bullet.text
    if not text:
        fits = depth == 1 and "\r" not in prefix and all(map(_is_filler, prefix.split("\n")))
        return (prefix, "blank") if fits else None
    found = _MARKER_RUN.match(prefix)
    if found is None:  # a line of prose
        fits = prefix == "" or (prefix.isspace() and "\n" not in prefix)
        if fits and depth == 1 and index > 0 and not bullet.children \
                and (prefix or text[0] not in MARKERS):
            return prefix, "prose"
        return None
    marker, space = found.group(), prefix[found.end():]
    if (space and not space.isspace()) or "\n" in space or "\r" in space:
        return None
    if min(len(marker), previous + 1, MAX_DEPTH) != depth or (not space and text[0] in MARKERS):
        return None
    return prefix, "list"


def _join_points(points: list[Bullet], layout: ContentLayout) -> str:
    flat = list(_flatten(points))
    shapes = layout.get("shapes")
    records = _aligned(shapes if isinstance(shapes, list) else [],
                       [fingerprint(b.text) for _, b in flat],
                       layout.get("items"))
    marks = layout.get("marks")
    if not isinstance(marks, str) or not marks or any(char not in MARKERS for char in marks):
        marks = "*"
    space = layout.get("space")
    if not isinstance(space, str) or space.strip() or "\n" in space or "\r" in space:
        space = " "
    lines, previous = [], 0
    for index, (depth, bullet) in enumerate(flat):
        record = records.get(index)
        fitting = _fitting_prefix(record, index, depth, bullet, previous)
        if fitting is None:
            if not bullet.text and depth == 1:
                prefix, kind = "", "blank"
            else:
                kind = "list"
                gap = space if space or bullet.text[:1] not in MARKERS else " "
                prefix = _marks_for(marks, depth) + gap
        else:
            prefix, kind = fitting
        suffix = record[3] if fitting is not None and record is not None else ""
        if not isinstance(suffix, str) or suffix.strip() or "\n" in suffix or not bullet.text:
            suffix = ""
        lines.append(prefix + bullet.text + suffix)
        previous = depth if kind == "list" else 0
    return "\n".join(lines)


def join_content(text: str, points: list[Bullet], layout: ContentLayout | None) -> str:
    """A node's content from its text, points and content layout (None: the canonical form).
    Records that no longer fit are ignored."""
    layout = layout if isinstance(layout, dict) else {}
    text = _join_text(text, layout)
    listed = _join_points(points, layout)
    tail = layout.get("tail")
    if listed and isinstance(tail, str) and tail.startswith("\n") \
            and all(_is_filler(line) for line in tail.split("\n")[1:]):
        listed += tail
    if text and listed:
        gap = layout.get("gap")
        gap = gap if isinstance(gap, int) and not isinstance(gap, bool) and gap >= 1 else 2
        return text + "\n" * gap + listed
    return text or listed


def fit_content(text: str, points: list[Bullet],
                layout: ContentLayout | None) -> tuple[str, ContentLayout | None]:
    """(text, content layout) as `split_content` would read them from the content these make:
    positions and fingerprints brought up to date, records that no longer fit dropped, trailing
    spaces and tabs of the text's lines moved to the layout. What a report loaded from a file
    carries, so that an edited item keeps its shape. A text that would not come back as written
    is left as it is (validation then says why)."""
    if not layout and not _has_trailing_blanks(text):
        return text, None
    again, points_again, fitted = split_content(join_content(text, points, layout))
    stripped = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    return (again if again == stripped and points_again == points else text), fitted


def node_content(node: Node) -> str:
    """A node's content as the page holds it."""
    return join_content(node.text, node.points, node.layout.content)
