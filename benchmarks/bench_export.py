"""How long `salonbot export --format sqlite` takes for a large folder, and how much memory.

Makes N report files (default 10,000) from tests/golden/morocco.yaml, each with its own title,
date and location, and budget, in a temporary folder. Then runs `salonbot export --format
sqlite`, each time in a fresh process: with no load cache (every file checked in full and its
figures read, which also fills the cache and its data store) into a new database; with the
cache warm (the files are known valid, their rows taken from the cache's data store,
`.salonbot-cache.sqlite`) into a new database; and twice with the cache warm over the
previous export (the rows of unchanged files are copied from it), the second time after
changing 1% of the files. Wall time is measured by this process around each run (interpreter
start included); peak memory is that child's maximum resident set size (`os.wait4`: the largest
of its processes) and the peak of the summed resident sets of it and its worker processes
(sampled every 50 ms). Exits with 1 if a run with a warm load cache is over the limits.

    python benchmarks/bench_export.py              # print
    python benchmarks/bench_export.py --write      # print and update benchmarks/RESULTS.md
    python benchmarks/bench_export.py --reports 500
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from results import write_section

HERE = Path(__file__).parent
MOROCCO = HERE.parent / "tests" / "golden" / "morocco.yaml"
SECTION = "## bench_export"
MAX_SECONDS = 10.0
MAX_MEGABYTES = 250.0
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
CITIES = ("Rabat", "Mohammedia", "Casablanca", "Tunis", "Dakar", "Abidjan", "Kathmandu", "Jakarta")


def make_reports(folder: Path, count: int) -> None:
    """`count` report files, each the Morocco report with its own title, date and budget."""
    text = MOROCCO.read_text(encoding="utf-8")
    title = text.splitlines()[0]
    assert title.startswith("title: ") and "\ndate_and_location: ''\n" in text
    for number in range(1, count + 1):
        day, month = number % 28 + 1, MONTHS[number % 12]
        report = text.replace(title, f"{title} {number:05d}", 1).replace(
            "\ndate_and_location: ''\n",
            f"\ndate_and_location: {day} {month} 2019, {CITIES[number % len(CITIES)]}\n", 1
        ).replace("was 1200 USD", f"was {1000 + number} USD", 1)
        (folder / f"salon-{number:05d}.yaml").write_text(report, encoding="utf-8")


def _tree_rss(pid: int) -> int:
    """Bytes resident in the process `pid` and its descendants now (Linux /proc; 0 if gone)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            total = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as children:
            return total + sum(_tree_rss(int(child)) for child in children.read().split())
    except (OSError, ValueError, IndexError):
        return 0


def _sample_peak(pid: int, peak: list[int], done: threading.Event) -> None:
    while not done.wait(0.05):
        peak[0] = max(peak[0], _tree_rss(pid))


