"""How report files are written: the YAML emitter and its styles.

Multi-line strings are `|` literal blocks, also those with tabs or trailing spaces (which both of
PyYAML's emitters would write as one quoted line), and those that start with a tab (with an
indentation indicator, `|2-`, which every YAML reader understands).
"""

from __future__ import annotations

import io
import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.nodes import Node as YamlNode

_IMPLICIT = yaml.SafeDumper.yaml_implicit_resolvers
_DEFAULT_TAGS = {ScalarNode: yaml.SafeDumper.DEFAULT_SCALAR_TAG,
                 SequenceNode: yaml.SafeDumper.DEFAULT_SEQUENCE_TAG,
                 MappingNode: yaml.SafeDumper.DEFAULT_MAPPING_TAG}


class QuickResolver:
    """PyYAML's resolver of plain scalars (`yes` is a boolean, `1` an integer...), the same
    tags in fewer steps: without the path resolvers and wildcards that no safe loader or
    dumper has. libyaml calls it from Python for every value it reads or writes (a third of
    the time of writing a report file)."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode and implicit[0]:
            for tag, pattern in _IMPLICIT.get(value[:1], ()):
                if pattern.match(value):
                    return str(tag)
        return _DEFAULT_TAGS[kind]

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


class _Dumper(QuickResolver, getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
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


def _style(value: str) -> str | None:
    if "\x85" in value:  # PyYAML writes NEL raw in quotes, where YAML reads it as a line break
        return '"'
    if "\n" in value:
        return "|"
    if value.startswith("'") and not {'"', "\\"} & set(value):
        # Bold or italic markup at the start would be single-quoted with every ' doubled.
        return '"'
    return None


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=_style(value))


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


_STR, _MAP, _SEQ = (f"tag:yaml.org,2002:{name}" for name in ("str", "map", "seq"))


class _NotPlain(Exception):
    """Raised when data holds a value other than text, a mapping or a list, or a multi-line
    text that only _TabDumper writes as a block."""


def _node(value: Any) -> YamlNode:
    """The node PyYAML's representer makes of text, mappings and lists (no aliases: report
    data never holds one object twice), made directly."""
    if type(value) is str:
        if "\n" in value and ("\t" in value or " \n" in value or value.endswith(" ")):
            raise _NotPlain  # for _TabDumper (see _has_tabbed_text)
        return ScalarNode(_STR, value, style=_style(value))
    if type(value) is dict:
        return MappingNode(_MAP, [(_node(key), _node(item)) for key, item in value.items()],
                           flow_style=False)
    if type(value) is list:
        return SequenceNode(_SEQ, [_node(item) for item in value], flow_style=False)
    raise _NotPlain


def represented(data: Any) -> str:
    """dump_data's text, made through PyYAML's representer (dump_data's way for data other
    than text, mappings and lists, such as the numbers of `figures:`)."""
    dumper = _TabDumper if _has_tabbed_text(data) else _Dumper
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1_000_000,
                     default_flow_style=False)


def dump_data(data: Any) -> str:
    """YAML text for plain data, as a person would write it: every multi-line string as a `|`
    literal block, except those YAML cannot hold in one (control characters). Text, mappings
    and lists go to libyaml's emitter as nodes made here (PyYAML's representer took half the
    time of writing a report file); the text is the same (tested)."""
    try:
        root = _node(data)
    except _NotPlain:
        return represented(data)
    stream = io.StringIO()
    dumper = _Dumper(stream, allow_unicode=True, width=1_000_000, default_flow_style=False,
                     sort_keys=False)
    try:
        dumper.open()
        dumper.serialize(root)
        dumper.close()
    finally:
        dumper.dispose()
    return stream.getvalue()


