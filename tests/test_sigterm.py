"""SIGTERM stops a command as Ctrl-C does (issue 20, item 6): one line, exit 143, no temporary
file left behind."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
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
        # signalled once the export is under way: its temporary file exists (made before the
        # first file is read, removed or renamed at the end), whatever the machine's load or
        # where the work is done (worker processes read the files of a big export)
        deadline = time.monotonic() + 120
        while not _temporary_files(tmp_path, output) and process.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.005)
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


def _temporary_files(folder: Path, output: str) -> list[Path]:
    """The temporary files an export to `folder / output` has made so far."""
    return list(folder.glob(f".{output}.*.tmp"))


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


@pytest.fixture
def ctrl_c() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt, as in a terminal (a shell starts a job in the background
    with it ignored, and then salonbot leaves it so)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.mark.usefixtures("ctrl_c")
def test_a_stop_during_a_held_block_comes_at_its_end() -> None:
    from salonbot import signals
    from salonbot.errors import Terminated

    steps = []
    with signals.installed():
        with pytest.raises(Terminated), signals.held():
            os.kill(os.getpid(), signal.SIGTERM)
            steps.append("after the signal")
        with pytest.raises(KeyboardInterrupt), signals.held():
            os.kill(os.getpid(), signal.SIGINT)
            steps.append("after Ctrl-C")
    assert steps == ["after the signal", "after Ctrl-C"]


@pytest.mark.usefixtures("ctrl_c")
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_just_after_a_temporary_file_is_made_leaves_none(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int) -> None:
    # the narrowest window: the file exists, the code that would remove it has not its name yet
    from salonbot import signals
    from salonbot.export.write import replacing
    from salonbot.report import yamlio

    made = tempfile.mkstemp

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        result = made(*args, **kwargs)  # type: ignore[call-overload]
        os.kill(os.getpid(), number)
        return result  # type: ignore[no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    target = tmp_path / "r.yaml"
    target.write_text("old\n", encoding="utf-8")
    with signals.installed():
        with pytest.raises(KeyboardInterrupt):
            yamlio.write_atomic(target, "new\n")
        if number == signal.SIGTERM:  # the handler ignores a second SIGTERM, as a run would
            signal.signal(signal.SIGTERM, signals._terminate)
        with pytest.raises(KeyboardInterrupt), replacing(tmp_path / "out.csv") as temporary:
            temporary.write_text("rows\n", encoding="utf-8")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["r.yaml"]
    assert target.read_text(encoding="utf-8") == "old\n"
