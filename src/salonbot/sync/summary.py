"""Edit summaries that say what an edit did, for a Meta admin reading a page history or
Recent changes: `salonbot: create Strategy Salon report`, `salonbot: update report: Date and
location, Discussion Theme 2`, `...; merged with the wiki's revision 123`, `salonbot: update the
index of Strategy Salon reports`.

The changed sections are found by parsing the old and the new page text with the report parser
and comparing their nodes: the template's sections by heading, and within a section whose own text
did not change, its themes or topics by their heading's number (or title). When anything else
changed (the intro, headings the template does not name, the order), or the parser cannot tell,
the summary says only "update report". `summary_link` (salonbot.toml), such as
`[[User:ExampleSalonBot|salonbot]]`, takes the place of the word `salonbot` at the front; the
`summary` setting (or `--summary`) replaces the text after it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from salonbot.errors import SalonbotError
from salonbot.report.limits import check_wikitext
from salonbot.report.model import Node
from salonbot.report.parse import parse_page
from salonbot.report.template import ChildSpec, Template, get_template

#: Longest list of changed sections named in a summary (MediaWiki allows 500 characters).
MAX_NAMED = 200


def _child_label(spec: ChildSpec, child: Node, number: int) -> str:
    """`Discussion Theme 2` for the heading pattern `Discussion Theme {number} ({title})`; the
    child's title where the pattern has no number."""
    before_title = spec.heading.split("{title}", 1)[0]
    if "{number}" in before_title:
        return before_title.replace("{number}", str(number)).rstrip(" (:-–—").strip()
    return child.title or spec.heading


def _changed_in(heading: str, spec: ChildSpec | None, old: Node, new: Node) -> list[str]:
    """The names of what changed in one section: its children (themes, topics) when only they
    changed and there are as many as before, else the section's heading."""
    if spec is None or len(old.children) != len(new.children) or \
            replace(old, children=new.children) != new:
        return [heading]
    return [_child_label(spec, child, number)
            for number, (before, child) in enumerate(zip(old.children, new.children,
                                                         strict=True), start=1)
            if before != child]


def changed_sections(old_text: str, new_text: str, template: Template) -> list[str] | None:
    """The names of the sections (or themes, topics) that differ between two page texts, in
    template order; None when something else differs too or nothing named does."""
    try:
        check_wikitext(old_text)  # a page beyond salonbot's bounds gets the plain summary
        old, new = parse_page(old_text, "", template), parse_page(new_text, "", template)
    except SalonbotError:
        return None
    if replace(old, sections=new.sections) != new:
        return None  # the intro, headings outside the template, the order, ...
    names: list[str] = []
    for spec in template.sections:
        before, after = old.sections.get(spec.key), new.sections.get(spec.key)
        if before == after:
            continue
        if before is None or after is None:
            names.append(spec.heading)
        else:
            names.extend(_changed_in(spec.heading, spec.children, before, after))
    return names or None


@dataclass(frozen=True)
class Summaries:
    """The edit summaries of one run: `link` (summary_link) in front, `text` (the summary
    setting or --summary; empty: salonbot says what changed) and the report template, whose
    description names what is created."""

    link: str = ""
    text: str = ""
    template: str = ""

    def _with_lead(self, what: str) -> str:
        if self.text:
            return f"{self.link}: {self.text}" if self.link else self.text
        return f"{self.link or 'salonbot'}: {what}"

    def create(self) -> str:
        """The summary of a new report page: `salonbot: create Strategy Salon report`."""
        template = get_template(self.template) if self.template else get_template()
        noun = template.description.split(" (", 1)[0] or template.name
        return self._with_lead(f"create {noun}")

    def update(self, old_text: str | None, new_text: str) -> str:
        """The summary of an edit of an existing report page from `old_text` (None: not read)
        to `new_text`: the sections changed, or only "update report"."""
        names = None
        if old_text is not None:
            template = get_template(self.template) if self.template else get_template()
            names = changed_sections(old_text, new_text, template)
        listed = ", ".join(names) if names else ""
        return self._with_lead(f"update report: {listed}" if listed and len(listed) <= MAX_NAMED
                               else "update report")

    def merge(self, old_text: str | None, new_text: str, revid: int) -> str:
        """The summary of a merge saved on top of the wiki's revision `revid`."""
        merged = f"merged with the wiki's revision {revid}"
        if self.text:
            return f"{self._with_lead('')} ({merged})"
        return f"{self.update(old_text, new_text)}; {merged}"

    def index(self, create: bool) -> str:
        """The summary of an edit of the index page."""
        return self._with_lead(("create" if create else "update") +
                               " the index of Strategy Salon reports")
