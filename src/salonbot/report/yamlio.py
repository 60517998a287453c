"""Report files: YAML text <-> plain data <-> Report.

YAML is loaded safely and strictly: no tags that construct objects, no anchors or aliases, no
duplicate keys. Every value keeps the line it came from, so errors can say `file:line: ...`.
Dumping writes the tidy, hand-editable form (shorthand strings and lists where a node allows it).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.nodes import Node as YamlNode

from salonbot import signals
from salonbot.errors import ReportError, SalonbotError
from salonbot.report.content import MAX_DEPTH
from salonbot.report.limits import MAX_VALUES, check_value_count
from salonbot.report.model import Bullet, Node, Report
from salonbot.report.settled import figures_from_data, figures_to_data
from salonbot.report.template import ChildSpec, Template, get_template
from salonbot.report.yamlwrite import QuickResolver, dump_data

Path_ = tuple[str | int, ...]
Lines = dict[Path_, int]

MAX_FILE_BYTES = 2_000_000


class _Loader(QuickResolver, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser (about 30 times faster than PyYAML's own) where PyYAML was built with
    it, with the quicker resolver of plain values."""


_STR_TAG = "tag:yaml.org,2002:str"
_TEXT_LIKE = {f"tag:yaml.org,2002:{name}" for name in ("int", "float", "bool", "timestamp")}


