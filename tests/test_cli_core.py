"""The `salonbot` command's offline subcommands: render, parse, validate, new, schema, --version,
and the help text of every subcommand (tests/test_docs.py checks docs/commands.md)."""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import salonbot
from salonbot.cli import build_parser, main
from salonbot.report.schema import report_schema
from salonbot.report.template import get_template
from salonbot.report.yamlio import load_data, report_from_data

REPO = Path(__file__).parent.parent
GOLDEN = REPO / "tests" / "golden"
MOROCCO_YAML = GOLDEN / "morocco.yaml"
MOROCCO_WIKI = GOLDEN / "morocco.wiki"
MOROCCO_TITLE = ("Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/"
                 "Reports/MA UG")


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("salonbot has no subcommands")


def _report_from_yaml(text: str) -> salonbot.Report:
    data, _ = load_data(text)
    return report_from_data(data)


# --- render ---------------------------------------------------------------------------------------

def test_render_prints_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(MOROCCO_YAML)]) == 0
    out, err = capsys.readouterr()
    assert out == MOROCCO_WIKI.read_text(encoding="utf-8") + "\n"
    assert err == ""


def test_render_writes_the_page_with_o(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "page.wiki"
    assert main(["render", str(MOROCCO_YAML), "-o", str(output)]) == 0
    assert output.read_bytes() == MOROCCO_WIKI.read_bytes()
    assert capsys.readouterr() == ("", "")


def test_render_of_an_invalid_file_fails_with_its_line(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("title: T\nbudget:\n- ' x'\n", encoding="utf-8")
    output = tmp_path / "page.wiki"
    assert main(["render", str(path), "-o", str(output)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"{path}:3: a bullet must not start or end with spaces; remove them\n"
    assert not output.exists()


def test_render_of_a_missing_file_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "nope.yaml")]) == 1
    assert capsys.readouterr().err == (
        f"{tmp_path / 'nope.yaml'}: cannot read the file: No such file or directory\n")


def test_render_needs_no_pywikibot_config(tmp_path: Path) -> None:
    home, config = tmp_path / "home", tmp_path / "pywikibot"
    home.mkdir()
    config.mkdir()
    output = tmp_path / "page.wiki"
    argv = ["render", str(MOROCCO_YAML), "-o", str(output)]
    script = ("import sys, salonbot.cli\n"
              f"code = salonbot.cli.main({argv!r})\n"
              "assert 'pywikibot' not in sys.modules, 'render imported pywikibot'\n"
              "sys.exit(code)\n")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYWIKIBOT")}
    env |= {"HOME": str(home), "PYWIKIBOT_DIR": str(config), "PYWIKIBOT_NO_USER_CONFIG": ""}
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (0, "")
    assert output.read_bytes() == MOROCCO_WIKI.read_bytes()
    assert list(config.iterdir()) == [] and list(home.iterdir()) == []


# --- parse ----------------------------------------------------------------------------------------

def test_parse_prints_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(MOROCCO_WIKI), "--title", MOROCCO_TITLE]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith(f"title: {MOROCCO_TITLE}\n")
    assert _report_from_yaml(out) == salonbot.load_report(MOROCCO_YAML)


def test_parse_takes_the_title_from_the_file_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(MOROCCO_WIKI)]) == 0
    assert _report_from_yaml(capsys.readouterr().out).title == "morocco"


def test_parse_writes_a_valid_report_file_with_o(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "ma-ug.yaml"
    assert main(["parse", str(MOROCCO_WIKI), "--title", MOROCCO_TITLE, "-o", str(output)]) == 0
    assert capsys.readouterr() == ("", "")
    assert salonbot.load_report(output) == salonbot.load_report(MOROCCO_YAML)
    assert main(["render", str(output)]) == 0
    assert capsys.readouterr().out == MOROCCO_WIKI.read_text(encoding="utf-8") + "\n"


def test_parse_reads_standard_input(monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("==Budget==\n10 USD\n"))
    assert main(["parse", "-", "--title", "Reports/X"]) == 0
    assert capsys.readouterr().out == "title: Reports/X\nbudget: 10 USD\n"


def test_parse_of_standard_input_needs_a_title(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    # Without --title the report would have `title: ''`, which `salonbot validate` refuses.
    monkeypatch.setattr(sys, "stdin", io.StringIO("== Budget ==\nx"))
    assert main(["parse", "-"]) == 2
    captured = capsys.readouterr()
    assert "--title" in captured.err and captured.out == ""


# --- validate -------------------------------------------------------------------------------------

def test_validate_a_valid_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(MOROCCO_YAML)]) == 0
    assert capsys.readouterr() == ("1 of 1 report file(s) valid\n", "")


