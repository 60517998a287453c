"""Report templates: the Meta page layouts salonbot knows, loaded from data files.

Each template is a YAML file in `salonbot/report/templates/` (see `strategy-salon.yaml` for the fields).
A new template is a new data file; no code changes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import re
from collections.abc import Container, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from salonbot.errors import TemplateError
from salonbot.report.lexicon import Lexicon, load_lexicon
from salonbot.report.names import Names

#: What a section's text can show whatever its language (`shows:`; read in slots.py).
SHOWS = ("date", "prose", "files", "money", "people", "voices", "areas")

DEFAULT_TEMPLATE = "strategy-salon"
#: Keys a report file or a node uses itself; a template cannot name a section or children so.
RESERVED_REPORT_KEYS = frozenset({"title", "template", "intro", "layout", "extra_sections",
                                  "categories", "figures"})
RESERVED_NODE_KEYS = frozenset({"title", "text", "points", "layout", "extra_sections", "area"})


def fold_spaces(text: str) -> str:
    """Text with runs of white space folded to one space and no outer spaces (a heading's title;
    a page title's own normalisation is wiki/titles.py's normalize_title)."""
    return " ".join(text.split())


@dataclass(frozen=True)
class ChildMatch:
    """How a heading's text names a child: its title, where the title stands in the text (None
    when the heading has no title, e.g. `Discussion Theme 2`), and whether the heading is
    labelled as such a child (`specific`: `Theme 2: X`, `3. X`) rather than any text at all."""

    title: str
    span: tuple[int, int] | None
    specific: bool
    number: tuple[int, int] | None = None  # where the theme's number stands, if it has one


@dataclass(frozen=True)
class ChildSpec:
    """Sub-headings of a node: each child has a title of its own, put into `heading`.

    A heading `labelled` as a theme (names.py: a theme word or a number) names a child wherever
    it stands, for the template's numbered children (`Discussion Theme {number} ({title})`);
    any other heading under the node names a child too, the whole text being its title.
    """

    key: str
    heading: str
    children: ChildSpec | None
    kind: str = ""  # what one child is called (`theme`); the key when the data does not say
    names: Names | None = field(default=None, compare=False, repr=False)

    @property
    def numbered(self) -> bool:
        """Whether the children are numbered themes (their heading has a `{number}`)."""
        return "{number}" in self.heading

    def match(self, heading_text: str) -> ChildMatch:
        """The child that `heading_text` (a heading's title as a reader sees it) names."""
        if self.numbered and self.names is not None:
            label = self.names.theme(heading_text)
            whole = (len(heading_text) - len(heading_text.lstrip()), len(heading_text.rstrip()))
            # `3. X` names no area: not a theme label, but its title is still X
            return ChildMatch(label.title, label.span, label.labelled or label.span != whole,
                              label.number)
        title = fold_spaces(heading_text)
        start = len(heading_text) - len(heading_text.lstrip())
        return ChildMatch(title, (start, start + len(heading_text.strip())), False)

    def heading_for(self, title: str, number: int) -> str:
        """The canonical heading text of the child at 1-based position `number` (a child with
        no title: the heading up to its number, `Discussion Theme 2`)."""
        pattern = self.heading
        if not title and "{number}" in pattern:
            pattern = pattern[:pattern.index("{number}") + len("{number}")]
        return pattern.replace("{number}", str(number)).replace("{title}", title)

    def label(self) -> str:
        """The words before the number in the heading (`Discussion Theme`), if numbered."""
        return self.heading.split("{number}")[0].strip() if self.numbered else ""


@dataclass(frozen=True)
class SectionSpec:
    """A section of the template, named by its heading (and the names of its lexicon)."""

    key: str
    heading: str
    guidance: str
    children: ChildSpec | None
    shows: str | None = None  # what its text shows in any language (slots.py): date, files, money...


@dataclass(frozen=True)
class Area:
    """A thematic area: its English name (the value of an `area:` key) and its lexicon's names."""

    name: str
    spellings: tuple[str, ...]


@dataclass(frozen=True)
class Template:
    """An ordered list of sections, their headings and sub-headings, the thematic areas, and
    the index of the names they go by (names.py)."""

    name: str
    description: str
    title_prefix: str
    sections: tuple[SectionSpec, ...]
    areas: tuple[Area, ...] = ()
    names: Names = field(default_factory=lambda: Names.build((), (), (), ()), compare=False,
                         repr=False)

    def __hash__(self) -> int:
        return self._hash

    @functools.cached_property
    def _hash(self) -> int:
        """The dataclass's hash (of the fields compared), computed once: a template is the key
        of caches looked up for every file checked (validate.py), and hashing its sections
        again each time cost a tenth of the check of a report file."""
        return hash((self.name, self.description, self.title_prefix, self.sections, self.areas))

    @functools.cached_property
    def identity(self) -> str:
        """A digest of everything in the template that decides how a page reads: its fields
        and its names with the coordinator's `[aliases]` (which equality leaves out). Two
        templates with the same identity read every page alike (sync/reads.py keys the kept
        reads of pages by it)."""
        fields = repr((self.name, self.description, self.title_prefix, self.sections,
                       self.areas))
        return hashlib.sha1(f"{fields}\0{self.names.identity()}".encode()).hexdigest()

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
        """The section whose children are numbered themes (a heading labelled as a theme names
        such a child wherever it stands), if any."""
        return next((spec for spec in self.sections
                     if spec.children is not None and spec.children.numbered), None)

    def match_section(self, heading_text: str, taken: Container[str]) -> SectionSpec | None:
        """The section not in `taken` that `heading_text` names (names.py), if any."""
        key = self.names.section(heading_text)
        return self.section(key) if key is not None and key not in taken else None

    def with_aliases(self, aliases: Mapping[str, str]) -> Template:
        """This template with the coordinator's `[aliases]` (display text -> section key or
        area name) among its names, first."""
        if not aliases:
            return self
        names = self.names.with_aliases(aliases)
        return dataclasses.replace(self, names=names, sections=tuple(
            dataclasses.replace(spec, children=_with_names(spec.children, names))
            for spec in self.sections))


def _with_names(spec: ChildSpec | None, names: Names) -> ChildSpec | None:
    if spec is None:
        return None
    return dataclasses.replace(spec, names=names, children=_with_names(spec.children, names))


def _child_spec(data: Any, where: str) -> ChildSpec | None:
    if data is None:
        return None
    _require(data, {"key", "heading"}, {"children", "kind"}, where)
    if "{title}" not in str(data["heading"]):
        raise TemplateError(f"{where}: a child heading must contain {{title}}")
    if str(data["key"]) in RESERVED_NODE_KEYS:
        raise TemplateError(f"{where}.key: {data['key']!r} is a reserved node key")
    key = str(data["key"])
    return ChildSpec(
        key=key,
        heading=str(data["heading"]),
        children=_child_spec(data.get("children"), where + ".children"),
        kind=str(data.get("kind") or key),
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


def _areas(data: Any, where: str) -> tuple[str, ...]:
    if data is None:
        return ()
    if not isinstance(data, list) or not all(isinstance(item, str) for item in data):
        raise TemplateError(f"{where}.areas: expected a list of area names, e.g. [Advocacy]")
    return tuple(data)


def template_from_data(data: Any, where: str = "template",
                       folder: Traversable | None = None) -> Template:
    """Build a Template from the loaded data of a template file (`folder`: where the file is,
    for its `lexicon:`)."""
    _require(data, {"name", "sections"},
             {"description", "title_prefix", "areas", "lexicon"}, where)
    if not isinstance(data["sections"], list) or not data["sections"]:
        raise TemplateError(f"{where}.sections: expected a non-empty list of sections")
    sections = []
    for index, item in enumerate(data["sections"]):
        here = f"{where}.sections[{index}]"
        _require(item, {"key", "heading"}, {"guidance", "children", "shows"}, here)
        if str(item["key"]) in RESERVED_REPORT_KEYS:
            raise TemplateError(f"{here}.key: {item['key']!r} is a reserved report key")
        shows = item.get("shows")
        if shows is not None and shows not in SHOWS:
            raise TemplateError(f"{here}.shows: {shows!r} is not one of {', '.join(SHOWS)}")
        sections.append(
            SectionSpec(
                key=str(item["key"]),
                heading=str(item["heading"]),
                guidance=str(item.get("guidance", "")),
                children=_child_spec(item.get("children"), here + ".children"),
                shows=shows,
            )
        )
    keys = tuple(spec.key for spec in sections)
    if len(set(keys)) != len(keys):
        raise TemplateError(f"{where}: section keys must be unique")
    areas = _areas(data.get("areas"), where)
    lexicon = Lexicon()
    if data.get("lexicon") is not None:
        name = str(data["lexicon"])
        path = folder.joinpath(name) if folder is not None else None
        if path is None or "/" in name or not path.is_file():
            raise TemplateError(f"{where}.lexicon: no file {name!r} next to the template; "
                                "put it there or remove `lexicon:`")
        lexicon = load_lexicon(path.read_text("utf-8"), str(path), keys, areas)
    label = [spec.children.label() for spec in sections
             if spec.children is not None and spec.children.numbered][:1]
    names = Names.build(
        [(spec.key, spec.heading, f"{where}.sections[{index}].heading")
         for index, spec in enumerate(sections)] + list(lexicon.sections),
        [(area, area, f"{where}.areas[{index}]") for index, area in enumerate(areas)]
        + list(lexicon.areas),
        [*label, *lexicon.theme], lexicon.placeholders)
    spellings = {area: tuple(dict.fromkeys(name for target, name, _ in lexicon.areas
                                           if target == area and name != area))
                 for area in areas}
    return Template(
        name=str(data["name"]),
        description=str(data.get("description", "")),
        title_prefix=str(data.get("title_prefix", "")),
        sections=tuple(dataclasses.replace(spec, children=_with_names(spec.children, names))
                       for spec in sections),
        areas=tuple(Area(area, spellings[area]) for area in areas),
        names=names,
    )


def _load_yaml(text: str, where: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise TemplateError(f"{where}: not valid YAML: {error}") from None


def load_template_file(path: str | Path) -> Template:
    """Load a template from a data file anywhere on disk."""
    path = Path(path)
    return template_from_data(_load_yaml(path.read_text(encoding="utf-8"), str(path)),
                              where=str(path), folder=path.parent)


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
    folder = resources.files("salonbot.report").joinpath("templates")
    template = template_from_data(_load_yaml(resource.read_text("utf-8"), name), where=name,
                                  folder=folder)
    _registry[name] = template
    return template


@contextlib.contextmanager
def using_template(template: Template) -> Iterator[Template]:
    """Within the block, `get_template(template.name)` is `template` (a template with a
    coordinator's aliases, for every command that reads pages: they all read them alike)."""
    before = _registry.get(template.name)
    _registry[template.name] = template
    try:
        yield template
    finally:
        if before is None:
            _registry.pop(template.name, None)
        else:
            _registry[template.name] = before
