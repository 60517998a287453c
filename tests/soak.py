"""A seeded soak of salonbot against network faults: `make soak` (200+ scenarios), and a subset
of 20 in CI (tests/wiki/test_faults.py).

Twenty reports live under a prefix of their own. Each scenario changes a few files, sometimes
lets OtherUser add a note to a page whose file is untouched, then runs `salonbot sync` (or, with
--push-only, `push` and `pull`) through the proxy of tests/support with one or two random faults,
then clean reruns until the files and the wiki agree. After each scenario it checks:

- no local change lost: every file still holds its latest change, and the wiki holds the file;
- no note of OtherUser overwritten: every note ever added is still on its page and in its file;
- no duplicated text or extra revision: each of the bot's revisions is a distinct text that the
  files asked for at some point;
- everything in sync (`salonbot status`, or, with --push-only, a clean `push` finds nothing to
  do), and one more clean run makes no edit.

Run standalone: `python tests/soak.py --scenarios 200 --seed 1` starts its own sandbox wiki.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: `tests` must be importable
    sys.path.insert(0, str(ROOT))

from tests.support.api import Wiki  # noqa: E402
from tests.support.proxy import Proxy, random_rules  # noqa: E402
from tests.support.pywikibot_dir import proxied_pywikibot_dir  # noqa: E402

from salonbot import sandbox as sandbox_module  # noqa: E402
from salonbot.config import DEFAULT_PREFIX  # noqa: E402
from salonbot.sandbox import SandboxInfo  # noqa: E402
from salonbot.sync.pages import load_file  # noqa: E402

REPORTS = 20
SOCKET_TIMEOUT = 2.0


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class Runner:
    """Runs `python -m salonbot` in `root` with a given pywikibot dir."""

    root: Path
    direct_dir: Path
    proxied_dir: Path

    def run(self, *args: str, proxied: bool = False, timeout: float = 300,
            on_start: Callable[[int], None] | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "NO_COLOR": "1",
               "PYWIKIBOT_DIR": str(self.proxied_dir if proxied else self.direct_dir)}
        process = subprocess.Popen([sys.executable, "-m", "salonbot", *args], cwd=self.root,
                                   env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        if on_start is not None:
            on_start(process.pid)
        out, err = process.communicate(timeout=timeout)
        return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def report_text(title: str, change: str) -> str:
    return (f"title: {title}\n"
            "date_and_location: 2 March 2019, Mohammedia\n"
            f"what_happened: We met and talked. {change}\n"
            "discussion:\n  themes:\n  - title: Advocacy\n    points:\n"
            "    - First point\n    - Second point\n"
            "budget: The total budget was 1200 USD.\n")


@dataclass
class Soak:
    """The 20 reports of one soak, what was asked of the wiki, and what must still be there."""

    info: SandboxInfo
    root: Path
    seed: int
    use_sync: bool
    proxy: Proxy
    runner: Runner
    api: Wiki
    rng: random.Random = field(init=False)
    prefix: str = field(init=False)
    titles: list[str] = field(default_factory=list)
    latest_change: dict[str, str] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)
    asked: dict[str, set[str]] = field(default_factory=dict)
    counter: int = 0
    log: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)  # the kinds of fault the scenarios met

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.prefix = f"{DEFAULT_PREFIX}Soak {self.seed} {int(time.time() * 1000)}/"
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "salonbot.toml").write_text(
            f'[salonbot]\nallowed_prefix = "{self.prefix}"\n', encoding="utf-8")
        self.reports = self.root / "reports"
        self.reports.mkdir(parents=True, exist_ok=True)
        for number in range(1, REPORTS + 1):
            title = f"{self.prefix}R{number:02d}"
            self.titles.append(title)
            self.notes[title] = []
            self.asked[title] = set()
            self._change(title)

    def path(self, title: str) -> Path:
        return self.reports / f"r{title.rsplit('R', 1)[1]}.yaml"

    def _change(self, title: str) -> None:
        self.counter += 1
        change = f"Change {self.counter}."
        path = self.path(title)
        if path.exists():
            text = path.read_text(encoding="utf-8")
            old = self.latest_change[title]
            assert old in text, f"{path.name}: lost local change {old!r}"
            path.write_text(text.replace(old, change), encoding="utf-8")
        else:
            path.write_text(report_text(title, change), encoding="utf-8")
        self.latest_change[title] = change
        self.asked[title].add(sha1(load_file(path)[1]))

    def _converge(self) -> list[str]:
        """Clean runs until everything is in sync; problems found on the way."""
        problems: list[str] = []
        if self.use_sync:
            first = self.runner.run("sync", "--yes")
            if first.returncode != 0:
                problems.append(f"clean sync exit {first.returncode}: {first.stdout[-800:]}"
                                f"{first.stderr[-800:]}")
        else:
            if any(self.notes.values()):
                self.runner.run("pull")  # OtherUser's notes into untouched files
            first = self.runner.run("push", "--yes")
            if first.returncode != 0:
                problems.append(f"clean push exit {first.returncode}: {first.stdout[-800:]}"
                                f"{first.stderr[-800:]}")
        if "Traceback" in first.stderr + first.stdout:
            problems.append("a clean run showed a traceback")
        return problems

    def scenario(self, number: int) -> list[str]:
        """One scenario; the problems it found (empty when all is well)."""
        rng = self.rng
        changed = rng.sample(self.titles, rng.randint(1, 3))
        for title in changed:
            self._change(title)
        if number > 0 and rng.random() < 0.3:  # a person edits a page whose file is untouched
            title = rng.choice([t for t in self.titles if t not in changed])
            current = self.api.page_text(title)
            if current is not None:
                note = f"A note by OtherUser, number {self.counter}."
                self.counter += 1
                self.api.edit_as_other(title, current + "\n\n" + note,
                                       summary="a note by another person", nocreate=1)
                self.notes[title].append(note)
        rules = random_rules(rng, SOCKET_TIMEOUT + 0.7, count=rng.choice((1, 1, 2)))
        if number == 0:
            rules = []  # the first run creates the pages
        self.proxy.plan(rules)
        self.kinds.update(rule.kind for rule in rules)
        faulty = self.runner.run("sync" if self.use_sync else "push", "--yes", proxied=True)
        faults = ", ".join(f"{r.kind}@{r.nth or r.action}+{r.skip}" for r in rules) or "none"
        problems = []
        if "Traceback" in faulty.stderr + faulty.stdout:
            problems.append(f"traceback on screen with faults {faults}: {faulty.stderr[-1500:]}")
        problems += self._converge()
        problems += self.check()
        before = {title: len(self.api.revisions(title)) for title in self.titles}
        if self.use_sync:
            again = self.runner.run("sync", "--yes")
            status = self.runner.run("status", "--json")
            try:
                states = {item["title"]: item["state"]
                          for item in json.loads(status.stdout)["reports"]}
            except ValueError:
                states = {}
                problems.append(f"status printed no JSON: {status.stdout[-500:]}"
                                f"{status.stderr[-500:]}")
            problems += [f"{t}: status {s!r}" for t, s in states.items() if s != "in sync"]
        else:
            again = self.runner.run("push", "--yes")
            if not re.search(r"^created +0\nupdated +0$", again.stdout, re.MULTILINE):
                problems.append(f"a second clean push still had work: {again.stdout[-800:]}")
        if again.returncode != 0:
            problems.append(f"second clean run exit {again.returncode}: {again.stdout[-800:]}")
        after = {title: len(self.api.revisions(title)) for title in self.titles}
        problems += [f"{t}: the second clean run made an edit" for t in self.titles
                     if after[t] != before[t]]
        self.log.append(f"scenario {number}: faults {faults}; "
                        f"{'ok' if not problems else f'{len(problems)} problem(s)'}")
        return [f"seed {self.seed} scenario {number} ({faults}): {p}" for p in problems]

    def check(self) -> list[str]:
        """Files, wiki and revision history against what was asked and written by others."""
        problems = []
        for title in self.titles:
            path = self.path(title)
            file_text = path.read_text(encoding="utf-8")
            wiki_text = self.api.page_text(title)
            if self.latest_change[title] not in file_text:
                problems.append(f"{path.name}: local change {self.latest_change[title]!r} lost")
            rendered = load_file(path)[1]
            if wiki_text != rendered:
                problems.append(f"{title}: the wiki does not hold the file's text")
            for note in self.notes[title]:
                if note not in (wiki_text or "") or note not in file_text:
                    problems.append(f"{title}: OtherUser's note {note!r} was lost")
            self.asked[title].add(sha1(rendered))  # a pulled file asks for what it holds
            seen: set[str] = set()
            for revision in self.api.revisions(title):
                if revision["user"] != self.info.bot_user:
                    continue
                if revision["sha1"] in seen:
                    problems.append(f"{title}: revision {revision['revid']} repeats a text")
                seen.add(revision["sha1"])
                if revision["sha1"] not in self.asked[title]:
                    problems.append(f"{title}: revision {revision['revid']} holds a text no "
                                    "file asked for")
        return problems


def run_soak(info: SandboxInfo, root: Path, scenarios: int, seed: int,
             use_sync: bool = True, progress: Callable[[str], None] | None = None,
             kinds: set[str] | None = None) -> list[str]:
    """Run `scenarios` scenarios (the first creates the 20 pages) with sync, or with push and
    pull if not `use_sync`; every problem found. `kinds` gets the kinds of fault they met."""
    root.mkdir(parents=True, exist_ok=True)
    with Proxy(info.url) as proxy:
        proxied = proxied_pywikibot_dir(info.pywikibot_dir, root / "pywikibot-proxied",
                                        f"{proxy.url}/api.php", socket_timeout=SOCKET_TIMEOUT)
        soak = Soak(info, root / "workspace", seed, use_sync, proxy,
                    Runner(root / "workspace", info.pywikibot_dir, proxied), Wiki(info))
        problems: list[str] = []
        for number in range(scenarios + 1):
            found = soak.scenario(number)
            problems += found
            if progress is not None:
                progress(soak.log[-1])
            if found and number == 0:
                break  # the pages were not even created
        if kinds is not None:
            kinds.update(soak.kinds)
        return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenarios", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--state-dir", help="a sandbox state dir to reuse (default: a new one)")
    parser.add_argument("--push-only", action="store_true", help="use push and pull, not sync")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="salonbot-soak-") as temporary:
        state_dir = Path(args.state_dir) if args.state_dir else Path(temporary) / "sandbox"
        info = sandbox_module.start(state_dir)
        try:
            started = time.monotonic()
            problems = run_soak(info, Path(temporary) / "soak", args.scenarios, args.seed,
                                not args.push_only, progress=print)
        finally:
            if not args.state_dir:
                sandbox_module.stop(state_dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{args.scenarios} scenarios in {time.monotonic() - started:.0f} s: "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
