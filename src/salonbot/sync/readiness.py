"""What `salonbot check` checks: is everything ready for a run nobody watches?

`run_checks` gives one Check per point, in the order shown: salonbot's settings, pywikibot's
configuration, the password file (read even when the wiki does not answer), the log-in, the
account's rights, the allowed prefix, the stop page, the edit rate, maxlag and waits, the report
folder and git. It only reads: a log-in (never asking for a password: a scheduled run cannot
type one), one userinfo query, one sweep of the prefix, one read of the stop page, the report
files, `git status` of their folder. The checks themselves are pure functions of what was read
(tested without a wiki); the command (commands/check.py) prints them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from salonbot.config import Settings, load_settings
from salonbot.errors import ConfigError, WikiUnavailable
from salonbot.sync.gitcommit import GitError, git
from salonbot.sync.local import read_locals
from salonbot.sync.pages import offline_bases
from salonbot.sync.syncplan import conflict_file_name, stop_page_halts
from salonbot.wiki.titles import title_refusal

if TYPE_CHECKING:
    from salonbot.wiki.connect import PywikibotSetup, RetryPolicy
    from salonbot.wiki.site import Account, Wiki

MIN_PUT_THROTTLE = 5.0  # seconds between edits on a shared wiki (pywikibot's default is 10)
MAX_MAXLAG = 5  # https://www.mediawiki.org/wiki/Manual:Maxlag_parameter recommends 5
LONGEST_WAIT = 600.0  # seconds a scheduled run may hang on a wiki that does not answer
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
GUIDE = "docs/going-live.md"
# The checks that need a log-in, in the order they are shown.
ACCOUNT_CHECKS = ("bot flag", "apihighlimits", "edit rights", "not blocked")


@dataclass(frozen=True)
class Check:
    """The outcome of one check: `detail` says what was found, `fix` how to fix a failure."""

    name: str
    ok: bool
    detail: str
    fix: str = ""

    def line(self) -> str:
        """`ok    name: detail`, or `FAIL  name: detail; to fix: ...`."""
        text = f"{'ok' if self.ok else 'FAIL':<4}  {self.name}: {self.detail}"
        return text + (f"; to fix: {self.fix}" if self.fix and not self.ok else "")


def not_checked(name: str, why: str) -> Check:
    """A check that could not run (it counts as failed)."""
    return Check(name, False, f"not checked ({why})")


# --- the checks: pure functions of what was read ---------------------------------------------

def configuration_check(setup: PywikibotSetup) -> Check:
    problem = setup.problem()
    if problem:
        return Check("pywikibot configuration", False, problem.split(";")[0],
                     problem.split("; ", 1)[1] if "; " in problem else "")
    return Check("pywikibot configuration", True,
                 f"{setup.config_file} (wiki {setup.site}, account {setup.username})")


def account_checks(account: Account) -> list[Check]:
    """Bot flag, apihighlimits, the rights to edit and create, and no block."""
    groups = ", ".join(sorted(account.groups - {"*"})) or "none"
    grants = "the bot password's grants (Special:BotPasswords)"
    missing_edit = {"edit", "createpage"} - account.rights
    return [
        Check("bot flag", "bot" in account.rights,
              f"{account.name} {'has the' if 'bot' in account.rights else 'has no'} bot right "
              f"(groups: {groups})",
              f"request bot status on Meta (see {GUIDE}) and grant 'High-volume (bot) access' "
              f"in {grants}"),
        Check("apihighlimits", "apihighlimits" in account.rights,
              "reads of 500 pages a request" if "apihighlimits" in account.rights
              else "reads of only 50 pages a request",
              f"the bot flag, and 'High-volume (bot) access' in {grants}"),
        Check("edit rights", not missing_edit,
              "may edit and create pages" if not missing_edit
              else f"lacks {', '.join(sorted(missing_edit))}",
              f"grant 'Edit existing pages' and 'Create, edit, and move pages' in {grants}"),
        Check("not blocked", account.blocked is None,
              account.blocked or f"{account.name} is not blocked",
              "ask the blocking administrator why; do not run the bot until it is unblocked"),
    ]


def prefix_check(prefix: str, stored: str | None, pages: int) -> Check:
    """`stored`: the prefix as the wiki stores it (None: not a valid title)."""
    name = "allowed prefix"
    if stored is None:
        return Check(name, False, f"{prefix!r} is not a valid page title",
                     "fix allowed_prefix in salonbot.toml")
    if not prefix.endswith("/"):
        return Check(name, False, f"{prefix!r} does not end with /, so it also matches pages "
                     "beside the reports", "end allowed_prefix with / in salonbot.toml")
    if stored != prefix:
        return Check(name, False, f"the wiki stores {prefix!r} as {stored!r}",
                     f"write allowed_prefix = {stored!r} in salonbot.toml")
    return Check(name, True, f"{prefix} ({pages} page(s) under it)")


def stop_page_check(title: str, text: str | None) -> Check:
    """`text`: the stop page's text, None if the page does not exist."""
    if not title:
        return Check("stop page", False, "none set: nobody can halt the bot from the wiki",
                     "set stop_page = \"User:BOTNAME/Stop\" in salonbot.toml")
    if stop_page_halts(text):
        said = " ".join((text or "").split())[:80]
        return Check("stop page", False,
                     f"{title} says {said!r}: push, sync and index --push halt",
                     f"empty {title} or write `run` in it, once it is safe to run")
    state = "does not exist yet" if text is None else "says run"
    return Check("stop page", True, f"{title} {state}; writing anything else in it halts "
                 "push, sync and index --push")


