"""salonbot's exceptions: a small hierarchy whose instances carry the data a message needs."""

from __future__ import annotations

from pathlib import Path


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


class TemplateError(SalonbotError):
    """Raised when a report template data file is malformed or unknown."""


class SandboxError(SalonbotError):
    """Raised when the local sandbox wiki cannot be installed, started or reached."""


class WikiError(SalonbotError):
    """Raised when the wiki refuses or fails an operation; carries the page title."""

    def __init__(self, message: str, title: str | None = None):
        self.title = title
        super().__init__(f"{title}: {message}" if title else message)


class WikiUnavailable(WikiError):
    """Raised when salonbot cannot reach the wiki or log in to it: no pywikibot configuration or
    password, a refused log-in, no answer or only errors within `max_wait` (exit code 6)."""


class ConfigError(SalonbotError):
    """Raised when salonbot's own config file is invalid (unknown key, wrong type)."""
