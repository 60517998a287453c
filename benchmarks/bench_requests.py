"""What a bot run costs the wiki: HTTP requests, bytes downloaded, edits, wall time, peak memory.

Starts its own sandbox MediaWiki (salonbot.sandbox) in a temporary directory, puts the proxy of
the test support package (tests/support/proxy.py, which records every request) in front of it
and points a copy of the sandbox's pywikibot configuration at the proxy
(tests/support/pywikibot_dir.py), so that every request that reaches the wiki is counted, with
its action/prop/list/meta and its size. For each size N it loads N rendered reports with
MediaWiki's importDump.php, then runs the real `salonbot` command in a subprocess:

1. a full `pull` of the N pages into an empty folder, then an incremental `pull` (nothing new);
2. `push --yes` with K files changed locally, then again with nothing to do;
3. `sync --yes` with K files changed, then a no-op `sync`;
4. pywikibot's own `pagefromfile` script publishing K changed pages out of the same N
   (PreloadingGenerator + userPut; needs `pywikibot-scripts`, skipped if missing);
5. an incremental `pull` after those K edits made by somebody else.

For sizes run without the full set (seeded files, never loaded), a `status` first loads every
file with an empty load cache (.salonbot-cache.json): the cost of the first run after a checkout.
Then, with --memory-size, the peak memory of a push (cold cache) and a sync of that many reports. The
session is warm (an earlier run filled pywikibot's siteinfo/paraminfo cache and login cookie);
the requests pywikibot makes for itself at start-up (userinfo, login, siteinfo, paraminfo) are
counted apart from the work of the command.

    python benchmarks/bench_requests.py                        # N = 100, 1000, 5000
    python benchmarks/bench_requests.py --sizes 100 --memory-size 0
    python benchmarks/bench_requests.py --write                # and update RESULTS.md
    python benchmarks/bench_requests.py --log requests.jsonl   # every request, one JSON a line

Exits with 1 if a target is missed (see TARGETS), 2 if the run itself went wrong.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from results import RESULTS, write_section

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:  # run as a script: `tests` must be importable
    sys.path.insert(0, str(ROOT))

from tests.support.api import Wiki  # noqa: E402
from tests.support.dump import import_pages  # noqa: E402
from tests.support.proxy import Proxy, Request  # noqa: E402
from tests.support.pywikibot_dir import proxied_pywikibot_dir  # noqa: E402

import salonbot  # noqa: E402
from salonbot import sandbox  # noqa: E402
from salonbot.config import DEFAULT_PREFIX  # noqa: E402
from salonbot.report.validate import load_report_text  # noqa: E402

SECTION = "## bench_requests"
SAMPLE = ROOT / "reports" / "ma-ug.yaml"
MARK = "BENCHMARKER"
from salonbot.sandbox.info import MEDIAWIKI_DIR as MEDIAWIKI  # noqa: E402

#: Targets of the issue: (run label, what, limit, the largest N it applies to). The request
#: limits may grow by one request for each further 5000 pages of the sweep (see targets()).
TARGETS = [
    ("sync K", "requests", 14, None), ("sync K", "detection KB", 300, 1000),
    ("sync no-op", "requests", 4, None), ("sync no-op", "edits", 0, None),
    ("sync no-op", "content reads", 0, None),
]
SWEEP_BATCH = 5000  # pages per sweep request with apihighlimits
MEMORY_LIMIT_MB = 250


def title_of(index: int) -> str:
    return f"{DEFAULT_PREFIX}Salon {index:05d}"


def date_line(index: int, version: int) -> str:
    """The `date_and_location` of report `index` at `version` (1: as imported)."""
    line = f"Salon {index:05d}, 2 March 2019"
    return line if version == 1 else f"{line} (version {version})"


@dataclass
class Run:
    """One command and what it cost."""

    label: str
    size: int
    argv: list[str]
    wall: float
    exit_code: int
    peak_mb: float
    records: list[Request]
    output: str = ""

    @property
    def own(self) -> list[Request]:
        return [record for record in self.records if not record.startup]

    @property
    def startup(self) -> list[Request]:
        return [record for record in self.records if record.startup]

    @property
    def edits(self) -> list[Request]:
        return [record for record in self.own if record.action == "edit"]

    @property
    def reads(self) -> list[Request]:
        return [record for record in self.own if record.action != "edit"]

    @property
    def content_reads(self) -> list[Request]:
        """The reads that download page text (rvprop=content). The sweep's prop=templates,
        filtered to the {{bots}}-like templates, lists template titles, not text."""
        return [record for record in self.reads if "(content)" in record.kind]

    @property
    def detection(self) -> list[Request]:
        """The metadata reads that decide what to do: every read before the first edit that
        fetches no page text (the read-back after the edits is not change detection)."""
        first_edit = min((record.start for record in self.edits), default=float("inf"))
        return [record for record in self.reads if record.start < first_edit
                and record not in self.content_reads]

    def kb(self, records: list[Request], how: str = "wire") -> float:
        """Kilobytes downloaded: as sent by the sandbox (`wire`), as JSON, or `gzip`ped as
        Wikimedia's servers would send them."""
        return sum({"wire": r.bytes_down, "json": r.body_bytes, "gzip": r.gzip_bytes}[how]
                   for r in records) / 1024

    @property
    def edit_seconds(self) -> float:
        return sum(record.seconds for record in self.edits)

    def value(self, what: str) -> float:
        return {"requests": len(self.own), "edits": len(self.edits),
                "read KB": self.kb(self.reads), "detection KB": self.kb(self.detection),
                "content reads": len(self.content_reads)}[what]


