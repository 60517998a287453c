"""The thematic areas of the movement strategy, and which area a theme or topic is about.

The areas are data: the `areas:` list at the end of a template file (`strategy-salon.yaml` has the
nine of 2018-20, with their spellings and translations). A theme or topic belongs to the area its
`area:` key names, else to the one its title names. A title is compared folded: case, Unicode
forms, spacing, hyphens and slashes, "&" against "and" (and the word for "and" in the template's
languages) and a trailing parenthesis ("Capacity Building (for advocacy)") do not matter; a title
that is not any spelling may still be a close misspelling of one (difflib, ratio >= 0.85). A
title that names no area, or two, belongs to none: salonbot never guesses beyond that.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from salonbot.errors import SalonbotError, TemplateError
from salonbot.report.model import Node
from salonbot.report.template import DEFAULT_TEMPLATE, get_template
from salonbot.report.yamlio import dump_report, load_data, read_text, report_from_data

#: How close a misspelling must be to a spelling (difflib's ratio) to count as that area.
CLOSE_MATCH = 0.85
#: How close a title must be for `validate` to suggest an area for it.
SUGGESTION = 0.6
# The word "and" in the languages of the areas' spellings; folded to "&".
_AND_WORDS = frozenset({"and", "&", "et", "y", "und", "e", "dan", "и", "और", "ও"})
_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")
_SEPARATORS = re.compile(r"\s*(?::|\s[-–—]\s)\s*")
_EDGE_PUNCTUATION = ".,;:!?\"'«»“”‘’()[]"


@dataclass(frozen=True)
class Area:
    """A thematic area: its English name (the value of an `area:` key) and other spellings."""

    name: str
    spellings: tuple[str, ...]


def fold(text: str) -> str:
    """A title as areas are compared: NFKC, case-folded, `-`, `_` and `/` as spaces, every word
    for "and" as `&`, punctuation at the ends of words dropped, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[-_/]", " ", text).replace("&", " & ")
    words = (word.strip(_EDGE_PUNCTUATION) for word in text.split())
    return " ".join("&" if word in _AND_WORDS else word for word in words if word)


def areas_from_data(data: Any, where: str) -> tuple[Area, ...]:
    """The areas of a template file's `areas:` list (none if it has no such list)."""
    if data is None:
        return ()
    if not isinstance(data, list):
        raise TemplateError(f"{where}.areas: expected a list of areas")
    areas = []
    for index, item in enumerate(data):
        here = f"{where}.areas[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) \
                or not isinstance(item.get("spellings", []), list) \
                or set(item) - {"name", "spellings"}:
            raise TemplateError(f"{here}: expected name: NAME and spellings: [...]")
        areas.append(Area(item["name"], tuple(str(s) for s in item.get("spellings", ()))))
    return tuple(areas)


@functools.cache
def template_areas(template: str = DEFAULT_TEMPLATE) -> tuple[Area, ...]:
    """The areas of a template shipped with salonbot (none for a template without `areas:` or
    one that does not ship with salonbot)."""
    resource = resources.files("salonbot.report").joinpath("templates").joinpath(
        f"{template}.yaml")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", template) or not resource.is_file():
        return ()
    data = yaml.safe_load(resource.read_text("utf-8"))
    return areas_from_data(data.get("areas") if isinstance(data, dict) else None, template)


@functools.cache
def _spellings(areas: tuple[Area, ...]) -> dict[str, str]:
    """Every folded spelling (the name included) -> the area's name."""
    return {fold(spelling): area.name for area in areas
            for spelling in (area.name, *area.spellings)}


def _exact(candidate: str, spellings: dict[str, str]) -> str | None:
    return spellings.get(fold(candidate))


def _close(candidate: str, spellings: dict[str, str], cutoff: float) -> str | None:
    found = difflib.get_close_matches(fold(candidate), list(spellings), n=1, cutoff=cutoff)
    return spellings[found[0]] if found else None


def _candidates(title: str) -> list[str]:
    """The title, then the title without a trailing parenthesis."""
    title = unicodedata.normalize("NFKC", title)
    bare = _PARENTHESIS.sub("", title)
    return [title, bare] if bare and bare != title else [title]


