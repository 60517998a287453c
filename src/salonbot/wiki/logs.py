"""What pywikibot's logging shows the operator: one clean line per retried request, no traceback,
and never a password.

pywikibot reports a request it will retry (HTTP 5xx, a timeout, a dropped connection) with the
whole traceback at error level, then `Waiting 1.0 seconds before retrying.`; a maxlag pause is
`Pausing due to database lag: ...` then `Sleeping for N seconds`. :func:`install` puts a filter on
pywikibot's `pywiki` logger (pywikibot re-creates its handlers, but keeps its loggers) that turns
each such pair into one line on standard error, e.g.::

    salonbot: wiki request failed (HTTP 503), retrying in 5 s

and hands the full records only to pywikibot's own log files (`-log`), with any password or
token parameter masked (checked with pywikibot 11.9; see `data/api/_requests.py`,
`_http_request`, `submit` and `throttle.py`).

When standard error is not a terminal (cron, systemd), a run that succeeds writes nothing there:
the retry lines go to the `salonbot.wiki` logger (the sync's log file) instead, and pywikibot's
own information lines (`Logging in to ...`) only to its log files. Warnings and errors still
reach standard error.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import TextIO

PYWIKIBOT_LOGGER = "pywiki"
RETRY_LOGGER = "salonbot.wiki"
_SECRET_PARAMETERS = re.compile(
    r"((?:lg|)password|lgtoken|logintoken|token|oauth_[a-z_]*|retype|newpassword)"
    r"(=|': ?'|\": ?\"|: ?)([^&\s'\",;)]+)", re.IGNORECASE)
_WAITING = re.compile(r"Waiting (?P<seconds>[\d.]+) seconds before retrying")
_SLEEPING = re.compile(r"Sleeping for (?P<seconds>[\d.]+) seconds")
_HTTP_STATUS = re.compile(r"\b(?P<status>[45]\d\d) (?:Server|Client) Error")
_TIMEOUT = re.compile(r"timed out\. \((?:read|connect) timeout=(?P<seconds>[\d.]+)\)")


def mask_secrets(text: str) -> str:
    """`text` with the values of password and token parameters replaced by `***`."""
    return _SECRET_PARAMETERS.sub(lambda match: f"{match[1]}{match[2]}***", text)


def failure_reason(traceback_text: str) -> str:
    """A few words saying why a request failed, from the traceback pywikibot logged."""
    last = traceback_text.strip().splitlines()[-1] if traceback_text.strip() else ""
    if status := _HTTP_STATUS.search(last):
        return f"HTTP {status['status']}"
    if timeout := _TIMEOUT.search(last):
        return f"no answer within {float(timeout['seconds']):g} s"
    if "Connection aborted" in last or "RemoteDisconnected" in last or "reset by peer" in last:
        return "connection lost"
    if "Connection refused" in last or "NewConnectionError" in last:
        return "cannot connect"
    if "IncompleteRead" in last or "ChunkedEncodingError" in last:
        return "answer cut short"
    name = last.split(":", 1)[0].rsplit(".", 1)[-1]
    return name or "unknown error"


class CleanRetryLines(logging.Filter):
    """A filter for pywikibot's `pywiki` logger: retried failures become one line on `stream`,
    their details go only to pywikibot's log files; secrets are masked everywhere."""

    def __init__(self, stream: TextIO | None = None, terminal: bool | None = None) -> None:
        super().__init__("salonbot")
        self.stream = stream
        self.terminal = (stream or sys.stderr).isatty() if terminal is None else terminal
        self.reason: str | None = None
        self.last: str | None = None  # the reason of the latest failed request
        self.lagged: str | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_secrets(message)
        if masked != message:
            record.msg, record.args = masked, None
            message = masked
        caller = getattr(record, "caller_name", "")
        if message.startswith("Traceback (most recent call last)") and \
                caller == "_http_request":
            self.reason = self.last = failure_reason(message)
            return self._to_files_only(record)
        if caller in ("_http_request", "error_handling_callback") and (
                message.startswith("An error occurred for uri") or
                record.levelno < logging.INFO):
            return self._to_files_only(record)  # the request's URL and parameters
        if waiting := _WAITING.search(message):
            self._say(f"wiki request failed ({self.reason or 'no usable answer'})",
                      waiting["seconds"])
            self.reason = None
            return self._to_files_only(record)
        if message.startswith("Pausing due to database lag"):
            self.lagged = "the wiki is lagging (maxlag)"
            return self._to_files_only(record)
        if self.lagged and (sleeping := _SLEEPING.search(message)):
            self._say(self.lagged, sleeping["seconds"])
            self.lagged = None
            return self._to_files_only(record)
        if record.levelno == logging.INFO and not self.terminal:
            return self._to_files_only(record)
        return True

    def _say(self, what: str, seconds: str) -> None:
        line = f"{what}, retrying in {float(seconds):g} s"
        if not self.terminal:
            logging.getLogger(RETRY_LOGGER).info(line)
            return
        stream = self.stream or sys.stderr
        stream.write(f"salonbot: {line}\n")
        stream.flush()

    @staticmethod
    def _to_files_only(record: logging.LogRecord) -> bool:
        for handler in logging.getLogger(PYWIKIBOT_LOGGER).handlers:
            if isinstance(handler, logging.FileHandler) and record.levelno >= handler.level:
                handler.handle(record)
        return False


def install(stream: TextIO | None = None, terminal: bool | None = None) -> CleanRetryLines:
    """Install the filter on pywikibot's logger (once; a second call returns the first filter).
    Call before connecting; `stream` defaults to the standard error of the moment, `terminal`
    to whether that stream is a terminal."""
    existing = _installed()
    if existing is not None:
        return existing
    installed = CleanRetryLines(stream, terminal)
    logging.getLogger(PYWIKIBOT_LOGGER).addFilter(installed)
    return installed


def last_failure() -> str | None:
    """Why the latest failed request failed (`HTTP 503`, `cannot connect`, ...), if known."""
    installed = _installed()
    return installed.last if installed is not None else None


def _installed() -> CleanRetryLines | None:
    for existing in logging.getLogger(PYWIKIBOT_LOGGER).filters:
        if isinstance(existing, CleanRetryLines):
            return existing
    return None
