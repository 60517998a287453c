"""Sections known by their place and by what they hold: the template's order and a section's
content fill a gap that names cannot.

Volunteers often give a section a name of their own ("How the day went", "¿De qué hablamos?",
"Chi c'era") or write in a language no lexicon lists. A reader still knows which section it is,
because the page follows the template and because some sections look like what they are, in
any language. So a heading that names no section is read in two steps:

1. **By what it holds.** Some sections show what they are whatever the language (the template's
   `shows:`): the date (the first line of its text is short and holds a year and a day among its
   first words), the narrative (a
   line of running text before any sub-heading), the photographs (every line is
   a file, a gallery or a link to Commons), the budget (an amount next to a currency sign or code,
   or amounts on two lines or more), the participants (a list of short name lines, between at
   most one short line before it and one after it giving how many came, whose only number is
   that count, or that line alone);
   and the section whose children are themes holds two or more sub-headings or labels that are
   themes (labelled alike, or naming thematic areas). A heading
   at the level of the page's section headings whose text shows one of these is that section
   when it is the only reading: the headings that show something are matched to those sections
   in page order, between the headings that name sections, and a heading is read so only when
   every best matching reads it the same way (two headings that both hold amounts, with one
   budget to give, are neither). What a heading holds ends at the next heading at its level or
   above, or at a label that names a section (`'''Budget:''' 230 EUR` under another heading).
2. **After the themes.** The section that follows the one whose children are themes (Other
   Areas) is often written as that section's last sub-heading, after two or more themes (labelled
   alike or naming areas): such a last sub-heading that is not labelled like them, names no area
   and holds a list, labels or more than one paragraph is that section; so is the last of three
   or more headings labelled alike whose name, once the label is off, names that section.
3. **By its place.** Between two headings known as sections (by name or by step 1), A before it
   and B after it, the template's sections between A and B that the page gives nowhere are
   matched one to one, in order, to the headings between them when they are exactly as many.
   A heading that shows what another section shows (amounts, a date) is not read so while that
   section is read nowhere else; once it is, what the heading shows is a mention (a narrative's
   `Strategy 2030, in 2 groups` after the date was read), since each section is given once;
   so is it when the same gap places that section on another heading that shows it (the date
   section in its place, read by place with the narrative after it).
   Where the page has exactly one heading at that level for each template section, its start and
   its end count as such headings too (a page written heading for heading as the template is, is
   read by its order). A gap before the first known section or after the last on a page with
   more or fewer headings than the template has sections is not read by place (a "Background" or
   "Follow-up" there is the author's own section, not a missing one). Unread headings in a row
   that share their label before a separator (`What happened: morning`, `What happened:
   afternoon`) are one section written in parts: only the first is read by place.
4. **In an order of its own.** Steps 1 and 3 follow the template's order. On a page whose
   sections come in another order (the summary first, the date last), a heading left unread
   that alone shows a date, a list of people, files, amounts or themes, and shows nothing else
   (no narrative beside its themes), is that section wherever it stands; step 2 is tried again.
5. **Labels written like sections.** On a page that writes some sections as labels (`'''Budget:'''
   230 EUR`), a label of the same style that names no section and is no theme, whose text alone
   shows a date, a list of people, files or amounts, is that section.

A heading that names a section only by a close spelling (names.py) is a guess: where its text
shows none of what that section shows and shows what another section shows that no heading names,
it is read as if it named nothing (_unbelied).

A heading that is a theme label or an area's name is never read so (it is a theme), nor is a
heading under a higher heading that names a section (it is that section's own). Nothing is
guessed where two readings are possible: a gap with more or fewer headings than missing sections
is left as it is (extra sections).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

import babel.numbers

from salonbot.report.display import display_text
from salonbot.report.headings import SENTENCE_END, HeadingLine
from salonbot.report.labels import labelled_alike, strip_sibling_labels
from salonbot.report.tables import table_titles
from salonbot.report.template import SectionSpec, Template

_THEMES = "themes"  # what the themed section's text shows (its `shows:` are the template's)
#: The most headings step 1 weighs at once (their readings are tried exhaustively).
_MOST_SHOWN = 10


def sections_by_place(headings: list[HeadingLine], template: Template,
                      text: str = "") -> dict[int, SectionSpec]:
    """For the headings (by start offset) that name no section but stand in a section's place or
    hold what it holds, the section they are."""
    named: list[tuple[HeadingLine, str | None]] = []
    taken: set[str] = set()
    for heading in headings:
        spec = template.match_section(heading.shown, taken) if heading.level is not None \
            else None
        if spec is not None:
            taken.add(spec.key)
        named.append((heading, spec.key if spec is not None else None))
    if taken.issuperset(template.keys):
        return {}  # every section named by its heading: no step below reads another (each
        # gives only sections not taken)
    if text:
        named = _unbelied(named, text, headings, template, taken)
    level = _section_level(named)
    if level is None:
        return {}
    keys = list(template.keys)
    at_level = [(heading, key) for heading, key in named if heading.level == level]
    at_level = _without_continuations(at_level)
    found: dict[int, str] = {}
    vetoed: dict[int, set[str]] = {}  # what a heading may not be by place: see _by_place
    if text:
        found.update(_after_the_themes(text, headings, at_level, level, template, taken))
        at_level = _known(at_level, found, taken)
        vetoed = _vetoes(text, headings, at_level, level, template, set())
    found.update(_by_place(at_level, keys, taken, template, vetoed))
    if text:  # what the headings hold, where names and places leave some unread
        at_level = _known(at_level, found, taken)
        found.update(_by_content(text, headings, at_level, level, template, taken))
        at_level = _known(at_level, found, taken)
        found.update(_after_the_themes(text, headings, at_level, level, template, taken))
        at_level = _known(at_level, found, taken)
        # (what a section known by now shows is no veto: the one date section read, a
        # narrative's `Strategy 2030, in 3 groups` is a mention, not a second date)
        vetoed = _vetoes(text, headings, at_level, level, template, taken)
        found.update(_by_place(at_level, keys, taken, template, vetoed))
        at_level = _known(at_level, found, taken)
        found.update(_out_of_order(text, headings, at_level, level, template, taken))
        at_level = _known(at_level, found, taken)  # (the summary may be known only now)
        found.update(_after_the_themes(text, headings, at_level, level, template, taken))
        _known(at_level, found, taken)
        found.update(_labels_like_sections(text, headings, template, taken))
    return {start: template.section(key) for start, key in found.items()}


def _vetoes(text: str, headings: list[HeadingLine], at_level: list[tuple[HeadingLine, str | None]],
            level: int, template: Template, known: set[str]) -> dict[int, set[str]]:
    """By heading, the sections it may not be by place: all but those whose distinct kind
    (a date, people, files, amounts) its text shows, for a heading that shows one of a section
    not `known` yet (each section is given once: what a known section shows, another
    heading only mentions)."""
    keys = list(template.keys)
    every = {spec.key: spec.shows for spec in template.sections
             if spec.shows in _DISTINCT and spec.key not in known
             and spec.key != getattr(template.themed_section, "key", None)}
    return {heading.start: set(keys) - set(shows)
            for _, heading, shows in _showing(text, headings, at_level, level, template, every)}


def _unbelied(named: list[tuple[HeadingLine, str | None]], text: str,
              headings: list[HeadingLine], template: Template,
              taken: set[str]) -> list[tuple[HeadingLine, str | None]]:
    """`named` less the names its headings' texts belie: a heading that names a section only
    by a close spelling (`Ringkasang Bicara`, Buginese, close to the Malay `Ringkasan acara`,
    What happened) is a guess; where its text shows none of what that section shows and shows
    what another section shows that no heading names (the themes, a date, people, files,
    amounts), the reader goes by what it holds: it names nothing (and `taken` loses the
    section), and what it holds and its place say which section it is."""
    wanted = {spec.key: spec.shows for spec in template.sections
              if spec.shows in _DISTINCT and spec.key not in taken}
    themed = template.themed_section
    if themed is not None and themed.key not in taken:
        wanted[themed.key] = _THEMES
    if not wanted:
        return named
    result: list[tuple[HeadingLine, str | None]] = []
    for heading, key in named:
        spec = template.section(key) if key is not None else None
        if spec is not None and spec.shows is not None and heading.level is not None \
                and template.names.section_by_spelling(heading.shown):
            end = next((other.start for other in headings if other.start > heading.start
                        and other.level is not None and other.level <= heading.level),
                       len(text))
            body = text[heading.end:end]
            children = [other for other in headings if heading.end <= other.start < end]
            if not _shows(spec.shows, body, heading.end, children, heading.level, template) \
                    and any(_shows(shows, body, heading.end, children, heading.level, template)
                            for shows in wanted.values()):
                taken.discard(spec.key)
                key = None
        result.append((heading, key))
    return result


def _labels_like_sections(text: str, headings: list[HeadingLine], template: Template,
                          taken: set[str]) -> dict[int, str]:
    """Step 5 of the module docstring: on a page that writes some sections as labels
    (`'''Participants:''' ...`, `'''Budget:''' 230 EUR`), a label of the same style that names
    no section and is no theme, whose text alone shows a date, a list of people, files or
    amounts, is that section (`'''Datum an Uert:''' Samschdeg, 30. Mäerz 2019`); two labels that
    show the same are neither."""
    styles = {heading.style for heading in headings if heading.level is None
              and template.names.section(heading.shown) is not None}
    if not styles:
        return {}
    wanted = {key: shows for key, shows in _wanted(template, taken).items()
              if shows in _DISTINCT and shows != _THEMES}
    shown: dict[str, list[int]] = {}
    for index, heading in enumerate(headings):
        if heading.level is not None or heading.style not in styles \
                or template.names.section(heading.shown) is not None \
                or _is_theme(heading.shown, template):
            continue
        end = headings[index + 1].start if index + 1 < len(headings) else len(text)
        body = text[heading.end:end]
        keys = [key for key, shows in wanted.items()
                if _shows(shows, body, heading.end, [], 0, template)]
        if len(keys) == 1:
            shown.setdefault(keys[0], []).append(heading.start)
    found = {starts[0]: key for key, starts in shown.items() if len(starts) == 1}
    found.update(_labels_by_place(headings, template, styles, taken, found))
    return found


def _labels_by_place(headings: list[HeadingLine], template: Template, styles: set[str],
                     taken: set[str], found: dict[int, str]) -> dict[int, str]:
    """Labels of the page's section-label style that name nothing, alone between two labels
    known as sections with one section of the template between them, not on the page yet
    (`Apo nan tajadi` in the style of `Peserta` and `Ringkasan diskusi`, between those two:
    What happened)."""
    keys = list(template.keys)
    row: list[tuple[HeadingLine, str | None]] = []
    for heading in headings:
        if heading.level is not None or heading.style not in styles:
            continue
        key = template.names.section(heading.shown) or found.get(heading.start)
        if key is None and _is_theme(heading.shown, template):
            continue
        row.append((heading, key))
    known = set(taken) | {key for _, key in row if key is not None}
    placed: dict[int, str] = {}
    for index in range(1, len(row) - 1):
        (_, before), (heading, key), (_, after) = row[index - 1], row[index], row[index + 1]
        if key is not None or before is None or after is None \
                or before not in keys or after not in keys:
            continue
        between = [key for key in keys[keys.index(before) + 1:keys.index(after)]
                   if key not in known]
        if len(between) == 1:
            placed[heading.start] = between[0]
            known.add(between[0])
    return placed


def _without_continuations(at_level: list[tuple[HeadingLine, str | None]]
                           ) -> list[tuple[HeadingLine, str | None]]:
    """`at_level` without the headings that go on with the one before them: unread headings in
    a row that share their label before a separator (`What happened: morning`, `What happened:
    afternoon`) are one section written in parts; the first stands for them all (the others
    stay the author's own sections)."""
    kept: list[tuple[HeadingLine, str | None]] = []
    for heading, key in at_level:
        if kept and key is None and kept[-1][1] is None:
            previous = kept[-1][0].shown
            label = _SPLIT_LABEL.match(previous)
            if label and heading.shown.startswith(label.group()) \
                    and heading.shown != previous:
                continue
        kept.append((heading, key))
    return kept


# A label before a separator that a heading in parts repeats (`Mis juhtus: `).
_SPLIT_LABEL = re.compile(r"\A[^:：–—]{3,40}?\s*[:：–—]\s*(?=\S)")


def _known(at_level: list[tuple[HeadingLine, str | None]], found: dict[int, str],
           taken: set[str]) -> list[tuple[HeadingLine, str | None]]:
    """`at_level` with the sections `found` given to their headings (and added to `taken`)."""
    taken.update(found.values())
    return [(heading, key if key is not None else found.get(heading.start))
            for heading, key in at_level]


def _by_place(at_level: list[tuple[HeadingLine, str | None]], keys: list[str], taken: set[str],
              template: Template, vetoed: dict[int, set[str]] | None = None) -> dict[int, str]:
    """Step 3 of the module docstring: the unread headings at the section level read by place;
    a gap is left as it is where a heading in it shows what another section shows (amounts
    where Other Areas would go: `vetoed`, by heading, the sections it cannot be)."""
    order = {key: index for index, key in enumerate(keys)}
    # The page follows the template heading for heading: its start and end are anchors too
    # (sections known at another level, Other Areas under the summary, count as its headings)
    here = {key for _, key in at_level if key is not None}
    whole = len(at_level) + len(taken - here) == len(keys)
    found: dict[int, str] = {}
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
            if len(missing) == len(gap) and not any(
                    _vetoed_here(unnamed, name, dict(zip(missing, gap, strict=True)),
                                 vetoed or {}, keys)
                    for unnamed, name in zip(gap, missing, strict=True)):
                for unnamed, name in zip(gap, missing, strict=True):
                    found[unnamed.start] = name
        previous, gap = index, []
    return found


_END = "\0end"  # the end of the page, as an anchor


def _vetoed_here(heading: HeadingLine, name: str, placed: dict[str, HeadingLine],
                 vetoed: dict[int, set[str]], keys: list[str]) -> bool:
    """Whether `heading` may not be section `name` by place: it shows what another section
    shows (a date), unless the same reading places that section on another heading that shows
    it too (the date section read in its place: a narrative's `founded in 2016, 12 came` is
    then a mention of a year, not a second date)."""
    barred = vetoed.get(heading.start)
    if not barred or name not in barred:
        return False
    shown = set(keys) - barred
    return not all(section in placed and placed[section] is not heading
                   and section not in vetoed.get(placed[section].start, set(keys))
                   for section in shown)


def _section_level(named: list[tuple[HeadingLine, str | None]]) -> int | None:
    """The level of the page's section headings: the level most of the headings naming sections
    have (the smaller of two as common) or, where none names one, the level most headings have;
    None where neither tells."""
    levels = Counter(heading.level for heading, key in named
                     if key is not None and heading.level is not None)
    if not levels:
        levels = Counter(heading.level for heading, _ in named if heading.level is not None)
    if not levels:
        return None
    return min(levels, key=lambda level: (-levels[level], level))


def _is_theme(text: str, template: Template) -> bool:
    names = template.names
    return names.theme(text).labelled or names.area(text) is not None


def _by_content(text: str, headings: list[HeadingLine],
                at_level: list[tuple[HeadingLine, str | None]], level: int,
                template: Template, taken: set[str]) -> dict[int, str]:
    """Step 1 of the module docstring: the headings read by what their text shows."""
    choices = _showing(text, headings, at_level, level, template, _wanted(template, taken),
                       lone_count=True)
    order = {key: index for index, key in enumerate(template.keys)}
    if not choices or len(choices) > _MOST_SHOWN:
        return {}
    bounds = _bounds(at_level, order)
    best: list[tuple[str | None, ...]] = []
    most = 0
    for reading in itertools.product(*([*found, None] for _, _, found in choices)):
        count = sum(key is not None for key in reading)
        if count < most or not count or not _in_order(reading, choices, bounds, order):
            continue
        if count > most:
            most, best = count, []
        best.append(reading)
    keys = list(template.keys)
    found: dict[int, str] = {}
    merged: list[tuple[int, str, str]] = []
    for index, (_, heading, _) in enumerate(choices):
        readings = {reading[index] for reading in best}
        only = next(iter(readings), None)
        if len(readings) == 1 and only is not None:
            found[heading.start] = only
            continue
        named = sorted((key for key in readings if key is not None), key=keys.index)
        if len(named) == 2 and keys.index(named[1]) == keys.index(named[0]) + 1:
            merged.append((heading.start, named[0], named[1]))
    if len(merged) == 1 and not {merged[0][1], merged[0][2]} & set(found.values()):
        # one heading shows what two sections in a row show, both missing: a heading merged
        # from the two (`What happened and what we discussed`, `Other areas and
        # reflections`): the first's (a narrative's themes then make a summary with no heading
        # of its own: parse.py)
        found[merged[0][0]] = merged[0][1]
    return found


def _wanted(template: Template, taken: set[str]) -> dict[str, str]:
    """What each section not taken yet shows, by key (the themed section's themes too)."""
    wanted = {spec.key: spec.shows for spec in template.sections
              if spec.shows is not None and spec.key not in taken}
    themed = template.themed_section
    if themed is not None and themed.key not in taken:
        wanted[themed.key] = _THEMES
    return wanted


def _showing(text: str, headings: list[HeadingLine],
             at_level: list[tuple[HeadingLine, str | None]], level: int, template: Template,
             wanted: dict[str, str], lone_count: bool = False,
             ) -> list[tuple[int, HeadingLine, list[str]]]:
    """The unread headings at the section level whose text shows what sections of `wanted`
    show: (place in `at_level`, heading, the keys it shows); a line alone giving how many came
    shows the participants only with `lone_count` (in the template's order: any short line
    with a number may be one, `Text 2.`)."""
    if not wanted:
        return []
    # Where each heading at the section level ends: at the next heading at that level or above,
    # or at a label that names a section (`'''Budget:''' 230 EUR` under another heading)
    tops = [heading for heading in headings if heading.level is not None and heading.level <= level
            or heading.level is None and template.names.section(heading.shown) is not None]
    ends = {heading.start: (tops[index + 1].start if index + 1 < len(tops) else len(text))
            for index, heading in enumerate(tops)}
    choices: list[tuple[int, HeadingLine, list[str]]] = []
    parent: HeadingLine | None = None  # the last heading above the section level so far
    under: set[int] = set()  # the headings at the section level under a section's heading
    for heading in headings:
        if heading.level is not None and heading.level < level:
            parent = heading
        elif heading.level == level and parent is not None \
                and template.names.section(parent.shown) is not None:
            under.add(heading.start)
    for place, (heading, key) in enumerate(at_level):
        if key is not None or _is_theme(heading.shown, template) or heading.start in under:
            continue
        end = ends.get(heading.start, len(text))
        body = text[heading.end:end]
        children = [child for child in headings if heading.end <= child.start < end]
        if any(child.level is not None and template.names.section(child.shown) is not None
               for child in children):
            continue  # a heading over sections of the template (`Salon 1: Kathmandu`) is none
        found = [key for key, shows in wanted.items()
                 if _shows(shows, body, heading.end, children, level, template, lone_count)]
        if found:
            choices.append((place, heading, found))
    return choices


#: What a section shows that no other section's text shows by chance: read in any order.
_DISTINCT = ("date", "people", "files", "money", _THEMES)


def _out_of_order(text: str, headings: list[HeadingLine],
                  at_level: list[tuple[HeadingLine, str | None]], level: int,
                  template: Template, taken: set[str]) -> dict[int, str]:
    """Step 4 of the module docstring: on a page whose sections are in an order of its own, a
    heading that alone shows a date, a list of people, files, amounts or themes, and shows
    nothing else, is that section wherever it stands."""
    wanted = _wanted(template, taken)
    choices = _showing(text, headings, at_level, level, template, wanted)
    found: dict[int, str] = {}
    for key in (key for key, shows in wanted.items() if shows in _DISTINCT):
        showing = [heading for _, heading, keys in choices if key in keys]
        if len(showing) == 1 and [keys for _, heading, keys in choices
                                  if heading is showing[0]] == [[key]]:
            found[showing[0].start] = key
    return found


def _after_the_themes(text: str, headings: list[HeadingLine],
                      at_level: list[tuple[HeadingLine, str | None]], level: int,
                      template: Template, taken: set[str]) -> dict[int, str]:
    """Step 2 of the module docstring: the section that follows the themed one in the
    template (Other Areas), written as the themed section's last sub-heading after its themes."""
    themed = template.themed_section
    keys = list(template.keys)
    if themed is None or themed.key not in keys:
        return {}
    after = keys.index(themed.key) + 1
    if after >= len(keys) or keys[after] in taken:
        return {}
    section = next((heading for heading, key in at_level if key == themed.key), None)
    if section is None:
        return {}
    end = next((heading.start for heading in headings if heading.start > section.start
                and heading.level is not None and heading.level <= level), len(text))
    inside = [heading for heading in headings if section.end <= heading.start < end]
    named = _labelled_like_the_themes(inside, template, keys[after])
    if named is not None:
        return {named.start: keys[after]}
    real = [heading for heading in inside if heading.level is not None]
    if not real:
        return _last_label_after_the_themes(text, inside, end, template, keys[after])
    direct = min(heading.level or 0 for heading in real)
    last = [heading for heading in real if heading.level == direct][-1]  # (its topics after it)
    deeper = real[-1]
    if deeper.level is not None and deeper.level > direct \
            and not _is_theme(deeper.shown, template):
        # written one level under the last theme, the last heading of the summary
        # (`==== Other areas ====` after `=== Theme 3 ===`): Other Areas when the themes are
        # labelled alike or name areas and it is not one of their topics (no theme has another
        # sub-heading)
        direct_titles = [heading.shown for heading in real if heading.level == direct]
        under = [heading for heading in real if heading.start > last.start]
        lines = list(_visible_lines(text[deeper.end:end]))
        topics = [heading for heading in real if heading.start < last.start
                  and heading.level is not None and heading.level > direct]
        if len(direct_titles) >= 2 and under == [deeper] and not topics \
                and _labels_areas(lines, template) \
                and (len(labelled_alike(direct_titles)) == len(direct_titles)
                     or sum(_is_theme(title, template) for title in direct_titles) >= 2
                     and _is_theme(direct_titles[-1], template)) \
                and (len(lines) >= 2 or any(line[:1] in "*#;:" for line in lines)):
            return {deeper.start: keys[after]}
    titles = [heading.shown for heading in inside
              if heading.start < last.start and heading.level in (None, last.level)]
    themes = set(labelled_alike(titles)) | {index for index, title in enumerate(titles)
                                            if _is_theme(title, template)}
    if len(themes) < 2 and not _holds_theme_table(text[section.end:last.start], template) \
            or _is_theme(last.shown, template) \
            or strip_sibling_labels([*titles, last.shown])[-1] != last.shown:
        return {}
    lines = list(_visible_lines(text[last.end:end]))
    if len(lines) < 2 and not any(line[:1] in "*#;:" for line in lines) \
            and not any(last.end <= heading.start < end for heading in headings):
        return {}  # a closing paragraph after the themes is no list of other areas
    return {last.start: keys[after]}


# What ends an item's label: a colon, or a dash with space around it (`* Advocacy: x`,
# `* Resource Allocation — x`).
_LABEL_END = re.compile(r"[:：]|\s[-–—]\s")


def _item_labels(lines: list[str]) -> list[str]:
    """The labels items of `lines` open with (before a colon or a spaced dash, or in bold)."""
    labels = []
    for line in lines:
        body = line.lstrip("*#:; ")
        bold = re.match(r"'{3}([^'\n]+)'{3}", body)
        shown = display_text(body).strip()
        if bold is not None:
            labels.append(display_text(bold.group(1)).strip())
        elif _LABEL_END.search(shown):
            labels.append(_LABEL_END.split(shown, 1)[0].strip())
    return [label for label in labels if label]


def _labels_areas(lines: list[str], template: Template) -> bool:
    """Whether `lines` are what a list of the other areas shows and a theme's own topic need
    not: items opening with labels (before a colon or a spaced dash, or in bold), one naming a
    thematic area or two of them (`* Advocacy: x`, `* Resource Allocation — y`)."""
    labels = _item_labels(lines)
    return len(labels) >= 2 or any(template.names.area(label) is not None for label in labels)


def _last_label_after_the_themes(text: str, inside: list[HeadingLine], end: int,
                                 template: Template, key: str) -> dict[int, str]:
    """Step 2 for a summary whose themes are labels (no sub-headings): its last label, in
    another style than the two or more themes before it (labelled alike or naming areas), not
    labelled like them, naming no area and holding a list or more than one line (`## Other
    areas` after `### Theme 3: X` pasted from Markdown; `'''Other areas'''` after `;Theme` terms)."""
    if len(inside) < 3:
        return {}
    last = inside[-1]
    lines = list(_visible_lines(text[last.end:end]))
    same = [heading.shown for heading in inside if heading.style == last.style]
    labelled = [title != rest for title, rest in zip(same, strip_sibling_labels(same), strict=True)]
    if len(same) >= 3 and all(labelled[:-1]) and not labelled[-1] \
            and not _is_theme(last.shown, template) \
            and sum(template.names.area(label) is not None for label in _item_labels(lines)) >= 2:
        # the last label, written as the themes are but not labelled like them, gathering
        # items that name areas (`Lain-lain` after `Tema 1: X` ... in one legend's style)
        return {last.start: key}
    before = [heading for heading in inside[:-1] if heading.style != last.style]
    if len(before) != len(inside) - 1 or len({heading.style for heading in before}) != 1 \
            or _is_theme(last.shown, template):
        return {}
    titles = [heading.shown for heading in before]
    if len(labelled_alike(titles)) != len(titles) \
            and sum(_is_theme(title, template) for title in titles) < 2:
        return {}
    lines = list(_visible_lines(text[last.end:end]))
    if len(lines) < 2 and not any(line[:1] in "*#;:" for line in lines):
        return {}
    return {last.start: key}


def _labelled_like_the_themes(inside: list[HeadingLine], template: Template,
                              key: str) -> HeadingLine | None:
    """The last of the themed section's headings or labels of one kind, labelled like the
    themes before it, whose title once the label is off names the section `key` (`Theme 4:
    Other areas`, `14.00–14.30 · Area lain`, `رابعاً: مسائل أخرى`)."""
    kinds: dict[object, list[HeadingLine]] = {}
    for heading in inside:
        kinds.setdefault(heading.level if heading.level is not None else heading.style,
                         []).append(heading)
    for same in kinds.values():
        titles = [heading.shown for heading in same]
        name = strip_sibling_labels(titles)[-1]
        if name == titles[-1]:  # (or a label the lexicon knows: `رابعاً: مسائل أخرى`)
            read = template.names.theme(titles[-1])
            name = read.title if read.labelled or read.title != titles[-1] else name
        if len(same) < 3 or name == titles[-1]:
            continue
        spec = template.match_section(name, set())
        if spec is not None and spec.key == key:
            return same[-1]
        if template.names.area(name) is None and _groups_areas(inside, same, template):
            return same[-1]
    return None


def _groups_areas(inside: list[HeadingLine], same: list[HeadingLine],
                  template: Template) -> bool:
    """Whether the last of `same` (headings or labels of one kind) holds two or more labels of
    another kind that name areas, where those before it hold none: the areas gathered under
    one last label (`رابعاً: مسائل أخرى` over `* '''Resource allocation''': ...`) are Other
    Areas, not a theme."""
    last = same[-1]
    others = [heading for heading in inside
              if (heading.level, heading.style) != (last.level, last.style)]
    after = [heading for heading in others if heading.start > last.start]
    before = [heading for heading in others if heading.start < last.start]

    def area(heading: HeadingLine) -> bool:
        return template.names.area(heading.shown) is not None

    return sum(map(area, after)) >= 2 and not any(map(area, before))


def _bounds(at_level: list[tuple[HeadingLine, str | None]],
            order: dict[str, int]) -> list[tuple[int, int]]:
    """For each heading at the section level, the template indexes it may stand between: after
    the last named section before it, before the first named section after it."""
    bounds = []
    for place in range(len(at_level)):
        before = [order[key] for _, key in at_level[:place] if key is not None]
        after = [order[key] for _, key in at_level[place + 1:] if key is not None]
        bounds.append((max(before, default=-1), min(after, default=len(order))))
    return bounds


def _in_order(reading: tuple[str | None, ...], choices: list[tuple[int, HeadingLine, list[str]]],
              bounds: list[tuple[int, int]], order: dict[str, int]) -> bool:
    last = -1
    for key, (place, _, _) in zip(reading, choices, strict=True):
        if key is None:
            continue
        index = order[key]
        low, high = bounds[place]
        if not low < index < high or index <= last:
            return False
        last = index
    return True


def _shows(shows: str, body: str, start: int, children: list[HeadingLine], level: int,
           template: Template, lone_count: bool = False) -> bool:
    """Whether `body` (the text of a heading, from `start` on the page, with the headings
    `children` in it) shows what `shows` names (the participants by a line alone giving how
    many came only with `lone_count`)."""
    if shows == _THEMES:
        return _holds_themes(children, level, template) or _holds_theme_table(body, template)
    if shows == "prose":
        # (the text before its first sub-heading: the themed section's intro is no narrative)
        lead = body if not children else body[:children[0].start - start]
        return any(_is_prose(line) for line in _visible_lines(lead))
    lines = list(_visible_lines(body))
    if shows == "date":  # (a narrative that mentions a year is no date line)
        # (or the first sentence of a longer first line: `Pa Cibelushi, 25 Mei 2019, ukufuma
        # 09:00 ukufika 14:00. Mu Kitwe, mu ng'anda ...`, the place after the date)
        # (its date among the line's first words, as a date line gives it, a label or a few
        # words first: `Le salon s'est tenu le samedi 30 mars 2019, de 13 h 30 à 17 h ...`; a
        # sentence that ends on a date is a mention, `... اعتبار یې تر 30 جون 2019 پورې دی`,
        # the cards are valid until 30 June 2019)
        first = re.split(r"(?<=[.!?。])\s+", lines[0], maxsplit=1)[0] if lines else ""
        # (its words in brackets, a gloss, not counted: `د ۲۰۱۹ کال د مارچ ۳۰مه (د ۱۳۹۸ لمریز
        # کال د وري ۱۰مه)`, the date in the Solar Hijri calendar)
        return any((at := _date_at(line)) is not None and at <= _DATE_WORDS
                   and len(re.sub(r"[(（][^()（）]*[)）]", " ", line).split()) <= 20
                   and len(line) <= 250
                   for line in dict.fromkeys(lines[:1] + [first]))
    if shows == "files":
        return bool(lines) and all(_FILE.search(line) or _COMMONS.search(line) or line == "<gallery>"
                                   for line in lines if not _in_gallery(line))
    if shows == "money":
        return _holds_money(lines)
    if shows == "people":
        return _holds_people(lines) or lone_count and len(lines) == 1 and _is_count(lines[0])
    if shows == "voices":  # (and no labels of its own: labelled items are topics, not voices)
        return not children and any(_is_voice(line) for line in lines)
    if shows == "areas":  # (its own labels or sub-headings: topics)
        return sum(template.names.area(child.shown) is not None for child in children) >= 2
    return False


# A quotation on a line of its own: a line opening with a quotation mark, or a quote template
# or tag (`{{Quote|...}}`, `<blockquote>`), in any language.
_QUOTE_BLOCK = re.compile(r"\A(?:\{\{\s*c?quote\b|<blockquote\b)", re.IGNORECASE)


def _is_voice(line: str) -> bool:
    """Whether a line gives what someone said: a quotation (a line that opens with a quotation
    mark of any script, `«...» — Patience`, `„...“`, `「...」`, or a quote template or tag), or a
    reply signed as on a talk page (`: Thank you! [[User:X|X]] 16:20, 2 October 2019 (UTC)`)."""
    text = line.lstrip(":*# ")
    if _QUOTE_BLOCK.match(text):
        return True
    if text[:1] and (unicodedata.category(text[0]) in ("Pi", "Ps") and text[0] not in "([{（【"
                     or text[0] in "\"«„「『"):
        return True
    return line.startswith(":") and _USER_LINK.search(line) is not None \
        and re.search(r"\d{1,2}[:.]\d{2}", _digits(line)) is not None


# A link to a user page, as Meta-Wiki writes it whatever the page's language.
_USER_LINK = re.compile(r"\[\[\s*:?\s*user\s*:", re.IGNORECASE)
#: The most words an item of a list of people has (`Fabienne Étienne (teacher)`).
_NAME_WORDS = 5

#: The most characters a name's run of letters has in a script written without spaces
#: between its words (Thai, Lao, Khmer, Myanmar, Chinese, Japanese): a longer run is a phrase.
_UNSPACED_NAME = 20
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")


def _holds_people(lines: list[str]) -> bool:
    """A list of people: two or more list items and nothing else, none a sentence or an amount,
    each a few words (a name, a role in brackets), one of them linking to a user page, or four
    or more of them; one line that gives how many came may stand before the list (`24 came,
    among them:`) and one after it (`Only 9 came to the first meeting.`)."""
    if len(lines) > 2 and lines[0][:1] not in "*#" and _is_count(lines[0]):
        lines = lines[1:]
    if len(lines) > 2 and lines[-1][:1] not in "*#" and _is_count(lines[-1]):
        lines = lines[:-1]  # (`Only 9 came to the first meeting.` after the list)
    if len(lines) < 2 or not all(line[:1] in "*#" for line in lines) or _holds_money(lines):
        return False
    longer = 0  # items of more words: a group described (`five students from the university`)
    for line in lines:
        shown = display_text(line.lstrip("*#:; ")).strip()
        # (a role or a group in brackets after the name is no part of it: `Durk van der Meer
        # (Fryske Akademy)`)
        name = _BRACKETED.sub(" ", shown)
        if not shown or shown.endswith(SENTENCE_END) or not name.strip():
            return False
        # (words counted apart at spaces, and at the tsheg of Tibetan, which writes its
        # syllables apart with it and no spaces: `ལྷུན་གྲུབ་རྒྱ་མཚོ`, a name of four)
        words = name.replace("\u0f0b", " ").split()
        # (and a run of more letters than a name has, in a script written without spaces
        # between its words, is a phrase: Thai `อยากถ่ายฮูปบุญบั้งไฟกับบุญแข่งเฮือลงคอมมอนส์`)
        if len(words) > _NAME_WORDS or any(
                len(word) > _UNSPACED_NAME and _UNSPACED.search(word) for word in words):
            longer += 1
    if longer and (4 * longer > len(lines) or len(lines) - longer < 3):
        return False  # most items are names: one in four may describe a group
    return len(lines) >= 4 or any(_USER_LINK.search(line) for line in lines)


#: The most words a line giving how many came has (`Салоннга 15 адам къатышханды, аланы ичинде:`).
_COUNT_WORDS = 12


def _is_count(line: str) -> bool:
    """Whether a line gives how many people came and nothing more, in any language: a short
    line, no list item, whose only number is a whole number from 2 to 999 (no year, no date,
    no amount, no time or telephone number: those hold other numbers or signs)."""
    if len(line.split()) > _COUNT_WORDS or _holds_money([line, line]):
        return False
    numbers = re.findall(r"\d+(?:[^\s\d]\d+)*", _digits(display_text(line)))
    return len(numbers) == 1 and numbers[0].isdigit() and 2 <= int(numbers[0]) <= 999


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_BRACKETED = re.compile(r"[(\[（【][^()\[\]（）【】]*[)\]）】]")
_FILE = re.compile(r"\[\[[^\[\]|:]+:[^\[\]|]+\.(?:jpe?g|png|gif|svg|tiff?|webp|webm|ogv|ogg|mp4|"
                   r"pdf|djvu)\s*(?:\||\]\])", re.IGNORECASE)
# A line that is only a link to a namespace (`[[Category:X]]`, `[[fr:X]]`): shown elsewhere.
_UNSEEN_LINK = re.compile(r"\A(?:\[\[[^:\[\]|]+:[^\[\]]+\]\]\s*)+\Z")
_COMMONS = re.compile(r"\[\[:?commons:|commons\.wikimedia\.org", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[ .,'\u00a0\u202f\u066c]\d{3})*(?:[.,]\d+)?")


def _visible_lines(body: str) -> Iterator[str]:
    """The lines of `body` a reader sees something of (comments, categories, interlanguage
    links and lines of layout tags only, `</div>`, removed), stripped; a gallery's lines are
    kept inside it (`_in_gallery`)."""
    inside = False
    for raw in _COMMENT.sub("", body).split("\n"):
        line = raw.strip()
        if not line or _UNSEEN_LINK.match(line) and not _FILE.match(line) \
                or not inside and _TAGS_ONLY.match(line) and "gallery" not in line.lower():
            continue
        lowered = line.lower()
        if lowered.startswith("<gallery"):
            inside = "</gallery>" not in lowered
            yield "<gallery>"
            continue
        if inside:
            inside = "</gallery>" not in lowered
            yield _GALLERY_LINE + line
            continue
        yield line


_GALLERY_LINE = "\0gallery:"
# A line of tags and nothing else (`</div>`, `<div style="...">`, `<center>`): layout.
_TAGS_ONLY = re.compile(r"\A(?:<[^<>]*>\s*)+\Z")


def _in_gallery(line: str) -> bool:
    return line.startswith(_GALLERY_LINE)


def _digits(text: str) -> str:
    """`text` with the digits of every script as ASCII digits."""
    return text if text.isascii() else text.translate(_digit_table())


@functools.cache
def _digit_table() -> dict[int, str]:
    """Every decimal digit of Unicode (category Nd) to its ASCII digit (built on first use)."""
    return {code: str(unicodedata.digit(chr(code))) for code in range(0x80, 0x20000)
            if unicodedata.category(chr(code)) == "Nd"}


def section_shown(value: str, template: Template) -> str | None:
    """The one section whose kind a single value shows (an infobox's `|dato = 14 aprilo 2019`,
    `|buĝeto = 95 EUR`, `|bildo = Salono.jpg`, a list of people over several lines), or None
    where it shows none or more than one."""
    lines = list(_visible_lines(value))
    if len(lines) > 1:  # (a list of people as the value: `|participants=` over `* ...` lines)
        people = [spec.key for spec in template.sections if spec.shows == "people"]
        return people[0] if len(people) == 1 and _holds_people(lines) else None
    if len(lines) != 1:
        return None
    line = lines[0]
    shown = [spec.key for spec in template.sections if spec.shows is not None and (
        spec.shows == "date" and _holds_date(line) and len(line.split()) <= 20
        or spec.shows == "money" and _holds_money([line, line]) and not _holds_date(line)
        or spec.shows == "files" and (_FILE.search(line) is not None
                                      or _BARE_FILE.match(line) is not None))]
    return shown[0] if len(shown) == 1 else None


_BARE_FILE = re.compile(r"\A[^\[\]|{}<>]+\.(?:jpe?g|png|gif|svg|tiff?|webp|webm|ogv)\Z", re.IGNORECASE)


def _is_prose(line: str) -> bool:
    """A line of running text: not a list, table, template or heading line, and long (twelve
    words, or eighty letters in a script written without spaces)."""
    if line[:1] in "*#:;{|!=<[" or _in_gallery(line) or _typed_bullet(line):
        return False
    return len(line.split()) >= 12 or sum(char.isalpha() for char in line) >= 80


def _typed_bullet(line: str) -> bool:
    """Whether a line starts with a dash or a sign and a space, as a list typed by hand or pasted
    from Markdown does (`- a point`, `• a point`): what a reader takes for a list item."""
    first = line[:1]
    return bool(first) and line[1:2] == " " and (
        unicodedata.category(first) in ("Pd", "Sm", "So") or first in "•·・※▪◦‣")


def _holds_year(line: str) -> bool:
    return any(1990 <= int(found.group()) <= 2030
               for found in re.finditer(r"(?<!\d)\d{4}(?!\d)", _digits(line)))


def _holds_date(line: str) -> bool:
    """A year and a day (a number from 1 to 31) on one line, in any script, at most four words
    between them: `7 September 2019`, `2019-11-02`, `2019年3月16日`, `16 de marzo de 2019`; a year
    alone ("founded in 2016") is no date, nor is a year with a number of another sentence
    further on (`Started in 2018. At our last meeting in February we were 6`)."""
    return _date_at(line) is not None


#: A date line gives its date within its first words (a label, a weekday, `The salon was held
#: on`): the word its first date begins at is at most this.
_DATE_WORDS = 8


def _date_at(line: str) -> int | None:
    """The word of a line (counted from 0) at which its first date (_holds_date) begins, or
    None."""
    plain = _digits(line)
    numbers = [(int(found.group()), len(plain[:found.start()].split()))
               for found in re.finditer(r"(?<!\d)\d{1,4}(?!\d)", plain)]
    return min((min(at, where) for year, at in numbers for day, where in numbers
                if 1990 <= year <= 2030 and 1 <= day <= 31 and abs(at - where) <= 5), default=None)


def _holds_money(lines: list[str]) -> bool:
    """An amount next to a currency sign or code, or amounts (a grouped number or five digits
    and more, not a year) on two lines or more, or numbers on two lines or more under a line
    that names a currency by its sign or code (a table's `! Item !! Cost (USD)`)."""
    amounts = 0
    named = False  # a line so far names a currency
    numbered = 0  # the lines after it that hold a number (not a year)
    for line in lines:
        plain = _digits(line)
        if named and any(not _holds_year(found.group()) for found in _NUMBER.finditer(plain)):
            numbered += 1
        named = named or any(unicodedata.category(char) == "Sc" for char in plain) \
            or any(word in _CURRENCIES for word in re.findall(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])",
                                                            plain))
        for found in _NUMBER.finditer(plain):
            around = plain[max(found.start() - 4, 0):found.start()] + " " \
                + plain[found.end():found.end() + 5]
            if any(unicodedata.category(char) == "Sc" for char in around) \
                    or any(word in _CURRENCIES for word in re.findall(r"[A-Z]{3}", around)):
                return True
        if any(len(re.sub(r"\D", "", found.group())) >= 5
               or re.search(r"\d[ .,'\u00a0\u202f\u066c]\d{3}(?!\d)", found.group())
               for found in _NUMBER.finditer(plain) if not _holds_year(found.group())):
            amounts += 1
    return amounts >= 2 or numbered >= 2


_CURRENCIES = frozenset(babel.numbers.list_currencies())


_TABLE = re.compile(r"^[ \t]*\{\|.*?^[ \t]*\|\}|^[ \t]*<table\b.*?</table\s*>",
                    re.DOTALL | re.MULTILINE | re.IGNORECASE)


def _holds_theme_table(body: str, template: Template) -> bool:
    """A table whose rows are themes: grouped by header rows or by a column, or two or more
    rows whose labels name areas or are labelled alike (report/tables.py)."""
    if "{|" not in body and "<table" not in body.lower():
        return False
    for table in _TABLE.finditer(body):
        titles, structural = table_titles(table.group().strip(),
                                          lambda title: template.names.area(title) is not None)
        if len(titles) >= 2 and (structural or labelled_alike(titles)
                                 or sum(_is_theme(title, template) for title in titles) >= 2):
            return True
    return False


def _holds_themes(children: list[HeadingLine], level: int, template: Template) -> bool:
    """Two or more sub-headings or labels that are themes: labelled as themes or naming areas
    (whatever way each is written), or labelled alike (labels.py) among those of one level or
    style."""
    # its own sub-headings: those of the first level under it and the labels; or, under
    # sessions that are no themes (`=== Session 1 ===` holding `==== Theme 1 ====`), those of
    # the second level
    levels = sorted({child.level for child in children
                     if child.level is not None and child.level > level})
    for depth, first in enumerate(levels[:2] or [None]):
        groups: dict[object, list[str]] = {}
        for child in children:
            if child.level is not None and child.level != first \
                    or depth and child.level is None:
                continue
            groups.setdefault(child.level if child.level is not None else child.style,
                              []).append(child.shown)
        if sum(_is_theme(title, template) for titles in groups.values() for title in titles) >= 2:
            return True
        if any(len(titles) >= 2 and labelled_alike(titles) for titles in groups.values()):
            return True
    return False