def run_export(folder: Path, database: Path,
               workers: int | None = None) -> tuple[float, float, float, float]:
    """Seconds, peak megabytes of the largest process (max RSS) and peak megabytes of all its
    processes together (the export's worker processes are counted with it: their resident set
    sizes summed, sampled every 50 ms, so pages they share are counted in each) of one
    `salonbot export --format sqlite` in a new process; with `workers`, of the library call
    `salonbot.export.export(folder, database, workers=workers)` instead."""
    command = [sys.executable, "-c", "import sys; from salonbot.cli import main; "
               "sys.exit(main())", "export", "--dir", str(folder), "--format", "sqlite",
               "-o", str(database)]
    if workers is not None:
        command = [sys.executable, "-c", "import sys; from salonbot.export import export; "
                   "sys.exit(bool(export(sys.argv[1], sys.argv[2], workers=int(sys.argv[3]))"
                   ".problems))", str(folder), str(database), str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, done = [0], threading.Event()
    sampler = threading.Thread(target=_sample_peak, args=(process.pid, peak, done))
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode() if process.stderr else ""
    if process.returncode:
        raise SystemExit(f"salonbot export failed ({process.returncode}): {errors}")
    # ru_maxrss is in KiB on Linux, the largest of the process and its (waited for) children;
    # the CPU time is theirs added up (on a busy machine the wall time says little).
    return (seconds, usage.ru_maxrss / 1024, peak[0] / 2**20,
            usage.ru_utime + usage.ru_stime)


def results_section(count: int, points: int, runs: list[tuple[str, tuple[float, float, float, float]]],
                    size: int) -> str:
    by_name = dict(runs)
    pooled = [by_name[name] for name in ("warm load cache, new database",
                                         "warm load cache, new database, again")]
    alone = by_name["warm load cache, new database, one process (no worker pool)"]
    return "\n".join([
        SECTION,
        "",
        f"`salonbot export --format sqlite` of {count} reports made from "
        f"`tests/golden/morocco.yaml` (own titles, dates, budgets): {points} points, a database "
        f"of {size / 1e6:.0f} MB. Each run a new process; wall time includes starting Python.",
        "",
        "| run | time | CPU time, all processes | peak memory, largest process (max RSS) "
        "| peak memory, all processes (summed RSS) |",
        "|---|---|---|---|---|",
        *(f"| {name} | {seconds:.1f} s | {cpu:.1f} s | {largest:.0f} MB | {summed:.0f} MB |"
          for name, (seconds, largest, summed, cpu) in runs),
        f"| limit | {MAX_SECONDS:.0f} s | | | {MAX_MEGABYTES:.0f} MB |",
        "",
        "An export into a new database reads the files in worker processes (one a core, two at "
        "most), so its memory is that of all of them: the summed resident sets, sampled every "
        "50 ms (pages the forked workers share with the main process are counted in each). "
        "The run in one process calls `salonbot.export.export(..., workers=1)`: the same "
        "export without the worker pool. The CPU time is that of all the processes of a run "
        f"added up; the machine's load average when the runs ended: {os.getloadavg()[0]:.1f}.",
        "",
        f"The worker pool: into a new database with a warm load cache, one process took "
        f"{alone[0]:.1f} s ({alone[3]:.1f} s CPU), the pool "
        f"{' and '.join(f'{run[0]:.1f} s' for run in pooled)}.",
        "",
        "Measured "
        f"{datetime.date.today().isoformat()} with Python {platform.python_version()}, SQLite "
        f"{sqlite3.sqlite_version}, on {platform.machine()} ({platform.system()}, "
        f"{os.cpu_count()} cores).",
        "",
    ])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=10_000, help="how many (default 10000)")
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-export-") as temporary:
        folder, database = Path(temporary) / "reports", Path(temporary) / "salons.db"
        folder.mkdir()
        make_reports(folder, args.reports)
        runs: list[tuple[str, tuple[float, float, float, float]]] = []
        for name in ("no load cache, new database", "warm load cache, new database",
                     "warm load cache, new database, one process (no worker pool)",
                     "warm load cache, new database, again",
                     "warm load cache, over the previous export",
                     "warm load cache, over the previous export, 1% of files changed"):
            if "new database" in name:
                database.unlink(missing_ok=True)
            if "changed" in name:
                for path in sorted(folder.glob("*.yaml"))[::100]:
                    path.write_text(path.read_text(encoding="utf-8").replace(
                        "was ", "was then ", 1), encoding="utf-8")
            workers = 1 if "one process" in name else None
            runs.append((name, run_export(folder, database, workers)))
            print(f"{name}: {runs[-1][1][0]:.1f} s, {runs[-1][1][3]:.1f} s CPU, "
                  f"{runs[-1][1][1]:.0f} MB largest process, "
                  f"{runs[-1][1][2]:.0f} MB all processes", flush=True)
        with sqlite3.connect(database) as connection:
            reports, points = connection.execute(
                "SELECT count(*), sum(points) FROM reports").fetchone()
        connection.close()
        assert reports == args.reports, (reports, args.reports)
        section = results_section(args.reports, points, runs, database.stat().st_size)
    print(section)
    if args.write:
        write_section(SECTION, section)
    warm = [result for name, result in runs if "warm" in name]
    return 0 if all(seconds <= MAX_SECONDS and summed <= MAX_MEGABYTES
                    for seconds, _, summed, _ in warm) else 1


if __name__ == "__main__":
    sys.exit(main())
