"""How much salonbot's parse + render costs over mwparserfromhell's own parse.

Times, in one process, `mwparserfromhell.parse(text)` alone and `salonbot.parse(text)` followed by
`salonbot.render(...)` on a real report page (tests/golden/morocco.wiki): the best of several
repeats of timeit. Prints both and their ratio; exits with 1 if the ratio is over the limit.

    python benchmarks/bench_parse.py            # print
    python benchmarks/bench_parse.py --write    # print and update benchmarks/RESULTS.md
    python benchmarks/bench_parse.py --profile  # print, and where salonbot's time goes
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import platform
import pstats
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import mwparserfromhell
from results import RESULTS, write_section

import salonbot

HERE = Path(__file__).parent
PAGE = HERE.parent / "tests" / "golden" / "morocco.wiki"
SECTION = "## bench_parse"
MAX_RATIO = 2.0


def best_seconds(statements: list[Callable[[], object]], repeat: int, number: int) -> list[float]:
    """Per call, the fastest of `repeat` runs of `number` calls of each statement.

    The runs of the statements alternate, so that a busy machine slows them alike.
    """
    for statement in statements:  # warm up: imports, caches
        statement()
    best = [float("inf")] * len(statements)
    for _ in range(repeat):
        for index, statement in enumerate(statements):
            best[index] = min(best[index], timeit.timeit(statement, number=number) / number)
    return best


def salonbot_round_trip(text: str) -> str:
    return salonbot.render(salonbot.parse(text))


def results_section(text: str, baseline: float, ours: float, repeat: int, number: int) -> str:
    ratio = ours / baseline
    return "\n".join([
        SECTION,
        "",
        f"Page: `tests/golden/morocco.wiki` ({len(text)} characters). "
        f"Best of {repeat} repeats of {number} calls, per call.",
        "",
        "| what | time per call |",
        "|---|---|",
        f"| `mwparserfromhell.parse(text)` | {baseline * 1e3:.3f} ms |",
        f"| `salonbot.render(salonbot.parse(text))` | {ours * 1e3:.3f} ms |",
        f"| ratio | {ratio:.2f} (limit {MAX_RATIO}) |",
        "",
        f"Measured {datetime.date.today().isoformat()} with Python {platform.python_version()}, "
        f"mwparserfromhell {mwparserfromhell.__version__} "
        f"({'C' if mwparserfromhell.parser.use_c else 'pure Python'} tokenizer), "
        f"salonbot {salonbot.__version__} on "
        f"{platform.machine()} ({platform.system()}).",
        "",
    ])


def write_results(section: str) -> None:
    """Replace the `## bench_parse` section of RESULTS.md (or add it), keeping the rest."""
    write_section(SECTION, section)


def profile(text: str, number: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(number):
        salonbot_round_trip(text)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of salonbot")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--number", type=int, default=20)
    args = parser.parse_args(argv)

    text = PAGE.read_text(encoding="utf-8")
    if salonbot_round_trip(text) != text:
        print("bench_parse: the page does not round-trip; fix that first", file=sys.stderr)
        return 1
    baseline, ours = best_seconds(
        [lambda: mwparserfromhell.parse(text), lambda: salonbot_round_trip(text)],
        args.repeat, args.number)
    ratio = ours / baseline
    print(f"mwparserfromhell.parse:        {baseline * 1e3:8.3f} ms")
    print(f"salonbot.parse + render:       {ours * 1e3:8.3f} ms")
    print(f"ratio:                         {ratio:8.2f} (limit {MAX_RATIO})")
    print(f"mwparserfromhell's C tokenizer: {'yes' if mwparserfromhell.parser.use_c else 'no'}")
    if args.profile:
        profile(text, args.number)
    if args.write:
        write_results(results_section(text, baseline, ours, args.repeat, args.number))
        print(f"updated {RESULTS.relative_to(HERE.parent)}")
    if ratio > MAX_RATIO:
        print(f"bench_parse: salonbot is {ratio:.2f} times mwparserfromhell's parse, over the "
              f"limit of {MAX_RATIO}; run with --profile to see where the time goes",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
