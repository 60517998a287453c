"""SIGTERM stops a command as Ctrl-C does (issue 20, item 6): one line, exit 143, no temporary
file left behind."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salonbot.config import DEFAULT_PREFIX


def test_sigterm_during_an_export_leaves_no_temporary_file(tmp_path: Path) -> None:
    # cron or systemd stop a long export with SIGTERM: it ends as Ctrl-C ends it.
    reports = tmp_path / "reports"
    reports.mkdir()
    golden = (Path(__file__).parent / "golden" / "morocco.yaml").read_text(encoding="utf-8")
    first = golden.splitlines()[0]
    for number in range(1500):
        (reports / f"r{number}.yaml").write_text(
            golden.replace(first, f"title: {DEFAULT_PREFIX}R{number}", 1), encoding="utf-8")
    for output in ("out.db", "out.csv"):
        arguments = ["--format", "sqlite"] if output.endswith(".db") else []
        process = subprocess.Popen([sys.executable, "-m", "salonbot", "export", *arguments,
                                    "-o", output], cwd=tmp_path, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        # signalled once it has done a second and a half of work (its own CPU time: Python
        # started, its handlers set, the export under way), whatever the machine's load: on a
        # busy machine a fixed wait can end before the command has even started
        deadline = time.monotonic() + 120
        while _cpu_seconds(process.pid) < 1.5 and process.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.02)
        assert process.poll() is None, "the export ended before it could be stopped"
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 143, stderr
        assert stderr.strip().splitlines()[-1] == "salonbot: terminated (SIGTERM)", stderr
        assert "Traceback" not in stderr
        assert not (tmp_path / output).exists()
        assert sorted(path.name for path in tmp_path.glob(".*tmp*")) == []
        shutil.rmtree(reports / ".salonbot", ignore_errors=True)
        (reports / ".salonbot-cache.json").unlink(missing_ok=True)


def _cpu_seconds(pid: int) -> float:
    """The CPU time (user and system) the process `pid` has used so far (/proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_a_sigterm_that_lands_in_a_finalizer_is_still_one_line_and_143(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # Python cannot raise out of a finalizer (a lock released, a file closed): the handler's
    # exception is dropped there and the command goes on to its end. It is still a SIGTERM.
    import gc

    import salonbot.cli as cli
    from salonbot.errors import Terminated

    class Finalized:
        def __del__(self) -> None:
            raise Terminated

    def command(args: object) -> int:
        Finalized()
        gc.collect()
        return 0

    monkeypatch.setattr(cli, "run_command", command)
    assert cli.main(["check"]) == 143
    out, err = capsys.readouterr()
    assert err == "salonbot: terminated (SIGTERM)\n" and "Traceback" not in out + err
