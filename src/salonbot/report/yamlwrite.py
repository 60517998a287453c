"""How report files are written: the YAML emitter and its styles.

Multi-line strings are `|` literal blocks, also those with tabs or trailing spaces (which both of
PyYAML's emitters would write as one quoted line), and those that start with a tab (with an
indentation indicator, `|2-`, which every YAML reader understands).
"""

from __future__ import annotations

import re
from typing import Any

import yaml


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Block style, multi-line strings as `|` literals, no line folding. libyaml's emitter where
    PyYAML was built with it: ten times faster than PyYAML's own (a pull of 1000 pages spent
    half its time dumping), and the same text for every golden file."""


class _TabDumper(yaml.SafeDumper):
    """PyYAML's own emitter, also writing as `|` literals the multi-line strings with tabs or
    trailing spaces in them, which both emitters would write as one quoted line although YAML
    reads them back from a literal block unchanged; one that starts with a tab gets an
    indentation indicator. Used only for the files that hold such a string."""

    def analyze_scalar(self, scalar: str) -> Any:
        analysis = super().analyze_scalar(scalar)
        if "\n" in scalar and not _QUOTED_ONLY.search(scalar):
            analysis.allow_block = True
        return analysis

    def determine_block_hints(self, text: str) -> str:
        hints = super().determine_block_hints(text)
        if text.startswith("\t") and not hints[:1].isdigit():
            hints = str(self.best_indent) + hints
        return hints


# Characters that keep a string quoted: other control characters, YAML's other line breaks, BOM.
_QUOTED_ONLY = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\x85\u2028\u2029\ufeff]")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    if "\x85" in value:  # PyYAML writes NEL raw in quotes, where YAML reads it as a line break
        style = '"'
    elif style is None and value.startswith("'") and not {'"', "\\"} & set(value):
        # Bold or italic markup at the start would be single-quoted with every ' doubled.
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


for _dumper in (_Dumper, _TabDumper):
    _dumper.add_representer(str, _represent_str)


def _has_tabbed_text(data: Any) -> bool:
    """Whether any multi-line string in the data holds a tab or a space before a line break."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if "\n" in value and ("\t" in value or " \n" in value or value.endswith(" ")):
                return True
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def dump_data(data: Any) -> str:
    """YAML text for plain data, as a person would write it: every multi-line string as a `|`
    literal block, except those YAML cannot hold in one (control characters)."""
    dumper = _TabDumper if _has_tabbed_text(data) else _Dumper
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1_000_000,
                     default_flow_style=False)


