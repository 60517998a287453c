"""Bad report files: each is refused with `FILE:LINE: what is wrong and how to fix it`.

The corpus is tests/bad/*.yaml. The first line of each file is a comment
`# expect: LINE: REGEX`: the first message must be on that line of the file and its text must
match REGEX (case-insensitive `re.search`). A new case is one file and no code. Files that cannot
carry that comment (empty, binary, not UTF-8, too large) are made here, in `GENERATED`.

Each case goes through `salonbot.validate.load_report` and through `salonbot validate` (in this
process, and once for the whole corpus in a subprocess, as a person runs it). Neither may show a
traceback or write a file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from salonbot.cli import main
from salonbot.config import DEFAULT_PREFIX
from salonbot.errors import ReportErrors
from salonbot.report.validate import load_report

BAD = Path(__file__).parent / "bad"
EXPECT = re.compile(r"# expect: (?P<line>\d+|-): (?P<pattern>.+)")
CORPUS = sorted(BAD.glob("*.yaml"))

# name: (file bytes, expected line or None for a message about the whole file, REGEX)
GENERATED: dict[str, tuple[bytes, int | None, str]] = {
    "empty_file": (b"", 1, r"the file is empty; a report needs at least a title"),
    "binary": (b"title: Example\nbudget: a\0b\n", 2, r"binary"),
    "latin1": ("title: Example\nbudget: café\n".encode("latin-1"), 2,
               r"not UTF-8.*save it as UTF-8"),
    "huge": (b"title: Example\nbudget: " + b"x" * 2_100_000 + b"\n", None,
             r"larger than 2000000 bytes.*(shorten|split)"),
    # 20,001 values in a small file: refused from the event stream, at the value too many
    "too_many_values": (b"title: Example\nwhat_happened: [" + b"a," * 20_000 + b"a]\n", 2,
                        r"more than 20000 values in one file.*split it"),
    "number_of_5000_digits": (b"title: Example\nbudget: !!int \"" + b"9" * 5000 + b"\"\n", 2,
                              r"not a valid int"),
    "templates_in_many_values": (b"title: Example\nwhat_happened:\n" + b"- x {{a}}\n" * 5_001,
                                 5_003, r"more than 5000 templates, links, tables and tags"),
    # each point alone is fine; the first four together make the page's parser read 2.2 MB
    "unclosed_in_many_values": (b"title: Example\nwhat_happened:\n"
                                + (b"- '{{a|" + b"x" * 100_000 + b"'\n") * 7, 6,
                                r"never closed.*more than 2000000 characters after it"),
}


def _expectation(path: Path) -> tuple[int | None, str]:
    first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8")
    found = EXPECT.fullmatch(first)
    assert found, f"{path.name}: the first line must be `# expect: LINE: REGEX`"
    line = found.group("line")
    return (None if line == "-" else int(line)), found.group("pattern")


CASES = [pytest.param(path.read_bytes(), *_expectation(path), id=path.stem) for path in CORPUS] + [
    pytest.param(data, line, pattern, id=name) for name, (data, line, pattern) in GENERATED.items()
]


def test_the_corpus_is_there() -> None:
    assert len(CORPUS) >= 40
    for path in CORPUS:
        assert len(path.read_bytes()) < 1000, f"{path.name}: keep bad cases tiny"
        _expectation(path)


def _check_message(message: str, path: Path, line: int | None, pattern: str) -> None:
    prefix = f"{path}:{line}: " if line is not None else f"{path}: "
    assert message.startswith(prefix), f"expected {prefix!r}, got {message!r}"
    assert re.search(pattern, message[len(prefix):], re.IGNORECASE), (
        f"message does not match /{pattern}/: {message!r}")
    assert "Traceback" not in message


def _listing(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def bad_file(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
             ) -> Path:
    # Every case runs in an empty folder of its own, which must stay as it was.
    monkeypatch.chdir(tmp_path)
    return tmp_path / "report.yaml"


@pytest.mark.parametrize(("data", "line", "pattern"), CASES)
def test_load_report_refuses_it(bad_file: Path, data: bytes, line: int | None,
                                pattern: str) -> None:
    bad_file.write_bytes(data)
    before = _listing(bad_file.parent)
    modules = set(sys.modules)
    with pytest.raises(ReportErrors) as raised:
        load_report(bad_file)
    assert raised.value.errors, "ReportErrors without any error"
    _check_message(str(raised.value.errors[0]), bad_file, line, pattern)
    assert _listing(bad_file.parent) == before
    assert "this" not in set(sys.modules) - modules  # `!!python/name:this.s` imported nothing


@pytest.mark.parametrize(("data", "line", "pattern"), CASES)
def test_salonbot_validate_refuses_it(bad_file: Path, data: bytes, line: int | None, pattern: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    bad_file.write_bytes(data)
    before = _listing(bad_file.parent)
    assert main(["validate", str(bad_file)]) == 1
    out, err = capsys.readouterr()
    _check_message(err.splitlines()[0], bad_file, line, pattern)
    assert out == "0 of 1 report file(s) valid\n"
    assert _listing(bad_file.parent) == before


def test_the_command_refuses_the_whole_corpus(tmp_path: Path) -> None:
    # As a person runs it: one process, a folder of bad files, no traceback, nothing written,
    # nothing executed by a YAML tag (python_object_tag would write PWNED into the folder).
    folder = tmp_path / "reports"
    shutil.copytree(BAD, folder)
    (folder / "expected.txt").unlink(missing_ok=True)
    before = _listing(folder)
    result = subprocess.run([sys.executable, "-m", "salonbot", "validate"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Beautiful is better than ugly" not in result.stdout + result.stderr  # import this
    assert result.stdout == f"0 of {len(CORPUS)} report file(s) valid\n"
    assert _listing(folder) == before
    for path in CORPUS:  # the lines and texts are checked case by case above
        assert re.search(rf"^reports/{re.escape(path.name)}:", result.stderr, re.MULTILINE), (
            f"no message for {path.name}")


def test_a_valid_file_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The other side of the corpus: the same shapes, written correctly, are accepted.
    path = tmp_path / "good.yaml"
    path.write_text(
        f"title: {DEFAULT_PREFIX}Example\n"
        "what_happened: We met.\n"
        "discussion:\n  themes:\n  - title: Advocacy\n    points:\n    - a\n"
        "    - - a.1\n    - ''\n    - text: b\n      points:\n      - b.1\n"
        "budget: 1200\n"
        "extra_sections:\n- title: Notes\n  text: A heading that is not a template one.\n",
        encoding="utf-8")
    assert load_report(path).sections["budget"].text == "1200"
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr() == ("1 of 1 report file(s) valid\n", "")


def test_a_file_an_older_salonbot_wrote_loads_with_its_form_left_to_the_page(
        tmp_path: Path) -> None:
    # `layout:` keys are read and ignored; Translate markers, comments and categories in its
    # texts are not content: the page has them, and the file loses them when next rewritten.
    page = ("<languages/>\n<translate>\n== Date and location == <!--T:1-->\n12 May 2019\n\n"
            "== Participant List == <!--T:2-->\n<!--T:3-->\n* Anass\n</translate>\n\n"
            "[[Category:Strategy Salons]]")
    path = tmp_path / "old.yaml"
    path.write_text(
        f"title: {DEFAULT_PREFIX}Example\nintro: |-\n  <languages/>\n  <translate>\n"
        "date_and_location:\n  text: 12 May 2019\n  layout:\n"
        "    heading: '== Date and location == <!--T:1-->'\n"
        "participants:\n  text: <!--T:3-->\n  points:\n  - Anass\n  - </translate>\n  - ''\n"
        "  - '[[Category:Strategy Salons]]'\n  layout:\n"
        "    heading: '== Participant List == <!--T:2-->'\n    content: {gap: 1}\n"
        "layout:\n  after: 1\n", encoding="utf-8")
    report = load_report(path, base=page)
    assert (report.intro, report.sections["date_and_location"].text) == ("", "12 May 2019")
    assert report.sections["participants"].text == ""
    assert [point.text for point in report.sections["participants"].points] == ["Anass"]
    assert report.categories == ["Strategy Salons"]
    from salonbot import render
    assert render(report, base=page) == page
