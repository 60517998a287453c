"""Bounded input (issue 20, item 5): titles the wiki would change or refuse, Windows device
names, numbers and dates in salonbot.toml, and wikitext salonbot would take too long to read."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salonbot.cli import main
from salonbot.config import DEFAULT_PREFIX
from salonbot.report.limits import TOKEN_PATTERN, TOKENS, tokens
from salonbot.report.scaffold import file_name_for

REFUSED_TITLES = {
    "entity": (DEFAULT_PREFIX + "A &amp; B", r"HTML entity"),
    "numeric entity": (DEFAULT_PREFIX + "A&#x41;", r"characters a wiki title cannot have"),
    "percent code": (DEFAULT_PREFIX + "A%2FB", r"%XX code"),
    "direction mark": (DEFAULT_PREFIX + "A\u200fB", r"invisible character U\+200F"),
    "bidi override": (DEFAULT_PREFIX + "A\u202eB", r"invisible character U\+202E"),
    "too long": (DEFAULT_PREFIX + "é" * 100, r"longer than the wiki's 255 bytes"),
    "control": (DEFAULT_PREFIX + "A\x1bB", r"control character U\+001B"),
}


def _report(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    escaped = title.encode("unicode_escape").decode("ascii").replace('"', '\\"')
    path.write_text(f'title: "{escaped}"\nbudget: fine\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(("title", "pattern"), REFUSED_TITLES.values(), ids=REFUSED_TITLES)
def test_validate_refuses_titles_the_wiki_would_change(tmp_path: Path, title: str, pattern: str,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    path = _report(tmp_path, "r.yaml", title)
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:1: ")
    assert re.search(pattern, err), err


def test_validate_keeps_zero_width_joiners(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    # ZWJ and ZWNJ are part of how Persian, Hindi and other scripts are written.
    path = _report(tmp_path, "r.yaml", DEFAULT_PREFIX + "می\u200cخواهم \u0915\u094d\u200d")
    assert main(["validate", str(path)]) == 0, capsys.readouterr().err


@pytest.mark.parametrize("name", ["CON.yaml", "nul.yaml", "Com1.yaml", "lpt9.old.yaml"])
def test_validate_refuses_windows_device_names(tmp_path: Path, name: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = _report(tmp_path, name, DEFAULT_PREFIX + "X")
    assert main(["validate", str(path)]) == 1
    assert "a name Windows keeps for a device" in capsys.readouterr().err


@pytest.mark.parametrize(("title", "name"), [("CON", "con-report.yaml"), ("Aux", "aux-report.yaml"),
                                             ("COM1", "com1-report.yaml"),
                                             ("Console", "console.yaml")])
def test_new_file_names_avoid_windows_device_names(title: str, name: str) -> None:
    assert file_name_for(DEFAULT_PREFIX + title, DEFAULT_PREFIX) == name


def test_new_writes_con_as_con_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new", "CON", "--dir", "reports"]) == 0
    assert [p.name for p in (tmp_path / "reports").iterdir()] == ["con-report.yaml"]


@pytest.mark.parametrize(("toml", "line", "pattern"), [
    ("[salonbot]\nmax_edits = " + "9" * 5000 + "\n", 2, "a number too long"),
    ("[salonbot]\n\nmax_edits = 2019-02-30\n", 3, "not valid TOML: Invalid date"),
])
def test_settings_numbers_and_dates_give_one_line(tmp_path: Path, toml: str, line: int,
                                                  pattern: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "salonbot.toml"
    config.write_text(toml, encoding="utf-8")
    report = _report(tmp_path, "r.yaml", DEFAULT_PREFIX + "X")
    assert main(["validate", "--config", str(config), str(report)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"salonbot: {config}:{line}: {pattern}"), err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("unit", ["{{a|", "{{{a|", "[[a|", "[http://example.org ", "<p>",
                                  "<nowiki>", "{{a|[[b|}}]]"])
def test_parse_refuses_unclosed_constructs_quickly(tmp_path: Path, unit: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    # 20 KB of `{{a|` took mwparserfromhell 17 seconds; `<p>` x 20,000 took salonbot 33.
    page = tmp_path / "page.wiki"
    page.write_text("== What happened ==\n" + unit * 5000, encoding="utf-8")
    started = time.monotonic()
    assert main(["parse", str(page), "--title", "X"]) == 1
    assert time.monotonic() - started < 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"salonbot: {page}:2: more than 50 templates, links, tables or tags "
                          "open at once"), err


def test_parse_reads_closed_constructs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.wiki"
    page.write_text("== What happened ==\n" + "{{a|[[b|c]]}} <p>x</p><br>[http://x y]\n" * 400,
                    encoding="utf-8")
    assert main(["parse", str(page), "--title", "X"]) == 0
    assert "what_happened" in capsys.readouterr().out


def test_parse_refuses_a_stray_template_before_much_text(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    page = tmp_path / "page.wiki"
    page.write_text("== What happened ==\n{{a|\n" + "* a point\n" * 220_000, encoding="utf-8")
    assert main(["parse", str(page), "--title", "X"]) == 1
    assert capsys.readouterr().err.startswith(
        f"salonbot: {page}:2: a template, link, table or tag here is never closed")


_WIKI_PIECES = st.lists(st.sampled_from(["{", "}", "{{", "}}", "{|", "|}", "|", "[", "]", "[[", "]]",
                                         "[http:", "[//", "<", ">", "/>", "</", "<!--", "-->", "br",
                                         "ref", "a", " ", "\t", "\n", "x y", "é"]), max_size=40)


@given(_WIKI_PIECES)
def test_the_token_lookahead_changes_no_match(pieces: list[str]) -> None:
    # TOKENS only adds a lookahead (what every alternative starts with) to TOKEN_PATTERN, for speed
    text = "".join(pieces)
    plain = re.compile(TOKEN_PATTERN, re.DOTALL | re.MULTILINE)
    assert [(found.span(), found.groupdict()) for found in TOKENS.finditer(text)] == \
        [(found.span(), found.groupdict()) for found in plain.finditer(text)]


@settings(max_examples=1000)
@given(_WIKI_PIECES)
def test_the_tokens_are_found_as_tokens_finditer_finds_them(pieces: list[str]) -> None:
    # limits.tokens tries TOKENS only where a match can start, for speed: the same matches
    text = "".join(pieces)
    assert [(found.span(), found.groupdict()) for found in tokens(text)] == \
        [(found.span(), found.groupdict()) for found in TOKENS.finditer(text)]


def test_the_tokens_of_the_test_pages_are_found_as_tokens_finditer_finds_them() -> None:
    for path in sorted(Path(__file__).parent.glob("**/*.wiki")):
        text = path.read_text(encoding="utf-8")
        assert [(found.span(), found.groupdict()) for found in tokens(text)] == \
            [(found.span(), found.groupdict()) for found in TOKENS.finditer(text)], path


@given(_WIKI_PIECES, st.integers(0, 400))
def test_the_tokens_of_sparse_text_are_found_as_tokens_finditer_finds_them(
        pieces: list[str], padding: int) -> None:
    # the same with the text's pieces apart (limits.tokens tries TOKENS where they start only
    # when they are few: limits.SPARSE)
    text = "".join(piece + " " * padding for piece in pieces)
    assert [(found.span(), found.groupdict()) for found in tokens(text)] == \
        [(found.span(), found.groupdict()) for found in TOKENS.finditer(text)]