@dataclass
class Bench:
    tmp: Path
    info: sandbox.SandboxInfo
    proxy: Proxy
    pywikibot_dir: Path
    changed: int
    has_pagefromfile: bool
    imported: int = 0
    version: int = 1  # the last version number given to a change
    on_wiki: dict[int, int] = field(default_factory=dict)  # page index -> version saved
    runs: list[Run] = field(default_factory=list)
    template_text: str = ""
    template_yaml: str = ""

    # -- running commands ---------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        return {**os.environ, "PYWIKIBOT_DIR": str(self.pywikibot_dir), "NO_PROXY": "127.0.0.1",
                "no_proxy": "127.0.0.1", "PYTHONUNBUFFERED": "1"}

    def run(self, label: str, size: int, argv: list[str], cwd: Path, *,
            record: bool = True) -> Run:
        """Run a command in a subprocess; its wall time, peak RSS and the requests it made."""
        mark = len(self.proxy.requests)
        log = self.tmp / "command.log"
        with log.open("w") as out:
            start = time.perf_counter()
            process = subprocess.Popen(argv, cwd=cwd, env=self.env(), stdin=subprocess.DEVNULL,
                                       stdout=out, stderr=subprocess.STDOUT)
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        output = log.read_text(encoding="utf-8", errors="replace")
        run = Run(label, size, argv, wall, process.returncode, usage.ru_maxrss / 1024,
                  self.proxy.requests[mark:], output)
        if record:
            self.runs.append(run)
        print(f"  {label:<32} N={size:<6} {len(run.own):>4} requests (+{len(run.startup)} "
              f"start-up), {len(run.edits):>3} edits, {run.kb(run.reads):9.1f} KB read, "
              f"{wall:6.1f} s, {run.peak_mb:6.1f} MB, exit {run.exit_code}", flush=True)
        return run

    def salonbot(self, label: str, size: int, cwd: Path, *args: str, record: bool = True) -> Run:
        return self.run(label, size, [sys.executable, "-m", "salonbot", *args], cwd,
                        record=record)

    # -- the wiki's pages and the local files --------------------------------------------------

    def prepare_template(self) -> None:
        yaml_text = SAMPLE.read_text(encoding="utf-8")
        yaml_text, count = re.subn(r"^date_and_location: .*$", f"date_and_location: {MARK}",
                                   yaml_text, count=1, flags=re.MULTILINE)
        assert count == 1, "the sample report has no date_and_location line"
        self.template_yaml = yaml_text
        self.template_text = salonbot.render(load_report_text(yaml_text, str(SAMPLE)))
        assert self.template_text.count(MARK) == 1

    def text_of(self, index: int, version: int) -> str:
        return self.template_text.replace(MARK, date_line(index, version))

    def import_pages(self, count: int) -> None:
        """Load pages [imported, count) with importDump.php (one revision each)."""
        if count <= self.imported:
            return
        pages = []
        for index in range(self.imported, count):
            pages.append((title_of(index), self.text_of(index, 1)))
            self.on_wiki[index] = 1
        start = time.perf_counter()
        import_pages(self.info, pages)
        print(f"  imported pages {self.imported}..{count - 1} in "
              f"{time.perf_counter() - start:.1f} s", flush=True)
        self.imported = count

    def workspace(self, name: str) -> Path:
        path = self.tmp / name
        shutil.rmtree(path, ignore_errors=True)
        (path / "reports").mkdir(parents=True)
        return path

    @staticmethod
    def files_by_title(workspace: Path) -> dict[str, str]:
        data = json.loads((workspace / "reports" / ".salonbot-state.json").read_text())
        table = next(iter(data["sites"].values()))
        return {title: base["file"] for title, base in table.items()}

    def new_version(self) -> int:
        self.version += 1
        return self.version

    def change_files(self, workspace: Path, indices: list[int]) -> int:
        """Edit the report files of `indices` locally: their date line gets a new version,
        which the next push or sync saves (see saved())."""
        version = self.new_version()
        files = self.files_by_title(workspace)
        for index in indices:
            path = workspace / "reports" / files[title_of(index)]
            text = path.read_text(encoding="utf-8")
            new, count = re.subn(r"^date_and_location: .*$",
                                 lambda _: "date_and_location: " +
                                 json.dumps(date_line(index, version)),  # noqa: B023
                                 text, count=1, flags=re.MULTILINE)
            assert count == 1, f"{path}: no date_and_location line"
            path.write_text(new, encoding="utf-8")
        return version

    def saved(self, run: Run, indices: list[int], version: int) -> None:
        """Record what an edit run saved; warn if it did not make exactly those edits."""
        if len(run.edits) != len(indices):
            print(f"  warning: {run.label} made {len(run.edits)} edits, not {len(indices)}:\n"
                  f"{run.output[-1500:]}", flush=True)
        for index in indices:
            self.on_wiki[index] = version

    def changed_indices(self, size: int) -> list[int]:
        return [round(step * size / self.changed) for step in range(self.changed)]

    # -- the scenarios --------------------------------------------------------------------------

    def warm_up(self) -> Run:
        """Fill pywikibot's caches and log in (as an earlier scheduled run would have), with a
        page outside the benchmark's prefix; return the first, cold, run."""
        workspace = self.workspace("warm")
        prefix = DEFAULT_PREFIX.removesuffix("Reports/") + "Warm-up/"
        (workspace / "salonbot.toml").write_text(
            f"[salonbot]\nallowed_prefix = {json.dumps(prefix)}\n", encoding="utf-8")
        report = workspace / "reports" / "warm.yaml"
        report.write_text(self.template_yaml.replace(
            SAMPLE_TITLE, prefix + "Warm").replace(MARK, "warm-up"), encoding="utf-8")
        cold = self.salonbot("cold start: push (create)", 1, workspace, "push", "--yes",
                             record=False)
        report.write_text(report.read_text().replace("warm-up", "warm-up 2"))
        self.salonbot("warm-up: push (update)", 1, workspace, "push", "--yes", record=False)
        self.salonbot("warm-up: pull", 1, workspace, "pull", record=False)
        report.write_text(report.read_text().replace("warm-up 2", "warm-up 3"))
        self.salonbot("warm-up: sync", 1, workspace, "sync", "--yes", record=False)
        if self.has_pagefromfile:
            source = self.tmp / "warm.txt"
            source.write_text(f"{{{{-start-}}}}\n@@{prefix}Warm@@\nwarm-up by pagefromfile\n"
                              "{{-stop-}}\n", encoding="utf-8")
            self.pagefromfile("warm-up: pagefromfile", 1, source, record=False)
        return cold

    def pagefromfile(self, label: str, size: int, source: Path, *, record: bool = True) -> Run:
        # The script's main() directly, with its messages as `pwb` would set them (the wrapper's
        # module check wants a source checkout).
        return self.run(label, size, [
            sys.executable, "-c", "import sys, pywikibot.i18n; "
            "pywikibot.i18n.set_messages_package('pywikibot_scripts.i18n'); "
            "from pywikibot_scripts import pagefromfile; pagefromfile.main(*sys.argv[1:])",
            f"-file:{source}", "-force", "-titlestart:@@",
            "-titleend:@@", "-notitle", "-summary:pagefromfile benchmark"], self.tmp,
            record=record)

    def seed(self, size: int, workspace: Path) -> None:
        """Write the report files and base revisions a full pull would (for sizes where the pull
        itself is not measured): files rendering to each page's text, bases from one sweep made
        outside the proxy."""
        from salonbot.report.scaffold import file_name_for
        from salonbot.sync.state import Base, State

        # The bases come from the wiki directly (not through the proxy): set-up, not counted.
        pages = Wiki(self.info).latest_revisions(DEFAULT_PREFIX)
        state = State(workspace / "reports", "sandbox:sandbox")
        for index in range(size):
            title = title_of(index)
            file = file_name_for(title, DEFAULT_PREFIX)
            page = pages[title]
            text = self.text_of(index, self.on_wiki[index])
            assert page["sha1"] == hashlib.sha1(text.encode()).hexdigest(), title
            (workspace / "reports" / file).write_text(
                self.template_yaml.replace(SAMPLE_TITLE, title).replace(
                    MARK, json.dumps(date_line(index, self.on_wiki[index]))), encoding="utf-8")
            state.bases[title] = Base(page["revid"], page["timestamp"], page["sha1"], file)
        state.save()
        print(f"  seeded {size} report files and their bases", flush=True)

    def edit_runs(self, size: int, workspace: Path, *, push: bool) -> None:
        """Item 1 and 2 of the issue: K changed files, then nothing to do."""
        changed = self.changed_indices(size)
        commands = (["push"] if push else []) + ["sync"]
        for command in commands:
            version = self.change_files(workspace, changed)
            run = self.salonbot(f"{command} K", size, workspace, command, "--yes")
            self.saved(run, changed, version)
            self.salonbot(f"{command} no-op", size, workspace, command, "--yes")

    def size(self, size: int, *, full: bool) -> None:
        """All runs (full) or only the edit runs, on N = size reports."""
        print(f"N = {size}", flush=True)
        self.import_pages(size)
        workspace = self.workspace(f"n{size}")
        if not full:
            self.seed(size, workspace)
            # Seeded files were never loaded: the first run loads them all (and fills the load
            # cache, .salonbot-cache.json), as the first run after a checkout would.
            self.salonbot("status (cold cache)", size, workspace, "status")
            self.edit_runs(size, workspace, push=False)
            return
        self.salonbot("pull (full)", size, workspace, "pull")
        self.salonbot("pull (incremental, no change)", size, workspace, "pull")
        self.edit_runs(size, workspace, push=True)
        if self.has_pagefromfile:
            changed = self.changed_indices(size)
            version = self.new_version()
            source = self.tmp / f"pages-{size}.txt"
            with source.open("w", encoding="utf-8") as out:
                for index in range(size):
                    text = self.text_of(index, version if index in changed
                                        else self.on_wiki[index])
                    out.write(f"{{{{-start-}}}}\n@@{title_of(index)}@@\n{text}\n{{{{-stop-}}}}\n")
            run = self.pagefromfile("pagefromfile K", size, source)
            self.saved(run, changed, version)
            self.salonbot("pull (after K edits on the wiki)", size, workspace, "pull")

    def memory(self, size: int) -> None:
        print(f"memory, N = {size}", flush=True)
        self.import_pages(size)
        workspace = self.workspace(f"n{size}")
        self.seed(size, workspace)
        changed = self.changed_indices(size)
        # The first command loads every seeded file (no load cache yet), the second only K.
        for number, command in enumerate(["push", "sync"]):
            version = self.change_files(workspace, changed)
            label = f"{command} K" + (" (cold cache)" if number == 0 else "")
            self.saved(self.salonbot(label, size, workspace, command, "--yes"), changed, version)


