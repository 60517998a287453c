"""Connecting to the wiki through pywikibot, fit for runs nobody watches.

- How long a failing request may take: pywikibot retries 5xx answers, timeouts and lost
  connections, waiting `retry_wait` seconds doubled each time up to `retry_max`, `max_retries`
  times, each try bounded by `socket_timeout` (by default about 25 minutes in all; pywikibot 11.9,
  `tools/_logging.py` WaitingMixin.wait, `comms/http.py`). :func:`bounded` shortens those
  settings so that one request gives up within salonbot's `max_wait`.
- The log-in never asks for a password without a terminal: pywikibot would call `getpass`, which
  fails with a traceback when cron runs it. A saved session (cookie) or OAuth needs no password.
- What pywikibot's configuration says (:func:`pywikibot_setup`), for `salonbot check` and for the
  message when there is none: pywikibot silently falls back to the current folder or
  `~/.pywikibot` when `PYWIKIBOT_DIR` holds no `user-config.py`.
- The password file is read as pywikibot reads it, even without a site (:func:`password_file_credentials`:
  `salonbot check` says what it holds when the wiki does not answer), and pywikibot's warning
  that it made a file private (a password file others could read) is one line of salonbot's.

Every failure here is a :class:`~salonbot.errors.WikiUnavailable`: one line, exit code 6.
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salonbot.errors import WikiUnavailable

if TYPE_CHECKING:
    import pywikibot

# pywikibot's exceptions for a wiki that gave no usable answer (retries used up).
_NO_ANSWER = ("ApiTimeoutError", "TimeoutError", "SiteDefinitionError")
# Fractions of max_wait that each setting may take at most (see `bounded`).
_CONNECT_SHARE, _READ_SHARE, _FIRST_WAIT_SHARE, _LONGEST_WAIT_SHARE = 1 / 20, 1 / 6, 1 / 60, 1 / 4
# pywikibot's warning when it changed a file's mode (tools/__init__.py, file_mode_checker).
_FILE_MODE = re.compile(r"File (?P<file>.+) had (?P<old>[0-7]+) mode; converted to "
                        r"(?P<new>[0-7]+) mode\.")


@contextmanager
def file_mode_lines() -> Iterator[None]:
    """pywikibot's warning that it changed the mode of a file (a password file or cookie jar
    others could read: it makes them private) as one line of salonbot's on standard error,
    instead of a Python warning with its source line; other warnings are shown as they were."""
    with warnings.catch_warnings(record=True) as caught:
        yield
    for warning in caught:
        found = _FILE_MODE.fullmatch(str(warning.message))
        if found is None:
            warnings.showwarning(warning.message, warning.category, warning.filename,
                                 warning.lineno)
            continue
        readable = " (others could read it)" if int(found["old"], 8) & 0o077 else ""
        print(f"salonbot: warning: {found['file']} had mode {found['old']}{readable}; "
              f"pywikibot changed it to {found['new']}", file=sys.stderr)


@dataclass(frozen=True)
class RetryPolicy:
    """pywikibot's settings that decide how long a failing request is tried again."""

    max_retries: int
    retry_wait: float
    retry_max: float
    connect_timeout: float
    read_timeout: float

    def worst_case(self) -> float:
        """Seconds one request takes at most before pywikibot gives up: every try times out
        (connecting and reading), with pywikibot's doubling waits between the tries."""
        waits = sum(min(self.retry_wait * 2 ** number, self.retry_max)
                    for number in range(self.max_retries))
        return (self.max_retries + 1) * (self.connect_timeout + self.read_timeout) + waits


def bounded(policy: RetryPolicy, max_wait: float) -> RetryPolicy:
    """`policy` shortened so that its worst case fits in `max_wait` seconds: the connect and read
    timeouts, the first and the longest wait are capped at 1/20, 1/6, 1/60 and 1/4 of max_wait,
    then as many retries are kept as fit. Nothing is ever lengthened (a shorter setting of
    pywikibot's stays); max_wait 0 returns `policy` unchanged."""
    if max_wait <= 0:
        return policy
    shorter = replace(
        policy, max_retries=0,
        retry_wait=min(policy.retry_wait, max_wait * _FIRST_WAIT_SHARE),
        retry_max=min(policy.retry_max, max_wait * _LONGEST_WAIT_SHARE),
        connect_timeout=min(policy.connect_timeout, max_wait * _CONNECT_SHARE),
        read_timeout=min(policy.read_timeout, max_wait * _READ_SHARE))
    while (shorter.max_retries < policy.max_retries and
           replace(shorter, max_retries=shorter.max_retries + 1).worst_case() <= max_wait):
        shorter = replace(shorter, max_retries=shorter.max_retries + 1)
    return shorter


