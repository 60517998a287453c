"""A report's page as the target wiki renders it, in one self-contained HTML document
(`salonbot preview`).

The wikitext goes through the wiki's own parser (`action=parse`, which saves nothing), so
headings, lists, links, templates and images look as they will on the wiki. The page is wrapped
in the skin's page structure with the skin's CSS inlined (the style modules a page view of the
wiki loads, plus those the parsed text asks for); if the CSS cannot be fetched, a small built-in
stylesheet in the manner of the Vector skin is used instead. Links and image sources are made
absolute to the wiki, so the file works from any folder and needs nothing else.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from salonbot.errors import WikiError

if TYPE_CHECKING:
    from salonbot.wiki.site import Wiki

# Edit-section links would point at sections of the live page, which holds other text.
_OVERRIDES = ".mw-editsection{display:none}\n.salonbot-preview-note{font-family:sans-serif;" \
    "font-size:0.8em;color:#54595d;background:#fef6e7;border-bottom:1px solid #fc3;" \
    "padding:0.4em 1em}\n"

# Used when the wiki's CSS cannot be fetched: the look of Vector's content area.
BUILTIN_STYLESHEET = """\
body{margin:0;background:#f6f6f6;color:#202122;font-family:sans-serif}
#content{background:#fff;border:1px solid #a7d7f9;margin:1em;padding:1.25em 1.5em 1.5em;
  font-size:0.875em;line-height:1.6}
