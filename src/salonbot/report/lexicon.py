"""A template's lexicon: the names a report's headings and labels use, in many languages.

A template file names its lexicon with `lexicon: FILE` (a path next to the template file); the
shipped Strategy Salon template's is `templates/strategy-salon.lexicon.yaml`. Its format:

    languages:
      fr:                                   # a language code (any label; not interpreted)
        sections:                           # template section key -> the names of that section
          budget: [Déclaration sur votre budget, Budget, Dépenses]
        theme: [Thème de discussion, Thème]  # the label written before a theme's number or name
        areas:                              # thematic area (as in the template's `areas:`) -> names
          Diversity: [Diversité]
        placeholders: [Écrivez ici]         # guidance left in from the template: not content

Every part of a language is optional. A name is written as a reader sees it (no markup, no
numbering); salonbot compares it after normalising both sides (report/names.py), so case,
spacing, punctuation and numbering need not be listed. A key that is not a section of the
template, or an area that is not one of its `areas:`, is an error naming the file and the entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from salonbot.errors import TemplateError

_PARTS = frozenset({"sections", "theme", "areas", "placeholders"})


@dataclass(frozen=True)
class Lexicon:
    """The names of a lexicon file, each with the entry it comes from (`fr.sections.budget`),
    in file order."""

    sections: tuple[tuple[str, str, str], ...] = ()  # (section key, name, entry)
    areas: tuple[tuple[str, str, str], ...] = ()  # (area name, name, entry)
    theme: tuple[str, ...] = ()
    placeholders: tuple[str, ...] = ()
    path: str = ""


def _names(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str | int | float)
                                              for item in value):
        raise TemplateError(f"{where}: expected a list of names, e.g. [Budget, Costs]")
    return [str(item) for item in value if str(item).strip()]


def _mapping(value: Any, where: str, example: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TemplateError(f"{where}: expected a mapping, e.g. {example}")
    return value


def _targets(value: Any, where: str, allowed: tuple[str, ...], kind: str,
             example: str) -> list[tuple[str, str, str]]:
    """(target, name, entry) of a `sections:` or `areas:` mapping; its keys must be `allowed`."""
    found = []
    for target, names in _mapping(value, where, example).items():
        entry = f"{where}.{target}"
        if str(target) not in allowed:
            raise TemplateError(f"{entry}: {target!r} is not {kind} of the template; use one of: "
                                f"{', '.join(allowed) or '(none: the template has none)'}")
        found += [(str(target), name, entry) for name in _names(names, entry)]
    return found


def lexicon_from_data(data: Any, path: str, section_keys: tuple[str, ...],
                      areas: tuple[str, ...]) -> Lexicon:
    """The lexicon in the loaded data of the file `path`, checked against the template's
    section keys and areas; TemplateError naming the file and the entry for anything else."""
    top = _mapping(data, path, "languages: {en: {sections: {...}}}")
    if set(top) - {"languages"}:
        raise TemplateError(f"{path}: unknown key {sorted(set(top) - {'languages'})[0]!r}; "
                            "names go under `languages:`")
    sections: list[tuple[str, str, str]] = []
    found_areas: list[tuple[str, str, str]] = []
    theme: list[str] = []
    placeholders: list[str] = []
    languages = _mapping(top.get("languages"), f"{path}: languages", "{en: {sections: {...}}}")
    for language, parts in languages.items():
        here = f"{path}: languages.{language}"
        parts = _mapping(parts, here, "{sections: {...}, theme: [...]}")
        unknown = set(parts) - _PARTS
        if unknown:
            raise TemplateError(f"{here}: unknown key {sorted(unknown)[0]!r} (known: "
                                f"{', '.join(sorted(_PARTS))})")
        sections += _targets(parts.get("sections"), f"{here}.sections", section_keys,
                             "a section", "{budget: [Budget]}")
        found_areas += _targets(parts.get("areas"), f"{here}.areas", areas, "an area",
                                "{Diversity: [Diversity]}")
        theme += _names(parts.get("theme"), f"{here}.theme")
        placeholders += _names(parts.get("placeholders"), f"{here}.placeholders")
    return Lexicon(tuple(sections), tuple(found_areas), tuple(theme), tuple(placeholders), path)


def load_lexicon(text: str, path: str, section_keys: tuple[str, ...],
                 areas: tuple[str, ...]) -> Lexicon:
    """The lexicon in `text`, the content of the file `path` (see lexicon_from_data)."""
    try:  # (libyaml's loader where PyYAML has it: the same data, six times faster to read)
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except yaml.YAMLError as error:
        raise TemplateError(f"{path}: not valid YAML: {error}") from None
    return lexicon_from_data(data, path, section_keys, areas)
