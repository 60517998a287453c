"""Sections known by their place: the template's order fills a gap that names cannot.

Volunteers often give a section a name of their own ("How the day went", "¿De qué hablamos?",
"Chi c'era") that no lexicon lists. A reader still knows which section it is, because the page
follows the template: it stands where that section stands. So a heading that names no section
is taken for a section when it is the only candidate for its place:

- it stands at the level of the page's section headings (the level most of the headings that
  name sections have, or most headings have), between two headings that name sections, A before
  it and B after it; where the page has exactly one heading at that level for each template
  section, its start and its end count as such headings too (a page in a language no lexicon
  knows, written heading for heading as the template is, is read by its order);
- the template's sections between A and B that the page names nowhere are exactly as many as
  the unnamed headings between A and B: they are matched one to one, in order;
- a heading that is a theme label or an area's name is never such a candidate (it is a theme),
  and neither is a gap before the first named section or after the last on a page with more or
  fewer headings than the template has sections (a "Background" or "Follow-up" there is the
  author's own section, not a missing one).

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
    level = _section_level(named)
    if level is None:
        return {}
    keys = list(template.keys)
    order = {key: index for index, key in enumerate(keys)}
    at_level = [(heading, key) for heading, key in named if heading.level == level]
    # The page follows the template heading for heading: its start and end are anchors too.
    whole = len(at_level) == len(keys)
    slots: dict[int, SectionSpec] = {}
    previous: int | None = -1 if whole else None  # the template index of the last anchor
    gap: list[HeadingLine] = []
    ends: list[tuple[HeadingLine | None, str | None]] = [*at_level, (None, _END)]
    for place, key in ends:
        if key is None:
            assert place is not None
            if _is_theme(place.shown, template):
                gap, previous = [], None  # a theme stands here: no reading by place
            else:
                gap.append(place)
            continue
        index = len(keys) if key is _END else order[key]
        if key is _END and not whole:
            break
        if previous is not None and gap:
            missing = [name for name in keys[previous + 1:index] if name not in taken]
            if len(missing) == len(gap):
                for unnamed, name in zip(gap, missing, strict=True):
                    slots[unnamed.start] = template.section(name)
        previous, gap = index, []
    return slots


_END = "\0end"  # the end of the page, as an anchor


def _section_level(named: list[tuple[HeadingLine, str | None]]) -> int | None:
    """The level of the page's section headings: the level most of the headings naming sections
    have or, where fewer than two name one, the level most headings have (the smaller of two
    as common); None where neither tells."""
    levels = Counter(heading.level for heading, key in named
                     if key is not None and heading.level is not None)
    if sum(levels.values()) < 2:
        levels = Counter(heading.level for heading, _ in named if heading.level is not None)
    if not levels:
        return None
    return min(levels, key=lambda level: (-levels[level], level))


def _is_theme(text: str, template: Template) -> bool:
    names = template.names
    return names.theme(text).labelled or names.area(text) is not None