h1,h2{font-family:'Linux Libertine','Georgia','Times',serif;font-weight:normal;
  border-bottom:1px solid #a2a9b1;margin:1em 0 0.25em;padding:0;line-height:1.3}
h1{font-size:1.8em;margin-top:0}
h2{font-size:1.5em}
h3,h4,h5,h6{font-weight:bold;margin:0.3em 0 0;padding-top:0.5em;line-height:1.6}
h3{font-size:1.2em}
h4{font-size:1em}
p{margin:0.5em 0}
ul{list-style-type:disc;margin:0.3em 0 0 1.6em;padding:0}
ol{margin:0.3em 0 0 3.2em;padding:0}
li{margin-bottom:0.1em}
a{color:#0645ad;text-decoration:none}
a:hover{text-decoration:underline}
a.new{color:#d73333}
a.external{color:#36b}
.thumb.tright,.floatright{float:right;clear:right;margin:0.5em 0 1.3em 1.4em}
.thumb.tleft,.floatleft{float:left;clear:left;margin:0.5em 1.4em 1.3em 0}
.thumbinner{border:1px solid #c8ccd1;padding:3px;background:#f8f9fa;font-size:94%;
  text-align:center;overflow:hidden}
.thumbcaption{text-align:left;line-height:1.4;padding:3px}
.toc{display:inline-block;border:1px solid #a2a9b1;background:#f8f9fa;padding:7px;font-size:95%}
.toc h2{font-size:100%;font-weight:bold;border:0;margin:0;text-align:center;font-family:sans-serif}
.toc ul{list-style:none;margin:0.3em 0;padding:0}
.toc ul ul{margin:0 0 0 2em}
.tocnumber{color:#202122;padding-right:0.5em}
table.wikitable{background:#f8f9fa;border:1px solid #a2a9b1;border-collapse:collapse;margin:1em 0}
table.wikitable>*>tr>th,table.wikitable>*>tr>td{border:1px solid #a2a9b1;padding:0.2em 0.4em}
table.wikitable>*>tr>th{background:#eaecf0;text-align:center}
"""


class _StartTags(HTMLParser):
    """The attributes of the first <html> and <body> start tags of MediaWiki's page head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, dict[str, str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("html", "body") and tag not in self.found:
            self.found[tag] = {name: value or "" for name, value in attrs}


class _StylesheetLinks(HTMLParser):
    """The `href` of every `<link rel="stylesheet">` of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and values.get("rel") == "stylesheet" and values.get("href"):
            self.hrefs.append(values["href"])


def start_tag_attributes(head_html: str) -> dict[str, dict[str, str]]:
    """`{"html": {...}, "body": {...}}`: the attributes MediaWiki gives those two elements."""
    parser = _StartTags()
    parser.feed(head_html)
    return parser.found


def stylesheet_hrefs(page_html: str) -> list[str]:
    """The stylesheet links of a page view, in order."""
    parser = _StylesheetLinks()
    parser.feed(page_html)
    return parser.hrefs


def with_style_modules(load_url: str, modules: Iterable[str]) -> str:
    """A load.php URL with `modules` added to its `modules` parameter (sorted, no duplicates);
    user modules are left out (they are private to one account)."""
    parts = urlsplit(load_url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    wanted = set(query.get("modules", "").split("|")) | set(modules)
    query["modules"] = "|".join(sorted(m for m in wanted if m and not m.startswith("user")))
    query["only"] = "styles"
    return urlunsplit(parts._replace(query=urlencode(query, safe="|,")))


_CSS_URL = re.compile(r"url\(\s*(['\"]?)([^'\")]*)\1\s*\)")
_URL_ATTRIBUTES = ("href", "src", "srcset")


class _UrlTags(HTMLParser):
    """Every start tag with an href, src or srcset: where it starts (line, column), its text
    as written, its name and its attributes (values unescaped). Text, comments and the contents
    of <script> and <style> are not tags, however much they look like one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.found: list[tuple[tuple[int, int], str, str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if any(name in _URL_ATTRIBUTES for name, _ in attrs):
            self.found.append((self.getpos(), self.get_starttag_text() or "", tag, attrs))


def _absolute(base: str, url: str) -> str:
    if not url or url.startswith(("#", "data:")):
        return url
    return urljoin(base, url)


def _absolute_value(name: str, value: str, base: str) -> str:
    if name != "srcset":
        return _absolute(base, value)
    entries = []
    for entry in value.split(","):
        url, _, size = entry.strip().partition(" ")
        entries.append(f"{_absolute(base, url)} {size}".strip())
    return ", ".join(entries)


def _start_tag(tag: str, attrs: list[tuple[str, str | None]], closed: bool, base: str) -> str:
    values = [(name, value if value is None or name not in _URL_ATTRIBUTES
               else _absolute_value(name, value, base)) for name, value in attrs]
    written = "".join(f" {name}" if value is None else f' {name}="{html.escape(value, quote=True)}"'
                      for name, value in values)
    return f"<{tag}{written}{'/' if closed else ''}>"


def absolute_links(page_html: str, base: str) -> str:
    """The HTML with every href, src and srcset made absolute to `base` (a URL on the wiki);
    links to anchors in the page itself (`#...`) stay as they are. The tags are found with
    Python's HTML parser; only those tags are rewritten, everything else stays as it is."""
    parser = _UrlTags()
    parser.feed(page_html)
    parser.close()
    line_starts = [0] + [match.end() for match in re.finditer("\n", page_html)]
    pieces, done = [], 0
    for (line, column), raw, tag, attrs in parser.found:
        start = line_starts[line - 1] + column
        if not raw or page_html[start:start + len(raw)] != raw:
            continue  # (never happens: the parser reports where it read the tag)
        pieces += [page_html[done:start], _start_tag(tag, attrs, raw.endswith("/>"), base)]
        done = start + len(raw)
    return "".join(pieces) + page_html[done:]


def absolute_css_urls(css: str, base: str) -> str:
    """The CSS with each `url(...)` made absolute to `base` (the load.php URL it came from)."""
    return _CSS_URL.sub(
        lambda m: m.group(0) if m.group(2).startswith("data:")
        else f"url({m.group(1)}{urljoin(base, m.group(2))}{m.group(1)})", css)


def fetch_page_styles(wiki: Wiki, modules: Iterable[str]) -> str:
    """The CSS of a page view of the wiki (its skin's style modules, from a view of
    Special:BlankPage) plus `modules`, in one load.php request with only=styles; URLs in it made
    absolute. Both requests go through pywikibot's HTTP session (User-Agent, retries).

    Raises pywikibot's errors (or OSError) when the wiki does not answer with CSS.
    """
    index_url = wiki.index_url
    view, _ = wiki.fetch(index_url + "?title=Special:BlankPage")
    links = [href for href in stylesheet_hrefs(view) if "load.php" in href]
    load_url = urljoin(index_url, links[-1] if links else "load.php")
    url = with_style_modules(load_url, modules)
    css, content_type = wiki.fetch(url)
    if not content_type.startswith("text/css"):
        raise OSError(f"{url} did not answer with CSS")
    return absolute_css_urls(css, url)


def _inert_in_style(css: str) -> str:
    """CSS safe inside a <style> element: `</style` (in any case) would end the element and
    let what follows be HTML; as the CSS escape `<\\/style` it means the same in a string."""
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def preview_document(parsed: dict[str, Any], title: str, base: str, css: str) -> str:
    """A self-contained HTML document from `Wiki.parse_to_html`'s answer: the skin's page
    structure (as the wiki's own page head describes it), `css` inlined, links absolute."""
    tags = start_tag_attributes(parsed.get("headhtml", ""))
    page = tags.get("html", {})
    body = tags.get("body", {})
    lang = html.escape(page.get("lang", "en"), quote=True)
    direction = html.escape(page.get("dir", "ltr"), quote=True)
    body_class = html.escape(body.get("class", "mediawiki skin-vector"), quote=True)
    heading = parsed.get("displaytitle") or html.escape(title)
    note = (f"Preview of <b>{html.escape(title)}</b> as rendered by "
            f"<a href=\"{html.escape(base, quote=True)}\">{html.escape(urlsplit(base).netloc)}</a>"
            f"; nothing was saved.")
    return f"""<!DOCTYPE html>
<html class="client-nojs" lang="{lang}" dir="{direction}">
<head>
<meta charset="UTF-8">
<meta name="generator" content="salonbot preview">
<title>{html.escape(title)} (preview)</title>
<style>
{_inert_in_style(css)}
</style>
<style>
{_OVERRIDES}</style>
</head>
<body class="{body_class}">
<div class="salonbot-preview-note">{note}</div>
<div id="content" class="mw-body" role="main">
<h1 id="firstHeading" class="firstHeading mw-first-heading">{heading}</h1>
<div id="bodyContent" class="vector-body">
<div id="mw-content-text" class="mw-body-content mw-content-{direction}" lang="{lang}" \
dir="{direction}">{absolute_links(parsed.get("text", ""), base)}</div>
</div>
</div>
</body>
</html>
"""


def render_preview(wiki: Wiki, wikitext: str, title: str, *, warn: Callable[[str], Any]) -> str:
    """The preview document of `wikitext` as the page `title` of `wiki` (nothing is saved)."""
    parsed = wiki.parse_to_html(wikitext, title)
    base = wiki.index_url
    try:
        css = fetch_page_styles(wiki, parsed.get("modulestyles", []))
    except (WikiError, OSError) as error:
        warn(f"salonbot: the wiki's stylesheet could not be fetched ({error}); "
             "using a built-in one")
        css = BUILTIN_STYLESHEET
    return preview_document(parsed, title, base, css)