def edit_rate_check(put_throttle: float, host: str) -> Check:
    """A shared wiki wants pauses between edits; a local test wiki (`host` with or without a
    port) does not."""
    if urlsplit(f"//{host}").hostname in LOCAL_HOSTS:
        return Check("edit rate", True, f"put_throttle = {put_throttle:g} s (a local wiki)")
    if put_throttle < MIN_PUT_THROTTLE:
        return Check("edit rate", False, f"put_throttle = {put_throttle:g} s between edits on "
                     f"{host}", f"put_throttle = 10 in user-config.py (at least "
                     f"{MIN_PUT_THROTTLE:g})")
    return Check("edit rate", True, f"put_throttle = {put_throttle:g} s between edits")


def maxlag_check(maxlag: int | None) -> Check:
    if maxlag is None or not 0 < maxlag <= MAX_MAXLAG:
        return Check("maxlag", False, f"maxlag is {maxlag}: edits do not wait while the "
                     "wiki's databases lag", f"write_maxlag = {MAX_MAXLAG} in user-config.py "
                     "(called maxlag before pywikibot 11.8)")
    return Check("maxlag", True, f"{maxlag} s: edits wait while the databases lag more")


def waits_check(policy: RetryPolicy, max_wait: int) -> Check:
    worst = policy.worst_case()
    detail = (f"a request that gets no answer gives up after at most {worst:.0f} s "
              f"({policy.max_retries} retries; max_wait = {max_wait})")
    return Check("waits", worst <= LONGEST_WAIT, detail,
                 "set max_wait in salonbot.toml (e.g. 120 seconds)")


def report_folder_check(directory: Path, prefix: str) -> Check:
    """Every report file loads, has a title under the prefix used by no other file, and has no
    unresolved conflict file."""
    name = "report folder"
    paths = sorted(directory.glob("*.yaml"))
    if not paths:
        return Check(name, True, f"no report files in {directory}/ yet: the first sync pulls "
                     "every page under the prefix")
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for local in read_locals(paths, bases=offline_bases(directory)):
        refusal = title_refusal(local.title, prefix) if not local.problem else None
        if local.problem or refusal:
            problems.append(local.problem or f"{local.path}: title: {refusal}")
        elif local.title in seen:
            problems.append(f"{local.path}: the same title as {seen[local.title]}")
        seen.setdefault(local.title, local.path)
        if (directory / conflict_file_name(local.path.name)).exists():
            problems.append(f"{local.path}: unresolved conflict "
                            f"({conflict_file_name(local.path.name)})")
    if problems:
        first = problems[0].splitlines()[0]
        return Check(name, False, f"{len(problems)} problem(s) in {len(paths)} file(s); "
                     f"first: {first}", f"fix each (salonbot validate {directory} lists them)")
    return Check(name, True, f"{len(paths)} report file(s) in {directory}/, all valid")


def git_check(directory: Path) -> Check:
    """The folder is in a git work tree and every report file (and the state file) is
    committed."""
    where = next((path for path in (directory, *directory.parents) if path.is_dir()), Path("."))
    try:
        root = git(where, "rev-parse", "--show-toplevel", check=False)
        if root.returncode != 0:
            return Check("git", False, f"{directory} is not in a git work tree",
                         f"git init, then git add {directory} and git commit (see {GUIDE})")
        status = git(where, "status", "--porcelain", "-z", "--untracked-files=all", "--",
                     str(directory.resolve())).stdout
    except GitError as error:
        if "not installed" in str(error):
            return Check("git", False, "git is not installed", "install git")
        return Check("git", False, str(error))
    changed = [entry[3:] for entry in status.split("\0") if len(entry) > 3]
    reports = [path for path in changed if path.endswith((".yaml", ".conflict.wiki"))
               or Path(path).name == ".salonbot-state.json"]
    if reports:
        shown = ", ".join(sorted(reports)[:3]) + (", ..." if len(reports) > 3 else "")
        return Check("git", False, f"{len(reports)} report file(s) not committed: {shown}",
                     f"git add {directory} && git commit")
    return Check("git", True, f"in the git work tree {root.stdout.strip()}; every report file "
                              "committed")


