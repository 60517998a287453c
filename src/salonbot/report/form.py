"""What a reader of a page does not see as report content: its form.

A report file holds what the page says; the page keeps how it says it. These pieces of wikitext
display nothing of the report, so they are never content (the page keeps them where they are):

- HTML comments, Translate's unit markers (`<!--T:12-->`) among them; a comment that is never
  closed hides everything after it, as MediaWiki does;
- Translate's `<translate>` and `</translate>` tags and `<languages/>`;
- category links (`[[Category:Strategy Salons]]`, any case, optional sort key), which the report
  lists in `categories` instead; a link *to* a category (`[[:Category:X]]`) is text;
- behaviour switches (`__NOTOC__`);
- on a line of their own only: templates called without parameters (`{{Strategy Salons
  navbox}}`, `{{reflist}}`, `{{Collapse bottom}}`) and bare wrapper tags (`<div dir="rtl">`,
  `</div>`, `<center>`).

`logical_lines` cuts a stretch of page text into lines (a comment that spans lines stays in one
line), each with its content as the reader sees it (`clean`) and where that content stands in
the line (`core`), so that a changed line can be rewritten in place, its markers kept.
Comments, tags and links inside `<nowiki>`, `<pre>` and similar tags are shown as text by
MediaWiki, so they are content there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Pieces that display nothing wherever they stand.
_HIDDEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|</?translate\b[^>\n]*>"
    r"|<languages\s*/?>"
    r"|\[\[[ \t]*(?P<category>[Cc][Aa][Tt][Ee][Gg][Oo][Rr][Yy])[ \t]*:(?P<name>[^\]\[|\n]*)"
    r"(?:\|[^\]\[\n]*)?\]\]"
    r"|__[A-Z]{3,}__",
    re.DOTALL,
)
# Pieces that display nothing of the report when a line holds nothing else.
_LINE_ONLY = re.compile(r"\{\{[^{}|\n]*\}\}|</?(?:div|center)\b[^>\n]*>", re.IGNORECASE)
# Tags whose content MediaWiki shows as text (a comment in them is text).
_LITERAL = re.compile(r"<(nowiki|pre|syntaxhighlight|source|math|code)\b[^>]*?(?:/>|>.*?(?:</\1\s*>|\Z))",
                      re.DOTALL | re.IGNORECASE)
_UNIT_MARKER = re.compile(r"\A\s*(?:<!--T:\d+-->\s*)+\Z")


# Constructs that hold line breaks and are one block for a reader: a tag whose content is not
# wikitext lines (a gallery, preformatted text, a reference), a table, a template call or a link
# written over several lines. A line of one is not a line of its own (not a list item).
_BLOCK_TAG = re.compile(
    r"<(pre|gallery|nowiki|syntaxhighlight|source|math|ref|poem|score|timeline|graph|mapframe|"
    r"references|chem|ce|hiero|imagemap|inputbox|templatedata)\b[^>]*?(?<!/)>.*?</\1\s*>",
    re.DOTALL | re.IGNORECASE)
_TABLE_LINE = re.compile(r"^[ \t]*(\{\||\|\})", re.MULTILINE)


def _balanced(text: str, opening: str, closing: str) -> list[tuple[int, int]]:
    """The outermost spans `opening ... closing` of `text` (nesting counted); one left open is
    not a span (MediaWiki shows it as text)."""
    spans: list[tuple[int, int]] = []
    depth, start, position = 0, 0, 0
    while True:
        next_open = text.find(opening, position)
        next_close = text.find(closing, position)
        if next_close == -1:
            return spans
        if next_open != -1 and next_open < next_close:
            if depth == 0:
                start = next_open
            depth += 1
            position = next_open + len(opening)
        else:
            if depth > 0:
                depth -= 1
                if depth == 0:
                    spans.append((start, next_close + len(closing)))
            position = next_close + len(closing)


def block_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that are one block over several lines (see _BLOCK_TAG), sorted."""
    if "\n" not in text or not ("<" in text or "{" in text or "[[" in text):
        return []
    spans = [match.span() for match in _BLOCK_TAG.finditer(text) if "\n" in match.group()]
    if "{{" in text:
        spans += _balanced(text, "{{", "}}")
    if "[[" in text:
        spans += _balanced(text, "[[", "]]")
    if "{|" in text:
        depth, start = 0, 0
        for match in _TABLE_LINE.finditer(text):
            if match.group(1) == "{|":
                start = match.start() if depth == 0 else start
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0:
                    end = text.find("\n", match.end())
                    spans.append((start, len(text) if end == -1 else end))
    return sorted(span for span in spans if "\n" in text[span[0]:span[1]])


def hidden_pieces(text: str) -> list[re.Match[str]]:
    """The pieces of `text` that display nothing, in order (none inside `<nowiki>` and alike)."""
    if "<" not in text and "[[" not in text and "__" not in text:
        return []
    literal = [match.span() for match in _LITERAL.finditer(text)] if "<" in text else []
    found = []
    for match in _HIDDEN.finditer(text):
        if literal and any(start <= match.start() < end for start, end in literal):
            continue
        found.append(match)
    return found


def category_name(match: re.Match[str]) -> str | None:
    """The category a hidden piece puts the page in (its name as written, spaces folded), if it
    is a category link."""
    if match.group("category") is None:
        return None
    return " ".join(match.group("name").replace("_", " ").split())


