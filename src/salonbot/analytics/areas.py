"""The thematic areas of the movement strategy, and which area a theme or topic is about.

The areas are data: the `areas:` list of a template file (`strategy-salon.yaml` has the nine of
2018-20) and their names in many languages in its lexicon. A theme or topic belongs to the area
its `area:` key names, else to the one its title names, as the template's name index says
(report/names.py: normalised text, the text before a parenthesis, the parts of a title made of
parts, then a close misspelling of exactly one area). A title that names no area, or two,
belongs to none: salonbot never guesses beyond that.
"""

from __future__ import annotations

from pathlib import Path

from salonbot.errors import SalonbotError
from salonbot.report.model import Node
from salonbot.report.template import DEFAULT_TEMPLATE, Area, get_template
from salonbot.report.yamlio import load_data, read_text

__all__ = ["Area", "area_of", "area_warnings", "node_area", "suggestion", "template_areas"]


def template_areas(template: str = DEFAULT_TEMPLATE) -> tuple[Area, ...]:
    """The areas of a template (none for a template without `areas:` or one salonbot does not
    know)."""
    try:
        return get_template(template).areas
    except SalonbotError:
        return ()


def area_of(title: str, template: str = DEFAULT_TEMPLATE) -> str | None:
    """The name of the area a title names among the areas of `template`, or None."""
    return get_template(template).names.area(title)


def node_area(node: Node, template: str = DEFAULT_TEMPLATE) -> str | None:
    """The area of a theme or topic: its `area:` key, else the area its title names."""
    if node.area:
        return node.area
    return area_of(node.title, template) if node.title else None


def suggestion(title: str, template: str = DEFAULT_TEMPLATE) -> str:
    """What `validate` says about a title that names no area: the closest area if one is
    somewhat close, and how to set an area explicitly."""
    names = ", ".join(area.name for area in template_areas(template))
    close = get_template(template).names.closest_area(title)
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
