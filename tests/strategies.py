"""Hypothesis strategies: reports with hostile text, and arbitrary wikitext made of the pieces that
matter to the parser (headings, bullets, blank lines, comments, templates, tags, right-to-left text)."""

from __future__ import annotations

import re

from hypothesis import strategies as st

from salonbot.report.model import Bullet, Node, Report
from salonbot.report.render import render_report
from salonbot.report.template import get_template

HOSTILE = [
    "=", "==", "== x ==", "*", "**", "#", ":", ";", "{{", "}}", "{{tl|a=b}}", "|", "{|", "|}", "!",
    "[[", "]]", "[[Link|text]]", "<!--", "-->", "<!-- c -->", "<nowiki>", "</nowiki>",
    "<ref>r</ref>", "<pre>", "</pre>", "----", "~~~~", "\u200f", "مرحبا", "שלום", " ", "  ", "\t",
    "\n", "\n\n", "\r", "&nbsp;", "'''", "''",
]
WORDS = ["salon", "WMF", "Advocacy", "Capacity Building", "(for advocacy)", "x", "1200 USD", "é"]

benign_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
hostile_text = st.lists(st.sampled_from(HOSTILE + WORDS), min_size=1, max_size=8).map("".join)
any_text = st.one_of(benign_text, hostile_text, st.text(max_size=30))


def bullets(text: st.SearchStrategy[str], depth: int = 1) -> st.SearchStrategy[list[Bullet]]:
    leaf = text.map(lambda value: Bullet(value))
    if depth >= 3:
        return st.lists(leaf, max_size=2)
    item = st.builds(Bullet, text, bullets(text, depth + 1))
    return st.lists(item, max_size=3)


def nodes(text: st.SearchStrategy[str], child_keys: int, titled: bool) -> st.SearchStrategy[Node]:
    children = (
        st.lists(nodes(text, child_keys - 1, titled=True), max_size=2)
        if child_keys > 0
        else st.just([])
    )
    return st.builds(
        Node,
        text=st.one_of(st.just(""), text),
        points=bullets(text),
        children=children,
        title=text if titled else st.none(),
    )


def _depth(key: str) -> int:
    spec = get_template().section(key).children
    depth = 0
    while spec is not None:
        depth, spec = depth + 1, spec.children
    return depth


@st.composite
def reports(draw: st.DrawFn, text: st.SearchStrategy[str] = any_text) -> Report:
    template = get_template()
    keys = draw(st.lists(st.sampled_from(template.keys), unique=True, max_size=4))
    sections = {key: draw(nodes(text, _depth(key), titled=False)) for key in keys}
    return Report(
        title=draw(benign_text),
        intro=draw(st.one_of(st.just(""), text)),
        sections=sections,
    )


HEADINGS = [
    "== Date and location ==", "==Participant list==", "== What happened ==",
    "== Summary of the discussion points ==", "=== Discussion Theme 1 (Advocacy) ===",
    "===Discussion theme 7 ( Capacity  building )===", "==== A topic ====", "== Other Areas ==",
    "=== Roles ===", "== Reflections from participants or partners ==",
    "== Photographs or videos ==", "== Statement on your budget ==", "== Links ==", "= Top =",
    "===== five =====", "== Budget == ", "==x== trailing",
    # as real pages write them: markers, wrappers, spellings, translations, pseudo-headings
    "== Date and location == <!--T:1-->", "<!--c-->== Agenda ==", "== Photos ==\t",
    "=== Theme 3 - Diversity ===", "==== Discussion Theme 2: Gender ====", "== 1. Advocacy ==",
    "= Salon 2: Pokhara =", "== তারিখ ও স্থান ==", "== Participant List (অংশগ্রহণকারী) ==",
    "'''Theme 1: Advocacy'''", "; Theme 2 - Diversity", "'''Date and location'''", "= =",
    "<translate>", "</translate>", '<div dir="rtl">', "</div>",
]
LINES = HEADINGS + [
    "", "* a", "** b", "*** c", "*no space", "* trailing ", "# one", ": indent", "; term : def",
    "{{Template|x=1}}", "{{open", "}}", "<!-- comment", "-->", "<gallery>", "File:A.jpg|cap",
    "</gallery>", "{| class=\"wikitable\"", "|-", "| cell", "|}", "<ref>note</ref>",
    "<references />", "[[Category:Strategy Salons]]", "مرحبا بالعالم", "Plain prose.", " pre",
    "<nowiki>== not ==</nowiki>", "<pre>", "== in pre ==", "</pre>", "\t", "  ",
]
wikitext = st.one_of(
    st.lists(st.sampled_from(LINES), max_size=40).map("\n".join),
    st.text(alphabet=st.sampled_from("=*#:; \n{}|<>!-[]ab\u0645"), max_size=200),
)


