"""How much salonbot's parse + render costs over mwparserfromhell's own parse.

Times, in one process, `mwparserfromhell.parse(text)` alone and `salonbot.parse(text)` followed by
`salonbot.render(...)` on a real report page (tests/golden/morocco.wiki): the best of several
repeats of timeit. Prints both and their ratio; exits with 1 if the ratio is over the limit.

Also times a report file with one point changed written onto its base page, against the same
file loaded with no base (YAML, checks, the canonical render and the parse that checks it: what
rendering a file cost before base copies), twice:

- in a reports folder, as render, preview, push and sync load it in a new process: a temporary
  folder holds the file and its base copy as a pull leaves them (the copy's read kept in the
  folder's load cache, sync/reads.py); before each call, every read this process holds is
  forgotten and every store closed (`clear_caches`, `close_read_stores`), and the file is loaded
  through the folder (`load_file`: its base copy found by the state file) against the same file
  in a folder with no base copy. Issue 18: no slower (limit 1.0). This is the measure the limit
  applies to: in a reports folder, which is where base copies exist, render, preview, push and
  sync take the base copy and its stored read from the folder; the base page is not read again.
- as a library call with no folder (`load_page_text(changed, source, base)`, the base read in
  the process every time): shown beside it, for information (no limit): with no folder nothing
  is kept across processes, so the base page is read whole on every cold call.

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
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path

import mwparserfromhell
import yaml
from results import RESULTS, write_section

import salonbot
from salonbot.report.headings import clear_caches
from salonbot.report.validate import load_page_text
from salonbot.sync.folder import ReportFolder
from salonbot.sync.local import DATA_FILE
from salonbot.sync.pages import load_file, offline_base
from salonbot.sync.plan import Result
from salonbot.sync.reads import close_read_stores
from salonbot.wiki.page import WikiPage, sha1_of

HERE = Path(__file__).parent
PAGE = HERE.parent / "tests" / "golden" / "morocco.wiki"
#: The same report inside <translate> with unit markers: a page that needs mwparserfromhell's
#: parse to find its headings (the Morocco page has no tag, template or open link, so nothing on
#: it can hide a heading line and salonbot skips that parse).
TAGGED_PAGE = HERE.parent / "tests" / "corpus" / "morocco_translated.wiki"
REPORT_FILE = HERE.parent / "tests" / "golden" / "morocco.yaml"
SECTION = "## bench_parse"
MAX_RATIO = 1.5  # issue 11: parse+render within 1.5 times mwparserfromhell.parse
# issue 18: a report file validated with a cold cache within 1.5 times its floor, the YAML load
# of the file plus one mwparserfromhell.parse of the page it gives (work no reader can skip)
MAX_LOAD_RATIO = 1.5
# issue 18: a changed file rendered onto its base in a reports folder, no slower than a render
MAX_ONTO_RATIO = 1.0
TITLE = "Strategy/Wikimedia movement/2018-20/Salons/Morocco"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def best_seconds(statements: list[Callable[[], object]], repeat: int, number: int) -> list[float]:
    """Per call, the fastest of `repeat` runs of `number` calls of each statement, in CPU time
    of this process (the work is all in it; other processes on a busy machine do not count).

    The runs of the statements alternate, so that a busy machine slows them alike.
    """
    for statement in statements:  # warm up: imports, caches
        statement()
    best = [float("inf")] * len(statements)
    for _ in range(repeat):
        for index, statement in enumerate(statements):
            best[index] = min(best[index], timeit.timeit(statement, number=number,
                                                         timer=time.process_time) / number)
    return best


def salonbot_round_trip(text: str) -> str:
    """Parse a page read for the first time (no cache holds it) and render the report onto it
    (what push does with a file's base copy)."""
    clear_caches()
    return salonbot.render(salonbot.parse(text), base=text)


def changed_file(report_text: str) -> str:
    """The report file with its first point of the discussion changed (a word added)."""
    marker = "\n    - text: "
    start = report_text.index("\ndiscussion:")
    at = report_text.index(marker, start) + len(marker)
    return report_text[:at] + "Indeed, " + report_text[at:]


def pulled_folder(directory: Path, page_text: str, report_text: str) -> Path:
    """A reports folder holding the report file of `page_text` and its base copy as a pull
    leaves them (state file, base copy, the copy's read kept, load cache), then the file
    rewritten as `report_text`; the file's path."""
    folder = ReportFolder(directory, "meta:meta", "strategy-salon")
    page = WikiPage(TITLE, True, 1, "2019-03-04T10:00:00Z", sha1_of(page_text), page_text)
    outcome = folder.write_pulled(TITLE, REPORT_FILE.name, page)
    folder.close(dry_run=False)
    if outcome.result is not Result.PULLED:
        raise SystemExit(f"bench_parse: the page is not pulled: {outcome.message}")
    (directory / REPORT_FILE.name).write_text(report_text, encoding="utf-8")
    return directory / REPORT_FILE.name


def results_section(rows: list[tuple[str, int, float, float]], load: tuple[float, float],
                    onto: tuple[float, float], folder: tuple[float, float, float], repeat: int,
                    number: int) -> str:
    lines = [SECTION, "", f"Best of {repeat} repeats of {number} calls, per call, in CPU time.", "",
             "| page | characters | `mwparserfromhell.parse` | salonbot parse + render | ratio "
             f"(limit {MAX_RATIO}) |", "|---|---:|---:|---:|---:|"]
    for name, size, baseline, ours in rows:
        lines.append(f"| `{name}` | {size} | {baseline * 1e3:.3f} ms | {ours * 1e3:.3f} ms | "
                     f"{ours / baseline:.2f} |")
    return "\n".join([
        *lines,
        "",
        f"Loading `{REPORT_FILE.relative_to(HERE.parent)}` with a cold cache (YAML, schema, "
        f"render and the parse of the round-trip check): {load[0] * 1e3:.2f} ms; its floor "
        f"(the YAML load and one `mwparserfromhell.parse` of its page) {load[1] * 1e3:.2f} ms; "
        f"ratio {load[0] / load[1]:.2f} (limit {MAX_LOAD_RATIO}).",
        "",
        f"The same file with one point changed, in a reports folder as a pull leaves it, "
        f"loaded as render, preview, push and sync load it in a new process (nothing read held, "
        f"no store open): onto its base copy, with the copy's stored read (YAML, checks, the "
        f"change written onto the page) {folder[0] * 1e3:.2f} ms; the same file in a folder "
        f"with no base copy (YAML, checks, the canonical render and its round-trip parse, a "
        f"render before base copies) {folder[1] * 1e3:.2f} ms; ratio "
        f"{folder[0] / folder[1]:.2f} (limit {MAX_ONTO_RATIO}). Issue 18's limit applies to "
        f"this measure: base copies exist only in a reports folder, and there render, preview, "
        f"push and sync take the base copy and its read, stored when the page was pulled or "
        f"synced (sync/reads.py), from the folder; the base page is not read again. "
        f"The first time, with no load cache (a fresh clone: the copy read, and its read "
        f"stored in a new `.salonbot-cache.sqlite`), onto its base copy takes "
        f"{folder[2] * 1e3:.2f} ms (ratio {folder[2] / folder[1]:.2f}), once.",
        "",
        f"The same as a library call with no folder, cold (`load_page_text` with the base text: "
        f"the whole base page read in the process each time, nothing kept across processes): "
        f"onto its base {onto[0] * 1e3:.2f} ms, with no base {onto[1] * 1e3:.2f} ms; ratio "
        f"{onto[0] / onto[1]:.2f} (shown for information).",
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


def profile(statement: Callable[[], object], number: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(number):
        statement()
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of salonbot")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--number", type=int, default=20)
    args = parser.parse_args(argv)

    rows: list[tuple[str, int, float, float]] = []
    failed = False
    for page in (PAGE, TAGGED_PAGE):
        text = page.read_text(encoding="utf-8")
        if salonbot_round_trip(text) != text:
            print(f"bench_parse: {page.name} does not round-trip; fix that first", file=sys.stderr)
            return 1
        baseline, ours = best_seconds(
            [lambda text=text: mwparserfromhell.parse(text),
             lambda text=text: salonbot_round_trip(text)], args.repeat, args.number)
        rows.append((str(page.relative_to(HERE.parent)), len(text), baseline, ours))
        ratio = ours / baseline
        failed |= ratio > MAX_RATIO
        print(f"{page.name}: mwparserfromhell.parse {baseline * 1e3:.3f} ms, salonbot parse + "
              f"render {ours * 1e3:.3f} ms, ratio {ratio:.2f} (limit {MAX_RATIO})")
    report_text = REPORT_FILE.read_text(encoding="utf-8")
    page_text = load_page_text(report_text, str(REPORT_FILE))[1]

    def cold_load() -> str:
        clear_caches()
        return load_page_text(report_text, str(REPORT_FILE))

    floor, load = best_seconds(
        [lambda: (yaml.load(report_text, Loader=_LOADER), mwparserfromhell.parse(page_text)),
         cold_load], args.repeat, args.number)
    failed |= load / floor > MAX_LOAD_RATIO
    print(f"{REPORT_FILE.name}: cold load {load * 1e3:.2f} ms, floor (YAML load + parse) "
          f"{floor * 1e3:.2f} ms, ratio {load / floor:.2f} (limit {MAX_LOAD_RATIO})")
    changed = changed_file(report_text)
    written = load_page_text(changed, str(REPORT_FILE), page_text)[1]
    if written == page_text or written.count("\n") != page_text.count("\n"):
        print("bench_parse: the changed point is not one changed line of the page", file=sys.stderr)
        return 1

    def cold_onto() -> str:
        # every call cold: clear_caches forgets every page read kept (the base's read, its
        # headings, its nodes' contents), which a push of one changed file reads once
        clear_caches()
        return load_page_text(changed, str(REPORT_FILE), page_text)[1]

    def cold_render() -> str:
        clear_caches()
        return load_page_text(changed, str(REPORT_FILE))[1]

    onto, render = best_seconds([cold_onto, cold_render], args.repeat, args.number)
    print(f"{REPORT_FILE.name} with a point changed, library call: onto its base "
          f"{onto * 1e3:.2f} ms, canonical render {render * 1e3:.2f} ms, ratio "
          f"{onto / render:.2f} (for information)")
    with tempfile.TemporaryDirectory() as temporary:
        with_base = pulled_folder(Path(temporary) / "pulled", page_text, changed)
        no_base = Path(temporary) / "new" / REPORT_FILE.name
        no_base.parent.mkdir()
        no_base.write_text(changed, encoding="utf-8")
        if offline_base(with_base) != page_text or load_file(with_base)[1] != written \
                or offline_base(no_base) is not None:
            print("bench_parse: the folder's file is not written onto its base copy",
                  file=sys.stderr)
            return 1

        def new_process_onto() -> str:
            clear_caches()  # as a new process: no page read held, no store open
            close_read_stores()
            return load_file(with_base)[1]

        def new_process_render() -> str:
            clear_caches()
            close_read_stores()
            return load_file(no_base)[1]

        def new_process_onto_unstored() -> str:  # (a clone with no load cache, each time)
            clear_caches()
            close_read_stores()
            (with_base.parent / DATA_FILE).unlink(missing_ok=True)
            return load_file(with_base)[1]

        folder_onto, folder_render, unstored = best_seconds(
            [new_process_onto, new_process_render, new_process_onto_unstored], args.repeat,
            args.number)
        load_file(with_base)  # (its read stored again)
        failed |= folder_onto / folder_render > MAX_ONTO_RATIO
        print(f"{REPORT_FILE.name} with a point changed, in a reports folder: onto its base "
              f"copy {folder_onto * 1e3:.2f} ms, canonical render {folder_render * 1e3:.2f} ms, "
              f"ratio {folder_onto / folder_render:.2f} (limit {MAX_ONTO_RATIO}); the first time, "
              f"no load cache yet, {unstored * 1e3:.2f} ms, ratio {unstored / folder_render:.2f}")
        if args.profile:
            print(f"cProfile of {REPORT_FILE.name} with a point changed, onto its base copy in a "
                  "reports folder:")
            profile(new_process_onto, args.number)
    print(f"mwparserfromhell's C tokenizer: {'yes' if mwparserfromhell.parser.use_c else 'no'}")
    if args.profile:
        page = PAGE.read_text(encoding="utf-8")
        print(f"cProfile of parse + render of {PAGE.name}:")
        profile(lambda: salonbot_round_trip(page), args.number)
        print(f"cProfile of {REPORT_FILE.name} with a point changed, onto its base, library "
              "call:")
        profile(cold_onto, args.number)
    if args.write:
        write_results(results_section(rows, (load, floor), (onto, render),
                                      (folder_onto, folder_render, unstored), args.repeat, args.number))
        print(f"updated {RESULTS.relative_to(HERE.parent)}")
    if failed:
        print("bench_parse: a target is missed; run with --profile to see where the time goes",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
