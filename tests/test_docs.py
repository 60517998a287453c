"""The documentation keeps up with the code: every subcommand and every option is in
docs/commands.md, every relative link in README.md, docs/*.md and benchmarks/README.md reaches a
file (and a heading), and the README's test command runs ruff, mypy and then the whole suite, as
CI does."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from salonbot.cli import build_parser

REPO = Path(__file__).parent.parent
COMMANDS = REPO / "docs" / "commands.md"
DOCUMENTS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md")),
             REPO / "benchmarks" / "README.md"]


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("salonbot has no subcommands")


def _options(parser: argparse.ArgumentParser) -> list[list[str]]:
    """The option strings of each option of `parser`, --help left out."""
    return [action.option_strings for action in parser._actions
            if action.option_strings and not isinstance(action, argparse._HelpAction)]


def _without_code(text: str) -> str:
    """`text` with fenced code blocks removed and each inline code span replaced by `code`."""
    text = re.sub(r"^ *```.*?^ *```[^\n]*$", "", text, flags=re.MULTILINE | re.DOTALL)
    return re.sub(r"`[^`\n]+`", "code", text)


def _section(name: str) -> str:
    """The part of docs/commands.md from `## salonbot NAME` to the next `## ` heading."""
    text = COMMANDS.read_text(encoding="utf-8")
    match = re.search(rf"^## salonbot {re.escape(name)}\n(.*?)(?=^## |\Z)", text,
                      re.MULTILINE | re.DOTALL)
    assert match, f"docs/commands.md has no `## salonbot {name}` section"
    return match.group(1)


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_option_of_every_subcommand_is_in_docs_commands(name: str) -> None:
    section = _section(name)
    for strings in _options(_subcommands()[name]):
        longest = max(strings, key=len)
        assert re.search(rf"`{re.escape(longest)}[ `]", section), (
            f"docs/commands.md, `## salonbot {name}`: the option {longest} is not documented")


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_option_in_the_tables_of_docs_commands_exists(name: str) -> None:
    known = {string for strings in _options(_subcommands()[name]) for string in strings}
    rows = [line for line in _section(name).splitlines() if line.startswith("| `-")]
    assert rows, f"docs/commands.md, `## salonbot {name}`: no table of options"
    for row in rows:
        for option in re.findall(r"`(--?[a-z][a-z-]*)", row.split("|")[1]):
            assert option in known, f"salonbot {name} has no option {option} ({row})"


def _slug(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().strip("#").strip().lower())
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    found: set[str] = set()
    text = re.sub(r"^ *```.*?^ *```[^\n]*$", "", path.read_text(encoding="utf-8"),
                  flags=re.MULTILINE | re.DOTALL)
    for heading in re.findall(r"^#{1,6} (.+)$", text, re.MULTILINE):
        slug, number = _slug(heading), 0
        while (slug if number == 0 else f"{slug}-{number}") in found:
            number += 1
        found.add(slug if number == 0 else f"{slug}-{number}")
    return found


def _relative_links(path: Path) -> list[str]:
    text = _without_code(path.read_text(encoding="utf-8"))
    targets = re.findall(r"\[[^\]\n]*\]\(([^)\s]+)\)", text)
    return [target for target in targets if not re.match(r"[a-z][a-z+.-]*:", target)]


def test_the_link_checker_sees_links_and_anchors() -> None:
    readme_links = _relative_links(REPO / "README.md")
    assert "docs/commands.md#salonbot-sync" in readme_links
    assert {"salonbot-sync", "exit-codes-of-sync", "exit-codes"} <= _anchors(COMMANDS)
    assert _slug("### `salonbot.toml`") == "salonbottoml"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(REPO)))
def test_every_relative_link_reaches_a_file_and_a_heading(document: Path) -> None:
    broken = []
    for target in _relative_links(document):
        file_part, _, anchor = target.partition("#")
        linked = (document.parent / file_part).resolve() if file_part else document
        if not linked.exists():
            broken.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
            broken.append(f"{target}: no heading with the anchor #{anchor}")
    assert broken == [], f"{document.relative_to(REPO)}: broken links"


def test_make_test_runs_ruff_then_mypy_then_every_test() -> None:
    make = shutil.which("make")
    assert make, "make is not installed"
    dry = subprocess.run([make, "-n", "test"], cwd=REPO, capture_output=True, text=True,
                         check=True, timeout=60).stdout.splitlines()

    def position(pattern: str) -> int:
        found = [number for number, line in enumerate(dry) if re.search(pattern, line)]
        assert found, f"`make test` does not run {pattern!r}:\n" + "\n".join(dry)
        return found[0]

    ruff = position(r"/ruff check src tests benchmarks scripts$")
    mypy = position(r"/mypy$")
    pytest_line = position(r"/python -m pytest\b")
    assert ruff < mypy < pytest_line
    # The whole suite (no selection: only the worker processes of pytest-xdist added), and its
    # exit code as it is: 5 (no tests collected) must fail the target.
    assert re.search(r"/python -m pytest -q -n auto --maxprocesses \d+$", dry[pytest_line]), \
        dry[pytest_line]
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert re.search(r"^make test +#", (REPO / "README.md").read_text(encoding="utf-8"),
                     re.MULTILINE), "the README's quick start does not give `make test`"
