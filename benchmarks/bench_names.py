"""The threshold of close matching in the name index (src/salonbot/report/names.py), measured.

On the hand-written dev set `tests/names/devset.yaml` (misspelt and reordered section and area
names in many languages, and near misses that must name nothing) and on one-letter typos
generated from the lexicon's own names (a letter dropped, doubled, replaced by another letter of
the same name, or two letters swapped; seeded, so the run is repeatable), for each threshold:

- precision: of the texts that named something, those that named the right one (a near miss
  that names anything, or a typo that names another section or area, is a false match);
- recall: of the misspellings, those that named the right section or area.

The threshold to ship is the one with no false match and the best recall, the lowest of those on
a tie (the table marks it). Recall is not monotonic: below it, more typos come close to the names
of two sections or areas at once, and a text close to two names none.

    .venv/bin/python benchmarks/bench_names.py            # print
    .venv/bin/python benchmarks/bench_names.py --write    # print and update benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

import yaml
from results import write_section

from salonbot.report.names import FUZZY_MIN_LETTERS, FUZZY_THRESHOLD, Names, normalize
from salonbot.report.template import get_template

DEVSET = Path(__file__).parent.parent / "tests" / "names" / "devset.yaml"
THRESHOLDS = (70, 75, 78, 80, 82, 83, 84, 85, 86, 88, 90, 92, 95)
SECTION = "## bench_names"


@dataclass(frozen=True)
class Case:
    kind: str  # section or area
    text: str
    expected: str | None  # None: a near miss


def devset_cases() -> list[Case]:
    data = yaml.safe_load(DEVSET.read_text(encoding="utf-8"))
    cases = [Case("section", text, key) for text, key in data["sections"]]
    cases += [Case("area", text, area) for text, area in data["areas"]]
    cases += [Case("section", text, None) for text in data["near_misses"]["sections"]]
    cases += [Case("area", text, None) for text in data["near_misses"]["areas"]]
    return cases


def _typo(name: str, chooser: random.Random) -> str:
    positions = [index for index, character in enumerate(name) if character.isalpha()]
    index = chooser.choice(positions[1:-1] or positions)
    kind = chooser.choice(("drop", "double", "replace", "swap"))
    if kind == "drop":
        return name[:index] + name[index + 1:]
    if kind == "double":
        return name[:index] + name[index] + name[index:]
    if kind == "replace":
        others = [character for character in name if character.isalpha()
                  and character.lower() != name[index].lower()]
        return name[:index] + chooser.choice(others) + name[index + 1:] if others else name
    if index + 1 < len(name):
        return name[:index] + name[index + 1] + name[index] + name[index + 2:]
    return name[:index - 1] + name[index] + name[index - 1]


def generated_cases(names: Names, seed: int = 17) -> list[Case]:
    """One typo of each lexicon name long enough for close matching, unless the typo is
    itself a name."""
    chooser = random.Random(seed)
    cases = []
    for kind, entries in (("section", names.entries("section")),
                          ("area", names.entries("area"))):
        known = {normalize(text) for text, _ in entries}
        for text, target in entries:
            if sum(character.isalnum() for character in normalize(text)) < FUZZY_MIN_LETTERS:
                continue
            typo = _typo(text, chooser)
            if normalize(typo) not in known:
                cases.append(Case(kind, typo, target))
    return cases


@dataclass(frozen=True)
class Row:
    threshold: int
    precision: float
    recall: float
    false_matches: int
    missed: int


def measure(names: Names, cases: list[Case], threshold: int) -> tuple[Row, list[str]]:
    names = names.with_threshold(threshold)
    right = wrong = missed = 0
    false = []
    for case in cases:
        found = names.section(case.text) if case.kind == "section" else names.area(case.text)
        if case.expected is not None and found == case.expected:
            right += 1
        elif found is not None:
            wrong += 1
            false.append(f"{case.text!r} -> {found!r} (expected {case.expected!r})")
        elif case.expected is not None:
            missed += 1
    positives = sum(case.expected is not None for case in cases)
    precision = right / (right + wrong) if right + wrong else 1.0
    return Row(threshold, precision, right / positives, wrong, missed), false


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    args = parser.parse_args()
    names = get_template().names
    devset = devset_cases()
    generated = generated_cases(names)
    cases = devset + generated
    rows = []
    for threshold in THRESHOLDS:
        row, false = measure(names, cases, threshold)
        rows.append(row)
        if false and threshold >= FUZZY_THRESHOLD - 5:
            print(f"threshold {threshold}: false matches: " + "; ".join(false[:8]))
    clean = [row for row in rows if row.false_matches == 0]
    chosen = max(clean, key=lambda row: (row.recall, -row.threshold)).threshold if clean else None
    lines = [
        f"{len(devset)} dev set texts (tests/names/devset.yaml: "
        f"{sum(case.expected is not None for case in devset)} misspellings, "
        f"{sum(case.expected is None for case in devset)} near misses) and {len(generated)} "
        "one-letter typos generated from the lexicon; a text of fewer than "
        f"{FUZZY_MIN_LETTERS} letters matches only exactly.",
        "",
        "| threshold | precision | recall | false matches | missed |",
        "|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        mark = " (chosen: no false match, best recall)" if row.threshold == chosen else ""
        lines.append(f"| {row.threshold}{mark} | {row.precision:.3f} | {row.recall:.3f} | "
                     f"{row.false_matches} | {row.missed} |")
    lines += ["", f"Shipped: FUZZY_THRESHOLD = {FUZZY_THRESHOLD} (src/salonbot/report/names.py)."]
    text = "\n".join(lines)
    print(text)
    if args.write:
        write_section(SECTION, f"{SECTION}\n\n{text}\n")
    return 0 if chosen == FUZZY_THRESHOLD else 1


if __name__ == "__main__":
    raise SystemExit(main())
