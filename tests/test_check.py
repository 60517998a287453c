"""`salonbot check`'s checks as pure functions of what was read (the wiki part is tested against the
sandbox wiki in tests/wiki/test_check.py), and the report folder and git checks on real files and
a real git repository."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from salonbot.config import DEFAULT_PREFIX
from salonbot.sync.readiness import (
    Check,
    account_checks,
    edit_rate_check,
    git_check,
    maxlag_check,
    prefix_check,
    report_folder_check,
    stop_page_check,
    waits_check,
)
from salonbot.wiki.connect import PywikibotSetup, RetryPolicy
from salonbot.wiki.site import Account

PREFIX = DEFAULT_PREFIX
BOT_RIGHTS = frozenset({"bot", "apihighlimits", "edit", "createpage", "read"})


def report(title: str) -> str:
    return f"title: {title}\nwhat_happened: We met.\n"


def test_a_line_says_ok_or_fail_what_and_how_to_fix() -> None:
    assert Check("edit rate", True, "10 s", "never shown").line() == "ok    edit rate: 10 s"
    assert Check("git", False, "not committed", "git commit").line() == \
        "FAIL  git: not committed; to fix: git commit"


def test_a_bot_account_passes_the_account_checks() -> None:
    checks = account_checks(Account("SalonBot", frozenset({"bot", "user"}), BOT_RIGHTS, None))
    assert [(c.name, c.ok) for c in checks] == [("bot flag", True), ("apihighlimits", True),
                                                ("edit rights", True), ("not blocked", True)]
    assert checks[0].detail == "SalonBot has the bot right (groups: bot, user)"


def test_an_account_without_the_bot_flag_or_the_grants_fails_with_the_fix() -> None:
    plain = Account("OtherUser", frozenset({"user"}), frozenset({"edit", "read"}), None)
    failed = {c.name: c for c in account_checks(plain) if not c.ok}
    assert set(failed) == {"bot flag", "apihighlimits", "edit rights"}
    assert "High-volume (bot) access" in failed["bot flag"].fix
    assert failed["edit rights"].detail == "lacks createpage"


def test_a_blocked_account_fails() -> None:
    blocked = Account("SalonBot", frozenset(), BOT_RIGHTS, "blocked by Admin until infinity: spam")
    check = account_checks(blocked)[-1]
    assert (check.name, check.ok, check.detail) == ("not blocked", False,
                                                    "blocked by Admin until infinity: spam")


@pytest.mark.parametrize(("prefix", "stored", "ok", "words"), [
    (PREFIX, PREFIX, True, "3 page(s) under it"),
    (PREFIX.rstrip("/"), PREFIX.rstrip("/"), False, "does not end with /"),
    ("strategy/X/", "Strategy/X/", False, "the wiki stores"),
    ("Bad[title]/", None, False, "not a valid page title"),
])
def test_the_prefix_must_end_with_a_slash_and_be_written_as_the_wiki_stores_it(
        prefix: str, stored: str | None, ok: bool, words: str) -> None:
    check = prefix_check(prefix, stored, 3)
    assert check.ok is ok and words in check.detail


@pytest.mark.parametrize(("title", "text", "ok"), [
    ("User:SalonBot/Stop", None, True),
    ("User:SalonBot/Stop", "run\n", True),
    ("User:SalonBot/Stop", "", True),
    ("User:SalonBot/Stop", "stop, please", False),
    ("", None, False),
])
def test_the_stop_page_must_be_set_and_let_sync_run(title: str, text: str | None,
                                                    ok: bool) -> None:
    assert stop_page_check(title, text).ok is ok


def test_a_shared_wiki_needs_a_pause_between_edits_a_local_one_does_not() -> None:
    assert not edit_rate_check(0, "meta.wikimedia.org").ok
    assert not edit_rate_check(2, "meta.wikimedia.org").ok
    assert edit_rate_check(10, "meta.wikimedia.org").ok
    assert edit_rate_check(0, "127.0.0.1:8080").ok
    assert edit_rate_check(0, "localhost").ok


@pytest.mark.parametrize(("maxlag", "ok"), [(5, True), (1, True), (None, False), (0, False),
                                            (30, False)])
def test_maxlag_must_be_set_to_at_most_5(maxlag: int | None, ok: bool) -> None:
    assert maxlag_check(maxlag).ok is ok


def test_waits_fail_when_a_request_can_hang_for_long() -> None:
    pywikibot_defaults = RetryPolicy(15, 5, 120, 6.05, 45)
    assert not waits_check(pywikibot_defaults, 0).ok
    short = waits_check(RetryPolicy(3, 2, 30, 6, 20), 120)
    assert short.ok and "at most 118 s" in short.detail


def test_an_unusable_pywikibot_configuration_says_how_to_fix_it() -> None:
    setup = PywikibotSetup(base_dir="/home/x/.pywikibot", config_file=None, env_dir="/srv/pwb",
                           site="wikipedia:en", username=None, password_file=None,
                           put_throttle=10, maxlag=5)
    assert setup.problem() == ("PYWIKIBOT_DIR=/srv/pwb holds no user-config.py; point it at the "
                               "folder that does (start from user-config.py.sample)")
    # pywikibot fell back to a user-config.py elsewhere: still not what PYWIKIBOT_DIR says
    elsewhere = PywikibotSetup("/home/x", "/home/x/user-config.py", "/srv/pwb", "meta:meta", "Bot",
                               None, 10, 5)
    assert elsewhere.problem() == setup.problem()
    no_user = PywikibotSetup("/srv/pwb", "/srv/pwb/user-config.py", "/srv/pwb", "meta:meta", None,
                             None, 10, 5)
    assert "names no account for meta:meta" in (no_user.problem() or "")
    good = PywikibotSetup("/srv/pwb", "/srv/pwb/user-config.py", "/srv/pwb", "meta:meta", "Bot",
                          "/srv/pwb/user-password.py", 10, 5)
    assert good.problem() is None


def test_the_report_folder_passes_when_every_file_is_valid_and_under_the_prefix(
        tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(report(PREFIX + "A"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(report(PREFIX + "B"), encoding="utf-8")
    check = report_folder_check(tmp_path, PREFIX)
    assert check.ok and check.detail.startswith("2 report file(s)")


def test_an_invalid_file_a_title_outside_the_prefix_or_a_conflict_fails(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(report(PREFIX + "A"), encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    (tmp_path / "out.yaml").write_text(report("User:Alice/My salon"), encoding="utf-8")
    (tmp_path / "a.conflict.wiki").write_text("<<<<<<<\n", encoding="utf-8")
    check = report_folder_check(tmp_path, PREFIX)
    assert not check.ok
    assert check.detail.startswith("3 problem(s) in 3 file(s); first: ")
    assert "unresolved conflict" in check.detail  # a.yaml's comes first


def test_git_must_hold_every_report_file_committed(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.yaml").write_text(report(PREFIX + "A"), encoding="utf-8")
    outside = git_check(reports)
    assert not outside.ok and "not in a git work tree" in outside.detail
    git = ["git", "-C", str(tmp_path), "-c", "user.name=T", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    (tmp_path / "notes.txt").write_text("not a report\n", encoding="utf-8")
    fresh = git_check(reports)
    assert not fresh.ok and fresh.detail == "1 report file(s) not committed: reports/a.yaml"
    subprocess.run([*git, "add", "reports"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "reports"], check=True)
    assert git_check(reports).ok  # notes.txt is not a report file
    (reports / ".salonbot-state.json").write_text("{}\n", encoding="utf-8")
    assert not git_check(reports).ok
