"""What a reader of a page does not see as report content: its form.

A report file holds what the page says; the page keeps how it says it. These pieces of wikitext
display nothing of the report, so they are never content (the page keeps them where they are):

- HTML comments, Translate's unit markers (`<!--T:12-->`) among them; a comment that is never
  closed hides everything after it, as MediaWiki does;
- Translate's `<translate>` and `</translate>` tags and `<languages/>`, and the marks of
  labeled section transclusion (`<section begin="theme1" />`, `<section end="theme1" />`);
- category links (`[[Category:Strategy Salons]]`, any case, optional sort key), which the report
  lists in `categories` instead; a link *to* a category (`[[:Category:X]]`) is text;
- behaviour switches (`__NOTOC__`);
- on a line of their own only: templates called without parameters (`{{Strategy Salons
  navbox}}`, `{{reflist}}`, `{{Collapse bottom}}`), anchors (`{{anchor|Budget}}`), links within
  the page (`<small>[[#top|↑ Top]]</small>`), bare wrapper tags (`<div dir="rtl">`, `</div>`,
  `<center>`, `<tabber>`: any tag but HTML lists', whose items are lines), separators
  (`|-|`, `----`, `~~~`: signs only, no letter, digit or symbol, no list marker first), and
  category links written with the namespace's name in another language
  (`[[Kategorie:Strategy Salons]]`, `[[رده:...]]`: MediaWiki's names, templates/category-names.txt),
  which Meta-Wiki does not take for categories: the page keeps them, the report does not list them.

`logical_lines` cuts a stretch of page text into lines (a comment that spans lines stays in one
line), each with its content as the reader sees it (`clean`) and where that content stands in
the line (`core`), so that a changed line can be rewritten in place, its markers kept.
Comments, tags and links inside `<nowiki>`, `<pre>` and similar tags are shown as text by
MediaWiki, so they are content there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources

from salonbot.report.memo import LINES, line_cache

# Pieces that display nothing wherever they stand.
_HIDDEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|</?translate\b[^>\n]*>"
    r"|</?(?:onlyinclude|noinclude)\s*>"  # transclusion markup: the page shows what is inside
    r"|<languages\s*/?>"
    r"|<section\s+(?:begin|end)\s*=[^<>\n]*/>"  # labeled section transclusion's marks
    r"|\[\[[ \t]*(?P<category>[Cc][Aa][Tt][Ee][Gg][Oo][Rr][Yy])[ \t]*:(?P<name>[^\]\[|\n]*)"
    r"(?:\|[^\]\[\n]*)?\]\]"
    r"|__[A-Z]{3,}__",
    re.DOTALL,
)
# Pieces that display nothing of the report when a line holds nothing else.
# (An element with nothing in it, such as the `<span id="…"></span>` anchor Translate puts before a
# translated heading, shows nothing either; `{{anchor|X}}` (and `{{anchors|X|Y}}`) displays nothing
# whatever its parameters: it keeps an old heading's links working.)
def _category_names() -> str:
    """MediaWiki's names of the Category namespace in other languages, as a pattern (their
    spaces also written `_`): a category link as a home wiki writes it, `[[Kategorie:X]]`, which
    Meta-Wiki shows as a link, not a category; on a line of its own it is no report content."""
    listed = resources.files("salonbot.report").joinpath("templates/category-names.txt")
    names = [line.strip() for line in listed.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return "|".join(re.escape(name).replace(r"\ ", "[ _]") for name in
                    sorted(names, key=len, reverse=True))


_LINE_ONLY = re.compile(r"\{\{[^{}|\n]*\}\}|\{\{[ \t]*anchors?[ \t]*\|[^{}\n]*\}\}"
                        r"|\[\[[ \t]*#[^\[\]\n]*\]\]"  # a link within the page (`[[#top|↑ Top]]`)
                        rf"|\[\[[ \t]*(?:{_category_names()})[ \t]*:[^\[\]\n]*\]\]"
                        r"|</?(?!(?:ul|ol|dl|li|dt|dd)\b)[A-Za-z][\w-]*(?:\s[^<>\n/]*)?>"  # a bare tag:
                        # `<div dir="rtl">`, `</center>`, `<tabber>` (HTML lists: _html_lists)
                        r"|<(?P<empty>span|a|div)\b[^>\n]*>[ \t]*</(?P=empty)[ \t]*>", re.IGNORECASE)
# Tags whose content MediaWiki shows as text (a comment in them is text).
# (a tag never closed is no tag for MediaWiki, whose preprocessor reads it as text: what
# follows it is read as usual, comments included, as the headings of headings.py are)
_LITERAL = re.compile(r"<(nowiki|pre|syntaxhighlight|source|math|code)\b[^>]*?(?:/>|>.*?</\1\s*>)",
                      re.DOTALL | re.IGNORECASE)
_UNIT_MARKER = re.compile(r"\A\s*(?:<!--T:\d+-->\s*)+\Z")


# Constructs that hold line breaks and are one block for a reader: a tag whose content is not
# wikitext lines (a gallery, preformatted text, a reference), a table, a template call or a link
# written over several lines. A line of one is not a line of its own (not a list item).
_BLOCK_TAG = re.compile(
    r"<(pre|gallery|nowiki|syntaxhighlight|source|math|ref|poem|score|timeline|graph|mapframe|"
    r"references|chem|ce|hiero|imagemap|inputbox|templatedata|table)\b[^>]*?(?<!/)>.*?</\1\s*>",
    re.DOTALL | re.IGNORECASE)
_BLOCK_OPEN = re.compile(_BLOCK_TAG.pattern.split(".*?")[0], re.IGNORECASE)
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


def _block_tags(text: str) -> list[tuple[int, int]]:
    """What _BLOCK_TAG finds in `text`, without looking for a closing tag again after one of
    its name was found missing (many tags never closed cost one search each, not a scan of the
    rest of the page each)."""
    found: list[tuple[int, int]] = []
    unclosed: set[str] = set()  # names with no closing tag after the last search
    position = 0
    while (opening := _BLOCK_OPEN.search(text, position)) is not None:
        name = opening.group(1).lower()
        position = opening.end()
        if name in unclosed:
            continue
        closing = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, opening.end())
        if closing is None:
            unclosed.add(name)
            continue
        found.append((opening.start(), closing.end()))
        position = closing.end()
    return found


def block_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that are one block over several lines (see _BLOCK_TAG), sorted."""
    if "\n" not in text or not ("<" in text or "{" in text or "[[" in text):
        return []
    spans = [span for span in _block_tags(text) if "\n" in text[span[0]:span[1]]]
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


