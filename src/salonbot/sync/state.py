"""The base revisions: for each page, the wiki revision its report file was last pulled or pushed
as. Kept in `.salonbot-state.json` inside the reports folder (commit it with the reports), one
table per wiki (`meta:meta`, `sandbox:sandbox`, ...), so trying the files on a sandbox wiki never
confuses what they are on Meta.

A base is recorded only for a revision the wiki was seen to hold with exactly the file's text
(sha1 checked), so it never claims what the wiki does not hold. Writes are atomic.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Protocol

from salonbot.errors import SalonbotError
from salonbot.report.yamlio import PendingFolders, write_atomic
from salonbot.wiki.page import WikiPage, sha1_of

STATE_FILE = ".salonbot-state.json"
#: Seconds between two writes of the state file during a run. Writing the whole file for each
#: base made a pull of N pages cost O(N²) (1000 pages: 16 s of writes; 5000: over 4 minutes).
SAVE_INTERVAL = 2.0


class _Compared(Protocol):
    title: str
    sha1: str


@dataclass(frozen=True)
class Base:
    """The wiki revision a report file corresponds to.

    `kept_sha1` is set only for a revision whose text ends in white space (pages brought in with
    Special:Import or importDump keep it; the editor and the API strip it on every save): the
    sha1 of that text without it, which is what the report file renders to. The file then still
    holds the revision, so an unchanged file is not pushed (that edit would only strip the
    white space)."""

    revid: int
    timestamp: str
    sha1: str
    file: str
    kept_sha1: str = ""
    # when a run found the page gone from the wiki (deleted, or moved with no redirect): it is
    # reported once, then left alone until `sync --recreate`
    gone: str = ""

    @classmethod
    def of(cls, page: WikiPage, file: str, kept_text: str | None = None) -> Base:
        """The base for the report file `file` that the wiki's revision `page` holds exactly,
        or (`kept_text`) holds but for trailing white space."""
        kept = "" if kept_text is None or page.holds(kept_text) else sha1_of(kept_text)
        return cls(page.revid, page.timestamp, page.sha1, file, kept)

    def holds(self, local_sha1: str) -> bool:
        """Whether a report file whose page text has the sha1 `local_sha1` is this revision."""
        return local_sha1 == self.sha1 or (bool(self.kept_sha1) and local_sha1 == self.kept_sha1)


def same_text(local_sha1: str | None, wiki: WikiPage, base: Base | None) -> bool:
    """Whether the report file (page text sha1 `local_sha1`) holds the wiki's latest revision:
    the same text, or the recorded base's text but for trailing white space."""
    if local_sha1 is None or not wiki.exists:
        return False
    return local_sha1 == wiki.sha1 or (base is not None and base.sha1 == wiki.sha1
                                       and base.holds(local_sha1))


def _damaged(path: Path, error: Exception) -> SalonbotError:
    return SalonbotError(f"{path}: damaged state file ({error}); restore it from git, or delete "
                         "it and run `salonbot pull` to record the bases again")


def report_file_problem(name: object) -> str | None:
    """Why `name` cannot be the name of a report file in a reports folder, or None: it must be a
    plain file name ending in `.yaml` (no folder, no leading dot, no control characters), so
    that nothing read from a file that others write (the state file arrives by `git pull`)
    can make salonbot write outside the folder or over a file of its own."""
    if not isinstance(name, str):
        return "a file name must be a string"
    if not name.endswith(".yaml") or name == ".yaml":
        return f"{name!r} is not a report file name (NAME.yaml)"
    if "/" in name or "\\" in name or name.startswith(".") or name in (".", ".."):
        return f"{name!r} is not a plain file name inside the reports folder"
    if any(ord(char) < 32 or ord(char) == 127 for char in name):
        return f"{name!r} holds a control character"
    return None


def _checked_title(title: object) -> str:
    if not isinstance(title, str) or not title.strip():
        raise ValueError(f"a page title must be a non-empty string, not {title!r}")
    return title


_FIELDS = tuple(field.name for field in fields(Base))
_TYPES = {"revid": int, "timestamp": str, "sha1": str, "file": str, "kept_sha1": str,
          "gone": str}


def _checked_base(entry: object) -> Base:
    """A base from a state file entry, refused (ValueError) unless every field has its type and
    the file is a plain report file name (report_file_problem)."""
    if not isinstance(entry, dict):
        raise ValueError(f"an entry must be an object, not {entry!r}")
    for key, value in entry.items():
        wanted = _TYPES.get(key)
        if wanted is None:
            raise ValueError(f"unknown field {key!r}")
        if type(value) is not wanted:
            raise ValueError(f"{key} must be {wanted.__name__}, not {value!r}")
    problem = report_file_problem(entry.get("file"))
    if problem is not None:
        raise ValueError(problem)
    return Base(**entry)


