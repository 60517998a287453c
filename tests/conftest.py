"""Test-wide setup: unit tests run with the network blocked; tests marked `wiki` may reach only the
sandbox MediaWiki on 127.0.0.1. Hypothesis profiles: `ci` (default) and `fuzz` (make fuzz)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from pytest_socket import disable_socket, enable_socket, socket_allow_hosts

settings.register_profile("ci", max_examples=300, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
# HYPOTHESIS_EXAMPLES=N makes a shorter (or longer) fuzz run.
settings.register_profile("fuzz", max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", 100_000)),
                          deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    enable_socket()
    if item.get_closest_marker("wiki"):
        socket_allow_hosts(["127.0.0.1", "localhost", "::1"], allow_unix_socket=True)
    else:
        disable_socket(allow_unix_socket=True)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    # Fixture finalizers (the sandbox wiki's shutdown among them) run after this with the network
    # as a wiki test has it.
    enable_socket()
    socket_allow_hosts(["127.0.0.1", "localhost", "::1"], allow_unix_socket=True)


@pytest.fixture
def golden_folder(tmp_path: Path) -> Path:
    """A reports folder holding a copy of every golden report file (tests/golden/*.yaml)."""
    reports = tmp_path / "reports"
    reports.mkdir()
    for path in (Path(__file__).parent / "golden").glob("*.yaml"):
        shutil.copy(path, reports)
    return reports

