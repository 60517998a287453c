"""One set of title rules everywhere: `validate` refuses the titles `push` refuses (with the file
and line of `title:`), `new` puts a short name under the allowed prefix, and both read
salonbot.toml or --config; a broken salonbot.toml stops every command that reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from salonbot.cli import main
from salonbot.config import DEFAULT_PREFIX
from salonbot.report.validate import load_report
from salonbot.sync.plan import report_refusal
from salonbot.wiki.titles import title_refusal, title_under_prefix

GOLDEN = Path(__file__).parent / "golden"


def report_file(folder: Path, name: str, title: str) -> Path:
    """A valid report file (the minimal golden case) with `title`; returns its path."""
    text = (GOLDEN / "minimal.yaml").read_text(encoding="utf-8")
    first, rest = text.split("\n", 1)
    assert first.startswith("title: ")
    path = folder / name
    path.write_text(f"# a comment first, so that title: is on line 2\ntitle: {title}\n{rest}",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("title", [
    "User:Alice/My salon",
    DEFAULT_PREFIX + "../../Evil",
    DEFAULT_PREFIX + "A/./B",
    "Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/Reports",
    DEFAULT_PREFIX.replace("Strategy", "Strаtegy") + "Look-alike",  # Cyrillic a
    DEFAULT_PREFIX.lower() + "Lower case",
])
def test_validate_refuses_what_push_refuses_at_the_title_line(
        tmp_path: Path, title: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = report_file(tmp_path, "bad.yaml", title)
    assert load_report(path).title == title  # the format itself is fine
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    push_says = report_refusal(str(path), title, "", DEFAULT_PREFIX, {})
    assert push_says is not None
    assert err == push_says.replace(f"{path}: ", f"{path}:2: ", 1) + "\n"
    assert out == "0 of 1 report file(s) valid\n"


def test_validate_refuses_a_title_given_twice_in_the_later_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = report_file(tmp_path, "a.yaml", DEFAULT_PREFIX + "WM ZZ")
    second = report_file(tmp_path, "b.yaml", DEFAULT_PREFIX + "WM ZZ")
    assert main(["validate", str(tmp_path)]) == 1
    assert capsys.readouterr() == ("1 of 2 report file(s) valid\n",
                                   f"{second}:2: the same title as {first}\n")


def test_validate_uses_the_prefix_of_salonbot_toml_and_of_config(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    report_file(tmp_path / "reports", "zz.yaml", "Sandbox/Reports/WM ZZ")
    assert main(["validate"]) == 1
    assert "outside the allowed prefix" in capsys.readouterr().err
    (tmp_path / "salonbot.toml").write_text('[salonbot]\nallowed_prefix = "Sandbox/Reports/"\n',
                                            encoding="utf-8")
    assert main(["validate"]) == 0
    assert capsys.readouterr() == ("1 of 1 report file(s) valid\n", "")
    (tmp_path / "other.toml").write_text('[salonbot]\nallowed_prefix = "Elsewhere/"\n'
                                         'reports_dir = "mine"\n', encoding="utf-8")
    (tmp_path / "mine").mkdir()
    report_file(tmp_path / "mine", "zz.yaml", "Sandbox/Reports/WM ZZ")
    assert main(["validate", "--config", "other.toml"]) == 1
    assert capsys.readouterr().err.startswith(f"{Path('mine/zz.yaml')}:2: title: the title is "
                                              "outside the allowed prefix 'Elsewhere/'")


@pytest.mark.parametrize("command", [["validate"], ["new", "WM ZZ"], ["schema"],
                                     ["parse", "page.wiki"], ["index"], ["status"], ["push"],
                                     ["pull"], ["diff"], ["sync", "--yes"], ["index", "--push"]])
def test_a_broken_salonbot_toml_is_one_line_and_exit_1(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    report_file(tmp_path / "reports", "zz.yaml", DEFAULT_PREFIX + "WM ZZ")
    (tmp_path / "page.wiki").write_text("== Date and location ==\nToday\n", encoding="utf-8")
    (tmp_path / "salonbot.toml").write_text("[salonbot]\nallowed_prefix = \n", encoding="utf-8")
    assert main(command) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("salonbot: salonbot.toml:2: not valid TOML: ")  # the line at fault
    assert err.count("\n") == 1
    (tmp_path / "salonbot.toml").write_text('[salonbot]\nallowed_prefixx = "X/"\n',
                                            encoding="utf-8")
    assert main(command) == 1
    assert capsys.readouterr().err.startswith(
        "salonbot: salonbot.toml: unknown setting 'allowed_prefixx'")
    assert not (tmp_path / "reports" / "wm-zz.yaml").exists()


@pytest.mark.parametrize(("name", "expected"), [
    ("WM ZZ", DEFAULT_PREFIX + "WM ZZ"),
    ("  WM ZZ ", DEFAULT_PREFIX + "WM ZZ"),
    ("WM ZZ/2019", DEFAULT_PREFIX + "WM ZZ/2019"),
    (DEFAULT_PREFIX + "WM ZZ", DEFAULT_PREFIX + "WM ZZ"),
])
def test_a_short_name_goes_under_the_prefix_and_a_full_title_stays(name: str,
                                                                   expected: str) -> None:
    assert title_under_prefix(name, DEFAULT_PREFIX) == (expected, None)
    assert title_refusal(expected, DEFAULT_PREFIX) is None


@pytest.mark.parametrize(("name", "refusal"), [
    ("User:Alice/My salon", "names another namespace or wiki"),
    ("meta:WM ZZ", "names another namespace or wiki"),
    ("Strategy/Elsewhere/WM ZZ", "outside the allowed prefix"),
    ("WM ZZ/../../Evil", "'..' subpage segment"),
    ("WM [ZZ]", "characters a wiki title cannot have"),
    (DEFAULT_PREFIX + "../Evil", "'..' subpage segment"),
])
def test_new_refuses_a_title_push_would_refuse(name: str, refusal: str) -> None:
    title, problem = title_under_prefix(name, DEFAULT_PREFIX)
    assert problem is not None and refusal in problem
    assert title_refusal(title, DEFAULT_PREFIX) is not None or "namespace" in problem


def test_new_puts_a_short_name_under_the_prefix_of_the_settings(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new", "WM ZZ"]) == 0
    assert capsys.readouterr().out == f"{Path('reports/wm-zz.yaml')}\n"
    assert load_report(tmp_path / "reports" / "wm-zz.yaml").title == DEFAULT_PREFIX + "WM ZZ"
    assert main(["validate"]) == 0
    capsys.readouterr()

    (tmp_path / "sandbox.toml").write_text('[salonbot]\nallowed_prefix = "Sandbox/Reports/"\n'
                                           'reports_dir = "sandbox"\n', encoding="utf-8")
    assert main(["new", "WM ZZ", "--config", "sandbox.toml"]) == 0
    assert capsys.readouterr().out == f"{Path('sandbox/wm-zz.yaml')}\n"
    assert load_report(tmp_path / "sandbox" / "wm-zz.yaml").title == "Sandbox/Reports/WM ZZ"
    assert main(["validate", "--config", "sandbox.toml"]) == 0
    capsys.readouterr()

    assert main(["new", "User:Alice/My salon"]) == 1
    assert capsys.readouterr() == ("", (
        "salonbot: User:Alice/My salon: 'User:Alice/My salon' names another namespace or wiki; "
        f"give a short name such as 'WM ZZ' (it goes under the allowed prefix {DEFAULT_PREFIX!r})"
        " or a full title under that prefix\n"))
    assert sorted(path.name for path in (tmp_path / "reports").iterdir()) == ["wm-zz.yaml"]