@functools.lru_cache(maxsize=4096)
def area_of(title: str, template: str = DEFAULT_TEMPLATE) -> str | None:
    """The name of the area a title names among the areas of `template`, or None.

    Tried in order: the title; the title without a trailing parenthesis; each part of a title
    made of parts (`Advocacy: the legal status`, `Diversity - gender gap`), if the parts name
    exactly one area; a close misspelling of the title or the title without parenthesis.
    """
    spellings = _spellings(template_areas(template))
    for candidate in _candidates(title):
        found = _exact(candidate, spellings)
        if found:
            return found
    parts = [part for part in _SEPARATORS.split(_candidates(title)[-1]) if part]
    if len(parts) > 1:
        named = {found for part in parts if (found := _exact(part, spellings))}
        if len(named) == 1:
            return named.pop()
    for candidate in _candidates(title):
        found = _close(candidate, spellings, CLOSE_MATCH)
        if found:
            return found
    return None


def node_area(node: Node, template: str = DEFAULT_TEMPLATE) -> str | None:
    """The area of a theme or topic: its `area:` key, else the area its title names."""
    if node.area:
        return node.area
    return area_of(node.title, template) if node.title else None


def suggestion(title: str, template: str = DEFAULT_TEMPLATE) -> str:
    """What `validate` says about a title that names no area: the closest area if one is
    somewhat close, and how to set an area explicitly."""
    areas = template_areas(template)
    names = ", ".join(area.name for area in areas)
    close = _close(_PARENTHESIS.sub("", title) or title, _spellings(areas), SUGGESTION)
    if close:
        return f"did you mean {close!r}? If so, add `area: {close}` under its title"
    return f"if it is about one, add `area: NAME` under its title (one of: {names})"


def area_warnings(path: str | Path) -> list[str]:
    """`file:line: warning: ...` for each theme (a child of a template section, such as the
    discussion's themes and the topics of Other Areas) that has no `area:` and whose title names
    no area, with a suggestion. A file that cannot be read gives none (validate reports it)."""
    try:
        data, lines = load_data(read_text(path), str(path))
        template = get_template(data.get("template") or DEFAULT_TEMPLATE)
    except (SalonbotError, AttributeError):
        return []
    if not template_areas(template.name):
        return []
    warnings = []
    for spec in template.sections:
        value = data.get(spec.key)
        if spec.children is None or not isinstance(value, dict):
            continue
        for index, child in enumerate(value.get(spec.children.key) or []):
            title = child.get("title") if isinstance(child, dict) else None
            if isinstance(title, str) and not child.get("area") \
                    and area_of(title, template.name) is None:
                line = lines.get((spec.key, spec.children.key, index, "title"), "")
                warnings.append(f"{path}:{line}: warning: {title!r} under {spec.heading!r} names "
                                f"no thematic area; {suggestion(title, template.name)}")
    return warnings


def _titled(nodes: list[Node]) -> dict[str, Node]:
    return {node.title: node for node in nodes if node.title}


def carry_areas(old_yaml: str, new_yaml: str) -> str:
    """The report file `new_yaml` (made from a wiki page: a pull or a merge) with the `area:`
    keys of `old_yaml` (the file it replaces), which the page does not hold: each theme or topic
    of the same section and title (and under a theme of the same title) that has no area gets
    the old one. `new_yaml` unchanged if there is none to carry or either file cannot be read."""
    if "area:" not in old_yaml:
        return new_yaml
    try:
        old = report_from_data(load_data(old_yaml)[0])
        new = report_from_data(load_data(new_yaml)[0])
    except (SalonbotError, KeyError, TypeError, AttributeError, IndexError):
        return new_yaml
    carried = False
    for key, node in new.sections.items():
        before = old.sections.get(key)
        if before is None:
            continue
        old_children = _titled(before.children)
        for child in node.children:
            old_child = old_children.get(child.title or "")
            if old_child is None:
                continue
            old_topics = _titled(old_child.children)
            pairs = [(child, old_child)] + [(topic, old_topics.get(topic.title or ""))
                                            for topic in child.children]
            for fresh, previous in pairs:
                if previous is not None and previous.area and not fresh.area:
                    fresh.area, carried = previous.area, True
    return dump_report(new) if carried else new_yaml
