"""Report templates: the Meta page layouts salonbot knows, loaded from data files.

Each template is a YAML file in `salonbot/report/templates/` (see `strategy-salon.yaml` for the fields).
A new template is a new data file; no code changes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from salonbot.errors import TemplateError

DEFAULT_TEMPLATE = "strategy-salon"
#: Keys a report file or a node uses itself; a template cannot name a section or children so.
RESERVED_REPORT_KEYS = frozenset({"title", "template", "intro", "layout", "extra_sections",
                                  "categories", "figures"})
RESERVED_NODE_KEYS = frozenset({"title", "text", "points", "layout", "extra_sections", "area"})


def fold_spaces(text: str) -> str:
    """Text with runs of white space folded to one space and no outer spaces (a heading's title;
    a page title's own normalisation is wiki/titles.py's normalize_title)."""
    return " ".join(text.split())


def _fold(text: str) -> str:
    return fold_spaces(text).casefold()


_DASHES = "-\u2013\u2014"


def _spelling_regex(spelling: str) -> re.Pattern[str]:
    """A heading spelling (`Theme {number} - {title}`) as a regex over a heading's stripped text:
    case and white space tolerated, any dash for a dash."""
    regex = ""
    for part in re.split(r"(\{number\}|\{title\})", spelling):
        if part == "{number}":
            regex += r"(?P<number>\d+)"
        elif part == "{title}":
            regex += r"(?P<title>.*?)"
        elif part:
            words = [re.escape(word) for word in part.split()]
            words = [re.sub(r"\\?[-\u2013\u2014]", f"[{_DASHES}]", word) for word in words]
            regex += r"\s*" + r"\s+".join(words) + r"\s*"
    return re.compile(r"\A" + regex + r"\Z", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class ChildMatch:
    """How a heading's text names a child: its title, where the title stands in the text (None
    when the spelling has no title, e.g. `Discussion Theme 2`), and whether the spelling is one
    of the child spec's own (`specific`) rather than any text at all."""

    title: str
    span: tuple[int, int] | None
    specific: bool
    number: tuple[int, int] | None = None  # where the theme's number stands, if it has one


@dataclass(frozen=True)
class ChildSpec:
    """Sub-headings of a node: each child has a title of its own, put into `heading`.

    `spellings` are the other ways pages write such a heading (the heading itself comes first);
    any other heading text under the node names a child too, the whole text being its title.
    """

    key: str
    heading: str
    children: ChildSpec | None
    spellings: tuple[str, ...] = ()
    kind: str = ""  # what one child is called (`theme`); the key when the data does not say

    @functools.cached_property
    def _patterns(self) -> tuple[re.Pattern[str], ...]:
        spellings = (self.heading, *self.spellings)
        return tuple(_spelling_regex(spelling) for spelling in spellings if spelling != "{title}")

    @functools.cached_property
    def _any_spelling(self) -> re.Pattern[str]:
        """All the spellings in one pattern: a quick "none of them" for most headings."""
        sources = [re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern) for pattern in self._patterns]
        return re.compile("|".join(f"(?:{source})" for source in sources) or r"(?!)",
                          re.IGNORECASE | re.DOTALL)

    def match(self, heading_text: str) -> ChildMatch:
        """The child that `heading_text` (a heading's title, stripped) names."""
        patterns = self._patterns if self._any_spelling.match(heading_text) else ()
        for pattern in patterns:
            found = pattern.match(heading_text)
            if not found:
                continue
            number = found.span("number") if "number" in pattern.groupindex else None
            if "title" not in pattern.groupindex:
                return ChildMatch("", None, True, number)  # `Discussion Theme 2`: no title at all
            raw = found.group("title")
            title = fold_spaces(raw)
            if not title:
                continue
            start = found.start("title") + len(raw) - len(raw.lstrip())
            return ChildMatch(title, (start, start + len(raw.strip())), True, number)
        title = fold_spaces(heading_text)
        start = len(heading_text) - len(heading_text.lstrip())
        return ChildMatch(title, (start, start + len(heading_text.strip())), False)

    def heading_for(self, title: str, number: int) -> str:
        """The canonical heading text of the child at 1-based position `number` (a child with
        no title: the first spelling with a number and no title, `Discussion Theme 2`)."""
        pattern = self.heading
        if not title:
            pattern = next((spelling for spelling in self.spellings
                            if "{number}" in spelling and "{title}" not in spelling), pattern)
        return pattern.replace("{number}", str(number)).replace("{title}", title)