@dataclass(slots=True)
class Line:
    """One line of page text as a reader sees it.

    `raw` is the line as written (no line break at its end; one that holds a comment spanning
    lines holds those breaks); `clean` its content: hidden pieces removed, trailing white space
    stripped ("" for a line with nothing to show); `form` whether the line holds form only
    (hidden pieces, and templates without parameters or wrapper tags alone on it); `core` where
    the content stands in `raw` (`raw[core[0]:core[1]]` holds `clean`, with any hidden pieces
    inside it); `categories` the categories the line's links name."""

    raw: str
    clean: str
    form: bool = False
    core: tuple[int, int] = (0, 0)
    categories: list[str] = field(default_factory=list)

    def rewritten(self, clean: str) -> str:
        """The line with its content replaced by `clean`, the hidden pieces before and after
        the content kept (those inside it are gone with it)."""
        return self.raw[: self.core[0]] + clean + self.raw[self.core[1]:]


def _line(raw: str, pieces: list[tuple[int, int, str | None]]) -> Line:
    """A Line from its raw text and the hidden pieces in it (spans relative to the line)."""
    if not pieces:
        if ("{{" in raw or "<" in raw) and raw.strip() and not _LINE_ONLY.sub("", raw).strip():
            return Line(raw, "", True, (len(raw), len(raw)))
        clean = raw.rstrip(" \t")
        return Line(raw, clean, False, (0, len(clean)))
    visible_parts: list[tuple[int, int]] = []
    position = 0
    categories: list[str] = []
    for start, end, category in pieces:
        if start > position:
            visible_parts.append((position, start))
        position = max(position, end)
        if category is not None:
            categories.append(category)
    if position < len(raw):
        visible_parts.append((position, len(raw)))
    shown = "".join(raw[start:end] for start, end in visible_parts)
    if not shown.strip() or not _LINE_ONLY.sub("", shown).strip():
        return Line(raw, "", True, (len(raw), len(raw)), categories)
    # Where the content starts and ends in the raw line: the first visible character that is
    # not white space following a leading piece, the last visible non-space character.
    first_start = visible_parts[0][0]
    core_start = first_start
    if first_start > 0:  # a piece stands first: white space after it is not content
        text = raw[first_start:visible_parts[0][1]]
        core_start = first_start + (len(text) - len(text.lstrip(" \t")))
    core_end = core_start
    for start, end in visible_parts:
        segment = raw[start:end].rstrip(" \t")
        if segment and end > core_start:
            core_end = max(core_end, start + len(segment))
    inside = [(max(start, core_start), min(end, core_end)) for start, end in visible_parts
              if min(end, core_end) > max(start, core_start)]
    clean = ""
    for start, end in inside:
        piece = raw[start:end]
        if clean.endswith((" ", "\t")) and piece.startswith((" ", "\t")):
            piece = piece.lstrip(" \t")  # `a <!-- x --> b` reads `a b`
        clean += piece
    return Line(raw, clean.rstrip(" \t"), False, (core_start, core_end), categories)


def logical_lines(text: str) -> list[Line]:
    """The lines of `text` as a reader sees them; `"\\n".join(line.raw for line in result)`
    gives `text` back. A comment, a gallery, a table, a template call... written over several
    lines is in one line."""
    pieces = hidden_pieces(text)
    blocks = block_spans(text)
    if blocks:
        return _joined(text, pieces, blocks)
    if not pieces:
        return [_line(raw, []) for raw in text.split("\n")]
    lines: list[Line] = []
    start = 0
    index = 0
    while True:
        # the end of this line: the first line break outside a hidden piece
        end = text.find("\n", start)
        while index < len(pieces) and pieces[index].end() <= start:
            index += 1
        probe = index
        while end != -1 and probe < len(pieces) and pieces[probe].start() < end:
            if pieces[probe].end() > end:
                end = text.find("\n", pieces[probe].end())
            probe += 1
        stop = len(text) if end == -1 else end
        own = []
        for piece in pieces[index:]:
            if piece.start() >= stop:
                break
            own.append((piece.start() - start, piece.end() - start, category_name(piece)))
        lines.append(_line(text[start:stop], own))
        if end == -1:
            return lines
        start = end + 1


def _joined(text: str, pieces: list[re.Match[str]], blocks: list[tuple[int, int]]) -> list[Line]:
    """logical_lines of a text with blocks over several lines: no line ends inside a block or
    a hidden piece."""
    inside = sorted([*blocks, *(piece.span() for piece in pieces)])
    lines: list[Line] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        for span_start, span_end in inside:
            if end == -1:
                break
            if span_start < end < span_end:
                end = text.find("\n", span_end)
        stop = len(text) if end == -1 else end
        own = [(piece.start() - start, piece.end() - start, category_name(piece))
               for piece in pieces if start <= piece.start() < stop]
        lines.append(_line(text[start:stop], own))
        if end == -1:
            return lines
        start = end + 1
    return lines


def is_unit_marker_line(line: Line) -> bool:
    """Whether a line holds only Translate unit markers (`<!--T:5-->`): the marker of the
    paragraph after it, which goes when that paragraph goes."""
    return line.form and bool(_UNIT_MARKER.match(line.raw))


def visible_text(text: str) -> str:
    """`text` as a reader sees it: its lines' content, form lines left out."""
    return "\n".join(line.clean for line in logical_lines(text) if not line.form)