# --- reading what the checks need -------------------------------------------------------------

def _settings(config: str | None) -> tuple[Settings | None, Check]:
    try:
        settings = load_settings(config)
    except ConfigError as error:
        return None, Check("salonbot.toml", False, str(error), "fix the file (see docs/operations.md)")
    source = config or "salonbot.toml"
    found = "defaults (no salonbot.toml)" if not config and not Path(source).exists() else source
    return settings, Check("salonbot.toml", True, found)


def _log_in(settings: Settings) -> tuple[Wiki | None, bool, list[Check]]:
    """The pywikibot configuration, password and log-in checks; the wiki (None if there is no
    configuration or no answer) and whether the log-in worked."""
    from salonbot.wiki import connect
    from salonbot.wiki.site import Wiki

    setup = connect.pywikibot_setup()
    checks = [configuration_check(setup)]
    if setup.problem():
        why = "no pywikibot configuration"
        return None, False, [*checks, not_checked("password", why), not_checked("login", why)]
    try:
        wiki = Wiki(connect.make_site(settings.max_wait))
    except WikiUnavailable as error:
        # no site, but the password file can be read all the same
        return None, False, [*checks, _password_check(
            setup, lambda: connect.password_file_credentials(setup)),
            Check("login", False, str(error))]
    checks.append(_password_check(setup, lambda: connect.stored_credentials(wiki.site)))
    try:
        connect.log_in(wiki.site, may_ask=False)
    except WikiUnavailable as error:
        return wiki, False, [*checks, Check("login", False, str(error))]
    return wiki, True, [*checks, Check("login", True, f"logged in to {wiki.site_key} as "
                                                      f"{wiki.username}")]


def _password_check(setup: PywikibotSetup, stored_credentials: Callable[[], str | None]) -> Check:
    """What the password file holds for the account (`stored_credentials()` reads it)."""
    try:
        stored = stored_credentials()
    except WikiUnavailable as error:
        return Check("password", False, str(error))
    return Check("password", stored is not None, stored or (
        f"none stored for {setup.username}: a scheduled run cannot log in once the saved "
        "session expires"), f"add it to {setup.password_file} (see {GUIDE})")


def _prefix_and_stop_page(wiki: Wiki, settings: Settings) -> list[Check]:
    prefix = settings.allowed_prefix
    stored = wiki.stored_prefix(prefix)
    pages = len(wiki.pages_under(prefix)) if stored is not None else 0
    stop = settings.stop_page
    text = wiki.contents([stop])[stop].text if stop else None
    return [prefix_check(prefix, stored, pages), stop_page_check(stop, text)]


def _configured(wiki: Wiki | None, max_wait: int) -> list[Check]:
    """The edit rate, maxlag and waits of pywikibot's configuration."""
    from salonbot.wiki import connect

    setup = connect.pywikibot_setup()
    rate = (edit_rate_check(setup.put_throttle, wiki.host) if wiki is not None
            else not_checked("edit rate", "no wiki"))
    return [rate, maxlag_check(setup.maxlag), waits_check(connect.current_policy(), max_wait)]


def run_checks(config: str | None, directory: str | None) -> list[Check]:
    """Every check, in the order shown; those that need what failed earlier are `not checked`."""
    settings, settings_check = _settings(config)
    wiki, logged_in, checks = _log_in(settings or Settings())
    checks.insert(0, settings_check)
    if wiki is None or not logged_in:
        checks += [not_checked(name, "no log-in") for name in ACCOUNT_CHECKS]
    else:
        checks += account_checks(wiki.account())
    if wiki is None or not logged_in or settings is None:
        why = "salonbot.toml is invalid" if settings is None else "no log-in"
        checks += [not_checked("allowed prefix", why), not_checked("stop page", why)]
    else:
        checks += _prefix_and_stop_page(wiki, settings)
    checks += _configured(wiki, (settings or Settings()).max_wait)
    if settings is None:
        return [*checks, not_checked("report folder", "salonbot.toml is invalid"),
                not_checked("git", "salonbot.toml is invalid")]
    folder = Path(directory or settings.reports_dir)
    return [*checks, report_folder_check(folder, settings.allowed_prefix), git_check(folder)]
