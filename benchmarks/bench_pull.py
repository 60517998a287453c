"""A full pull against the least a structured pull can do, side by side on one sandbox wiki.

Starts a sandbox MediaWiki in a temporary folder, loads N copies of the Morocco report page
(tests/golden/morocco.wiki, each with its own date line) with importDump.php, then times, each in
a fresh process and alternating, `repeat` times:

- salonbot: `salonbot pull --prefix PREFIX` into an empty folder (reads, parses, renders to check,
  dumps YAML, writes files, the state file and the load cache);
- the floor: pywikibot preloading the same pages (`site.preloadpages` over `site.allpages`),
  `mwparserfromhell.parse` of each text once, and writing each text to a file.

Both runs start warm (an earlier run filled pywikibot's siteinfo cache and its login cookie).
Target (issue 11): salonbot within 1.5 times the floor.

Then, on the folder the last pull wrote, `repeat` times each, alternating:

- `salonbot validate --dir FOLDER` (a new process: every file loaded, checked and written onto
  its base copy, as validate always does: it keeps no cache);
- its floor: a new process that loads each report file's YAML (libyaml) and parses its base
  copy once with mwparserfromhell, the work no checker of these files can skip.

Target (issue 18): validate within 1.5 times its floor.

    python benchmarks/bench_pull.py                    # N = 1000, 3 rounds
    python benchmarks/bench_pull.py --size 200 --rounds 1
    python benchmarks/bench_pull.py --write            # and update RESULTS.md

Exits with 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import mwparserfromhell
from results import write_section

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: `tests` must be importable
    sys.path.insert(0, str(ROOT))

from tests.support.dump import import_pages  # noqa: E402

from salonbot import __version__ as salonbot_version  # noqa: E402
from salonbot import sandbox  # noqa: E402
from salonbot.config import DEFAULT_PREFIX  # noqa: E402

PAGE = ROOT / "tests" / "golden" / "morocco.wiki"
TARGET = 1.5
VALIDATE_TARGET = 1.5  # issue 18: a cold validate within 1.5 times YAML load + parse

# The floor: what any tool that preloads, parses once and writes must do.
FLOOR = """
import sys
from pathlib import Path
import mwparserfromhell
import pywikibot
prefix, folder = sys.argv[1], Path(sys.argv[2])
site = pywikibot.Site()
site.login()
pages = site.allpages(prefix=prefix, namespace=0, content=False)
for number, page in enumerate(site.preloadpages(pages)):
    text = page.text
    mwparserfromhell.parse(text)
    (folder / f"{number}.wiki").write_text(text, encoding="utf-8")