def _entry(base: Base) -> dict[str, Any]:
    """A base as the state file stores it (`kept_sha1` and `gone` only where they are set), its
    fields in their order. Not dataclasses.asdict, which copies each value deeply: the state
    file is written every 2 s of a pull, and asdict took most of the time of writing it."""
    entry: dict[str, Any] = {name: getattr(base, name) for name in _FIELDS}
    for optional in ("kept_sha1", "gone"):
        if not entry[optional]:
            del entry[optional]
    return entry


class State:
    """The bases of one reports folder, by page title."""

    def __init__(self, directory: Path, site: str, bases: dict[str, Base] | None = None,
                 others: dict[str, Any] | None = None):
        self.directory = directory
        self.site = site
        self.bases: dict[str, Base] = bases or {}
        self._others = others or {}  # the tables of other wikis, kept as they are
        self._dirty = False
        self._saved_at = float("-inf")
        self.saved = False  # whether this object wrote the state file (sync --commit commits it)
        self._titles: dict[str, str] | None = None  # file -> title, built when first asked
        self._indexed = 0  # how many bases the index was built or kept up to date with
        #: The folders of the files whose bases are recorded here, synced before the state
        #: file is written (so it never names a file a power cut could take back).
        self.pending: PendingFolders | None = None

    @classmethod
    def load(cls, directory: str | Path, site: str) -> State:
        """The bases recorded in `directory` for the wiki `site` (e.g. `meta:meta`)."""
        directory = Path(directory)
        path = directory / STATE_FILE
        if not path.exists():
            return cls(directory, site)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            sites = data["sites"]
            bases = {_checked_title(title): _checked_base(entry)
                     for title, entry in sites.get(site, {}).items()}
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise _damaged(path, error) from None
        return cls(directory, site, bases, {key: value for key, value in sites.items()
                                            if key != site})

    @staticmethod
    def sites(directory: str | Path) -> list[str]:
        """The wikis the state file of `directory` has bases for (none if there is no file)."""
        path = Path(directory) / STATE_FILE
        if not path.exists():
            return []
        try:
            sites = json.loads(path.read_text(encoding="utf-8"))["sites"]
            return sorted(str(site) for site in sites)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise _damaged(path, error) from None

    def get(self, title: str) -> Base | None:
        return self.bases.get(title)

    def base_of_file(self, file: str) -> Base | None:
        """The base recorded for the report file `file`, if any."""
        title = self.title_of_file(file)
        return self.bases.get(title) if title is not None else None

    def changed(self, local: _Compared) -> bool:
        """Whether a report file (a local.Local) differs from its base: changes a run may push."""
        base = self.bases.get(local.title)
        return base is None or not base.holds(local.sha1)

    def title_of_file(self, file: str) -> str | None:
        """The first title (in the bases' order) whose base is the report file `file`. From an
        index of the files: a pull of N pages asks once a page, and a scan of the bases each
        time was O(N²) (1000 pages: 0.4 s). The index is built again when `bases` was changed
        other than by record (a base deleted)."""
        titles = self._titles
        if titles is None or self._indexed != len(self.bases):
            titles = {}
            for known, recorded in self.bases.items():
                titles.setdefault(recorded.file, known)
            self._titles, self._indexed = titles, len(self.bases)
        title = titles.get(file)
        if title is None:
            return None
        base = self.bases.get(title)
        if base is None or base.file != file:  # changed behind the index's back
            self._titles = None
            return self.title_of_file(file)
        return title

    def record(self, title: str, base: Base) -> None:
        """Record a base; the file is written at most every SAVE_INTERVAL seconds, and by
        flush() at the end of a run. A crash loses at most the last seconds' bases, which is
        safe: the next run finds those files equal to their pages and records them again."""
        old = self.bases.get(title)
        self.bases[title] = base
        if self._titles is not None:
            if (old is None or old.file == base.file) and base.file not in self._titles:
                self._titles[base.file] = title
                self._indexed = len(self.bases)
            elif old is not None and old.file != base.file:
                self._titles = None  # the first title of each file may change: build it again
            else:
                self._indexed = len(self.bases)
        self._dirty = True
        if time.monotonic() - self._saved_at >= SAVE_INTERVAL:
            self.save()

    def flush(self) -> None:
        """Write the bases recorded since the last write, if any."""
        if self._dirty:
            self.save()

    def save(self) -> None:
        if self.pending is not None:
            self.pending.sync()
        sites = dict(self._others)
        sites[self.site] = {title: _entry(base) for title, base in sorted(self.bases.items())}
        data = {"version": 1, "sites": dict(sorted(sites.items()))}
        write_atomic(self.directory / STATE_FILE,
                     json.dumps(data, indent=1, ensure_ascii=False) + "\n")
        self._dirty = False
        self._saved_at = time.monotonic()
        self.saved = True