SAMPLE_TITLE = ("Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/"
                "Reports/MA UG")


def command_works(argv: list[str]) -> bool:
    return subprocess.run(argv, capture_output=True, stdin=subprocess.DEVNULL,
                          cwd=ROOT).returncode == 0


# -- the report ------------------------------------------------------------------------------------

def breakdown(run: Run) -> str:
    """`3x query prop=revisions ...; 10x edit` for a run's own requests, in order of first use."""
    counts = Counter(record.kind for record in run.own)
    return "; ".join(f"{count}× {kind}" for kind, count in counts.items())


def tables(bench: Bench, cold: Run | None) -> tuple[str, list[str]]:
    """The Markdown tables of the results, and the targets missed."""
    lines = ["| N | run | requests | start-up requests | edits | KB read | of which change "
             "detection | KB read gzipped | wall s | of which edits s | peak MB | exit |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for run in bench.runs:
        lines.append(
            f"| {run.size} | {run.label} | {len(run.own)} | {len(run.startup)} | "
            f"{len(run.edits)} | {run.kb(run.reads):.1f} | {run.kb(run.detection):.1f} | "
            f"{run.kb(run.reads, 'gzip'):.1f} | "
            f"{run.wall:.2f} | {run.edit_seconds:.2f} | {run.peak_mb:.0f} | {run.exit_code} |")
    lines += ["", "Which requests (salonbot's own; `[n named]` = titles or revision ids "
              "in the request):", "", "| N | run | requests |", "|---:|---|---|"]
    for run in bench.runs:
        lines.append(f"| {run.size} | {run.label} | {breakdown(run)} |")
    if cold is not None:
        lines += ["", f"Start-up requests of the first (cold) run: {len(cold.startup)} "
                  f"({'; '.join(f'{n}× {k}' for k, n in Counter(r.kind for r in cold.startup).items())}); "
                  "of every later (warm) run: "
                  f"{sorted({len(run.startup) for run in bench.runs})} "
                  f"({'; '.join(sorted({r.kind for run in bench.runs for r in run.startup}))})."]
    missed: list[str] = []
    by_label = {(run.size, run.label): run for run in bench.runs}
    sizes = sorted({run.size for run in bench.runs})
    lines += ["", "Targets:", "", "| N | run | measure | value | target | |", "|---:|---|---|---:|---:|---|"]
    for size in sizes:
        for label, what, limit, largest in TARGETS:
            run = by_label.get((size, label))
            if run is None or (largest is not None and size > largest):
                continue
            if what == "requests":
                limit += -(-size // SWEEP_BATCH) - 1
            value = run.value(what)
            ok = value <= limit
            lines.append(f"| {size} | {label} | {what} | {value:.0f} | ≤ {limit} | "
                         f"{'ok' if ok else '**missed**'} |")
            if not ok:
                missed.append(f"N={size} {label}: {what} {value:.0f} > {limit}")
        memory = [run for run in bench.runs
                  if run.size == size and run.label.startswith(("push K", "sync K"))]
        if size >= 10000:
            for run in memory:
                ok = run.peak_mb < MEMORY_LIMIT_MB
                lines.append(f"| {size} | {run.label} | peak MB | {run.peak_mb:.0f} | "
                             f"< {MEMORY_LIMIT_MB} | {'ok' if ok else '**missed**'} |")
                if not ok:
                    missed.append(f"N={size} {run.label}: peak {run.peak_mb:.0f} MB")
    comparisons = []
    for size in sizes:
        theirs = by_label.get((size, "pagefromfile K"))
        for ours_label in ("sync K", "push K"):
            ours = by_label.get((size, ours_label))
            if theirs and ours:
                for what, mine, other in (("requests", len(ours.own), len(theirs.own)),
                                          ("wall s", ours.wall, theirs.wall)):
                    ok = mine < other
                    digits = 1 if what == "wall s" else 0
                    lines.append(f"| {size} | {ours_label} | {what} | {mine:.{digits}f} | "
                                 f"< pagefromfile's {other:.{digits}f} | "
                                 f"{'ok' if ok else '**missed**'} |")
                    if not ok:
                        missed.append(f"N={size} {ours_label}: {what} {mine:.1f} not under "
                                      f"pagefromfile's {other:.1f}")
                comparisons.append(
                    f"| {size} | {ours_label} | {len(ours.own)} | {len(theirs.own)} | "
                    f"{len(theirs.own) / max(1, len(ours.own)):.1f} | {ours.wall:.2f} | "
                    f"{theirs.wall:.2f} | {theirs.wall / ours.wall:.1f} |")
    if comparisons:
        lines += ["", "pywikibot's `pagefromfile` publishing the same K changed pages out of N "
                  "(same wiki, account, proxy and put_throttle 0):", "",
                  "| N | salonbot | salonbot requests | pagefromfile requests | pagefromfile ÷ "
                  "salonbot | salonbot wall s | pagefromfile wall s | pagefromfile ÷ salonbot |",
                  "|---:|---|---:|---:|---:|---:|---:|---:|", *comparisons]
    return "\n".join(lines) + "\n", missed


def results_section(body: str, args: argparse.Namespace, elapsed: float) -> str:
    from importlib.metadata import PackageNotFoundError, version

    def installed(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    mediawiki = re.search(r"MW_VERSION', '([^']+)'", (MEDIAWIKI / "includes" / "Defines.php")
                          .read_text(encoding="utf-8", errors="replace"))
    command = "python benchmarks/bench_requests.py --write"
    if args.sizes != "100,1000,5000":
        command += f" --sizes {args.sizes}"
    if args.memory_size != 10000:
        command += f" --memory-size {args.memory_size}"
    if args.changed != 10:
        command += f" --changed {args.changed}"
    return "\n".join([
        SECTION,
        "",
        f"Reproduce: `{command}` (also part of `make bench`). K = {args.changed} reports "
        "changed per edit run. Requests are counted at a reverse proxy in front of a sandbox "
        "MediaWiki (every HTTP request that reaches the wiki); \"requests\" are the command's "
        "own, \"start-up\" those pywikibot makes for itself (userinfo, login, siteinfo, "
        "paraminfo) in a warm session. \"KB read\" is every response except the edits': "
        "as sent (wire; the sandbox compresses nothing) and the JSON itself. Peak MB is the "
        "command's maximum resident set size.",
        "",
        body,
        f"Measured {datetime.date.today().isoformat()} in {elapsed:.0f} s on {os.cpu_count()} "
        f"CPUs ({platform.machine()}), Python {platform.python_version()}, pywikibot "
        f"{installed('pywikibot')}, pywikibot-scripts {installed('pywikibot-scripts')}, "
        f"MediaWiki {mediawiki[1] if mediawiki else '?'} (SQLite, `php -S`), "
        f"salonbot {salonbot.__version__}.",
        "",
    ])


def write_results(section: str) -> None:
    """Replace the `## bench_requests` section of RESULTS.md (or add it), keeping the rest."""
    write_section(SECTION, section)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="100,1000,5000",
                        help="numbers of reports, comma-separated (default 100,1000,5000)")
    parser.add_argument("--full-sizes", default="100,1000", metavar="SIZES",
                        help="sizes that also get the pulls, push and pagefromfile runs (the "
                        "others: the sync runs only, on files and bases written directly); "
                        "default 100,1000")
    parser.add_argument("--changed", type=int, default=10, metavar="K",
                        help="reports changed locally in each edit run (default 10)")
    parser.add_argument("--memory-size", type=int, default=10000, metavar="N",
                        help="reports in the peak-memory run (default 10000; 0 skips it)")
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    parser.add_argument("--log", type=Path, metavar="FILE",
                        help="write every request (JSON lines) to FILE")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folder (and stop the wiki) for a look")
    args = parser.parse_args(argv)
    # `kill` stops the run through its `finally` (the sandbox server is stopped, not left behind).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    sizes = sorted({int(size) for size in args.sizes.split(",") if size.strip()})
    full_sizes = {int(size) for size in args.full_sizes.split(",") if size.strip()}

    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="bench-requests-"))
    info = sandbox.start(tmp / "sandbox")
    proxy = Proxy(info.url).start()
    try:
        # No cache and no cookie: the warm-up's first run is a cold start. No fail-fast
        # timeouts: a read of thousands of pages may take a while.
        pywikibot_dir = proxied_pywikibot_dir(info.pywikibot_dir, tmp / "pywikibot",
                                              f"{proxy.url}/api.php", fail_fast=False,
                                              cache=False)
        bench = Bench(tmp, info, proxy, pywikibot_dir, args.changed,
                      command_works([sys.executable, "-c", "import pywikibot_scripts"]))
        print(f"sandbox wiki {info.url} behind the proxy {proxy.url}; "
              f"pagefromfile: {'yes' if bench.has_pagefromfile else 'not installed'}", flush=True)
        bench.prepare_template()
        cold = bench.warm_up()
        for size in sizes:
            bench.size(size, full=size in full_sizes)
        if args.memory_size:
            bench.memory(args.memory_size)
    finally:
        sandbox.stop(info.state_dir)
        proxy.stop()
        if args.log:
            with args.log.open("w", encoding="utf-8") as out:
                for record in proxy.requests:
                    out.write(json.dumps({"start": record.start, "seconds": record.seconds,
                                          "kind": record.kind, "startup": record.startup,
                                          "params": record.described,
                                          "status": record.status,
                                          "bytes_up": record.bytes_up,
                                          "bytes_down": record.bytes_down,
                                          "gzip_bytes": record.gzip_bytes,
                                          "body_bytes": record.body_bytes}) + "\n")
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    elapsed = time.perf_counter() - started
    body, missed = tables(bench, cold)
    print()
    print(body)
    print(f"finished in {elapsed:.0f} s")
    failed = [run for run in bench.runs if run.exit_code != 0]
    for run in failed:
        print(f"bench_requests: `{' '.join(run.argv[2:])}` (N={run.size}) exited with "
              f"{run.exit_code}:\n{run.output[-2000:]}", file=sys.stderr)
    if args.write:
        write_results(results_section(body, args, elapsed))
        print(f"updated {RESULTS.relative_to(ROOT)}")
    for line in missed:
        print(f"bench_requests: target missed: {line}", file=sys.stderr)
    return 2 if failed else 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