_PARENTHESES = re.compile(r"\A(.*?)\s*[(\uff08](.*)[)\uff09]\Z", re.DOTALL)


@dataclass(frozen=True)
class SectionSpec:
    """A section of the template, named by its heading, aliases or translations."""

    key: str
    heading: str
    aliases: tuple[str, ...]
    guidance: str
    children: ChildSpec | None
    translations: tuple[tuple[str, str], ...] = ()

    @functools.cached_property
    def names(self) -> frozenset[str]:
        """Every text naming this section, folded."""
        texts = (self.heading, *self.aliases, *(text for _, text in self.translations))
        return frozenset(_fold(text) for text in texts)

    def matches(self, heading_text: str) -> bool:
        """Whether a heading's text names this section: its heading, an alias or a translation
        (case and spacing tolerated), also with a translation in parentheses after or before it
        (`Date and location (তারিখ ও স্থান)`)."""
        folded = _fold(heading_text)
        if folded in self.names:
            return True
        found = _PARENTHESES.match(folded)
        if found is None:
            return False
        return found.group(1) in self.names or _fold(found.group(2)) in self.names


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

    @functools.cached_property
    def themed_section(self) -> SectionSpec | None:
        """The section whose children have spellings of their own (a heading in one of them
        names such a child wherever it stands), if any."""
        return next((spec for spec in self.sections
                     if spec.children is not None and spec.children.spellings), None)

    @functools.cached_property
    def _by_name(self) -> dict[str, tuple[SectionSpec, ...]]:
        names: dict[str, tuple[SectionSpec, ...]] = {}
        for spec in self.sections:
            for name in spec.names:
                names[name] = (*names.get(name, ()), spec)
        return names

    def match_section(self, heading_text: str, taken: Container[str]) -> SectionSpec | None:
        """The first section not in `taken` that `heading_text` names (see SectionSpec.matches),
        if any."""
        folded = _fold(heading_text)
        found = self._by_name.get(folded, ())
        if not found and folded.endswith((")", "\uff09")):
            parts = _PARENTHESES.match(folded)
            if parts is not None:
                found = self._by_name.get(parts.group(1), ()) + \
                    self._by_name.get(_fold(parts.group(2)), ())
        return next((spec for spec in found if spec.key not in taken), None)


def _child_spec(data: Any, where: str) -> ChildSpec | None:
    if data is None:
        return None
    _require(data, {"key", "heading"}, {"children", "spellings", "kind"}, where)
    if "{title}" not in str(data["heading"]):
        raise TemplateError(f"{where}: a child heading must contain {{title}}")
    if str(data["key"]) in RESERVED_NODE_KEYS:
        raise TemplateError(f"{where}.key: {data['key']!r} is a reserved node key")
    spellings = data.get("spellings", [])
    if not isinstance(spellings, list):
        raise TemplateError(f"{where}.spellings: expected a list of headings")
    key = str(data["key"])
    return ChildSpec(
        key=key,
        heading=str(data["heading"]),
        children=_child_spec(data.get("children"), where + ".children"),
        spellings=tuple(str(spelling) for spelling in spellings),
        kind=str(data.get("kind") or key),
    )


def _translations(data: Any, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(data, dict):
        raise TemplateError(f"{where}: expected a mapping of language codes to headings")
    pairs = []
    for language, texts in data.items():
        for text in texts if isinstance(texts, list) else [texts]:
            pairs.append((str(language), str(text)))
    return tuple(pairs)


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
        _require(item, {"key", "heading"},
                 {"aliases", "guidance", "children", "translations"}, here)
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
                translations=_translations(item.get("translations", {}), here + ".translations"),
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
        if entry.name.endswith(".yaml") and not entry.name.endswith(".lexicon.yaml")
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
