"""The fast schema check (fastjsonschema) accepts exactly what jsonschema accepts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from salonbot.errors import ReportError
from salonbot.report import validate
from salonbot.report.schema import report_schema
from salonbot.report.template import available_templates, get_template
from salonbot.report.yamlio import load_data

TESTS = Path(__file__).parent


def _loadable() -> list[tuple[str, Any]]:
    """(name, data) of every test report file that is YAML (a syntax error never reaches a schema)."""
    found = []
    for path in sorted((TESTS / "bad").glob("*.yaml")) + sorted((TESTS / "golden").glob("*.yaml")):
        try:
            data, _ = load_data(path.read_text(encoding="utf-8"), str(path))
        except ReportError:
            continue
        found.append((f"{path.parent.name}/{path.stem}", data))
    return found


FILES = _loadable()


def _verdicts(data: Any, template_name: str = "strategy-salon") -> tuple[bool, bool]:
    template = get_template(template_name)
    slow = jsonschema.Draft202012Validator(report_schema(template)).is_valid(data)
    try:
        validate._is_valid(template)(data)
        fast = True
    except validate.fastjsonschema.JsonSchemaValueException:
        fast = False
    return fast, slow


# Keywords that drafts 7 and 2020-12 read differently, or that draft 7 does not know.
_NOT_IN_DRAFT_7 = {"prefixItems", "additionalItems", "unevaluatedItems", "unevaluatedProperties",
                   "dependentRequired", "dependentSchemas", "$dynamicRef", "$anchor", "contains"}


def _means_the_same_in_draft_7(node: Any) -> bool:
    if isinstance(node, dict):
        if "$ref" in node and len(node) > 1:  # draft 7 ignores a $ref's siblings
            return False
        if _NOT_IN_DRAFT_7 & set(node) or isinstance(node.get("items"), (bool, list)):
            return False
        return all(_means_the_same_in_draft_7(value) for value in node.values()
                   if not isinstance(value, str))
    if isinstance(node, list):
        return all(_means_the_same_in_draft_7(value) for value in node)
    return True


@pytest.mark.parametrize("name", available_templates())
def test_the_schema_means_the_same_in_draft_7(name: str) -> None:
    assert _means_the_same_in_draft_7(report_schema(get_template(name)))


@pytest.mark.parametrize(("name", "data"), FILES, ids=[name for name, _ in FILES])
def test_fast_and_full_checks_agree_on_every_test_file(name: str, data: Any) -> None:
    fast, slow = _verdicts(data)
    assert fast == slow


def test_the_test_files_include_schema_failures() -> None:
    verdicts = [_verdicts(data)[1] for _, data in FILES]
    assert verdicts.count(False) >= 5 and True in verdicts


_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5))
_values = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(st.sampled_from(["text", "points", "title", "layout", "themes", "topics",
                                     "heading", "before", "after", "x"]), inner, max_size=3)),
    max_leaves=12)
_reports = st.fixed_dictionaries(
    {"title": st.one_of(st.text(max_size=5), st.integers())},
    optional={key: _values for key in ["intro", "date_and_location", "discussion", "other_areas",
                                       "budget", "layout", "template", "nonsense"]})


@given(_reports)
def test_fast_and_full_checks_agree_on_any_data(data: dict[str, Any]) -> None:
    fast, slow = _verdicts(data)
    assert fast == slow
