"""Where a page's headings are, as MediaWiki sees them.

MediaWiki finds headings line by line in the page text with its comments removed (Parser::
handleHeadings, MediaWiki 1.39): a line that starts with 1 to 6 equals signs and ends with as many,
trailing white space allowed, is a heading of that level. So `== X == <!--T:2-->`, `== X ==` with
trailing tabs and `<!--c-->== X ==` are headings, and so is a heading between `<translate>` or
`<div>` tags; a `<!--` that is never closed hides the rest of the page. Lines inside a template,
an internal link or a tag whose content MediaWiki does not parse (`<nowiki>`, `<pre>`, ...) are
not. mwparserfromhell tells where those spans are (spans.py); the lines are read here. Checked against the
sandbox wiki's `action=parse&prop=sections` in tests/wiki/test_headings.py.

A "pseudo-heading" is a line people read as a heading although MediaWiki does not: a line that
is one emphasised phrase (`'''Theme 1: Advocacy'''`, `''Tema 2''`, `<b>Eje 3</b>`, `<u>...</u>`,
a colon after it allowed), a definition-list term (`; Theme 3 - Diversity`, also
`; Theme 3: Diversity`, where MediaWiki shows the part after the colon as its definition), or a
list item with sub-items under it (`* '''Advocacy'''` followed by `** ...`: a label). They are
returned too (level None) with their `style` (what kind of line they are); the parser decides
which of them name a node. So is a run-in label: an emphasised phrase ending in a colon at the
start of a paragraph or a list item, the line going on after it (`'''Theme 1 - X:''' text`,
`# '''X:''' a; b`): the text after it is the label's first line of content, on its line.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata
from dataclasses import dataclass

from salonbot.report.blocks import template_call
from salonbot.report.display import display_text
from salonbot.report.form import logical_lines, shows_nothing
from salonbot.report.memo import clear_caches as clear_caches  # (benchmarks clear them here)
from salonbot.report.memo import page_cache
from salonbot.report.spans import Spans

# What PCRE's \s matches at the end of a heading line (handleHeadings' `\s*$`).
_TRAILING = " \t\r\f\v"
_CANDIDATE = re.compile(r"^(?=<!--|=|''|;|<(?:b|strong|u|i|em|big|div|span|p|center|font|li|dt|a|section|"
                        r"legend|summary|"
                        r"h[1-6])\b|[*#]|:+\s*(?:''|<)|\{\{|[^\n]{1,300}\n[*#]|(?<=[\n=>|-]\n)[^\n]{1,90}\n[^\n]"
                        r"|[^\w\s\[{|!=:;*#'<&]"
                        r"|[^\W\d_]{2,20}(?: [^\W\d_]{2,20})? ?\d{1,3}\.? ?[:：–—-] ?[^\W\d_])",
                        re.MULTILINE | re.IGNORECASE)
# One emphasised phrase: bold, italics or both, or an HTML tag that shows its content so (or as
# the caption of its box: a fieldset's `<legend>`, the `<summary>` of `<details>`).
_EMPHASIS = re.compile(r"\A(?:(?P<quotes>'{2,5})(?!')(?P<inner>(?:[^']|(?<!')'(?!'))*?[^\s'])(?P=quotes)"
                       r"|<(?P<tag>b|strong|u|i|em|big|div|span|p|center|font|legend|summary)"
                       r"(?:\s[^>]*)?>"
                       r"(?P<tagged>[^<>]*?\S)</(?P=tag)\s*>)"
                       r"\s*[:：]?(?:\s*<br\s*/?>)*\s*\Z", re.DOTALL | re.IGNORECASE)
# A run-in label: an emphasised phrase that ends with a colon (inside the emphasis or right after
# it) or is followed by a spaced dash, at the start of a line, with the line's text going on after
# it (`'''Theme 1 - X:''' text`, `'''Theme 1 - X''' — text`).
_RUN_IN = re.compile(r"\A(?:(?P<quotes>'{2,5})(?!')(?P<inner>(?:[^']|(?<!')'(?!'))*?[^\s'])(?P=quotes)"
                     r"|<(?P<tag>b|strong)(?:\s[^>]*)?>(?P<tagged>[^<>]*?\S)</(?P=tag)\s*>)"
                     r"(?P<colon>\s*[:：]|\s+[–—-](?=\s))?(?=\s*\S)", re.IGNORECASE)
_MARKER_RUN = re.compile(r"[*#]+|:+(?=\s*(?:''|<))")
# The markers of a list line, continuations (`#:`, `*:`) and indents (`::`) included.
_ANY_MARKERS = re.compile(r"[*#:;]+")
# A heading written as an HTML tag on a line of its own: MediaWiki lists it among the page's
# sections (its table of contents and `prop=sections`) like a `==` heading of the same level.
_HTML_HEADING = re.compile(r"\A<h(?P<level>[1-6])(?:\s[^>]*)?>(?P<title>.*?)</h(?P=level)\s*>\Z",
                           re.DOTALL | re.IGNORECASE)
#: The style of a template call on a line of its own above a list, which may draw a label
#: (`{{fake heading|sub=3|Theme 1: X}}`) or anything else (`{{Quote|text=...}}`): not a box.
DRAWN = "{{}}"
#: The longest a label is, in characters of what a reader sees: longer is a sentence.
LABEL_LENGTH = 90


@dataclass(frozen=True)
class HeadingLine:
    """A heading line of a page: `text[start:end]` is the line (no newline), `level` its level
    (None for a pseudo-heading), `title` the title as MediaWiki's table of contents source has
    it (comments removed, stripped); `shown` is what a reader sees of it (display.py).
    `style` says what kind of line it is: `=` a heading (`<h>` one written as an HTML tag,
    `{{` the opening call of a box, DRAWN a call above a list that may draw a label,
    `<h3>...</h3>`); for a pseudo-heading the emphasis (`'''`, `''`, `<b>`...), `;` (a term),
    or the list markers of a label (`*`, `#`...; with the emphasis after them), whose sub-items
    are its content."""

    start: int
    end: int
    level: int | None
    title: str
    style: str = "="

    @property
    def shown(self) -> str:
        return display_text(self.title)


@dataclass(frozen=True)
class ReadLine:
    """One heading line read on its own: its level (None for a pseudo-heading), where its title
    stands in it (`line[title_start:title_end]`, surrounding spaces and comments included), and
    its style (see HeadingLine)."""

    level: int | None
    title_start: int
    title_end: int
    title: str
    style: str = "="
    #: where the heading part of the line ends, if before the line's end: the `:` of a term
    #: followed by its definition on the same line (`;Partnerships: a deal with the library.`)
    stop: int | None = None


def _term_colon(term: str) -> int | None:
    """Where MediaWiki ends a `;` term at a colon (not inside a link, a template or a URL's
    `://`), if it does."""
    depth = 0
    for index, char in enumerate(term):
        if term.startswith(("[[", "{{"), index):
            depth += 1
        elif term.startswith(("]]", "}}"), index):
            depth = max(depth - 1, 0)
        elif char == ":" and not depth and not term.startswith("//", index + 1):
            return index
    return None


def _comment_spans(line: str) -> list[tuple[int, int]]:
    spans = []
    start = line.find("<!--")
    while start != -1:
        end = line.find("-->", start + 4)
        end = len(line) if end == -1 else end + 3
        spans.append((start, end))
        start = line.find("<!--", end)
    return spans


def _visible(line: str, comments: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The line with its comments removed, and the pieces of `line` (start, end) it is made of."""
    pieces = []
    position = 0
    for start, end in comments:
        pieces.append((position, start))
        position = end
    pieces.append((position, len(line)))
    return "".join(line[start:end] for start, end in pieces), pieces


