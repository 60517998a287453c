"""Headless Chromium for the tests that look at salonbot's HTML in a real browser."""

from __future__ import annotations

import shutil
import subprocess
import tempfile

import pytest

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync")


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a fresh profile; fail (not skip) if it is not installed."""
    program = shutil.which("chromium")
    if program is None:
        pytest.fail("chromium is missing; install it with `apt-get install -y chromium` "
                    "(or `make system-deps`)")
    with tempfile.TemporaryDirectory(prefix="salonbot-chromium-") as profile:
        return subprocess.run([program, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=180, check=False)
