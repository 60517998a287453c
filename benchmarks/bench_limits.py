"""The worst input salonbot accepts: how long it takes to load, and how much memory.

Makes files just inside report/limits.py's bounds and yamlio's 2 MB (a flow-style list of 20,000
values; 100 templates never closed and 10,000 constructs in all; one 1.9 MB value of HTML-like
tags; a 1.9 MB wiki page of the same, read by `salonbot parse`; a budget of as many amounts
as its figures are read with, and one of 100,000, and a date section of long lines of
unknown words between numbers, exported) and runs the real command on
each in a new process: wall time from this process, peak memory the child's maximum resident
set size (`os.wait4`). Exits with 1 if any is over 10 s or 512 MiB (what Toolforge gives a job),
or if a file is refused (the limits must accept what this script makes).

    .venv/bin/python benchmarks/bench_limits.py            # print
    .venv/bin/python benchmarks/bench_limits.py --write    # print and update RESULTS.md
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results import write_section

from salonbot.analytics.readings import MAX_BUDGET_NUMBERS
from salonbot.config import DEFAULT_PREFIX
from salonbot.report.limits import MAX_CONSTRUCTS, MAX_OPEN, MAX_UNCLOSED_SPAN, MAX_VALUES
from salonbot.report.yamlio import MAX_FILE_BYTES

SECTION = "## bench_limits"
MAX_SECONDS = 10.0
MAX_MIB = 512.0
TITLE = f"title: {DEFAULT_PREFIX}Worst\n"


def flow_values() -> str:
    """MAX_VALUES values (the title and its key count too), as long as 2 MB lets them be."""
    count = MAX_VALUES - 5  # the file's mapping, title key and value, what_happened key, list
    width = (MAX_FILE_BYTES - 1000) // count - 3
    return TITLE + "what_happened: [" + ", ".join(["x" * width] * count) + "]\n"


def open_constructs() -> str:
    """Templates never closed in the last points, as many as MAX_UNCLOSED_SPAN lets them be,
    after MAX_CONSTRUCTS in all, in points."""
    per_point = "- '[[b|c]] {{d}} <span>e</span> " + "f" * 120 + "'"
    points = [per_point] * ((MAX_CONSTRUCTS - MAX_OPEN) // 3)
    opened = 20  # the n-th from the end has n * width characters after it
    width = MAX_UNCLOSED_SPAN // (opened * (opened + 1) // 2) - 20
    points += ["- '{{a|" + "f" * width + "'"] * opened
    return TITLE + "what_happened:\n" + "\n".join(points) + "\n"


def tag_soup() -> str:
    """One text value of MAX_CONSTRUCTS tags, padded to just under 2 MB."""
    unit = "<span>" + "g" * ((MAX_FILE_BYTES - 1000) // MAX_CONSTRUCTS - 14) + "</span>"
    return TITLE + "what_happened: '" + unit * (MAX_CONSTRUCTS - 1) + "'\n"


def page() -> str:
    """A wiki page of MAX_CONSTRUCTS constructs, padded to just under 2 MB, with templates
    never closed as near its start as MAX_UNCLOSED_SPAN lets them be."""
    width = (MAX_FILE_BYTES - 1000) // (MAX_CONSTRUCTS // 3) - 32
    unit = "* [[b|c]] {{d}} <span>e</span> " + "f" * width + "\n"
    body = unit * ((MAX_CONSTRUCTS - MAX_OPEN) // 3)
    opened = min(MAX_OPEN, MAX_UNCLOSED_SPAN // (len(body) + 10))
    return "== What happened ==\n" + body[:len(body) // 2] + "{{a|" * opened + \
        body[len(body) // 2:]


def many_amounts(count: int) -> str:
    """A report whose budget is one sentence of `count` amounts, each after a label (every
    amount is read with the words around it: the most the figures' reading is given)."""
    sentence = "We spent " + ", ".join(f"item US$ {index % 900 + 100}" for index in range(count))
    return TITLE + "date_and_location: 1 May 2019, Kigali.\nbudget: '" + sentence + ".'\n"


def long_date_lines() -> str:
    """A report whose date section is two lines of 20,000 characters: numbers between words no
    month table knows, and words near weekday names before such dates (each word is compared
    with every month's and weekday's names: what reading a date is given most to do)."""
    between = " ".join(f"{day % 28 + 1} Mab{chr(97 + day % 26)}{chr(97 + day // 26 % 26)} 2019"
                       for day in range(1500))[:20000]
    before = " ".join(f"Dom{chr(97 + day % 26)}{chr(97 + day // 26 % 26)}nga {day % 28 + 1} "
                      f"Ma{chr(97 + day % 26)}s{chr(97 + day // 7 % 26)} 2019"
                      for day in range(1500))[:20000]
    return TITLE + f"date_and_location: |-\n  {between}\n  {before}\n"


def run(arguments: list[str], folder: Path) -> tuple[float, float, int]:
    """Seconds, peak MiB and exit status of `salonbot ARGUMENTS` in a new process."""
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "salonbot", *arguments], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    assert process.stderr is not None
    error = process.stderr.read().decode()
    if error:
        print(error.strip()[:300], file=sys.stderr)
    return time.monotonic() - started, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        cases = [("flow-style list of 20,000 values", "values.yaml", flow_values()),
                 ("templates never closed, 5,000 constructs", "open.yaml", open_constructs()),
                 ("one value of 5,000 tags", "tags.yaml", tag_soup()),
                 ("a page of the same, `salonbot parse`", "page.wiki", page()),
                 (f"a budget of {MAX_BUDGET_NUMBERS:,} amounts in one sentence, `salonbot "
                  "export --table reports`", "amounts/many.yaml", many_amounts(MAX_BUDGET_NUMBERS)),
                 ("a budget of 100,000 amounts (not read: too many), `salonbot export`",
                  "dump/many.yaml", many_amounts(100_000)),
                 ("a date section of two lines of 20,000 characters of unknown words between "
                  "numbers, `salonbot export`", "dates/long.yaml", long_date_lines())]
        for label, file, text in cases:
            (folder / file).parent.mkdir(exist_ok=True)
            (folder / file).write_text(text, encoding="utf-8")
            command = ["parse", file, "--title", "Worst"] if file.endswith(".wiki") \
                else ["export", "--dir", str(Path(file).parent), "--table", "reports", "--format",
                      "jsonl", "-o", str(folder / "out.jsonl")] if "/" in file \
                else ["validate", file]
            seconds, mib, status = run(command, folder)
            rows.append((label, len(text.encode()), seconds, mib, status))
    ok = all(seconds <= MAX_SECONDS and mib <= MAX_MIB and status == 0
             for _, _, seconds, mib, status in rows)
    lines = [SECTION, "",
             f"{datetime.date.today()}, {platform.python_implementation()} "
             f"{platform.python_version()}, {platform.machine()}: the worst files salonbot "
             f"accepts (limits: {MAX_SECONDS:.0f} s, {MAX_MIB:.0f} MiB).", "",
             "| file | bytes | seconds | peak MiB | exit |", "| --- | ---: | ---: | ---: | ---: |"]
    lines += [f"| {label} | {size} | {seconds:.2f} | {mib:.0f} | {status} |"
              for label, size, seconds, mib, status in rows]
    section = "\n".join(lines) + "\n"
    print(section)
    if args.write:
        write_section(SECTION, section)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
