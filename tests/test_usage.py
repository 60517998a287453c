"""Smaller points a new user met (issue 20, item 8): usage errors that say what is wrong and
what was meant, and counts that name what was counted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from salonbot.cli import main
from salonbot.config import DEFAULT_PREFIX


@pytest.mark.parametrize(("arguments", "said"), [
    (["--frobnicate"], "salonbot: error: unrecognised option --frobnicate"),
    (["push", "--dyr-run"], "unrecognised option --dyr-run (did you mean --dry-run?)"),
    (["sync", "--jsn"], "unrecognised option --jsn (did you mean --json?)"),
    (["psuh"], "unknown command 'psuh'; did you mean push?"),
    (["valdiate"], "unknown command 'valdiate'; did you mean validate?"),
])
def test_usage_errors_say_what_was_meant(arguments: list[str], said: str) -> None:
    result = subprocess.run([sys.executable, "-m", "salonbot", *arguments], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith("salonbot: error: ")
    assert said in result.stderr.splitlines()[-1], result.stderr


def test_export_of_the_reports_table_counts_reports(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.yaml").write_text(
        f"title: {DEFAULT_PREFIX}A\nwhat_happened:\n- one\n- two\n", encoding="utf-8")
    assert main(["export", "--table", "reports"]) == 0
    assert capsys.readouterr().err == "exported 1 report(s)\n"
    assert main(["export"]) == 0
    assert capsys.readouterr().err == "exported 1 report(s), 2 point(s)\n"