def test_validate_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(MOROCCO_YAML, tmp_path / "a.yaml")
    shutil.copy(GOLDEN / "minimal.yaml", tmp_path / "b.yaml")
    (tmp_path / "notes.txt").write_text("not a report", encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 0
    assert capsys.readouterr() == ("2 of 2 report file(s) valid\n", "")
    (tmp_path / "c.yaml").write_text("title: T\nbugdet: x\n", encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    assert capsys.readouterr() == (
        "2 of 3 report file(s) valid\n",
        f"{tmp_path / 'c.yaml'}:2: unknown key 'bugdet' in file; did you mean 'budget'?\n")


def test_validate_defaults_to_the_reports_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 1
    assert capsys.readouterr().err == "salonbot: no report files in reports/\n"
    (tmp_path / "reports").mkdir()
    shutil.copy(MOROCCO_YAML, tmp_path / "reports" / "ma-ug.yaml")
    assert main(["validate"]) == 0
    assert capsys.readouterr().out == "1 of 1 report file(s) valid\n"
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.yaml").write_text("title: T\nbudget: [' x']\n", encoding="utf-8")
    assert main(["validate", "--dir", "other"]) == 1
    assert capsys.readouterr().err.startswith("other/x.yaml:2: a bullet must not start")


def test_the_repository_reports_are_valid(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(REPO)
    assert main(["validate"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("argv", [["validate", "--bogus"], ["render"], ["nosuchcommand"], [],
                                  ["render", "a.yaml", "b.yaml"], ["new"]])
def test_usage_errors_exit_with_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: salonbot")
    assert "Traceback" not in err


# --- new ------------------------------------------------------------------------------------------

def test_new_writes_a_scaffold_that_validates(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    title = get_template().title_prefix + "WM XX"
    assert main(["new", title, "--dir", str(tmp_path / "reports")]) == 0
    path = tmp_path / "reports" / "wm-xx.yaml"
    assert capsys.readouterr().out == f"{path}\n"
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == "1 of 1 report file(s) valid\n"
    report = salonbot.load_report(path)
    assert report.title == title
    headings = re.findall(r"^== (.+) ==$", salonbot.render(report), re.MULTILINE)
    assert headings == [spec.heading for spec in get_template().sections]


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ma-ug.yaml"
    path.write_bytes(b"title: mine\n")
    assert main(["new", "MA UG", "--dir", str(tmp_path)]) == 1
    assert capsys.readouterr() == ("", f"salonbot: {path} exists already; edit it, or remove it "
                                       "first\n")
    assert path.read_bytes() == b"title: mine\n"


def test_new_with_an_unknown_template_fails(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "X", "--dir", str(tmp_path), "--template", "nope"]) == 1
    assert capsys.readouterr().err == (
        "salonbot: unknown template 'nope' (known: strategy-salon)\n")
    assert list(tmp_path.iterdir()) == []


# --- schema and --version -------------------------------------------------------------------------

def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == report_schema(get_template())


def test_schema_writes_a_file_with_o(tmp_path: Path) -> None:
    output = tmp_path / "s.json"
    assert main(["schema", "-o", str(output)]) == 0
    assert json.loads(output.read_text(encoding="utf-8")) == report_schema()


def test_version() -> None:
    result = subprocess.run([sys.executable, "-m", "salonbot", "--version"], capture_output=True,
                            text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (0, "salonbot 0.1.0\n", "")
    assert salonbot.__version__ == "0.1.0"


# --- help ---------------------------------------------------------------------------------------

def test_there_are_subcommands() -> None:
    assert {"validate", "render", "parse", "new", "schema"} <= set(_subcommands())


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_subcommand_has_help_with_an_example(name: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([name, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: salonbot {name}")
    example = re.search(r"^example:\n  (salonbot .+|.*\$\(salonbot .+)$", out, re.MULTILINE)
    assert example, out
    assert re.search(rf"\bsalonbot {name}\b", example.group(1))


def test_the_command_line_does_not_load_multiprocessing() -> None:
    # multiprocessing registers `__mp_main__`, and then pywikibot's -log header fails with a
    # RuntimeError in every command that talks to the wiki; only `export` needs worker processes.
    import subprocess
    import sys

    code = ("import sys, salonbot.cli; salonbot.cli.build_parser(); "
            "print(sorted({'__mp_main__', 'multiprocessing'} & set(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
