"""salonbot's exceptions and exit codes: a small hierarchy whose instances carry the data a
message needs, and the one table of what the `salonbot` command's exit status means."""

from __future__ import annotations

import enum
from pathlib import Path


class ExitCode(enum.IntEnum):
    """The exit status of the `salonbot` command (the README's table)."""

    OK = 0  #: done, or nothing to do
    FAILED = 1  #: some report invalid, refused, failed or missing (the others were done)
    USAGE = 2  #: a usage error (unknown option, missing argument)
    CONFLICT = 3  #: sync: some report has a conflict (takes precedence over FAILED)
    HALTED = 4  #: push, sync, index --push: halted by the stop page before any edit
    LOCKED = 5  #: sync: another run holds the lock; nothing done
    UNAVAILABLE = 6  #: could not reach or log in to the wiki (nothing done, or the run stopped)
    INTERRUPTED = 130  #: stopped by Ctrl-C (128 + SIGINT, as shells report it)
    TERMINATED = 143  #: stopped by SIGTERM (128 + SIGTERM: cron, systemd, a job scheduler)


class Terminated(KeyboardInterrupt):
    """Raised when the process gets SIGTERM: it unwinds as Ctrl-C does (temporary files
    removed, the lock released, the log ended), and exits 143."""


class SalonbotError(Exception):
    """Raised for any error salonbot reports to a person (the CLI prints it as one line)."""


class ReportError(SalonbotError):
    """Raised when a report file or report data is invalid; carries where and how to fix it."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.location() + message)

    def location(self) -> str:
        """`file:line: ` (or the parts that are known) to put before the message."""
        if self.path is None:
            return f"line {self.line}: " if self.line else ""
        return f"{self.path}:{self.line}: " if self.line else f"{self.path}: "


class ReportErrors(SalonbotError):
    """Raised when validation finds one or more problems; `errors` lists them all."""

    def __init__(self, errors: list[ReportError]):
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


class FileChanged(SalonbotError):
    """Raised when a file a run would write changed, appeared or was never read since the run
    read the folder: the run leaves it alone; `path` names it."""

    def __init__(self, path: str | Path, message: str):
        self.path = str(path)
        super().__init__(f"{path}: {message}")


class TemplateError(SalonbotError):
    """Raised when a report template data file is malformed or unknown."""


class ConfigError(SalonbotError):
    """Raised when salonbot's own config file is invalid (unknown key, wrong type)."""


class SandboxError(SalonbotError):
    """Raised when the local sandbox wiki cannot be installed, started, verified or stopped."""


class WikiError(SalonbotError):
    """Raised when the wiki fails or refuses an operation; carries the page title."""

    def __init__(self, message: str, title: str | None = None):
        self.title = title
        super().__init__(f"{title}: {message}" if title else message)


class Refused(WikiError):
    """Raised when the wiki refuses an edit a person must look at; carries MediaWiki's code."""

    # `code` is MediaWiki's error code (editconflict, protectedpage, ...; '' for {{nobots}}).
    def __init__(self, message: str, title: str, code: str = ""):
        self.code = code
        super().__init__(message, title)


class IndexMarkersError(SalonbotError):
    """Raised when the index page lacks salonbot's markers, or has them twice or out of order."""

    # `starts` and `ends` count the start and end markers found on the page.
    def __init__(self, message: str, starts: int, ends: int):
        self.starts = starts
        self.ends = ends
        super().__init__(message)


class Halted(SalonbotError):
    """Raised when the stop page halts a command that writes to the wiki, before any edit or
    (`during`) after some (exit code 4)."""

    def __init__(self, stop_page: str, text: str, during: bool = False):
        self.stop_page = stop_page
        self.text = text
        done = "no more edits were made (the rest are deferred)" if during \
            else "nothing was written"
        super().__init__(f"halted: the stop page {stop_page} says {text[:200]!r}; {done}. "
                         "Empty it or write `run` in it to let salonbot edit again.")


class WikiUnavailable(WikiError):
    """Raised when salonbot cannot reach the wiki or log in to it: no pywikibot configuration or
    password, a refused log-in, no answer or only errors within `max_wait` (exit code 6)."""
