"""What a reader sees of a heading's wikitext: its display text.

MediaWiki shows a heading's text with its markup rendered: links as their labels, bold and
italics as plain letters, tags (`<span>`, `<translate>`) as their content, templates that show
nothing gone, HTML entities decoded, comments gone; a footnote (`<ref>`) shows as a mark, not
its text, an image (a link to a file: `[[File:Icon.svg|24px|link=]]`, in any language's
name for the namespace) as a picture, not words, and the reading of a ruby (`<ruby>協働<rt>きょう
どう</rt></ruby>`) as small letters above its word, no part of the name. salonbot compares
headings by that text, never by how the wikitext spells it (mwparserfromhell's `strip_code`
does the rendering).
"""

from __future__ import annotations

import contextlib
import html
import re
from functools import lru_cache

import mwparserfromhell
from mwparserfromhell.nodes import Tag, Wikilink

_MARKUP = frozenset("<[{'&_")
# A link to a file: a namespace, then a name with a media file's extension.
_MEDIA = re.compile(r"\A\s*:?[^:|]+:.+\.(?:jpe?g|png|gif|svg|tiff?|webp|webm|ogv|ogg|oga|mp3|"
                    r"mp4|wav|flac|pdf|djvu|stl)\s*\Z", re.IGNORECASE | re.DOTALL)


@lru_cache(maxsize=4096)
def display_text(wikitext: str) -> str:
    """The text a reader sees of `wikitext` (one heading's title), white space folded."""
    if _MARKUP.isdisjoint(wikitext):
        return " ".join(wikitext.split())
    code = mwparserfromhell.parse(wikitext)
    nodes: list[Tag | Wikilink] = [*code.filter_tags(recursive=True),
                                   *code.filter_wikilinks(recursive=True)]
    for node in nodes:
        if _shows_no_words(node):
            with contextlib.suppress(ValueError):  # inside a node removed already
                code.remove(node)
    shown = code.strip_code(normalize=True, collapse=True)
    return " ".join(html.unescape(shown).split())


def _shows_no_words(node: Tag | Wikilink) -> bool:
    """Whether a reader sees no words of `node`: a footnote, a ruby's reading (`<rt>`, `<rp>`)
    or an image (a link to a file that does not start with a colon, which would make it a plain
    link)."""
    if isinstance(node, Tag):
        return str(node.tag).strip().lower() in ("ref", "rt", "rp")
    title = str(node.title)
    return not title.lstrip().startswith(":") and _MEDIA.match(title) is not None