def _timeouts(socket_timeout: Any) -> tuple[float, float]:
    """(connect, read) from pywikibot's socket_timeout: one number for both, or a pair."""
    if isinstance(socket_timeout, tuple | list):
        return float(socket_timeout[0]), float(socket_timeout[1])
    return float(socket_timeout), float(socket_timeout)


def current_policy() -> RetryPolicy:
    """The retry settings pywikibot uses now (its `config`)."""
    from pywikibot import config

    return RetryPolicy(int(config.max_retries), float(config.retry_wait),
                       float(config.retry_max), *_timeouts(config.socket_timeout))


def apply_max_wait(max_wait: float) -> RetryPolicy:
    """Shorten pywikibot's retry settings (its `config`) to fit `max_wait`; the policy in force.
    Call before the first request: pywikibot reads them for each request."""
    from pywikibot import config

    policy = bounded(current_policy(), max_wait)
    config.max_retries, config.retry_wait = policy.max_retries, policy.retry_wait
    config.retry_max = policy.retry_max
    config.socket_timeout = (policy.connect_timeout, policy.read_timeout)
    return policy


@dataclass(frozen=True)
class PywikibotSetup:
    """What pywikibot's configuration says: where it was read from and the settings salonbot
    depends on."""

    base_dir: str
    config_file: str | None  # the user-config.py read, None when pywikibot found none
    env_dir: str | None  # PYWIKIBOT_DIR as set in the environment
    site: str  # family:code
    username: str | None
    password_file: str | None  # resolved against base_dir, as pywikibot does
    put_throttle: float
    maxlag: int | None

    def problem(self) -> str | None:
        """Why this configuration cannot work (no user-config.py, none where PYWIKIBOT_DIR
        says, no user name), or None."""
        moved = self.env_dir and Path(self.env_dir).resolve() != Path(self.base_dir).resolve()
        if self.config_file is None or moved:
            if self.env_dir:
                return (f"PYWIKIBOT_DIR={self.env_dir} holds no user-config.py; point it at the "
                        "folder that does (start from user-config.py.sample)")
            return ("no pywikibot configuration: set PYWIKIBOT_DIR to the folder holding "
                    "user-config.py (start from user-config.py.sample)")
        if not self.username:
            return (f"{self.config_file} names no account for {self.site}: add "
                    f"usernames[...][...] = 'BotName' (see user-config.py.sample)")
        return None


def pywikibot_setup() -> PywikibotSetup:
    """Read pywikibot's configuration (importing pywikibot reads user-config.py; no request)."""
    from pywikibot import config

    config_file = Path(config.base_dir, config.user_config_file)
    family, code = str(config.family), str(config.mylang)
    names = config.usernames
    username = (names.get(family, {}).get(code) or names.get(family, {}).get("*")
                or names.get("*", {}).get("*"))
    password_file = getattr(config, "password_file", None)
    maxlag = getattr(config, "write_maxlag", None)  # pywikibot 11.8+; `maxlag` before
    if maxlag is None:
        maxlag = getattr(config, "maxlag", None)
    return PywikibotSetup(
        base_dir=str(config.base_dir),
        config_file=str(config_file) if config_file.is_file() else None,
        env_dir=os.environ.get("PYWIKIBOT_DIR"), site=f"{family}:{code}",
        username=str(username) if username else None,
        password_file=str(Path(config.base_dir, password_file)) if password_file else None,
        put_throttle=float(config.put_throttle),
        maxlag=int(maxlag) if maxlag is not None else None)


def open_site(*, max_wait: float, may_ask: bool) -> pywikibot.site.APISite:
    """pywikibot's Site, logged in (see make_site and log_in)."""
    site = make_site(max_wait)
    log_in(site, may_ask=may_ask)
    return site


def make_site(max_wait: float) -> pywikibot.site.APISite:
    """pywikibot's Site of its configuration, each request bounded by `max_wait` seconds (0:
    pywikibot's own retries). WikiUnavailable when there is no configuration or no answer."""
    import pywikibot
    from pywikibot.exceptions import Error

    problem = pywikibot_setup().problem()
    if problem:
        raise WikiUnavailable(problem)
    apply_max_wait(max_wait)
    try:
        with file_mode_lines():
            return pywikibot.Site()
    except Error as error:
        raise _failure(error) from None


def log_in(site: pywikibot.site.APISite, *, may_ask: bool) -> None:
    """Log in: a saved session (cookie) first, then OAuth or the stored password; a password is
    asked for only if `may_ask` and standard input is a terminal. WikiUnavailable (one line)
    for a missing password or password file, a refused log-in, no answer within max_wait."""
    from pywikibot.exceptions import Error

    try:
        with file_mode_lines():
            site.login(cookie_only=True)
        if not site.logged_in():
            if stored_credentials(site) is None and not (may_ask and sys.stdin.isatty()):
                raise WikiUnavailable(
                    f"no password for {site.username()} on {site} in "
                    f"{pywikibot_setup().password_file}, and no terminal to ask for one; add it "
                    "there (a bot password: Special:BotPasswords)")
            with file_mode_lines():
                site.login()
    except Error as error:
        raise _failure(error) from None
    except EOFError:  # pywikibot asked for a password again after a failed log-in
        raise WikiUnavailable("cannot log in to the wiki: the stored password was refused") from None
    if not site.logged_in():
        raise WikiUnavailable(f"cannot log in to {site} as {site.username()}; check the "
                              "password file and the account")