"""

# The floor of validate: each report file's YAML loaded, its page (the base copy) parsed once.
VALIDATE_FLOOR = """
import sys
from pathlib import Path
import mwparserfromhell
import yaml
folder = Path(sys.argv[1])
pages = next((folder / ".salonbot" / "pages").iterdir())
for path in sorted(folder.glob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    mwparserfromhell.parse((pages / (path.stem + ".wiki")).read_text(encoding="utf-8"))
"""


def load_pages(info: sandbox.SandboxInfo, size: int) -> None:
    """N copies of the Morocco page under the prefix, one revision each, by importDump.php."""
    page = PAGE.read_text(encoding="utf-8").rstrip()
    import_pages(info, ((f"{DEFAULT_PREFIX}Bench {index:05d}",
                         page.replace("2 March 2019", f"{1 + index % 28} March 2019 (salon {index})", 1))
                        for index in range(size)))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """The wall time and the CPU time (user + system) of one run of `argv`."""
    start, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True)
    seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:3])} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=1000, help="pages to pull (default 1000)")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    salonbot_command = [sys.executable, "-m", "salonbot"]
    with tempfile.TemporaryDirectory(prefix="bench-pull-") as tmp:
        work = Path(tmp)
        info = sandbox.start(work / "sandbox")
        try:
            load_pages(info, args.size)
            env = {**os.environ, "PYWIKIBOT_DIR": str(info.pywikibot_dir)}
            env.pop("PYWIKIBOT_NO_USER_CONFIG", None)
            times: dict[str, list[float]] = {"salonbot": [], "floor": []}
            cpu: dict[str, list[float]] = {"salonbot": [], "floor": []}
            for round_number in range(args.rounds + 1):  # round 0 warms both up
                for name in ("floor", "salonbot"):
                    folder = work / f"{name}-{round_number}"
                    (folder / "reports").mkdir(parents=True)
                    if name == "salonbot":
                        argv_ = [*salonbot_command, "pull", "--prefix", DEFAULT_PREFIX,
                                 "--dir", str(folder / "reports")]
                    else:
                        argv_ = [sys.executable, "-c", FLOOR, DEFAULT_PREFIX, str(folder / "reports")]
                    seconds, cpu_seconds = timed(argv_, env, folder)
                    pattern = "*.yaml" if name == "salonbot" else "*.wiki"
                    pulled = len(list((folder / "reports").glob(pattern)))
                    if pulled != args.size:
                        raise SystemExit(f"{name} wrote {pulled} files, not {args.size}")
                    if round_number:
                        times[name].append(seconds)
                        cpu[name].append(cpu_seconds)
                    if name == "floor" or round_number < args.rounds:
                        shutil.rmtree(folder)
        finally:
            sandbox.stop(work / "sandbox")
        reports = work / f"salonbot-{args.rounds}" / "reports"
        for round_number in range(args.rounds + 1):  # round 0 warms the file cache up
            for name, argv_ in (
                    ("validate floor", [sys.executable, "-c", VALIDATE_FLOOR, str(reports)]),
                    ("validate", [*salonbot_command, "validate", "--dir", str(reports)])):
                seconds, cpu_seconds = timed(argv_, env, work)
                if round_number:
                    times.setdefault(name, []).append(seconds)
                    cpu.setdefault(name, []).append(cpu_seconds)
    ours, floor = statistics.median(times["salonbot"]), statistics.median(times["floor"])
    ours_cpu, floor_cpu = statistics.median(cpu["salonbot"]), statistics.median(cpu["floor"])
    ratio = ours / floor
    verdict = "PASS" if ratio <= TARGET else "FAIL"
    body = (f"Full pull of N={args.size} Morocco-sized pages, median of {args.rounds} runs each "
            "(each a fresh process, warm pywikibot caches):\n\n"
            "| run | seconds | per page (ms) | CPU seconds (user + system) |\n"
            "| --- | ---: | ---: | ---: |\n"
            f"| salonbot pull --prefix | {ours:.2f} | {ours / args.size * 1000:.1f} | "
            f"{ours_cpu:.2f} |\n"
            f"| pywikibot preload + mwparserfromhell.parse + write | {floor:.2f} | "
            f"{floor / args.size * 1000:.1f} | {floor_cpu:.2f} |\n\n"
            f"Ratio {ratio:.2f} (target at most {TARGET}): {verdict}. All runs: salonbot "
            f"{', '.join(f'{t:.2f}' for t in times['salonbot'])}; floor "
            f"{', '.join(f'{t:.2f}' for t in times['floor'])}. CPU ratio {ours_cpu / floor_cpu:.2f} "
            "(the client's own work, which a busy machine does not inflate; the wiki's is not "
            f"counted). Load average at the end: {os.getloadavg()[0]:.1f}.\n\n"
            f"Measured {datetime.date.today().isoformat()} with Python "
            f"{platform.python_version()}, mwparserfromhell {mwparserfromhell.__version__}, "
            f"salonbot {salonbot_version} on {platform.machine()} ({platform.system()}, "
            f"{os.cpu_count()} cores).\n")
    checked, checked_floor = statistics.median(times["validate"]), \
        statistics.median(times["validate floor"])
    checked_cpu, checked_floor_cpu = statistics.median(cpu["validate"]), \
        statistics.median(cpu["validate floor"])
    validate_verdict = "PASS" if checked_cpu <= VALIDATE_TARGET * checked_floor_cpu else "FAIL"
    body += (f"\nValidate of the {args.size} files the last pull wrote (each with its base copy), "
             f"median of {args.rounds} runs each (each a fresh process):\n\n"
             "| run | seconds | CPU seconds (user + system) |\n| --- | ---: | ---: |\n"
             f"| salonbot validate | {checked:.2f} | {checked_cpu:.2f} |\n"
             f"| YAML load + mwparserfromhell.parse of the base copy | {checked_floor:.2f} | "
             f"{checked_floor_cpu:.2f} |\n\n"
             f"CPU ratio {checked_cpu / checked_floor_cpu:.2f} (target at most {VALIDATE_TARGET}; "
             f"both sides' work is all in the client): {validate_verdict}. Wall ratio "
             f"{checked / checked_floor:.2f}.\n")
    print(body)
    if args.write:
        write_section("## Pull against its floor (bench_pull.py)",
                      f"## Pull against its floor (bench_pull.py)\n\n{body}")
    return 0 if verdict == validate_verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
