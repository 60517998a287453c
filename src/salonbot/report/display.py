"""What a reader sees of a heading's wikitext: its display text.

MediaWiki shows a heading's text with its markup rendered: links as their labels, bold and
italics as plain letters, tags (`<span>`, `<translate>`) as their content, templates that show
nothing gone, HTML entities decoded, comments gone; a footnote (`<ref>`) shows as a mark, not
its text, an image (a link to a file: `[[File:Icon.svg|24px|link=]]`, in any language's
name for the namespace) as a picture, not words, and the reading of a ruby (`<ruby>協働<rt>きょう
どう</rt></ruby>`) as small letters above its word, no part of the name; a line break (`<br />`)
puts the words on either side on two lines, written `X / Y` (so a heading in two languages on
two lines is read as one in `X / Y`), and shows nothing at either end. salonbot compares
headings by that text, never by how the wikitext spells it (mwparserfromhell's `strip_code`
does the rendering). An element styled `display:none` (or `visibility:hidden`) shows nothing, and struck text
(`<s>`, `<del>`, `<strike>`) names nothing: it is a name given up;
a call giving one text in several languages (parameters named by language codes) shows its first.
"""

from __future__ import annotations

import contextlib
import html
import re
from functools import lru_cache

import mwparserfromhell
from mwparserfromhell.nodes import Tag, Template, Wikilink

_MARKUP = frozenset("<[{'&_")
# A link to a file: a namespace, then a name with a media file's extension.
_MEDIA = re.compile(r"\A\s*:?[^:|]+:.+\.(?:jpe?g|png|gif|svg|tiff?|webp|webm|ogv|ogg|oga|mp3|"
                    r"mp4|wav|flac|pdf|djvu|stl)\s*\Z", re.IGNORECASE | re.DOTALL)


#: Where a line break (`<br />`) stood: the words on either side are on lines of their own,
#: written `X / Y` (`Usuku nendawo<br />Date and location`), a break at either end is nothing.
_BREAK = "\ue000"


# A style that hides an element: a reader sees nothing of it.
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$)",
                           re.IGNORECASE)
#: A style that strikes its text through, as `<s>` does (`text-decoration: line-through`).
_STRUCK_STYLE = re.compile(r"(?:^|;)\s*text-decoration(?:-line)?\s*:[^;]*\bline-through\b",
                           re.IGNORECASE)


def styled_away(tag: Tag) -> bool:
    """Whether a tag's style hides its text (`display:none`) or strikes it through, which a
    reader takes as given up, as text in `<s>` (`<span style="text-decoration:
    line-through">22</span> 19`)."""
    if not tag.has("style"):
        return False
    style = str(tag.get("style").value)
    return _HIDDEN_STYLE.search(style) is not None or _STRUCK_STYLE.search(style) is not None


@lru_cache(maxsize=4096)
def display_text(wikitext: str) -> str:
    """The text a reader sees of `wikitext` (one heading's title), white space folded,
    without the characters that show nothing (a soft hyphen, `&shy;`, bidi marks); language
    variant markup (`-{zh-hans:合作伙伴;zh-hant:合作夥伴}-`) shows its first variant."""
    if "-{" in wikitext:
        wikitext = _VARIANTS.sub(_first_variant, wikitext)
    if _MARKUP.isdisjoint(wikitext):
        shown = " ".join(wikitext.split())
        return _INVISIBLE.sub("", shown) if _INVISIBLE.search(shown) else shown
    return _shown(wikitext)


# MediaWiki's language converter markup: `-{X}-`, `-{zh-hans:X;zh-hant:Y}-`, with flags `-{A|X}-`.
_VARIANTS = re.compile(r"-\{(?:[A-Za-z;]{1,8}\|)?(?P<inner>[^{}]*)\}-")
_VARIANT = re.compile(r"\s*[a-z]{2,3}(?:-[a-z]{2,4})?\s*:(?P<text>[^;]*)")


def _first_variant(found: re.Match[str]) -> str:
    """What converter markup shows: its text, or its first variant's (the page's own script,
    as authors write them first)."""
    inner = found.group("inner")
    variant = _VARIANT.match(inner)
    return variant.group("text").strip() if variant is not None else inner


# Characters a reader never sees (the joiners that change how letters join are kept).
_INVISIBLE = re.compile("[\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufeff]")


def _shown(wikitext: str) -> str:
    code = mwparserfromhell.parse(wikitext)
    if "{{" in wikitext:
        for call in code.filter_templates(recursive=False):
            shown = _in_one_language(call)
            if shown is not None:
                code.replace(call, shown)
    nodes: list[Tag | Wikilink] = [*code.filter_tags(recursive=True),
                                   *code.filter_wikilinks(recursive=True)]
    for node in nodes:
        if _shows_no_words(node):
            with contextlib.suppress(ValueError):  # inside a node removed already
                code.remove(node)
        elif isinstance(node, Tag) and str(node.tag).strip().lower() == "br":
            with contextlib.suppress(ValueError):  # a line break shows the words apart
                code.replace(node, _BREAK)
    shown = " ".join(html.unescape(code.strip_code(normalize=True, collapse=True)).split())
    if _BREAK in shown:  # two lines, written ` / ` between them; none at either end
        lines = [line.strip() for line in shown.split(_BREAK)]
        shown = " / ".join(line for line in lines if line)
    return _INVISIBLE.sub("", shown) if _INVISIBLE.search(shown) else shown


# A parameter named by a language code (`fr`, `nl`, `pt-br`, `zh-hant`).
_LANGUAGE_CODE = re.compile(r"\A[a-z]{2,3}(?:-[a-z]{2,4})?\Z")


def _in_one_language(call: Template) -> str | None:
    """What a call that gives one text in several languages shows (`{{LangSwitch|fr=Thème 1 :
    Partenariats|nl=Thema 1: Partnerschappen|en=Theme 1: Partnerships}}`: two or more parameters,
    all named by language codes): its first, the page's own language as authors write it; None
    for any other call."""
    params = call.params
    if len(params) < 2 or not all(param.showkey and _LANGUAGE_CODE.match(str(param.name).strip())
                                  for param in params):
        return None
    return str(params[0].value).strip()


def _shows_no_words(node: Tag | Wikilink) -> bool:
    """Whether a reader sees no words of `node`: a footnote, a ruby's reading (`<rt>`, `<rp>`)
    or an image (a link to a file that does not start with a colon, which would make it a plain
    link)."""
    if isinstance(node, Tag):
        if styled_away(node):
            return True  # `<span style="display:none"> / Date and location</span>`
        # (struck text is a name given up: `<s>Temat 2: Różnorodność</s> Temat 2: Rozwój`)
        return str(node.tag).strip().lower() in ("ref", "rt", "rp", "s", "del", "strike")
    title = str(node.title)
    return not title.lstrip().startswith(":") and _MEDIA.match(title) is not None
