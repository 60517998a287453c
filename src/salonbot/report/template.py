"""Report templates: the Meta page layouts salonbot knows, loaded from data files.

Each template is a YAML file in `salonbot/report/templates/` (see `strategy-salon.yaml` for the fields).
A new template is a new data file; no code changes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from salonbot.errors import TemplateError

DEFAULT_TEMPLATE = "strategy-salon"
#: Keys a report file or a node uses itself; a template cannot name a section or children so.
RESERVED_REPORT_KEYS = frozenset({"title", "template", "intro", "layout"})
RESERVED_NODE_KEYS = frozenset({"title", "text", "points", "layout"})


def normalize_title(text: str) -> str:
    """Heading text as written, with runs of white space folded to one space and no outer spaces."""
    return " ".join(text.split())


def _fold(text: str) -> str:
    return normalize_title(text).casefold()


@dataclass(frozen=True)
class ChildSpec:
    """Sub-headings of a node: each child has a title of its own, put into `heading`."""

    key: str
    heading: str
    children: ChildSpec | None

    @functools.cached_property
    def _pattern(self) -> re.Pattern[str]:
        parts = re.split(r"(\{number\}|\{title\})", self.heading)
        regex = ""
        for part in parts:
            if part == "{number}":
                regex += r"(?P<number>\d+)"
            elif part == "{title}":
                regex += r"(?P<title>.+)"
            else:
                words = part.split()
                lead = r"\s*" if part[:1].isspace() else ""
                tail = r"\s*" if part[-1:].isspace() else ""
                regex += lead + r"\s+".join(re.escape(word) for word in words) + tail
        return re.compile(r"\A" + regex + r"\Z", re.IGNORECASE | re.DOTALL)

    def match(self, heading_text: str) -> str | None:
        """The child's title if `heading_text` is a heading of this kind, else None."""
        found = self._pattern.match(normalize_title(heading_text))
        if not found:
            return None
        title = normalize_title(found.group("title"))
        return title or None

    def heading_for(self, title: str, number: int) -> str:
        """The canonical heading text of the child at 1-based position `number`."""
        return self.heading.replace("{number}", str(number)).replace("{title}", title)


@dataclass(frozen=True)
class SectionSpec:
    """A level-2 section of the template."""

    key: str
    heading: str
    aliases: tuple[str, ...]
    guidance: str
    children: ChildSpec | None

    def matches(self, heading_text: str) -> bool:
        """Whether a heading's text names this section (case and spacing tolerated)."""
        folded = _fold(heading_text)
        return folded == _fold(self.heading) or any(folded == _fold(a) for a in self.aliases)


@dataclass(frozen=True)
class Template:
    """An ordered list of sections, their headings and sub-headings."""

    name: str
    description: str
    title_prefix: str
    sections: tuple[SectionSpec, ...]

    def section(self, key: str) -> SectionSpec:
        for spec in self.sections:
            if spec.key == key:
                return spec
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(spec.key for spec in self.sections)


def _child_spec(data: Any, where: str) -> ChildSpec | None:
    if data is None:
        return None
    _require(data, {"key", "heading"}, {"children"}, where)
    if "{title}" not in str(data["heading"]):
        raise TemplateError(f"{where}: a child heading must contain {{title}}")
    if str(data["key"]) in RESERVED_NODE_KEYS:
        raise TemplateError(f"{where}.key: {data['key']!r} is a reserved node key")
    return ChildSpec(
        key=str(data["key"]),
        heading=str(data["heading"]),
        children=_child_spec(data.get("children"), where + ".children"),
    )


def _require(data: Any, required: set[str], optional: set[str], where: str) -> None:
    if not isinstance(data, dict):
        raise TemplateError(f"{where}: expected a mapping")
    missing = required - data.keys()
    unknown = data.keys() - required - optional
    if missing:
        raise TemplateError(f"{where}: missing {', '.join(sorted(missing))}")
    if unknown:
        raise TemplateError(f"{where}: unknown key {', '.join(sorted(unknown))}")


def template_from_data(data: Any, where: str = "template") -> Template:
    """Build a Template from the loaded data of a template file."""
    # `areas` (the thematic areas of themes and topics) is read by report/areas.py.
    _require(data, {"name", "sections"}, {"description", "title_prefix", "areas"}, where)
    if not isinstance(data["sections"], list) or not data["sections"]:
        raise TemplateError(f"{where}.sections: expected a non-empty list of sections")
    sections = []
    for index, item in enumerate(data["sections"]):
        here = f"{where}.sections[{index}]"
        _require(item, {"key", "heading"}, {"aliases", "guidance", "children"}, here)
        if str(item["key"]) in RESERVED_REPORT_KEYS:
            raise TemplateError(f"{here}.key: {item['key']!r} is a reserved report key")
        if not isinstance(item.get("aliases", []), list):
            raise TemplateError(f"{here}.aliases: expected a list of headings")
        sections.append(
            SectionSpec(
                key=str(item["key"]),
                heading=str(item["heading"]),
                aliases=tuple(str(alias) for alias in item.get("aliases", ())),
                guidance=str(item.get("guidance", "")),
                children=_child_spec(item.get("children"), here + ".children"),
            )
        )
    keys = [spec.key for spec in sections]
    if len(set(keys)) != len(keys):
        raise TemplateError(f"{where}: section keys must be unique")
    return Template(
        name=str(data["name"]),
        description=str(data.get("description", "")),
        title_prefix=str(data.get("title_prefix", "")),
        sections=tuple(sections),
    )


def _load_yaml(text: str, where: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise TemplateError(f"{where}: not valid YAML: {error}") from None


def load_template_file(path: str | Path) -> Template:
    """Load a template from a data file anywhere on disk."""
    return template_from_data(_load_yaml(Path(path).read_text(encoding="utf-8"), str(path)),
                              where=str(path))


_registry: dict[str, Template] = {}


def register_template(template: Template) -> None:
    """Make a template available by name (for templates that do not ship with salonbot)."""
    _registry[template.name] = template


def available_templates() -> list[str]:
    shipped = [
        entry.name.removesuffix(".yaml")
        for entry in resources.files("salonbot.report").joinpath("templates").iterdir()
        if entry.name.endswith(".yaml")
    ]
    return sorted(set(shipped) | set(_registry))


def get_template(name: str = DEFAULT_TEMPLATE) -> Template:
    """The template called `name`: a registered one, or a data file shipped in salonbot/templates."""
    if name in _registry:
        return _registry[name]
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
        raise TemplateError(f"unknown template {name!r}")
    resource = resources.files("salonbot.report").joinpath("templates").joinpath(f"{name}.yaml")
    if not resource.is_file():
        known = ", ".join(available_templates())
        raise TemplateError(f"unknown template {name!r} (known: {known})")
    template = template_from_data(_load_yaml(resource.read_text("utf-8"), name), where=name)
    _registry[name] = template
    return template
