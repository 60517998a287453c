"""Report files read for the export, one at a time, so memory stays flat however many there are.

A file whose exact bytes the load cache (`.salonbot-cache.json`, see sync/local.py) knows to be
valid is read without checking it again: YAML composed by libyaml and made into data by
`trusted_data`, the same data `load_data` gives for a valid file; and the rows an export made of
those bytes are kept in the load cache's data store (`.salonbot-cache.sqlite`, sync/local.py
`DataStore`), so that the next export takes them from there, renumbered, without composing the
YAML or building the report and its rows again. Any other file is loaded and checked in full,
and remembered in the cache. A file that is not valid is left out and its problems are listed in
`Export.problems`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.nodes import Node as YamlNode

from salonbot.errors import ReportError, ReportErrors
from salonbot.export.figures import Figures, figure_cells, figures_from_cells, figures_of
from salonbot.export.rows import Exported, export_report, from_stored, to_stored
from salonbot.report.model import Report
from salonbot.report.validate import load_page_text
from salonbot.report.yamlio import decode_text, report_from_data
from salonbot.sync.local import FileCache, bytes_sha1, cache_key
from salonbot.sync.pages import offline_bases
from salonbot.wiki.page import sha1_of

_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


class _Composer(_Loader):  # type: ignore[valid-type,misc]
    """libyaml's parser that gives every node an empty tag: `_value` reads no tags, and even
    BaseLoader's resolver is a Python call for every scalar and every nesting step (a fifth of
    the time of composing a report)."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        return ""

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


def _value(node: YamlNode, in_layout: bool) -> Any:
    if isinstance(node, MappingNode):
        return {key.value: _value(value, in_layout or key.value == "layout")
                for key, value in node.value}
    if isinstance(node, SequenceNode):
        return [_value(item, in_layout) for item in node.value]
    assert isinstance(node, ScalarNode)
    if not node.style and node.value in _NULLS:
        return None
    if in_layout and not node.style and node.value.isdigit():
        return int(node.value)  # layout's counts of newlines; everything else is text
    return node.value  # as load_data: `- 2019` or `- yes` in a report is text


def trusted_data(text: str) -> Any:
    """The data of the YAML text of a report file known to be valid (the load cache vouches for
    its bytes): what `yamlio.load_data` gives, without its checks and line numbers."""
    composer = _Composer(text)
    try:
        root = composer.get_single_node()
    finally:
        composer.dispose()
    assert root is not None, "a valid report file is never empty"
    return _value(root, False)


@dataclass
class Export:
    """What an export did: the reports and points written, and the problems of the files left
    out (not valid, or not readable)."""

    reports: int = 0
    points: int = 0
    problems: list[ReportError] = field(default_factory=list)

    @property
    def files_left_out(self) -> int:
        """How many files were left out (each has one or more problems)."""
        return len({problem.path for problem in self.problems})


#: What an export reads: report files, or reports already loaded.
Source = Path | Report


@dataclass(frozen=True)
class Reused:
    """A report whose rows are copied from the previous export, which read the same bytes."""

    previous_report_id: int
    previous_first_point_id: int
    report_id: int
    first_point_id: int
    file: str


def _trusted(path: Path, raw_sha1: str, file_cache: FileCache | None, base: str | None) -> bool:
    """Whether the load cache knows the bytes of the file `path` (on their base copy `base`)
    to be valid."""
    return file_cache is not None and file_cache.get(path.name, cache_key(raw_sha1, base)) is not None


def _load(path: Path, raw: bytes, raw_sha1: str, file_cache: FileCache | None,
          base: str | None) -> tuple[Report, Figures | None]:
    """The report of a file: trusted if the cache knows its bytes (on their base copy `base`,
    if the folder keeps one), else checked (and cached); and its figures if the cache holds
    them."""
    key = cache_key(raw_sha1, base)
    text = decode_text(raw, path)
    if file_cache is not None and _trusted(path, raw_sha1, file_cache, base):
        cells = file_cache.figures(path.name, key)
        try:
            figures = None if cells is None else figures_from_cells(cells)
        except (ValueError, TypeError, IndexError, ArithmeticError):
            figures = None  # a damaged cache: read them again
        return report_from_data(trusted_data(text)), figures
    report, page = load_page_text(text, str(path), base)
    if file_cache is not None:
        file_cache.put(path, key, report.title, sha1_of(page))
    return report, None


def _stored(path: Path, raw_sha1: str, file_cache: FileCache | None, base: str | None,
            report_id: int, first_point_id: int) -> Exported | None:
    """The rows of a file known valid as the load cache's data store keeps them for its exact
    bytes, numbered from `report_id` and `first_point_id`; None if it keeps none."""
    if file_cache is None or not _trusted(path, raw_sha1, file_cache, base):
        return None
    stored = file_cache.data.get(path.name, raw_sha1)
    try:
        return None if stored is None else from_stored(stored, report_id, first_point_id)
    except ValueError:
        return None  # damaged: read the file again


def exported(sources: Iterable[Source], file_cache: FileCache | None,
             run: Export) -> Iterator[Exported]:
    """The rows of each valid report of `sources` (files, or reports), counted in `run`;
    problems go to `run`."""
    for rows in exported_or_reused(sources, file_cache, run, {}):
        assert isinstance(rows, Exported)
        yield rows


def exported_or_reused(sources: Iterable[Source], file_cache: FileCache | None, run: Export,
                       previous: dict[str, tuple[int, int, int]]) -> Iterator[Exported | Reused]:
    """As `exported`; a file whose bytes' sha1 is a key of `previous` (the previous export's
    report id, first point id and number of points) is Reused."""
    bases: dict[Path, Callable[[str], str | None]] = {}
    for path in sources:
        if isinstance(path, Report):
            rows = export_report(path, run.reports + 1, run.points + 1)
            run.reports, run.points = run.reports + 1, run.points + len(rows.points)
            yield rows
            continue
        try:
            if path.parent not in bases:
                bases[path.parent] = offline_bases(path.parent)
            raw = path.read_bytes()
            raw_sha1 = bytes_sha1(raw)
            if raw_sha1 in previous:
                report_id, first_point_id, count = previous[raw_sha1]
                reused = Reused(report_id, first_point_id, run.reports + 1, run.points + 1,
                                path.name)
                run.reports, run.points = run.reports + 1, run.points + count
                yield reused
                continue
            base = bases[path.parent](path.name)
            stored = _stored(path, raw_sha1, file_cache, base, run.reports + 1, run.points + 1)
            if stored is not None:
                run.reports += 1
                run.points += len(stored.points)
                yield stored
                continue
            report, figures = _load(path, raw, raw_sha1, file_cache, base)
        except ReportErrors as error:
            run.problems.extend(error.errors)
            continue
        except (ReportError, OSError) as error:
            message = getattr(error, "strerror", None) or str(error)
            run.problems.append(error if isinstance(error, ReportError)
                                else ReportError(f"cannot read the file: {message}", path))
            continue
        if figures is None:
            figures = figures_of(report)
            if file_cache is not None:  # for the next export (only a valid file is cached)
                file_cache.put_figures(path.name, cache_key(raw_sha1, base), figure_cells(figures))
        rows = export_report(report, run.reports + 1, run.points + 1, path.name, raw_sha1,
                             figures)
        if file_cache is not None and path.parent == file_cache.directory:
            # for the next export, which trusts the file (only a valid file is stored)
            file_cache.data.put(path.name, raw_sha1, to_stored(rows))
        run.reports += 1
        run.points += len(rows.points)
        yield rows