# A signature: a link into a namespace (`[[User:X|X]]`, in any language), maybe the user's talk
# page, then a time and a time zone in parentheses, at the end of a line (the form `~~~~` takes
# on every wiki: the date's words vary, the link and the time do not; the time is `hh:mm`, or
# as a wiki in another language writes it, `16.20` or `21h15min`); or `~~~~` itself. What a
# person signs is a comment on the report, not the report.
# Or a template that signs for someone at the end of a line (`{{Unsigned|user|hh:mm, date
# (UTC)}}`, whatever its name in a wiki's language): one of two parameters or more, a year
# among them, whose last ends with that time and time zone (`{{Time|14:00 (CET)}}` is none).
_SIGNATURE = re.compile(
    r"[ \t]*(?:--|—|–)?[ \t]*\[\[[^\[\]|\n]*:[^\[\]|\n]+(?:\|[^\[\]\n]*)?\]\][^\n]{0,160}?"
    r"\d{1,2}(?::|\.|h)\d{2}[^\n]{0,80}?\([^()\n]{2,10}\)[ \t]*$"
    r"|[ \t]*\{\{[^{}|\n]+\|(?=[^{}\n]*\d{4})[^{}\n]{0,160}\|[^{}|\n]{0,80}?"
    r"\d{1,2}(?::|\.|h)\d{2}[^{}|\n]{0,80}?\([^()\n]{2,10}\)[ \t]*\}\}[ \t]*$"
    r"|[ \t]*~{3,5}[ \t]*$", re.MULTILINE)

# What every signature holds, unless it is `~~~~` itself: a time (`hh:mm`, `hh.mm`, `hhhmm`).
# Looked for first, as _SIGNATURE is slow to try at every line of a page that has none.
_CLOCK = re.compile(r"\d[:.h]\d\d")


def hidden_pieces(text: str) -> list[re.Match[str]]:
    """The pieces of `text` that display nothing of the report, in order (none inside
    `<nowiki>` and alike): what displays nothing (comments, Translate markup, categories,
    behaviour switches) and signatures."""
    if "<" not in text and "[[" not in text and "__" not in text and "~~~" not in text \
            and "{{" not in text:
        return []
    literal = [match.span() for match in _LITERAL.finditer(text)] if "<" in text else []
    found = []
    matches = list(_HIDDEN.finditer(text))
    if "~~~" in text or _CLOCK.search(text):  # a signature has one or the other
        hidden = [match.span() for match in matches]
        matches += [match for match in _SIGNATURE.finditer(text)
                    if not any(start <= match.start() < end for start, end in hidden)]
        matches.sort(key=lambda match: match.start())
    for match in matches:
        if literal and any(start <= match.start() < end for start, end in literal):
            continue
        found.append(match)
    return found


def is_signature(match: re.Match[str]) -> bool:
    """Whether a hidden piece is a signature."""
    return match.re is _SIGNATURE