def _in_line(pieces: list[tuple[int, int]], index: int) -> int:
    """Where the visible character at `index` (or the end, for the length) stands in the line."""
    for start, end in pieces:
        if index < end - start:
            return start + index
        index -= end - start
    return pieces[-1][1]


def heading_level(visible: str) -> int | None:
    """The level of a heading line with its comments removed, or None if it is not a heading."""
    stripped = visible.rstrip(_TRAILING)
    if not stripped.startswith("="):
        return None
    # the most equals signs on both sides (at most 6) that leave a title of one character or more
    level = min(len(stripped) - len(stripped.lstrip("=")), len(stripped) - len(stripped.rstrip("=")),
                6, (len(stripped) - 1) // 2)
    return level if level > 0 else None


# What may stand before a label on its line and shows nothing (an anchor, a section mark, an empty
# element), or wraps it as a paragraph (`<p><strong>Theme 1: X</strong></p>`).
_MARKS_BEFORE = re.compile(r"(?:\{\{[ \t]*anchors?[ \t]*\|[^{}\n]*\}\}"
                           r"|<section\s+(?:begin|end)\s*=[^<>\n]*/>"
                           r"|<(span|a)\b[^<>\n]*>[ \t]*</\1[ \t]*>)+[ \t]*", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\A<p(?:\s[^<>\n]*)?>[ \t]*(?=[<'])(?P<inner>.*?)[ \t]*</p[ \t]*>[ \t]*\Z",
                        re.IGNORECASE)


def read_line(line: str) -> ReadLine | None:
    """What a single heading line is: a heading, a pseudo-heading, or None. A time before a
    heading's or pseudo-heading's words (a bold `16:35 · Mesa 3: Diversidad` in a live blog,
    `0:58:05 テーマ2：多様性` in a video's chapters, `=== 10:45 – Bord 1: Partnerskap ===` in a
    lab notebook) is no part of its title: it stamps the line as numbering would."""
    read = _read_line(line)
    if read is not None and read.title[:1].isdigit():
        time = _TIME.match(read.title)
        if time is not None and any(char.isalpha() for char in read.title[time.end():]):
            return dataclasses.replace(read, title=read.title[time.end():],
                                       title_start=read.title_start + time.end())
    return read


# A time of day or of a recording (`16:35`, `0:58:05`), then a separator or a space.
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)\s*(?:[·•|–—-]\s*)?(?=\S)")


def _read_line(line: str) -> ReadLine | None:
    marks = _MARKS_BEFORE.match(line) or _PARAGRAPH.match(line)
    if marks is not None and not line.startswith("="):
        first, last = (marks.start("inner"), marks.end("inner")) \
            if "inner" in marks.groupdict() else (marks.end(), len(line))
        if first >= last:
            return None
        read = _read_line(line[first:last])
        if read is None or read.level is not None:
            return None
        return dataclasses.replace(
            read, title_start=read.title_start + first, title_end=read.title_end + first,
            stop=None if read.stop is None else read.stop + first)
    if line.lstrip()[:2] in ("[[", "<g", "<G"):
        captioned = _CAPTIONED.match(line.strip())
        caption = _caption(captioned) if captioned is not None else None
        if caption is not None:
            shift = len(line) - len(line.lstrip())
            return ReadLine(None, caption[0] + shift, caption[1] + shift,
                            line.strip()[caption[0]:caption[1]], CAPTION)
    comments = _comment_spans(line)
    visible, pieces = _visible(line, comments) if comments else (line, [(0, len(line))])
    level = heading_level(visible)
    if level is not None:
        stripped_end = len(visible.rstrip(_TRAILING))
        first, last = level, stripped_end - level  # the title between the equals signs
        start = _in_line(pieces, first)
        end = _in_line(pieces, last - 1) + 1 if last > first else start
        return ReadLine(level, start, end, visible[first:last].strip())
    text = visible.rstrip(_TRAILING)  # (a Translate marker or a comment after it is no part of it)
    if text.startswith("{{"):
        box = _box_title(text)
        if box is None:
            return None
        first, last = box
        return ReadLine(None, _in_line(pieces, first), _in_line(pieces, last - 1) + 1,
                        text[first:last], "{{")
    tagged = _HTML_HEADING.match(text) if text[:2].lower() == "<h" else None
    if tagged is not None:
        inner = tagged.group("title")
        first = tagged.start("title") + len(inner) - len(inner.lstrip())
        last = tagged.end("title") - (len(inner) - len(inner.rstrip()))
        if last <= first:
            return None
        return ReadLine(int(tagged.group("level")), _in_line(pieces, first),
                        _in_line(pieces, last - 1) + 1, inner.strip(), "<h>")
    if text.startswith(";"):
        term = text[1:].strip()
        start = len(text) - len(text[1:].lstrip())
        colon = _term_colon(term)
        if colon is not None and term[:colon].strip():
            definition = display_text(term[colon + 1:])
            if len(definition.split()) > PLAIN_LABEL_WORDS or definition.endswith(SENTENCE_END):
                # a term and its definition: the definition is the first point under the term
                # (`; Theme 3: Diversity` stays one label: MediaWiki shows both, on two lines)
                label = term[:colon].rstrip()
                if len(display_text(label)) > LABEL_LENGTH:
                    return None
                return ReadLine(None, _in_line(pieces, start),
                                _in_line(pieces, start + len(label) - 1) + 1, label, ";",
                                stop=_in_line(pieces, start + colon))
        if not term or len(display_text(term)) > LABEL_LENGTH:
            return None
        if term[-1] in ":：" and term[:-1].strip():
            # `; Tema 1 – X:`: a term and an empty definition; the colon is not shown
            term = term[:-1].rstrip()
        return ReadLine(None, _in_line(pieces, start), _in_line(pieces, start + len(term) - 1) + 1,
                        term, ";")
    marker = _MARKER_RUN.match(text)
    offset = marker.end() if marker else 0
    rest = text[offset:]
    body = rest.lstrip()
    found = _EMPHASIS.match(body) if body[:1] in ("'", "<") else None
    if found is None and body[:1] in ("'", "<"):
        run_in = _run_in(body)
        if run_in is not None:
            first, last, stop, emphasis = run_in
            shift = offset + len(rest) - len(body)
            after = display_text(body[stop:])
            inside = body[:stop].rstrip().endswith(("'", ">"))  # the separator in the emphasis
            if inside and len(after.split()) <= PLAIN_LABEL_WORDS and not after.endswith(SENTENCE_END) \
                    and not any(char.isdigit() or char in ";；" for char in after) \
                    and not _AN_IMAGE.match(body[stop:]):  # (an image after it is its content)
                # a bold label ending in its separator and a short name after it (`'''Item
                # 1 –''' Partnerships`): the line is the label, its name in it
                end = len(body.rstrip())
                return ReadLine(None, _in_line(pieces, shift), _in_line(pieces, shift + end - 1) + 1,
                                body[:end],
                                (marker.group() if marker else "") + emphasis)
            return ReadLine(None, _in_line(pieces, shift + first),
                            _in_line(pieces, shift + last - 1) + 1, body[first:last],
                            (marker.group() if marker else "") + emphasis,
                            stop=_in_line(pieces, shift + stop - 1) + 1)
    if marker and not found and marker.group()[0] == ":":
        return None  # an indented line is a label only when it is one emphasised phrase
    if marker and not found:  # a list item's own text may be its label (see find_headings)
        title = body.rstrip(" :：")
        shown = display_text(title) if title else ""
        if len(shown) > LABEL_LENGTH or len(shown.split()) > PLAIN_LABEL_WORDS:
            quoted = _quoted(body)  # a sentence that names its theme in quotation marks
            if quoted is None:
                return None if len(shown) > LABEL_LENGTH else ReadLine(
                    None, _in_line(pieces, offset + len(rest) - len(body)),
                    _in_line(pieces, offset + len(rest) - len(body) + len(title) - 1) + 1,
                    title, marker.group())
            start = offset + len(rest) - len(body)
            return ReadLine(None, _in_line(pieces, start + quoted[0]),
                            _in_line(pieces, start + quoted[1] - 1) + 1,
                            body[quoted[0]:quoted[1]], marker.group() + QUOTED)
        if not title:
            return None
        start = offset + len(rest) - len(body)
        return ReadLine(None, _in_line(pieces, start),
                        _in_line(pieces, start + len(title) - 1) + 1, title, marker.group())
    if found is None:
        return _plain(text, pieces) if not marker else None
    group = "inner" if found.group("quotes") else "tagged"
    inner = found.group(group).rstrip(" :：")  # `'''Advocacy:'''`: the colon is no part of it
    if not inner or len(display_text(inner)) > LABEL_LENGTH:
        return None
    start = offset + len(rest) - len(body) + found.start(group)
    emphasis = found.group("quotes") or f"<{found.group('tag').lower()}>"
    return ReadLine(None, _in_line(pieces, start), _in_line(pieces, start + len(inner) - 1) + 1,
                    inner.strip(), (marker.group() if marker else "") + emphasis)


#: The style of a list item that is a sentence naming its theme in quotation marks (`# The
#: first group, given «Partnerships», wrote:` over `#*` points): the quoted words are its
#: title; a theme only where they name a thematic area.
QUOTED = "«»"
# A phrase in quotation marks of any script (its marks paired as the script pairs them).
_QUOTED = re.compile(r"«([^«»\n]{1,60})»|“([^“”\n]{1,60})”|„([^„“”\n]{1,60})[“”]"
                     r"|「([^「」\n]{1,60})」|『([^『』\n]{1,60})』|\"([^\"\n]{1,60})\"")


def _quoted(body: str) -> tuple[int, int] | None:
    """Where the one phrase in quotation marks of a sentence stands (a few words: at most
    PLAIN_LABEL_WORDS), if it has exactly one."""
    found = list(_QUOTED.finditer(body))
    if len(found) != 1:
        return None
    group = next(index for index in range(1, 7) if found[0].group(index) is not None)
    first, last = found[0].span(group)
    phrase = body[first:last].strip()
    if not phrase or len(phrase.split()) > PLAIN_LABEL_WORDS:
        return None
    first += len(body[first:last]) - len(body[first:last].lstrip())
    return first, first + len(phrase)


def _run_in(body: str) -> tuple[int, int, int, str] | None:
    """Where the title of a run-in label at the start of `body` stands (start, end), where the
    label ends (its colon and the spaces after it included) and its emphasis, if `body` starts
    with one: an emphasised phrase that ends with a colon or a full stop (a run-in head, `'''Theme
    1. Partnerships.''' Text`) or is followed by a spaced dash, with more text on its line."""
    found = _RUN_IN.match(body)
    if found is None:
        return None
    group = "inner" if found.group("quotes") else "tagged"
    inner = found.group(group)
    if found.group("colon") is None and not inner.endswith((":", "：", ".", "–", "—", " -")):
        return None  # an emphasised word that begins a sentence is no label
    title = inner.rstrip(" :：.–—-").strip()
    if not title or len(display_text(title)) > LABEL_LENGTH:
        return None
    first = found.start(group) + len(inner) - len(inner.lstrip())
    emphasis = found.group("quotes") or f"<{found.group('tag').lower()}>"
    stop = found.end() + len(body[found.end():]) - len(body[found.end():].lstrip(" \t"))
    return first, first + len(title), stop, emphasis  # (the spaces after it are the label's)


#: The most words a plain line that is a label has (`📌 Other notes from the flip chart`).
PLAIN_LABEL_WORDS = 6
#: The most words of a plain line marked by a sign before it (`► Theme 1 : Partnerships (for
#: the libraries)`): the sign says it is a label, its length alone says it is no sentence.
MARKED_LABEL_WORDS = 12
#: What ends a sentence, in the scripts that mark it: a line ending so is no label.
SENTENCE_END = (".", "!", "?", "。", "！", "？", "।", "۔", "።", "…")


def _plain(text: str, pieces: list[tuple[int, int]]) -> ReadLine | None:
    """A plain line that may be a label (`🤝 Partnerships`, `Partnerships:`): a short phrase
    (at most PLAIN_LABEL_WORDS words: nothing marks it as a label but its shortness) with no
    sentence end and no markup that starts a block (find_headings keeps it only where a list
    follows it and a block ends before it)."""
    title = _label_end(_TRAILING_BREAKS.sub("", _EDIT_LINKS.sub("", text.strip())))
    if not title or title[0] in "{|!<[:;*#" or title.endswith(SENTENCE_END) \
            or title.endswith(_CLAUSE_END) or "<br" in title.lower() \
            or _TWO_SENTENCES.search(title):
        return None
    shown = display_text(title)
    # (a spaced colon or dash is no word: `THÈME 2 : SANTÉ DE LA COMMUNAUTÉ` has six)
    words = [word for word in shown.split() if any(char.isalnum() for char in word)]
    if len(shown) > LABEL_LENGTH or len(words) > (
            MARKED_LABEL_WORDS if _marked(shown) else PLAIN_LABEL_WORDS):
        return None
    start = len(text) - len(text.lstrip())
    return ReadLine(None, _in_line(pieces, start), _in_line(pieces, start + len(title) - 1) + 1,
                    title, "")


def _label_end(text: str) -> str:
    """`text` without the signs that end a label and lead to what it labels (`Theme 1:`,
    `Theme 1 =`, `Theme 1 →`, `Theme 1 –`): colons, dashes and mathematical symbols."""
    end = len(text)
    while end and (text[end - 1] in " \t:：" or unicodedata.category(text[end - 1]) in ("Pd", "Sm")):
        end -= 1
    return text[:end]


# A question or an exclamation ending a sentence that another follows (`Beleza, gente?
# Obrigada a todos!!`): no label is two sentences.
_TWO_SENTENCES = re.compile(r"(?<=\w)[?!？！]+\s+\w")
# What ends a clause that goes on (`Dear all,`, `مع التحية،`): no label ends so.
_CLAUSE_END = (",", "،", "、", "，", ";", "؛")
# The section edit links a text copied from a page's rendered view keeps after each heading,
# in the wiki's language: one or two words in single brackets at the line's end (`Tema 1:
# Alianzas[editar]`, `[edit | edit source]`), no link of the page's.
_EDIT_LINKS = re.compile(r"\s*\[[^\[\]|\n:/]{1,25}(?:\|[^\[\]|\n:/]{1,25})?\]\s*\Z")


# Line breaks at the end of a line (`► Theme 1: X<br />`): no part of what it says.
_TRAILING_BREAKS = re.compile(r"(?:\s*<br\s*/?>)+\s*\Z", re.IGNORECASE)
# A template call with no parameter on a line of its own: what closes a box (`{{Collapse bottom}}`).
_CLOSING_CALL = re.compile(r"\{\{[^{}|\n]+\}\}[ \t]*$")
# A parameter value that styles rather than names (`#eef3ff`, `background:#eee; padding:0`).
_STYLE_VALUE = re.compile(r"\A\s*#|;|\A\s*\d+(?:\.\d+)?\s*(?:px|em|%)?\s*\Z")


def _box_title(call: str) -> tuple[int, int] | None:
    """Where the title stands in `call`, if it is one template call whose first parameter that
    reads as a label (short, with letters, not a style) is its title: the opening call of a box
    (`{{Collapse top|title=Theme 1: X}}`, `{{Hidden begin|titlestyle=...|title=X}}`)."""
    found = template_call(call, positional=True)
    if found is None:
        return None
    for parameter in found[1]:
        value = call[parameter.value_span[0]:parameter.value_span[1]]
        shown = display_text(value)
        if not shown or len(shown) > LABEL_LENGTH or not any(char.isalpha() for char in shown) \
                or _STYLE_VALUE.search(value) or "\n" in value:
            continue
        if shown.endswith(SENTENCE_END):
            return None  # a sentence is no title (`{{defn|no=2|A point.}}`)
        return parameter.value_span
    return None


def _closes_a_box(text: str, end: int, start: int | None = None) -> bool:
    """Whether the first line after `end` that starts a template call is one with no
    parameters (the box that a call ending at `end` opens is closed), before any heading; or,
    with headings before it, one whose name starts with the same word as the opening call's
    at `start` (`{{Box-header|...}}` ... `{{Box-footer}}` around a section and its
    sub-headings)."""
    headed = False
    for index, line in enumerate(text[end:].split("\n")[1:]):
        if line.startswith("{{"):  # (closed on the very next line, it holds nothing: no box)
            closing = _CLOSING_CALL.match(line) is not None and index > 0
            if not closing and headed:
                continue
            return closing and (not headed or start is not None and _same_stem(
                text[start:end], line))
        if line.startswith("="):
            if start is None:
                return False
            headed = True
    return False


def _same_stem(opening: str, closing: str) -> bool:
    """Whether two template calls' names start with the same word (`Box-header`, `Box-footer`;
    `Hidden begin`, `Hidden end`)."""
    names = [re.match(r"\{\{\s*([^\W\d_]+)", call) for call in (opening, closing)]
    return all(names) and len({name.group(1).casefold() for name in names if name}) == 1


def _may_hide_a_line(text: str) -> bool:
    """Whether anything in `text` can hold a line that is not read as wikitext lines: a tag or a
    comment (`<`), a template (`{{`), or an internal link left open at the end of its line. A
    page with none of them (plain prose, lists and one-line links) needs no parse tree."""
    if "<" in text or "{{" in text:
        return True
    return link_left_open(text)


def link_left_open(text: str) -> bool:
    """Whether a line of `text` opens more internal links (`[[`) than it closes: only the
    lines that hold one are looked at (a page has few)."""
    at = text.find("[[")
    while at != -1:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        if text.count("[[", start, end) > text.count("]]", start, end):
            return True
        at = text.find("[[", end)
    return False


def _html_items(text: str) -> dict[int, tuple[int, str, int, int]]:
    """The items of HTML lists written one a line (form.py): by the start of their line, the
    line's end, the wiki list markers they stand for and where their text stands."""
    found: dict[int, tuple[int, str, int, int]] = {}
    position = 0
    for line in logical_lines(text):
        if line.marker:
            found[position] = (position + len(line.raw), line.marker, position + line.core[0],
                               position + line.core[1])
        position += len(line.raw) + 1
    return found


def find_headings(text: str) -> list[HeadingLine]:
    """Every heading line and pseudo-heading line of a page, in page order (an item of an HTML
    list written one a line is read as the wiki list line it stands for)."""
    return list(_headings_of(text))


@page_cache
def _headings_of(text: str) -> tuple[HeadingLine, ...]:
    # A page is often read more than once in a row (a report and the base it is written onto,
    # a load and its check): the headings (immutable) are found once.
    return tuple(_find_headings(text))


@page_cache
def spans_of(text: str) -> Spans:
    """The comment and opaque spans of a page (spans.py), kept for a page read after it
    (parse.read_page_after): only what a page that may hide a line needs parsed for."""
    return Spans(text, parse=_may_hide_a_line(text))


def _find_headings(text: str) -> list[HeadingLine]:
    spans = spans_of(text)
    lowered = text.lower() if "<" in text else ""
    html = _html_items(text) if "<li" in lowered or "<dt" in lowered else {}
    starts = sorted(html)
    found: list[HeadingLine] = []
    last_end = -1
    for match in _CANDIDATE.finditer(text, 0, spans.hidden_from):
        start = match.start()
        marked = text.startswith("{{", start) and _MARKS_BEFORE.match(text, start) is not None
        box = spans.opaque_from(start) if text.startswith("{{", start) and not marked else None
        if start < last_end or (spans.opaque_at(start) and box is None and not marked) \
                or spans.comment_at(start)[0] not in (-1, start):
            continue
        end = spans.line_end(text, start)
        if box is not None:  # the opening call of a box, on a line (or lines) of its own
            after = text.find("\n", box)
            if text[box:after if after != -1 else len(text)].strip():
                continue
            drawn = not _closes_a_box(text, box, start)
            if drawn and (after == -1 or text[after + 1:after + 2] not in ("*", "#")) \
                    and not _above_other_calls(text, start, after):
                continue  # a box's opening call, or a call that draws a label above a list
                # (or above items written as calls of another template: `{{term|X}}` over
                # `{{defn|...}}` lines)
            end = box
        if start in html:  # `<li>'''Advocacy'''` with a nested list after it
            end, marker, text_start, text_end = html[start]
            read = read_line(f"{marker} {text[text_start:text_end]}")
            if read is None or not read.style.startswith(marker):
                continue
            shift = text_start - start - len(marker) - 1
            read = ReadLine(None, read.title_start + shift, read.title_end + shift, read.title,
                            "<li>" + read.style)  # its points' markers count from its list
            following = bisect.bisect_right(starts, start)
            if following >= len(starts) or len(html[starts[following]][1]) <= len(marker):
                continue  # a label only with deeper items under it
        else:
            line = text[start:end]
            lone = line.startswith("##") and _lone_item(text, start, end)
            if line[:1] in ("*", "#") and "<" not in line and "''" not in line and not lone \
                    and not _has_sub_items(text, end, len(line) - len(line.lstrip("*#"))):
                pasted = _pasted_bold(text, start, end)
                if pasted is not None:  # `*Tema 1: Parcerias*` over lines of text
                    found.append(HeadingLine(start, end, None, pasted, PARAGRAPH_LABEL))
                    last_end = end
                continue  # (what the test below finds, without reading the line)
            read = read_line(line)
            if read is None:
                continue
            if box is not None and drawn:
                read = dataclasses.replace(read, style=DRAWN)
            if not read.style and not _stands_alone(text, start, end) \
                    and not (_marked(read.title) and _after_a_break(text, start)):
                if not _heads_a_paragraph(text, start, end) and not (
                        _COUNTED.match(read.title) and len(read.title) <= LABEL_LENGTH
                        and not read.title.endswith(SENTENCE_END)):
                    continue  # a plain line is a label only as a line of its own above a
                    # list, or one marked by a sign before it (`► Theme 1: X`) after a blank
                    # line, or one over a paragraph, or one inside a paragraph that begins
                    # with a word, a counter and a separator (`Thema 2: X` in a pasted PDF's
                    # wrapped lines), which are labels as those over a paragraph are
                    # (PARAGRAPH_LABEL: by their own label, one that names a theme or that
                    # such siblings share)
                read = dataclasses.replace(read, style=PARAGRAPH_LABEL)
            depth = len(read.style) - len(read.style.lstrip("*#:"))
            if depth and read.stop is None and not _has_sub_items(text, end, depth) \
                    and not (lone and read.title.strip() == line.lstrip("# ").rstrip(" :：")
                             and not read.title.endswith(SENTENCE_END)):
                continue  # a list item is a label only with deeper items under it (or a
                # lone deep item: a heading pasted from Markdown, `### Theme 1: X`)
        if box is None and spans.opaque_at(start + read.title_start):
            continue
        if read.stop is not None:
            end = start + read.stop  # the definition after the term is its content
        found.append(HeadingLine(start, end, read.level, read.title, read.style))
        last_end = end
    if "[[" in text or "<gallery" in lowered:
        found = _with_captions(text, spans, found)
    return _split_labels(text, found)


_AN_IMAGE = re.compile(r"\s*\[\[[ \t]*(?:file|image)[ \t]*:", re.IGNORECASE)
#: The style of an image whose caption labels the list under it (`[[File:X.jpg|thumb|Theme 1 –
#: Partnerships]]`, or a gallery of one image): its caption is the label.
CAPTION = "[[File]]"
# An image on a line of its own (MediaWiki's `File:` and `Image:`, the names Meta-Wiki knows),
# or a gallery of one image.
_IMAGE = r"\[\[[ \t]*(?:file|image)[ \t]*:[^\[\]|\n]*\|(?P<rest>(?:[^\[\]\n]|\[\[[^\[\]\n]*\]\])*)\]\]"
_GALLERY = (r"<gallery\b[^>\n]*>[ \t]*\n[ \t]*(?:file|image)[ \t]*:[^|\n]*\|(?P<rest>[^\n]*)"
            r"\n[ \t]*</gallery>")
_CAPTIONED = re.compile(rf"\A(?:{_IMAGE}|{_GALLERY.replace('rest', 'grest')})[ \t]*\Z",
                        re.IGNORECASE)
# The same where a list starts on the next line (a call on a line of its own between allowed).
_CAPTION_LINE = re.compile(rf"^[ \t]*(?:{_IMAGE}|{_GALLERY.replace('rest', 'grest')})[ \t]*"
                           r"(?=\n(?:\{\{[^{}\n]*\}\}\n)?[*#])", re.IGNORECASE | re.MULTILINE)
# The options of an image link (MediaWiki's image magic words): no caption.
_IMAGE_OPTION = re.compile(r"\A\s*(?:thumb|thumbnail|frame|framed|frameless|border|left|right|"
                           r"center|centre|none|upright|baseline|sub|super|top|text-top|middle|"
                           r"bottom|text-bottom|\d*x?\d+\s*px|(?:upright|alt|link|page|class|lang|"
                           r"thumb|thumbnail)\s*=.*)\s*\Z", re.IGNORECASE | re.DOTALL)


def _caption(match: re.Match[str]) -> tuple[int, int] | None:
    """Where the caption of a captioned image stands in the matched text (its last part, split
    at the `|` outside inner links, when that is no option and reads as a label: LABEL_LENGTH,
    no sentence end), or None."""
    group = "rest" if match.group("rest") is not None else "grest"
    rest, offset = match.group(group), match.start(group)
    depth, cut = 0, -1
    for index, char in enumerate(rest):
        if rest.startswith("[[", index):
            depth += 1
        elif rest.startswith("]]", index) and depth:
            depth -= 1
        elif char == "|" and not depth:
            cut = index
    caption = rest[cut + 1:]
    if not caption.strip() or _IMAGE_OPTION.match(caption):
        return None
    shown = display_text(caption.strip())
    if not shown or len(shown) > LABEL_LENGTH or shown.endswith(SENTENCE_END):
        return None
    first = offset + cut + 1 + len(caption) - len(caption.lstrip())
    return first, first + len(caption.strip())


def _with_captions(text: str, spans: Spans, found: list[HeadingLine]) -> list[HeadingLine]:
    """`found` and the images whose caption labels the list right under them: an image on a
    line of its own, or a gallery of one image (see `_caption`)."""
    taken = [(heading.start, heading.end) for heading in found]
    added: list[HeadingLine] = []
    for match in _CAPTION_LINE.finditer(text, 0, spans.hidden_from):
        start, end = match.start(), match.end()
        start += len(match.group()) - len(match.group().lstrip())
        if spans.comment_at(start)[0] != -1 or start and spans.opaque_at(start - 1) \
                or any(low < end and start < high for low, high in taken):
            continue
        caption = _caption(match)
        if caption is not None:
            added.append(HeadingLine(start, end, None, text[caption[0]:caption[1]], CAPTION))
    if not added:
        return found
    return sorted(found + added, key=lambda heading: heading.start)


def _split_labels(text: str, found: list[HeadingLine]) -> list[HeadingLine]:
    """`found` with each label split over two lines made one: an emphasised line that is only a
    label and its counter (`'''Theme 1'''`, `'''تەوەری ١'''`, three words at most) and, on the
    very next line (one paragraph for MediaWiki), an emphasised name (`''Partnerships''`) are one
    pseudo-heading over both lines, `Theme 1: Partnerships`."""
    merged: list[HeadingLine] = []
    for heading in found:
        previous = merged[-1] if merged else None
        if previous is not None and _emphasis_only(previous) and _emphasis_only(heading) \
                and heading.start == previous.end + 1 and "\n" not in text[previous.start:previous.end] \
                and _counter_only(previous.shown) and not _counter_only(heading.shown) \
                and not heading.shown.endswith(SENTENCE_END):
            merged[-1] = HeadingLine(previous.start, heading.end, None,
                                     f"{previous.title}: {heading.title}", previous.style)
            continue
        merged.append(heading)
    return merged


def _emphasis_only(heading: HeadingLine) -> bool:
    """A pseudo-heading that is an emphasised line of its own (no list marker, term or box)."""
    return heading.level is None and heading.style[:1] in ("'", "<") \
        and not heading.style.startswith("<li>")


def _counter_only(shown: str) -> bool:
    """Whether a label's text is a word or two and a counter, nothing else (`Theme 1`, `Тема 2`)."""
    words = shown.split()
    return 1 <= len(words) <= 3 and any(unicodedata.category(char) == "Nd" for char in shown) \
        and sum(char.isalpha() for char in shown) <= 30


def _marked(title: str) -> bool:
    """Whether a line's text starts with a sign that marks it (`►`, `➤`, `→`, `✔`, `🤝`, `༄`):
    neither a letter, a digit, a bracket or a quotation mark nor wiki markup."""
    first = title[:1]
    return bool(first) and unicodedata.category(first) in ("So", "Sm", "Sk", "Po", "Pd") \
        and first not in "&'\"*#:;!|=-.,"


def _after_a_break(text: str, start: int) -> bool:
    """Whether the line at `start` begins the page or follows a blank line or a heading."""
    before = _line_before(text, start)
    return not before or before.startswith("=")


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the line `text[start:end]` has a list right after it and, before it, the start
    of the page, a blank line, a heading, a list or a table's end (it is no paragraph's last
    line)."""
    if text[end + 1:end + 2] not in ("*", "#"):
        return False
    return _stands_after_a_break(text, start) \
        or _line_before(text, start)[:1] in ("*", "#", ":", ";")  # (a list's end)


#: The style of a plain line over lines of text, on a line of its own after a break (a blank
#: line, a heading, a line that shows nothing): `Tema 1: Alianzas` over the lines of what was
#: said, as a page pasted from notes or from a page's rendered view writes a label. It is a
#: label only as plain lines are (beside others labelled alike, or naming a theme or an area).
PARAGRAPH_LABEL = "¶"


# A line that begins with a word or two, a counter and a separator, then a name (`Thema 2:
# Kapazitätsaufbau`, `Mesa 1 – Alianzas`).
_COUNTED = re.compile(r"[^\W\d_]{2,20}(?: [^\W\d_]{2,20})? ?\d{1,3}\.? ?[:：–—-] ?[^\W\d_]")


def _heads_a_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the line `text[start:end]` stands after a break, and lines of text, no list,
    follow it (a line that shows nothing, such as a rule under it, between)."""
    if not _stands_after_a_break(text, start):
        return False
    following = _line_after(text, end)
    if following.strip() and shows_nothing(following.strip()) and not following.startswith("="):
        after = text.find("\n", end + 1)
        if after == -1:
            return False
        following = _line_after(text, after)
    return bool(following.strip()) and following[:1] not in "=*#:;{|!<"


def _line_after(text: str, end: int) -> str:
    """The line after the line break at `end` ('' at the end of the text)."""
    if end >= len(text):
        return ""
    stop = text.find("\n", end + 1)
    return text[end + 1:stop if stop != -1 else len(text)]


def _pasted_bold(text: str, start: int, end: int) -> str | None:
    """The label of a line written in a chat's bold (`*Tema 1: Parcerias*`, which MediaWiki
    shows as a list of one item ending in `*`), standing after a break over lines of text: the
    words between the stars, read as a plain line over a paragraph (PARAGRAPH_LABEL)."""
    line = text[start:end].rstrip()
    if len(line) < 3 or line[:2] == "**" or not line.endswith("*") or line.endswith("**") \
            or not _heads_a_paragraph(text, start, end):
        return None
    read = _plain(line[1:-1], [(0, len(line) - 2)])
    return read.title if read is not None and read.title == line[1:-1].strip() else None


def _stands_after_a_break(text: str, start: int) -> bool:
    """Whether the line at `start` begins the page or follows a blank line, a heading, a
    table's end or a line that shows nothing (`<tabber>`, `|-|` between tabs, `</div>`)."""
    before = _line_before(text, start)
    return not before or before[0] == "=" or before.startswith("|}") or shows_nothing(before)


def _line_before(text: str, start: int) -> str:
    """The line before the line at `start`, stripped ('' for the page's first line)."""
    return text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip() if start else ""


_CALL_NAME = re.compile(r"\{\{\s*([^{}|\n]+?)\s*\|")


def _above_other_calls(text: str, start: int, end: int) -> bool:
    """Whether the call on the line `text[start:end]` has right under it a line that is one call
    of another template (`{{term|Theme 1: X}}` over `{{defn|a point}}`), and the line before it
    is no call of that other template's (it opens a group of its own)."""
    if end == -1:
        return False
    own = _CALL_NAME.match(text, start)
    following = text[end + 1:text.find("\n", end + 1) if "\n" in text[end + 1:] else len(text)]
    other = _CALL_NAME.match(following)
    if own is None or other is None or not following.rstrip().endswith("}}") \
            or own.group(1).casefold() == other.group(1).casefold():
        return False
    before = _CALL_NAME.match(text, text.rfind("\n", 0, max(start - 1, 0)) + 1) if start else None
    if before is not None and before.group(1).casefold() == own.group(1).casefold():
        return False  # an item among items of its own template
    return following.count("{{") == following.count("}}")


def _lone_item(text: str, start: int, end: int) -> bool:
    """Whether the line `text[start:end]` is a list of one item, standing alone between blank
    lines, headings or the page's ends (`### Theme 1: Partnerships` pasted from Markdown: a list
    that starts two levels deep is no list its author wrote as one)."""
    before = text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip() if start else ""
    after_end = text.find("\n", end + 1)
    after = text[end + 1:after_end if after_end != -1 else len(text)].strip()
    return before[:1] not in ("*", "#", ":", ";") and after[:1] not in ("*", "#", ":", ";")


def _has_sub_items(text: str, end: int, depth: int) -> bool:
    """Whether the line after `end` is a list item deeper than `depth` (`**` or `*:` after `*`,
    `::*` after `:`)."""
    following = text[end + 1:end + 2 + depth]
    marker = _ANY_MARKERS.match(following)
    return marker is not None and len(marker.group()) > depth