# Real-world report pages (issue 11): a page drawn from the template, then messed up the ways
# affiliates wrote theirs: sections reordered, renamed (aliases, translations, a translation in
# parentheses), shifted a level or more, under a wrapper heading; themes in every spelling and at
# other levels; extra sections; Translate markers and trailing white space after headings; the page
# in <translate> or <div dir="rtl">; lists of every form; pseudo-headings; hidden heading lines.
SPELLINGS = {
    "date_and_location": ["Date and location", "Date and venue", "Fecha y lugar", "التاريخ والمكان",
                          "Date and location (তারিখ ও স্থান)"],
    "participants": ["Participant List", "Participants", "Liste des participants", "参与者名单"],
    "what_happened": ["What happened", "Was geschah", "O que aconteceu", "What happened (क्या हुआ)"],
    "discussion": ["Summary of the discussion points", "Summary of discussion points",
                   "Краткое изложение пунктов обсуждения", "Resumen de los puntos de discusión"],
    "other_areas": ["Other Areas", "Other areas discussed", "Autres domaines", "Area lainnya"],
    "reflections": ["Reflections from participants or partners", "Reflections", "মতামত"],
    "media": ["Photographs or videos", "Photographs", "Photos", "Fotos oder Videos"],
    "budget": ["Statement on your budget", "Budget", "Declaração sobre o orçamento"],
}
THEME_SPELLINGS = ["Discussion Theme {n} ({t})", "Discussion Theme {n}: {t}", "Discussion Theme {n} - {t}",
                   "Theme {n} - {t}", "{n}. {t}", "Discussion Theme {n}", "{t}", "محور النقاش {n} ({t})"]
TITLES = ["Advocacy", "Capacity building", "Diversity", "Partnerships", "Community Health",
          "Roles and Responsibilities", "Technology", "المناصرة", "Диверсификация", "Local languages"]
EXTRA_TITLES = ["Agenda", "Follow-up", "References", "Background", "Venue", "Salon 2: Pokhara",
                "Next steps", "Notes"]
HEADING_SUFFIXES = ["", "", "", " ", "\t", " <!--T:7-->", "<!--T:12--> \t", "  "]
SENTENCES = ["The salon started with a presentation of the strategy.",
             "Participants chose two themes by vote.", "Lunch was served at noon.",
             "Notes were taken in Arabic and translated later.", "الصالون بدأ بتقديم الاستراتيجية.",
             "See [[commons:Category:Strategy Salon|Commons]].", "It cost 300 USD.<ref>Receipts.</ref>",
             "{{Strategy Salon header}}", "<!-- a note to the organisers -->",
             "A heading written as <nowiki>== Date ==</nowiki> stays text."]
ITEMS = ["WMF should fund trainings.", "Affiliates need a legal status", "Use Kiwix offline ",
         "Partner with libraries\t", "مكتبة الإسكندرية", "''Wiki Loves Monuments''", "{{tl|x}} item"]
LIST_LINES = ["* {}", "** {}", "# {}", "## {}", "#: {}", "*# {}", "*: {}", "; {} : yes", "; {}", ": {}",
              "*{}", "* {} "]
PSEUDO_HEADINGS = ["'''Theme 1: Advocacy'''", "; Theme 3 - Diversity", "'''Other Areas'''"]
HIDDEN_HEADINGS = ["<!--\n== Commented out ==\n-->", "<pre>\n== In pre ==\n</pre>",
                   "{{Collapse|\n== In a template ==\n}}", " == Indented ==", "== Not a heading == text"]


@st.composite
def _heading(draw: st.DrawFn, level: int, text: str) -> str:
    level = max(1, min(level, 6))
    pad = draw(st.sampled_from([" ", " ", ""]))
    marks = "=" * level
    return f"{marks}{pad}{text}{pad}{marks}{draw(st.sampled_from(HEADING_SUFFIXES))}"


