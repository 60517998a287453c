"""How many of the figures a page states are read, and how many are wrong, on the corpus of
hand-written pages in tests/figures/ (each with the figures a careful reader takes from it), and
on tests/figures-heldout/, pages written after the rules and never tuned to (the honest measure).

    .venv/bin/python benchmarks/bench_figures.py [-v] [DIR]

Prints, per figure, how many pages state it, how many of those are read, and how many
readings are wrong (a value where the page states none, or another value); -v lists each
page that is not read or wrong. The target (issue 19): no wrong figure, 85 % read.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from salonbot.analytics.readings import Amount, Figures, report_figures
from salonbot.report.parse import parse_page

TESTS = Path(__file__).resolve().parent.parent / "tests"
CORPORA = (TESTS / "figures", TESTS / "figures-heldout", TESTS / "figures-heldout2")
NAMES = ("date", "participants", "budget_spent", "budget_spent_usd")


def expected_value(expected: dict[str, Any], name: str) -> Any:
    """A figure of an expected file as the reader gives it (an Amount for budget_spent)."""
    value = expected[name]
    if name == "budget_spent" and value is not None:
        return Amount(Decimal(str(value["amount"])), value["currency"])
    if name == "budget_spent_usd" and value is not None:
        return Decimal(str(value))
    return value


def same(read: Any, expected: Any) -> bool:
    """Whether a reading is the expected value (amounts compared by value)."""
    if isinstance(read, Amount) and isinstance(expected, Amount):
        return read.value == expected.value and read.currency == expected.currency
    if isinstance(read, Decimal | int) and isinstance(expected, Decimal | int) \
            and not isinstance(read, bool):
        return Decimal(read) == Decimal(expected)
    return bool(read == expected)


def cases(corpus: Path) -> list[tuple[str, dict[str, Any], Figures]]:
    """Each page of a corpus: its name, its expected figures and the reading."""
    found = []
    for page in sorted(corpus.glob("*.wiki")):
        expected = yaml.safe_load(page.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        report = parse_page(page.read_text(encoding="utf-8"), page.stem)
        found.append((page.stem, expected, report_figures(report)))
    return found


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    chosen = [Path(arg) for arg in argv if arg != "-v"]
    for corpus in chosen or CORPORA:
        print(f"### {corpus.relative_to(TESTS.parent) if corpus.is_relative_to(TESTS.parent) else corpus}"
              f" ({len(list(corpus.glob('*.wiki')))} pages)\n")
        measure(corpus, verbose)
        print()
    return 0


def measure(corpus: Path, verbose: bool) -> None:
    """Print the table of one corpus (and, with `verbose`, each figure not read or wrong)."""
    totals = {name: [0, 0, 0] for name in NAMES}  # stated, read right, wrong
    lines: list[str] = []
    for stem, expected, figures in cases(corpus):
        for name in NAMES:
            want = expected_value(expected, name)
            figure = getattr(figures, name)
            if want is not None:
                totals[name][0] += 1
            if figure.value is None:
                if want is not None:
                    lines.append(f"  not read  {stem} {name}: {want} ({figure.reason})")
            elif want is not None and same(figure.value, want):
                totals[name][1] += 1
            else:
                totals[name][2] += 1
                lines.append(f"  WRONG     {stem} {name}: read {figure.value}, expected {want}")
    print(f"{'figure':<18}{'stated':>8}{'read':>8}{'read %':>8}{'wrong':>7}")
    for name, (stated, read, wrong) in totals.items():
        print(f"{name:<18}{stated:>8}{read:>8}{100 * read / stated:>7.1f}%{wrong:>7}")
    stated = sum(value[0] for value in totals.values())
    read = sum(value[1] for value in totals.values())
    wrong = sum(value[2] for value in totals.values())
    print(f"{'all':<18}{stated:>8}{read:>8}{100 * read / stated:>7.1f}%{wrong:>7}")
    if verbose:
        print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
