"""What a reader sees of a heading's wikitext: its display text.

MediaWiki shows a heading's text with its markup rendered: links as their labels, bold and
italics as plain letters, tags (`<span>`, `<translate>`) as their content, templates that show
nothing gone, HTML entities decoded, comments gone. salonbot compares headings by that text,
never by how the wikitext spells it (mwparserfromhell's `strip_code` does the rendering).
"""

from __future__ import annotations

import html
from functools import lru_cache

import mwparserfromhell

_MARKUP = frozenset("<[{'&_")


@lru_cache(maxsize=4096)
def display_text(wikitext: str) -> str:
    """The text a reader sees of `wikitext` (one heading's title), white space folded."""
    if _MARKUP.isdisjoint(wikitext):
        return " ".join(wikitext.split())
    shown = mwparserfromhell.parse(wikitext).strip_code(normalize=True, collapse=True)
    return " ".join(html.unescape(shown).split())