def category_name(match: re.Match[str]) -> str | None:
    """The category a hidden piece puts the page in (its name as written, spaces folded), if it
    is a category link."""
    if match.re is not _HIDDEN or match.group("category") is None:
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
    kind: str = ""  # of a form line: "reply" (signed, indented), "placeholder", else ""
    marker: str = ""  # an item of an HTML list: the wiki list markers it stands for (`**`)

    def rewritten(self, clean: str) -> str:
        """The line with its content replaced by `clean`, the hidden pieces before and after
        the content kept (those inside it are gone with it); for an item of an HTML list, its
        tags kept and `clean`'s list markers left out."""
        if self.marker and clean.startswith(self.marker):
            clean = clean[len(self.marker):].lstrip(" ")
        return self.raw[: self.core[0]] + clean + self.raw[self.core[1]:]


def _line(raw: str, pieces: list[tuple[int, int, str | None]], signed: bool = False,
          placeholder: Callable[[str], bool] | None = None) -> Line:
    """A Line from its raw text and the hidden pieces in it (spans relative to the line);
    `signed`: one of them is a signature; `placeholder` says whether a text is guidance left
    in from the report template."""
    line = _read_line(raw, pieces)
    if line.form:
        return line
    if signed and raw.lstrip().startswith(":"):  # a signed reply, as on a talk page
        return Line(raw, "", True, (len(raw), len(raw)), line.categories, "reply")
    if placeholder is not None and placeholder(line.clean.lstrip("*#:; \t")):
        return Line(raw, "", True, (len(raw), len(raw)), line.categories, "placeholder")
    return line


def _separator(shown: str) -> bool:
    """Whether a line shows only signs that separate (`|-|` between tabs, `~~~`, `❀ ❀ ❀` in a bare
    tag): no letter or digit, no symbol but one repeated three times or more, and no list
    marker first (`* —` is an item); or a table's row mark
    (`|- style="vertical-align:top"`) where the rows of a table are read apart (themes in its
    cells)."""
    shown = shown.strip()
    if shown.startswith("|-"):  # a table's row mark, where a table's rows are read apart
        return True
    if not shown or shown[0] in "*#:;":
        return False
    if "<" in shown:  # a divider in a bare tag: `<center>❀ ❀ ❀</center>`
        shown = _LINE_ONLY.sub("", shown).strip()
    signs = [char for char in shown if not char.isspace()]
    if any(unicodedata.category(char)[0] in "LN" for char in signs):
        return False
    # signs only, no symbol; or the same symbol three times or more (`❀ ❀ ❀`, `* * *`)
    return all(unicodedata.category(char)[0] != "S" or char in "|~=+^" for char in signs) \
        or len(signs) >= 3 and len(set(signs)) == 1


# A template call alone on its line whose first argument names another page (`{{main|Pune/
# Programme}}`, a button `{{X|Strategy/…/Photos|See all photos}}`): a pointer, not words.
_CALL = re.compile(r"\A[ \t]*\{\{[^{}|\n]+\|(?P<first>[^{}|=\n]+)(?:\|[^{}\n]*)?\}\}[ \t]*\Z")
_NOT_IN_TITLE = re.compile(r"[<>\[\]{}|#.,;!?。，、！？]")


def _links_elsewhere(line: str) -> bool:
    """Whether a line is only a call whose first argument reads as the title of a subpage: a
    path of two parts or more (`Root/Sub`), none with a space at a slash or beginning with a
    small letter (`and/or` is words), and nothing no title holds or a sentence has (`<`, `|`,
    a full stop or a comma). What the call shows points there: a hatnote or a button."""
    found = _CALL.match(line) if "/" in line else None
    if found is None:
        return False
    parts = found.group("first").strip().split("/")
    return len(parts) > 1 and not _NOT_IN_TITLE.search(found.group("first")) \
        and all(part and part == part.strip() and not part[0].islower() for part in parts)


def shows_nothing(line: str) -> bool:
    """Whether a line of its own shows nothing of a report: a bare tag (`<tabber>`, `</div>`),
    a call without parameters, a separator (`|-|`, `----`)... (no comment handled here)."""
    return not _LINE_ONLY.sub("", line).strip() or _separator(line)


def _read_line(raw: str, pieces: list[tuple[int, int, str | None]]) -> Line:
    if not pieces:
        if ("{{" in raw or "<" in raw or "[[" in raw) and raw.strip() \
                and not _LINE_ONLY.sub("", raw).strip() or _separator(raw) \
                or "{{" in raw and _links_elsewhere(raw):
            return Line(raw, "", True, (len(raw), len(raw)))
        clean = raw.rstrip(" \t")
        return Line(raw, _trimmed(clean), False, (0, len(clean)))
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
    if not shown.strip() or not _LINE_ONLY.sub("", shown).strip() or _separator(shown) \
            or "{{" in shown and _links_elsewhere(shown):
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
    return Line(raw, _trimmed(clean.rstrip(" \t")), False, (core_start, core_end), categories)


