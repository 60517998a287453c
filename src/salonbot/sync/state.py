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
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from salonbot.errors import SalonbotError
from salonbot.report.yamlio import write_atomic
from salonbot.wiki.page import WikiPage

STATE_FILE = ".salonbot-state.json"
#: Seconds between two writes of the state file during a run. Writing the whole file for each
#: base made a pull of N pages cost O(N²) (1000 pages: 16 s of writes; 5000: over 4 minutes).
SAVE_INTERVAL = 2.0


class _Compared(Protocol):
    title: str
    sha1: str


@dataclass(frozen=True)
class Base:
    """The wiki revision a report file corresponds to."""

    revid: int
    timestamp: str
    sha1: str
    file: str

    @classmethod
    def of(cls, page: WikiPage, file: str) -> Base:
        """The base for the report file `file` that the wiki's revision `page` holds exactly."""
        return cls(page.revid, page.timestamp, page.sha1, file)


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
            bases = {title: Base(**entry) for title, entry in sites.get(site, {}).items()}
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise SalonbotError(f"{path}: damaged state file ({error}); restore it from git, or "
                                "delete it and run `salonbot pull` to record the bases again") from None
        return cls(directory, site, bases, {key: value for key, value in sites.items()
                                            if key != site})

    def get(self, title: str) -> Base | None:
        return self.bases.get(title)

    def changed(self, local: _Compared) -> bool:
        """Whether a report file (a local.Local) differs from its base: changes a run may push."""
        base = self.bases.get(local.title)
        return base is None or base.sha1 != local.sha1

    def title_of_file(self, file: str) -> str | None:
        return next((title for title, base in self.bases.items() if base.file == file), None)

    def record(self, title: str, base: Base) -> None:
        """Record a base; the file is written at most every SAVE_INTERVAL seconds, and by
        flush() at the end of a run. A crash loses at most the last seconds' bases, which is
        safe: the next run finds those files equal to their pages and records them again."""
        self.bases[title] = base
        self._dirty = True
        if time.monotonic() - self._saved_at >= SAVE_INTERVAL:
            self.save()

    def record_if_new(self, title: str, file: str, page: WikiPage | None) -> None:
        """Record the wiki's revision `page` (known to hold the file's text) as the base of
        `title`, unless it is recorded already; nothing for a page that does not exist."""
        if page is None or not page.exists:
            return
        base = self.bases.get(title)
        if base is None or base.revid != page.revid or base.file != file:
            self.record(title, Base.of(page, file))

    def flush(self) -> None:
        """Write the bases recorded since the last write, if any."""
        if self._dirty:
            self.save()

    def save(self) -> None:
        sites = dict(self._others)
        sites[self.site] = {title: asdict(base) for title, base in sorted(self.bases.items())}
        data = {"version": 1, "sites": dict(sorted(sites.items()))}
        write_atomic(self.directory / STATE_FILE,
                     json.dumps(data, indent=1, ensure_ascii=False) + "\n")
        self._dirty = False
        self._saved_at = time.monotonic()
        self.saved = True
