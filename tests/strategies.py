"""Hypothesis strategies: reports with hostile text, and arbitrary wikitext made of the pieces that
matter to the parser (headings, bullets, blank lines, comments, templates, tags, right-to-left text)."""

from __future__ import annotations

from hypothesis import strategies as st

from salonbot.report.model import Bullet, Node, Report
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
