"""Unattended runs without a wiki: the bound on pywikibot's retries, progress only on a terminal,
the log that rotates, the `max_wait` setting. (Failures against a real wiki, the way cron meets
them, are in tests/wiki/test_unattended.py.)"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from salonbot.config import settings_from_data
from salonbot.console import Progress
from salonbot.errors import ConfigError
from salonbot.sync.journal import LOG_BACKUPS, LOG_MAX_BYTES, action_log
from salonbot.wiki.connect import RetryPolicy, bounded

PYWIKIBOT_DEFAULTS = RetryPolicy(max_retries=15, retry_wait=5, retry_max=120,
                                 connect_timeout=6.05, read_timeout=45)


def test_pywikibots_defaults_can_keep_a_run_waiting_for_over_half_an_hour() -> None:
    # 16 tries of 51 s, and waits of 5, 10, 20, 40, 80 s, then 120 s ten times
    assert PYWIKIBOT_DEFAULTS.worst_case() == pytest.approx(16 * 51.05 + 155 + 1200)


@pytest.mark.parametrize("max_wait", [10, 30, 60, 120, 300, 600, 3600])
def test_bounded_retries_give_up_within_max_wait(max_wait: int) -> None:
    policy = bounded(PYWIKIBOT_DEFAULTS, max_wait)
    assert policy.worst_case() <= max_wait
    assert policy.max_retries >= 2  # a brief outage is still ridden out


def test_the_default_bound_keeps_three_retries_and_pywikibots_waits_where_they_fit() -> None:
    policy = bounded(PYWIKIBOT_DEFAULTS, 120)
    assert policy == RetryPolicy(max_retries=3, retry_wait=2, retry_max=30, connect_timeout=6,
                                 read_timeout=20)
    assert policy.worst_case() == pytest.approx(118)


def test_the_bound_never_lengthens_a_setting_and_zero_means_no_bound() -> None:
    quick = RetryPolicy(max_retries=4, retry_wait=1, retry_max=2, connect_timeout=2,
                        read_timeout=3)
    assert bounded(quick, 120) == quick
    assert bounded(PYWIKIBOT_DEFAULTS, 0) == PYWIKIBOT_DEFAULTS


def test_max_wait_is_a_setting_of_salonbot_toml() -> None:
    assert settings_from_data({}).max_wait == 120
    assert settings_from_data({"max_wait": 30}).max_wait == 30
    with pytest.raises(ConfigError, match="max_wait must be"):
        settings_from_data({"max_wait": -1})
    with pytest.raises(ConfigError, match="max_wait must be an integer"):
        settings_from_data({"max_wait": "2 minutes"})


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_lines_only_on_a_terminal() -> None:
    piped, terminal = io.StringIO(), Terminal()
    for stream in (piped, terminal):
        progress = Progress(2, stream)
        progress.step("A", "created")
        progress.step("B", "pushed")
    assert piped.getvalue() == ""
    assert terminal.getvalue() == "[1/2] A: created\n[2/2] B: pushed\n"


def test_the_sync_log_rotates(tmp_path: Path) -> None:
    path = tmp_path / "salonbot.log"
    line = "x" * 1000
    with action_log(path) as log:
        for _ in range(LOG_MAX_BYTES // 1000 * (LOG_BACKUPS + 2)):
            log.info(line)
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["salonbot.log"] + [f"salonbot.log.{n}" for n in range(1, LOG_BACKUPS + 1)]
    assert all(p.stat().st_size <= LOG_MAX_BYTES for p in tmp_path.iterdir())
