"""How report files are written: the YAML emitter and its styles.

Multi-line strings are `|` literal blocks, also those with tabs or trailing spaces (which both of
PyYAML's emitters would write as one quoted line); the records of a content layout are short flow
lists on one line each, and its strings with line breaks are double-quoted.
"""

from __future__ import annotations

import re
from typing import Any

import yaml


class _FlowList(list):  # type: ignore[type-arg]
    """A short list of plain values (a record of the content layout), written on one line."""


class _QuotedStr(str):
    """A string of the content layout that holds a line break: written in double quotes, where
    an editor that strips trailing white space cannot change it."""


def flow_records(value: Any) -> Any:
    """A content layout with its lists of plain values as _FlowList, its strings with line
    breaks as _QuotedStr."""
    if isinstance(value, str) and "\n" in value:
        return _QuotedStr(value)
    if isinstance(value, dict):
        return {key: flow_records(item) for key, item in value.items()}
    if isinstance(value, list):
        if all(not isinstance(item, (list, dict)) for item in value):
            return _FlowList(flow_records(item) for item in value)
        return [flow_records(item) for item in value]
    return value


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Block style, multi-line strings as `|` literals, no line folding. libyaml's emitter where
    PyYAML was built with it: ten times faster than PyYAML's own (a pull of 1000 pages spent
    half its time dumping), and the same text for every golden file."""


class _TabDumper(yaml.SafeDumper):
    """PyYAML's own emitter, also writing as `|` literals the multi-line strings with tabs or
    trailing spaces in them, which both emitters would write as one quoted line although YAML
    reads them back from a literal block unchanged (only a tab that starts the first line does
    not). Used only for the files that hold such a string."""

    def analyze_scalar(self, scalar: str) -> Any:
        analysis = super().analyze_scalar(scalar)
        if "\n" in scalar and not scalar.startswith("\t") and not _QUOTED_ONLY.search(scalar):
            analysis.allow_block = True
        return analysis


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


def _represent_quoted(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')


def _represent_flow(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


for _dumper in (_Dumper, _TabDumper):
    _dumper.add_representer(str, _represent_str)
    _dumper.add_representer(_FlowList, _represent_flow)
    _dumper.add_representer(_QuotedStr, _represent_quoted)


def _has_tabbed_text(data: Any) -> bool:
    """Whether any multi-line string in the data holds a tab or a space before a line break."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, _QuotedStr):
            continue
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
    literal block, except those YAML cannot hold in one (control characters, a leading tab)."""
    dumper = _TabDumper if _has_tabbed_text(data) else _Dumper
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1_000_000,
                     default_flow_style=False)