@st.composite
def _body(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["prose", "list", "list", "pseudo", "hidden"]))
        if kind == "prose":
            parts.append(" ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3))))
        elif kind == "list":
            lines = draw(st.lists(st.tuples(st.sampled_from(LIST_LINES), st.sampled_from(ITEMS)),
                                  min_size=1, max_size=5))
            parts.append("\n".join(form.format(item) for form, item in lines))
        elif kind == "pseudo":
            parts.append(draw(st.sampled_from(PSEUDO_HEADINGS)))
        else:
            parts.append(draw(st.sampled_from(HIDDEN_HEADINGS)))
    separators = [draw(st.sampled_from(["\n", "\n\n"])) for _ in parts]
    return "".join(separator + part for separator, part in zip(separators, parts, strict=True))


@st.composite
def _children(draw: st.DrawFn, key: str, level: int) -> str:
    text = ""
    if key == "discussion":
        for number in range(1, draw(st.integers(0, 3)) + 1):
            spelling = draw(st.sampled_from(THEME_SPELLINGS))
            title = spelling.format(n=number, t=draw(st.sampled_from(TITLES)))
            theme_level = level + draw(st.sampled_from([1, 1, 2] + ([0] if "{n}" in spelling else [])))
            text += "\n" + draw(_heading(theme_level, title)) + draw(_body())
            for _ in range(draw(st.integers(0, 2))):
                topic = draw(_heading(theme_level + 1, draw(st.sampled_from(TITLES))))
                text += "\n" + topic + draw(_body())
    elif key == "other_areas":
        for _ in range(draw(st.integers(0, 2))):
            text += "\n" + draw(_heading(level + 1, draw(st.sampled_from(TITLES)))) + draw(_body())
    return text


@st.composite
def messy_pages(draw: st.DrawFn) -> str:
    """The wikitext of a report page as an affiliate might have written it (see above)."""
    template = get_template()
    keys = draw(st.lists(st.sampled_from(template.keys), unique=True, min_size=1, max_size=8))
    if draw(st.booleans()):
        keys.sort(key=template.keys.index)
    level = draw(st.sampled_from([1, 2, 2, 2, 3]))
    text = draw(st.sampled_from(["", "[[File:Salon.jpg|thumb|Salon]]", "<languages/>", "Intro."]))
    if level > 1 and draw(st.booleans()):
        text += "\n" + draw(_heading(level - 1, "Strategy Salon report: Wikimedia Example"))
    for key in keys:
        text += "\n" + draw(_heading(level, draw(st.sampled_from(SPELLINGS[key])))) + draw(_body())
        text += draw(_children(key, level))
        if draw(st.integers(0, 4)) == 0:
            extra_level = level + draw(st.sampled_from([-1, 0, 1]))
            text += "\n" + draw(_heading(extra_level, draw(st.sampled_from(EXTRA_TITLES)))) + draw(_body())
    if draw(st.integers(0, 9)) == 0:
        text += "\n<!-- TODO: the rest is hidden until this comment is closed\n== Hidden ==\nx"
    wrapper = draw(st.sampled_from([("", ""), ("<translate>\n", "\n</translate>"),
                                    ('<div dir="rtl">\n', "\n</div>")]))
    return (wrapper[0] + text.strip("\n") + wrapper[1]).strip()


_HEADING_LINE = re.compile(r"\A(=+) (.*) \1\Z")
_THEME_HEADING = re.compile(r"\ADiscussion Theme (\d+) \((.*)\)\Z")
_BULLET_LINE = re.compile(r"\A(\*+) (.*)\Z")


@st.composite
def _respelled(draw: st.DrawFn, level: int, text: str) -> str:
    """A canonical heading line of the template, in another spelling, level and white space."""
    for spec in get_template().sections:
        if text == spec.heading:
            text = draw(st.sampled_from([text, *SPELLINGS[spec.key]]))
    theme = _THEME_HEADING.match(text)
    if theme:
        text = draw(st.sampled_from(THEME_SPELLINGS)).format(n=theme.group(1), t=theme.group(2))
    return draw(_heading(level, text))


@st.composite
def _list_form(draw: st.DrawFn, depth: int, item: str) -> str:
    """A bullet line of depth `depth` as another list form, maybe with trailing white space."""
    marker = draw(st.sampled_from(["*" * depth, "#" * depth, "*" * (depth - 1) + "#",
                                   "*" * (depth - 1) + ":", "*" * depth]))
    return f"{marker} {item}{draw(st.sampled_from(['', '', ' ', chr(9)]))}"


@st.composite
def messy_renderings(draw: st.DrawFn) -> str:
    """A generated report's canonical page, then messed up: top-level sections reordered, every
    heading shifted by one level shift and maybe respelled, with markers or trailing white space,
    bullets turned into other list forms, extra sections inserted, the page wrapped."""
    lines = render_report(draw(reports(text=benign_text))).split("\n")
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.startswith("== ") and line.endswith(" =="):
            blocks.append([])
        blocks[-1].append(line)
    sections = draw(st.permutations(blocks[1:])) if draw(st.booleans()) else blocks[1:]
    shift = draw(st.sampled_from([0, 0, -1, 1, 2]))
    out: list[str] = []
    for block in [blocks[0], *sections]:
        for line in block:
            heading, bullet = _HEADING_LINE.match(line), _BULLET_LINE.match(line)
            if heading:
                line = draw(_respelled(len(heading.group(1)) + shift, heading.group(2)))
            elif bullet:
                line = draw(_list_form(len(bullet.group(1)), bullet.group(2)))
            out.append(line)
        if draw(st.integers(0, 4)) == 0:
            extra_level = 2 + shift + draw(st.sampled_from([-1, 0, 1]))
            out += ["", draw(_heading(extra_level, draw(st.sampled_from(EXTRA_TITLES)))),
                    draw(st.sampled_from(SENTENCES))]
    wrapper = draw(st.sampled_from([("", ""), ("<translate>\n", "\n</translate>"),
                                    ('<div dir="rtl">\n', "\n</div>")]))
    return (wrapper[0] + "\n".join(out).strip("\n") + wrapper[1]).rstrip()


real_world_pages = st.one_of(messy_pages(), messy_renderings())