def stored_credentials(site: pywikibot.site.APISite) -> str | None:
    """How a log-in with nobody at the keyboard authenticates (`OAuth`, or the password file),
    None when the password file has no password for the account. WikiUnavailable when the
    password file is missing or malformed."""
    from pywikibot.login import ClientLoginManager

    if site.is_oauth_token_available():
        return "OAuth"
    # the manager reads the password file, as pywikibot's own log-in does
    manager = _read_password_file(lambda: ClientLoginManager(site=site, user=site.username()),
                                  pywikibot_setup(), site.username())
    return _credentials(manager, pywikibot_setup())


class _PasswordReader:
    """What pywikibot's `LoginManager.readPassword` reads of the manager it belongs to (the
    site's family and code, the user name) and sets (`password`, `login_name`), without a site:
    so that the password file is read by pywikibot's own rules when no site can be made."""

    def __init__(self, family: str, code: str, username: str) -> None:
        self.site = _SiteName(code, _FamilyName(family))
        self.username = self.login_name = username
        self.password: str | None = None


@dataclass(frozen=True)
class _FamilyName:
    name: str


@dataclass(frozen=True)
class _SiteName:
    code: str
    family: _FamilyName


def password_file_credentials(setup: PywikibotSetup) -> str | None:
    """What the password file holds for the configured account, read without a site or a
    request (for `salonbot check` when the wiki does not answer): as stored_credentials, but an
    OAuth token is not looked for. None when there is no password file setting or no password
    for the account; WikiUnavailable when the file is missing or malformed."""
    from pywikibot.login import LoginManager
    from pywikibot.tools import normalize_username

    if not setup.password_file or not setup.username:
        return None
    family, _, code = setup.site.partition(":")
    reader = _PasswordReader(family, code, normalize_username(setup.username) or setup.username)

    def read() -> _PasswordReader:
        LoginManager.readPassword(reader)  # type: ignore[arg-type]
        return reader

    return _credentials(_read_password_file(read, setup, setup.username), setup)


def _read_password_file(read: Callable[[], Any], setup: PywikibotSetup, username: str) -> Any:
    """`read()` (which reads the password file), with its failures as WikiUnavailable."""
    try:
        with file_mode_lines():
            return read()
    except FileNotFoundError:
        raise WikiUnavailable(
            f"no password file: {setup.password_file} does not exist (password_file in "
            f"{setup.config_file}); create it, mode 600, with a line like ('{username}', "
            "BotPassword('APP', 'SECRET'))") from None
    except ValueError as error:  # pywikibot never shows the line, so as not to leak it
        raise WikiUnavailable(f"{setup.password_file}: {error}") from None


def _credentials(manager: Any, setup: PywikibotSetup) -> str | None:
    if manager.password is None:
        return None
    kind = "a bot password" if manager.login_name != manager.username else "a password"
    return f"{kind} for {manager.login_name} in {setup.password_file}"


def _failure(error: Exception) -> WikiUnavailable:
    what = "reach" if type(error).__name__ in _NO_ANSWER else "log in to"
    return WikiUnavailable(f"cannot {what} the wiki: {describe_failure(error)}")


def describe_failure(error: BaseException) -> str:
    """What went wrong, in words for the operator. For an AutoFamily (a wiki named by its URL)
    pywikibot raises SiteDefinitionError when an answer is not JSON (an error page); it raises
    ApiTimeoutError ('Maximum retries attempted') when every try failed."""
    from salonbot.wiki.logs import last_failure

    name = type(error).__name__
    if name == "SiteDefinitionError":
        return "its answer was not JSON (an error page of the server or a proxy?)"
    if name in _NO_ANSWER:
        from pywikibot import config

        last = last_failure()
        return (f"no usable answer after {int(config.max_retries) + 1} tries"
                + (f" ({last})" if last else "")
                + "; is the wiki up and reachable? (max_wait in salonbot.toml bounds the wait)")
    return " ".join(str(error).split())


def is_wiki_failure(error: BaseException) -> bool:
    """Whether `error` is pywikibot's or its HTTP library's (only if pywikibot was loaded)."""
    if "pywikibot" not in sys.modules:
        return False
    from pywikibot.exceptions import Error
    from requests import RequestException

    return isinstance(error, Error | RequestException)
