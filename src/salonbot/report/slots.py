"""Sections known by their place: the template's order fills a gap that names cannot.

Volunteers often give a section a name of their own ("How the day went", "¿De qué hablamos?",
"Chi c'era") that no lexicon lists. A reader still knows which section it is, because the page
follows the template: it stands where that section stands. So a heading that names no section
is taken for a section when it is the only candidate for its place:

- it stands at the level of the page's section headings (the level most of the headings that
  name sections have), between two headings that name sections, A before it and B after it;
- the template's sections between A and B that the page names nowhere are exactly as many as
  the unnamed headings between A and B: they are matched one to one, in order;
- a heading that is a theme label or an area's name is never such a candidate (it is a theme),
  and neither is a gap before the first named section or after the last (a "Background" or
  "Follow-up" there is the author's own section, not a missing one).

Nothing is guessed where two readings are possible: a gap with more or fewer headings than
missing sections is left as it is (extra sections).
"""

from __future__ import annotations

from collections import Counter

from salonbot.report.headings import HeadingLine
from salonbot.report.template import SectionSpec, Template


def sections_by_place(headings: list[HeadingLine], template: Template) -> dict[int, SectionSpec]:
    """For the headings (by start offset) that name no section but stand in a section's place,
    the section they are."""
    named: list[tuple[HeadingLine, str | None]] = []
    taken: set[str] = set()
    for heading in headings:
        spec = template.match_section(heading.shown, taken) if heading.level is not None \
            else None
        if spec is not None:
            taken.add(spec.key)
        named.append((heading, spec.key if spec is not None else None))
    levels = Counter(heading.level for heading, key in named if key is not None)
    if len(taken) < 2 or not levels:
        return {}
    level = levels.most_common(1)[0][0]
    assert level is not None
    keys = list(template.keys)
    order = {key: index for index, key in enumerate(keys)}
    slots: dict[int, SectionSpec] = {}
    previous: str | None = None
    gap: list[HeadingLine] = []
    for heading, key in named:
        if heading.level is None or heading.level > level:
            continue  # inside a section: a theme, a topic, the author's own sub-heading
        if key is None:
            if heading.level == level and not _is_theme(heading.shown, template):
                gap.append(heading)
            else:
                gap = []  # something else stands here: no reading by place
                previous = None
            continue
        if previous is not None and gap:
            missing = [name for name in keys[order[previous] + 1:order[key]] if name not in taken]
            if len(missing) == len(gap):
                for unnamed, name in zip(gap, missing, strict=True):
                    slots[unnamed.start] = template.section(name)
        previous, gap = key, []
    return slots


def _is_theme(text: str, template: Template) -> bool:
    names = template.names
    return names.theme(text).labelled or names.area(text) is not None