def _trimmed(clean: str) -> str:
    """White space at the end of each line of a block over several lines shows nothing."""
    if "\n" not in clean:
        return clean
    return "\n".join(line.rstrip(" \t") for line in clean.split("\n"))


_LIST_TAG = re.compile(r"<(/?)(ul|ol|dl|li|dt|dd)\b[^>\n]*>", re.IGNORECASE)


def _html_lists(lines: list[Line]) -> list[Line]:
    """Lines of HTML lists written one item a line (`<ul>`, `<li>a</li>`, `<li>b`, `<ul>`,
    ..., `</ul>`) read as the wiki list a reader sees: an item is a list line at its nesting
    depth (`marker`: `*`, `#` in an `<ol>`; `<dt>` as an item and its `<dd>` under it), its
    text between its tags; a line of tags only is form. Items in a line that holds anything
    else stay as they are."""
    containers: list[str] = []
    result: list[Line] = []
    for line in lines:
        tags = list(_LIST_TAG.finditer(line.clean)) if not line.form and "<" in line.clean \
            else []
        if not tags or line.raw[line.core[0]:line.core[0] + len(line.clean)] != line.clean:
            result.append(line)
            continue
        item: re.Match[str] | None = None
        marker = ""
        for tag in tags:
            closing, name = tag.group(1), tag.group(2).lower()
            if name in ("ul", "ol", "dl"):
                if closing and containers:
                    containers.pop()
                elif not closing:
                    containers.append(name)
            elif not closing and item is None and containers:
                item = tag
                marker = "".join("#" if kind == "ol" else "*" for kind in containers)
                marker += "*" if name == "dd" else ""
        rest = _LIST_TAG.sub("", line.clean).strip()
        if item is None:
            result.append(line if rest else Line(line.raw, "", True, (len(line.raw),) * 2,
                                                  line.categories, "", ""))
            continue
        following = next((tag.start() for tag in tags if tag.start() >= item.end()),
                         len(line.clean))
        text = line.clean[item.end():following]
        if _LIST_TAG.sub("", line.clean[following:]).strip():
            result.append(line)  # more text after its tags: not one item
            continue
        start = line.core[0] + item.end() + len(text) - len(text.lstrip())
        stripped = text.strip()
        result.append(Line(line.raw, f"{marker} {stripped}" if stripped else "", not stripped,
                           (start, start + len(stripped)), line.categories, "", marker))
    return result


def logical_lines(text: str, placeholder: Callable[[str], bool] | None = None) -> list[Line]:
    """The lines of `text` as a reader sees them; `"\\n".join(line.raw for line in result)`
    gives `text` back. A comment, a gallery, a table, a template call... written over several
    lines is in one line. A line that is a signed reply (`: ... [[User:X|X]] 10:12, ...
    (UTC)`), or (`placeholder`) guidance left in from the template, is a form line; so is a
    line of HTML list tags only, and an HTML list item reads as a list line (_html_lists)."""
    lines = _logical_lines(text, placeholder)
    if "<" in text and _LIST_TAG.search(text):
        return _html_lists(lines)
    return lines


#: The Lines of lines read with no hidden piece in their text, by (raw, placeholder): shared.
_PLAIN_LINES: dict[tuple[str, Callable[[str], bool] | None], Line] = line_cache()


def _logical_lines(text: str, placeholder: Callable[[str], bool] | None) -> list[Line]:
    pieces = hidden_pieces(text)
    blocks = block_spans(text)
    if blocks:
        return _joined(text, pieces, blocks, placeholder)
    if not pieces:  # (each line read alone: its Line is kept for the next read of it)
        if len(_PLAIN_LINES) > LINES:
            _PLAIN_LINES.clear()
        found: list[Line] = []
        for raw in text.split("\n"):
            line = _PLAIN_LINES.get((raw, placeholder))
            if line is None:
                line = _PLAIN_LINES[raw, placeholder] = _line(raw, [], False, placeholder)
            found.append(line)
        return found
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
        signed = False
        for piece in pieces[index:]:
            if piece.start() >= stop:
                break
            own.append((piece.start() - start, piece.end() - start, category_name(piece)))
            signed = signed or is_signature(piece)
        lines.append(_line(text[start:stop], own, signed, placeholder))
        if end == -1:
            return lines
        start = end + 1


def _joined(text: str, pieces: list[re.Match[str]], blocks: list[tuple[int, int]],
            placeholder: Callable[[str], bool] | None) -> list[Line]:
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
        mine = [piece for piece in pieces if start <= piece.start() < stop]
        own = [(piece.start() - start, piece.end() - start, category_name(piece))
               for piece in mine]
        lines.append(_line(text[start:stop], own, any(map(is_signature, mine)), placeholder))
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