def _construct(node: YamlNode, loader: yaml.SafeLoader, path: Path_, lines: Lines, seen: set[int],
               source: str) -> Any:
    # An empty value at the end of a file is marked on the line after the last one.
    lines[path] = min(node.start_mark.line + 1, node.end_mark.line + 1)
    if id(node) in seen:
        raise ReportError("YAML anchors and aliases are not allowed in report files; "
                          "write the value out", source, lines[path])
    seen.add(id(node))
    if isinstance(node, MappingNode):
        if node.tag != "tag:yaml.org,2002:map":
            raise ReportError(f"YAML tag {node.tag} is not allowed in report files; remove it",
                              source, lines[path])
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                raise ReportError("keys must be plain words", source, key_node.start_mark.line + 1)
            key = key_node.value
            if key in result:
                raise ReportError(f"duplicate key {key!r} (it is already set on line "
                                  f"{lines[path + (key,)]}); keep one", source,
                                  key_node.start_mark.line + 1)
            lines[path + (key,)] = key_node.start_mark.line + 1
            result[key] = _construct(value_node, loader, path + (key,), lines, seen, source)
            lines[path + (key,)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            raise ReportError(f"YAML tag {node.tag} is not allowed in report files; remove it",
                              source, lines[path])
        return [_construct(item, loader, path + (index,), lines, seen, source)
                for index, item in enumerate(node.value)]
    if node.tag == _STR_TAG and isinstance(node, ScalarNode):
        return node.value  # what construct_object gives, in one step (most values)
    if isinstance(node, ScalarNode) and node.tag in _TEXT_LIKE and not node.style \
            and "layout" not in path:
        return node.value  # `- 2019` or `- yes` in a report is text, not a number or a boolean
    try:
        return loader.construct_object(node)
    except yaml.constructor.ConstructorError:
        raise ReportError(f"YAML tag {node.tag} is not allowed in report files; remove it",
                          source, lines[path]) from None
    except (ValueError, OverflowError):  # 2019-02-30, or an integer of thousands of digits
        raise ReportError(f"{node.value[:40]!r} is not a valid {node.tag.rsplit(':', 1)[-1]}; "
                          "write it as text in quotes, without a tag", source,
                          lines[path]) from None


MAX_NESTING = 100
#: Files up to this many characters are composed before their values are counted (from the
#: tree): composing them takes a fraction of a second whatever they hold, and counting from
#: libyaml's event stream first (limits.check_value_count) parsed every file twice.
COUNT_AFTER_COMPOSING = 100_000


def _check_nesting(root: YamlNode, source: str) -> int:
    """ReportError where lists nest deeper than a report can (libyaml stops at 1000 levels;
    Python's recursion limit, which the steps after loading need, is about as deep). The
    number of values (as limits.check_value_count counts them), or MAX_VALUES + 1 where a key
    is not a plain value (that count is left to check_value_count)."""
    stack: list[tuple[YamlNode, int, int]] = [(root, 1, 0)]
    seen: set[int] = set()  # an alias repeats a node: walk it once (aliases are refused later)
    count = 0
    while stack:
        node, depth, lists = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        count += 1
        if depth > MAX_NESTING or lists > MAX_DEPTH:
            what = f"a bullet list nested more than {MAX_DEPTH} levels deep" \
                if lists > MAX_DEPTH else f"values nested more than {MAX_NESTING} levels deep"
            raise ReportError(f"{what}; a report cannot hold that, flatten it",
                              source, node.start_mark.line + 1)
        if isinstance(node, SequenceNode):
            stack.extend((item, depth + 1, lists + 1) for item in node.value)
        elif isinstance(node, MappingNode):
            stack.extend((value, depth + 1, 0) for _, value in node.value)
            count += len(node.value)  # the keys
            if not all(isinstance(key, ScalarNode) for key, _ in node.value):
                count = MAX_VALUES + 1
    return count


def _compose(text: str, source: str) -> YamlNode:
    """The node tree of YAML text (libyaml, with the quicker resolver); ReportError naming the
    line and the fix where it is not valid YAML or is empty. A file of more than
    COUNT_AFTER_COMPOSING characters has its values counted first (limits.check_value_count)."""
    if len(text) > COUNT_AFTER_COMPOSING:
        check_value_count(text, source)
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        context = str(error.context or "")
        # An unclosed quote or bracket is noticed far below; the line where it opens is the one.
        opening = context.startswith(("while scanning a quoted", "while parsing a flow"))
        mark = (error.context_mark if opening else None) or error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = str(error.problem or error.context)
        source_line = text.splitlines()[line - 1] if line and line <= len(text.splitlines()) else ""
        if "'\\t'" in problem or ("cannot start any token" in problem and "\t" in source_line):
            problem = "a tab character where YAML expects spaces; indent with spaces"
        elif context.startswith("while scanning a quoted"):
            problem = "a quoted value opened on this line is never closed; close it"
        elif opening:
            problem = "a [ list or { mapping opened on this line is never closed; add ] or }"
        elif "mapping values are not allowed" in problem:
            problem = ("a ': ' inside a value; put the value in quotes, or check this line's "
                       "indentation")
        elif "expected <block" in problem or "did not find expected" in problem:
            problem = f"{problem}; check this line's indentation"
        raise ReportError(f"not valid YAML: {problem}", source, line) from None
    except yaml.YAMLError as error:
        raise ReportError(f"not valid YAML: {error}", source) from None
    except RecursionError:  # PyYAML's own parser, where it has no libyaml, composes recursively
        raise ReportError(f"values nested more than {MAX_NESTING} levels deep; a report cannot "
                          "hold that, flatten it", source) from None
    finally:
        loader.dispose()
    if root is None:
        raise ReportError("the file is empty; a report needs at least a title", source, 1)
    return root


def _data_and_lines(root: YamlNode, text: str, source: str) -> tuple[Any, Lines]:
    if _check_nesting(root, source) > MAX_VALUES and len(text) <= COUNT_AFTER_COMPOSING:
        check_value_count(text, source)  # raises, naming the line of the value too many
    lines: Lines = {}
    return _construct(root, yaml.SafeLoader(""), (), lines, set(), source), lines


def load_data(text: str, source: str = "<string>") -> tuple[Any, Lines]:
    """Plain data and the line of every value, from YAML text. Raises ReportError, also for a
    file of more values than limits.MAX_VALUES."""
    return _data_and_lines(_compose(text, source), text, source)


class _NotPlain(Exception):
    """Raised by _plain where a file holds what only _check_nesting and _construct handle or
    refuse (tags, aliases, duplicate keys, values nested too deep or too many)."""


_MAP_TAG, _SEQ_TAG, _NULL_TAG = (f"tag:yaml.org,2002:{name}" for name in ("map", "seq", "null"))


def _plain(node: YamlNode, depth: int, lists: int, seen: set[int], count: list[int]) -> Any:
    """What _construct makes of a node of mappings, lists, text and empty values, in one walk
    with _check_nesting's (the same depths; `count[0]` counts the values as it does), without
    the line of every value."""
    if depth > MAX_NESTING or lists > MAX_DEPTH or id(node) in seen:
        raise _NotPlain
    seen.add(id(node))
    kind = node.__class__
    if kind is ScalarNode:
        count[0] += 1
        if node.tag == _STR_TAG:
            return node.value
        if node.tag == _NULL_TAG:
            return None  # what SafeConstructor gives
        raise _NotPlain
    if kind is MappingNode and node.tag == _MAP_TAG:
        count[0] += 1 + len(node.value)
        result: dict[str, Any] = {}
        for key, value in node.value:
            if key.__class__ is not ScalarNode or key.tag != _STR_TAG or key.value in result:
                raise _NotPlain
            result[key.value] = _plain(value, depth + 1, 0, seen, count)
        return result
    if kind is SequenceNode and node.tag == _SEQ_TAG:
        count[0] += 1
        return [_plain(item, depth + 1, lists + 1, seen, count) for item in node.value]
    raise _NotPlain


def load_plain(text: str, source: str = "<string>") -> Any:
    """load_data's data without the line of every value, for a file that is checked only to
    be accepted or refused (the lines name where a problem is): the same data, and the same
    ReportError, for every text. About twice as fast where a file holds only mappings, lists,
    text and empty values (a file salonbot writes); any other file is loaded by load_data."""
    root = _compose(text, source)
    count = [0]
    try:
        data = _plain(root, 1, 0, set(), count)
    except _NotPlain:
        return _data_and_lines(root, text, source)[0]
    if count[0] > MAX_VALUES:
        return _data_and_lines(root, text, source)[0]  # raises
    return data


def read_text(path: str | Path) -> str:
    """A report file's text; ReportError for files that are not UTF-8 text or are too large."""
    return decode_text(Path(path).read_bytes(), path)


def decode_text(raw: bytes, path: str | Path) -> str:
    """The text of a report file's bytes; ReportError (naming `path`) if they are not UTF-8 text
    or are too large."""
    if len(raw) > MAX_FILE_BYTES:
        raise ReportError(f"the file is larger than {MAX_FILE_BYTES} bytes; shorten it or split "
                          "it into several reports", path)
    if b"\0" in raw:
        line = raw[: raw.index(b"\0")].count(b"\n") + 1
        raise ReportError("the file is binary (it holds NUL bytes), not a YAML text file", path,
                          line)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ReportError("the file is not UTF-8 text; save it as UTF-8", path, line) from None


# --- plain data <-> Report ------------------------------------------------------------------------


def _bullets_from_data(items: list[Any]) -> list[Bullet]:
    result: list[Bullet] = []
    for item in items:
        if isinstance(item, list):  # the form older salonbot versions wrote: `- - sub-bullet`
            result[-1].children = _bullets_from_data(item)
        elif isinstance(item, dict):
            result.append(Bullet(str(item.get("text") or ""),
                                 _bullets_from_data(item.get("points") or [])))
        else:
            result.append(Bullet(str(item)))
    return result


def _text(value: str) -> str:
    """Prose as the page shows it: white space at the end of a line shows nothing."""
    return "\n".join(line.rstrip(" \t") for line in value.split("\n")) \
        if " \n" in value or "\t\n" in value or value.endswith((" ", "\t")) else value


def _extras_from_data(items: list[Any] | None) -> list[Node]:
    return [_node_from_data(item, None, str(item.get("title", ""))) for item in items or []]


def _node_from_data(value: Any, spec: ChildSpec | None, title: str | None = None) -> Node:
    if value is None:
        return Node(title=title)
    if isinstance(value, str):
        return Node(text=_text(value), title=title)
    if isinstance(value, list):
        return Node(points=_bullets_from_data(value), title=title)
    children = []
    if spec is not None:
        for child in value.get(spec.key) or []:
            children.append(_node_from_data(child, spec.children, str(child.get("title", ""))))
    return Node(
        text=_text(value.get("text") or ""),
        points=_bullets_from_data(value.get("points") or []),
        children=children,
        title=title,
        extra_sections=_extras_from_data(value.get("extra_sections")),
        area=value.get("area"),  # analytics/areas.py
    )


def has_legacy_layout(data: Any) -> bool:
    """Whether loaded data holds a `layout:` key anywhere (a file an older salonbot wrote)."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if "layout" in value:
                return True
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def report_from_data(data: dict[str, Any], template: Template | None = None) -> Report:
    """A Report from plain data that has passed the schema (see schema.py); the sections in
    the file's order. `layout:` keys (written by older versions) are ignored."""
    template = template or get_template(data.get("template") or "strategy-salon")
    keys = set(template.keys)
    sections = {key: _node_from_data(value, template.section(key).children)
                for key, value in data.items() if key in keys}
    return Report(
        title=data["title"],
        template=template.name,
        intro=_text(data.get("intro") or ""),
        sections=sections,
        extra_sections=_extras_from_data(data.get("extra_sections")),
        categories=[str(name) for name in data.get("categories") or []],
        figures=figures_from_data(data.get("figures")),
    )


def _bullets_to_data(points: list[Bullet]) -> list[Any]:
    return [{"text": bullet.text, "points": _bullets_to_data(bullet.children)}
            if bullet.children else bullet.text for bullet in points]


def _node_to_data(node: Node, spec: ChildSpec | None) -> Any:
    if not node.children and node.title is None and not node.extra_sections:
        if not node.points:
            return node.text
        if not node.text:
            return _bullets_to_data(node.points)
    data: dict[str, Any] = {}
    if node.title is not None:
        data["title"] = node.title
    if node.area:  # analytics/areas.py
        data["area"] = node.area
    if node.text:
        data["text"] = node.text
    if node.points:
        data["points"] = _bullets_to_data(node.points)
    if node.children and spec is not None:
        data[spec.key] = [_node_to_data(child, spec.children) for child in node.children]
    if node.extra_sections:
        data["extra_sections"] = [_node_to_data(extra, None) for extra in node.extra_sections]
    return data


def report_to_data(report: Report, template: Template | None = None) -> dict[str, Any]:
    """Plain data for a Report, with shorthand forms where possible: the sections in the
    report's order, then the extra sections, then the categories."""
    template = template or get_template(report.template)
    data: dict[str, Any] = {"title": report.title}
    if report.template != "strategy-salon":
        data["template"] = report.template
    if report.figures:  # settled by hand (report/settled.py); not on the page
        data["figures"] = figures_to_data(report.figures)
    if report.intro:
        data["intro"] = report.intro
    for key, node in report.sections.items():
        data[key] = _node_to_data(node, template.section(key).children)
    if report.extra_sections:
        data["extra_sections"] = [_node_to_data(extra, None) for extra in report.extra_sections]
    if report.categories:
        data["categories"] = list(report.categories)
    return data


def dump_report(report: Report) -> str:
    """The YAML text of a report file."""
    return dump_data(report_to_data(report))


def carry_figures(old_yaml: str, new_yaml: str) -> str:
    """The report file `new_yaml` (made from a wiki page: a pull or a merge) with the
    `figures:` block of `old_yaml` (the file it replaces), which the page does not hold.
    `new_yaml` unchanged if it has its own block, there is none to carry, or either file
    cannot be read."""
    if "figures:" not in old_yaml:
        return new_yaml
    try:
        old = load_data(old_yaml)[0]
        new = load_data(new_yaml)[0]
    except ReportError:
        return new_yaml
    if not isinstance(old, dict) or not isinstance(new, dict) or "figures" in new \
            or not isinstance(old.get("figures"), dict):
        return new_yaml
    try:
        report = report_from_data(new)
        report.figures = figures_from_data(old["figures"])
    except (SalonbotError, KeyError, TypeError, AttributeError, IndexError, ValueError):
        return new_yaml
    return dump_report(report)


def _titled(nodes: list[Node]) -> dict[str, Node]:
    return {node.title: node for node in nodes if node.title}


def carry_areas(old_yaml: str, new_yaml: str) -> str:
    """The report file `new_yaml` (made from a wiki page: a pull or a merge) with the `area:`
    keys of `old_yaml` (the file it replaces), which the page does not hold: each theme or topic
    of the same section and title (and under a theme of the same title) that has no area gets
    the old one. `new_yaml` unchanged if there is none to carry or either file cannot be read."""
    if "area:" not in old_yaml:
        return new_yaml
    try:
        old = report_from_data(load_data(old_yaml)[0])
        new = report_from_data(load_data(new_yaml)[0])
    except (SalonbotError, KeyError, TypeError, AttributeError, IndexError):
        return new_yaml
    carried = False
    for key, node in new.sections.items():
        before = old.sections.get(key)
        if before is None:
            continue
        old_children = _titled(before.children)
        for child in node.children:
            old_child = old_children.get(child.title or "")
            if old_child is None:
                continue
            old_topics = _titled(old_child.children)
            pairs = [(child, old_child)] + [(topic, old_topics.get(topic.title or ""))
                                            for topic in child.children]
            for fresh, previous in pairs:
                if previous is not None and previous.area and not fresh.area:
                    fresh.area, carried = previous.area, True
    return dump_report(new) if carried else new_yaml


def file_mode(path: Path) -> int:
    """The permissions a rewritten file keeps, or those a new file gets under the umask. Never
    an execute, set-id or sticky bit: what salonbot writes holds text from the wiki, and a file
    that could be run must not become wiki text."""
    try:
        return path.stat().st_mode & 0o666
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


#: How many report files' texts are synced to the disk at once (see PendingFolders), and
#: how many may wait for it: a slow disk holds the run back rather than let files pile up.
SYNC_THREADS = 8
MAX_IN_FLIGHT = 2 * SYNC_THREADS


class PendingFolders:
    """The folders where write_atomic renamed files into place without syncing the folder
    itself: the renames survive a crash of salonbot at once, a power cut only once `sync` has
    run. One sync of a folder after many files costs what one file did (a pull synced four
    times a page: its file, its base copy and both folders). Whoever records what the files
    hold (the state file) calls `sync` first.

    And the files written `in_background` (a pull's report files): each one's text is synced,
    then the file renamed into place, by a thread of a small pool while salonbot goes on, so
    the disk's waits (1 to 3 ms a file) overlap with the next page's work and with each
    other; `settle` waits for them (`sync` first of all)."""

    def __init__(self) -> None:
        self.folders: set[Path] = set()
        self.files: dict[Path, Future[None]] = {}  # being synced and renamed, by path
        self._pool: ThreadPoolExecutor | None = None

    def write_in_background(self, path: Path, write: Callable[[], None]) -> None:
        """Run `write` (which writes the file `path`: write_atomic's steps, its text synced,
        then renamed into place) in the pool; `settle` waits. At most MAX_IN_FLIGHT wait."""
        while len(self.files) >= MAX_IN_FLIGHT:  # the oldest first; its error is raised here
            oldest = next(iter(self.files))
            self.files.pop(oldest).result()
            self.folders.add(oldest.parent)
        if self._pool is None:
            self._pool = ThreadPoolExecutor(SYNC_THREADS, thread_name_prefix="salonbot-sync")
        self.files[path] = self._pool.submit(write)

    def settle(self) -> None:
        """Wait until every file written in the background is renamed into place, or given
        up (its temporary file removed); raise the first error (OSError) of any."""
        files, self.files = self.files, {}
        errors = []
        for path, future in files.items():
            try:
                future.result()
            except BaseException as error:  # noqa: BLE001 (raised below, once all are done)
                errors.append(error)
            else:
                self.folders.add(path.parent)
        if errors:
            raise errors[0]

    def sync(self) -> None:
        """Make every rename so far durable (one fsync a folder), once the files written in
        the background are in place."""
        self.settle()
        for folder in sorted(self.folders):
            _sync_folder(folder)
        self.folders.clear()

    def close(self) -> None:
        """Wait for the files written in the background, ignoring their errors (a run that
        stops on an error of its own), and end the pool."""
        with suppress(OSError):
            self.settle()
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files that write_atomic left in `folder` in a process that no
    longer runs (killed while it wrote, `.NAME.PID.XXXX.tmp`); those of a running process,
    and any other file, stay. The files removed."""
    removed = []
    for path in folder.glob(".*.tmp"):
        parts = path.name.split(".")
        if len(parts) < 5 or not parts[-3].isdigit() or _running(int(parts[-3])):
            continue
        with suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process (or no process can have that id): leave its file
    return True


def _sync_folder(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _temporary_file(path: Path) -> tuple[int, str]:
    """A new temporary file beside `path` (its folder made if missing), open for writing."""
    prefix = f".{path.name}.{os.getpid()}."
    try:
        return tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    except FileNotFoundError:  # (a folder made only when missing: one call less a file)
        path.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view):]


def write_atomic(path: str | Path, text: str, *, pending: PendingFolders | None = None,
                 durable: bool = True, in_background: bool = False) -> None:
    """Write a file so that a crash leaves the old file or the new one, never half of one.

    The text is synced to the disk before the file is renamed into place, so that a power
    cut leaves the old file or the new one too, unless `durable` is False (for files salonbot
    checks before it trusts them and can fetch again: base copies); the folder is synced at
    once, or left to `pending` (see PendingFolders). `in_background` (with `pending`): the
    file is written, synced and renamed by `pending`'s pool (a file still being written so is
    waited for first: the newest text is the one that stays)."""
    path = Path(path)
    if pending is not None and path in pending.files:
        pending.settle()
    data = text.encode("utf-8")  # (what a text file of UTF-8 with newline="" writes)
    if pending is not None and in_background:
        pending.write_in_background(path, partial(_replace_with, path, data, durable))
        return
    _replace_with(path, data, durable)
    if pending is not None:
        pending.folders.add(path.parent)
    else:
        _sync_folder(path.parent)


def _replace_with(path: Path, data: bytes, durable: bool) -> None:
    """Replace the file `path` by one holding `data`, through a temporary file beside it,
    synced to the disk first if `durable`; its folder is not synced. On an error the
    temporary file is removed and `path` stays as it was."""
    temporary = ""
    handle = -1
    try:
        with signals.held():  # a stop between the file made and its name kept would leave it
            handle, temporary = _temporary_file(path)
        os.fchmod(handle, file_mode(path))
        _write_all(handle, data)  # (os.write: no text file object, its buffer and seeks)
        if durable:
            os.fsync(handle)
        os.close(handle)
        handle = -1
        os.replace(temporary, path)
    except BaseException:
        if handle != -1:
            os.close(handle)
        if temporary:
            with signals.held():
                Path(temporary).unlink(missing_ok=True)
        raise
