"""The README's example of a report file is true to reports/ma-ug.yaml: each line it shows is a
line of the file, in the file's order; a `# ...` line stands for lines left out and a line ending
in ` ...` for the start of a longer line. The file itself is valid and as long as the README says."""

from __future__ import annotations

import re
from pathlib import Path

from salonbot.report.validate import load_report

REPO = Path(__file__).parent.parent
README = REPO / "README.md"
EXAMPLE = REPO / "reports" / "ma-ug.yaml"


def readme_example() -> list[str]:
    """The lines of the README's YAML block that shows reports/ma-ug.yaml, its heading comment
    left out."""
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"^```yaml\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)
    [block] = [block for block in blocks if block.startswith("# reports/ma-ug.yaml")]
    lines = block.splitlines()
    while lines[0].startswith("#"):
        lines.pop(0)
    return lines


def matches(shown: str, line: str) -> bool:
    if shown.endswith(" ..."):
        return line.startswith(shown.removesuffix("..."))
    return shown == line


def test_the_readme_example_is_the_real_file_shortened() -> None:
    real = EXAMPLE.read_text(encoding="utf-8").splitlines()
    position, skipping = 0, False
    for shown in readme_example():
        if shown.strip() == "# ...":
            skipping = True
            continue
        if skipping:
            while position < len(real) and not matches(shown, real[position]):
                position += 1
        assert position < len(real) and matches(shown, real[position]), (
            f"README.md shows {shown!r}, which is not line {position + 1} of {EXAMPLE.name} "
            f"({real[position] if position < len(real) else 'end of file'!r})")
        position, skipping = position + 1, False
    assert skipping or position == len(real), "the README's example stops before the file does " \
                                              "without a '# ...' line"


def test_the_readme_gives_the_files_length_and_the_file_is_valid() -> None:
    count = len(EXAMPLE.read_text(encoding="utf-8").splitlines())
    assert f"complete real example ({count} lines;" in README.read_text(encoding="utf-8")
    assert load_report(EXAMPLE).title.endswith("/Reports/MA UG")
