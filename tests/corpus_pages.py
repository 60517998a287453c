"""The corpus of hand-written report pages (tests/corpus/NAME.wiki + NAME.outline) and a small
heading oracle that is independent of salonbot's parser.

An outline file has one line per node of the report, in page order: `LEVEL KIND NAME`, where LEVEL
is the heading level as MediaWiki counts it (`-` for a pseudo-heading: a bold or `;` line that names
a section or a theme), KIND is `section`, `theme`, `topic`, `extra` or `placeholder`, and NAME is
the template's section key for a section, else the node's title (which may be empty: `Discussion
Theme 1` alone). A theme's or topic's line may end in `| AREA`, the English name of the thematic
area its title names (`-` for none); it is read into `Expected.area`, which equality ignores.

`wiki_headings` finds the headings the way MediaWiki's preprocessor does, in a few lines, so that
tests and the structure benchmark need not trust the code they check: comments are removed (one
that is never closed hides the rest of the page), `<nowiki>`, `<pre>` and the other tags whose
content is not wikitext are blanked, templates `{{...}}` are blanked, and what is left is read line
by line: a line that starts and ends with `=` (trailing spaces and tabs allowed) is a heading. The
sandbox wiki judges this oracle too (tests/wiki/test_corpus_headings.py).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
PAGES = sorted(path.stem for path in CORPUS.glob("*.wiki"))
KINDS = ("section", "theme", "topic", "extra", "placeholder")

# Tags whose content MediaWiki does not read as wikitext lines (core tags, and Cite's <ref>).
_OPAQUE_TAGS = ("nowiki", "pre", "gallery", "ref", "math", "syntaxhighlight", "source", "score")
_OPAQUE = re.compile(
    r"<(" + "|".join(_OPAQUE_TAGS) + r")(\s[^>]*)?(?<!/)>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_COMMENT = re.compile(r"<!--.*?(-->|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Expected:
    """One line of an outline file."""

    level: int | None
    kind: str
    name: str
    area: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class WikiHeading:
    """A heading as MediaWiki sees it: its level and its text (wikitext, stripped)."""

    level: int
    text: str


def page_text(name: str) -> str:
    """The page's wikitext, exactly as stored in the corpus (and as the wiki would store it)."""
    return (CORPUS / f"{name}.wiki").read_text(encoding="utf-8")


def expected_outline(name: str) -> list[Expected]:
    """The hand-written outline of a corpus page; ValueError for a malformed line."""
    return read_outline(CORPUS / f"{name}.outline")


def read_outline(path: Path) -> list[Expected]:
    """The entries of a NAME.outline file (of the corpus or of tests/heldout)."""
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        level, kind, name_ = (line.split(" ", 2) + [""])[:3]
        if kind not in KINDS or not (level == "-" or level.isdigit()):
            raise ValueError(f"{path}:{number}: expected `LEVEL KIND NAME`, got {line!r}")
        area = None
        if kind in ("theme", "topic") and (name_.startswith("| ") or " | " in name_):
            name_, area = (" " + name_).rsplit(" | ", 1)
            name_ = name_.strip()
        entries.append(Expected(None if level == "-" else int(level), kind, name_, area))
    return entries


def _blank(match: re.Match[str]) -> str:
    """The matched text with every character but newlines turned into a space."""
    return re.sub(r"[^\n]", " ", match.group(0))


def _blank_templates(text: str) -> str:
    """`text` with every balanced `{{...}}` blanked (newlines kept); an unclosed `{{` stays."""
    chars = list(text)
    stack: list[int] = []
    index = 0
    while index < len(text) - 1:
        pair = text[index : index + 2]
        if pair == "{{":
            stack.append(index)
            index += 2
        elif pair == "}}" and stack:
            start = stack.pop()
            if not stack:
                for position in range(start, index + 2):
                    if chars[position] != "\n":
                        chars[position] = " "
            index += 2
        else:
            index += 1
    return "".join(chars)


def visible_lines(text: str) -> list[str]:
    """The page's lines as MediaWiki reads them for headings and lists: comments removed (the
    rest of the page is hidden by one never closed), opaque tags and templates blanked."""
    text = _COMMENT.sub("", text)
    text = _OPAQUE.sub(_blank, text)
    return _blank_templates(text).split("\n")


def heading_of_line(line: str) -> WikiHeading | None:
    """The heading a (visible) line is for MediaWiki, or None.

    Level: the smaller run of `=` at either end, at most 6; a line of only `=` signs is a heading
    of level (n - 1) // 2 when n >= 3, its text the `=` signs left over (MediaWiki's doHeadings).
    """
    stripped = line.rstrip(" \t")
    lead = len(stripped) - len(stripped.lstrip("="))
    if lead == 0:
        return None
    if lead == len(stripped):
        if lead < 3:
            return None
        level = min(6, (lead - 1) // 2)
        return WikiHeading(level, "=" * (lead - 2 * level))
    trail = len(stripped) - len(stripped.rstrip("="))
    if trail == 0:
        return None
    level = min(lead, trail, 6)
    return WikiHeading(level, stripped[level:-level].strip())


def wiki_headings(text: str) -> list[WikiHeading]:
    """Every heading MediaWiki finds in `text`, in page order."""
    found = (heading_of_line(line) for line in visible_lines(text))
    return [heading for heading in found if heading is not None]


def without_markup(text: str) -> str:
    """Heading text as the wiki's `line` shows it, compared without markup: HTML tags, bold and
    italic quotes removed, entities decoded, white space collapsed."""
    text = re.sub(r"<[^>]*>", "", text).replace("'''", "").replace("''", "")
    text = html.unescape(text)
    return " ".join(text.split())
