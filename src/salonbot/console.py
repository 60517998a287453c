"""What salonbot shows a person: diffs (coloured on a terminal, plain when piped), progress lines,
confirmations and the summary table at the end of a run."""

from __future__ import annotations

import difflib
import os
import sys
from collections import Counter
from collections.abc import Iterable
from typing import TextIO

_COLOURS = {"+": "\033[32m", "-": "\033[31m", "@": "\033[36m"}
_RESET = "\033[0m"


def use_colour(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return stream.isatty() and "NO_COLOR" not in os.environ


def unified_diff(old: str, new: str, title: str, colour: bool) -> str:
    """A unified diff of two page texts, `wiki` against `local`; '' when they are equal."""
    lines = difflib.unified_diff(old.splitlines(), new.splitlines(), f"wiki: {title}",
                                 f"local: {title}", lineterm="")
    out = []
    for line in lines:
        if colour and line[:1] in _COLOURS and not line.startswith(("+++", "---")):
            line = _COLOURS[line[0]] + line + _RESET
        out.append(line)
    return "\n".join(out) + ("\n" if out else "")


def confirm(question: str, stream: TextIO = sys.stderr) -> bool:
    """Ask yes/no on the terminal; no answer (no terminal, end of input) means no."""
    stream.write(f"{question} [y/N] ")
    stream.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in ("y", "yes")


class Progress:
    """`[3/120] title: action` lines on standard error, for runs of many pages; only on a
    terminal, so that a scheduled run that succeeds writes nothing there (cron mails it)."""

    def __init__(self, total: int, stream: TextIO | None = None):
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.shown = self.stream.isatty()

    def step(self, title: str, what: str) -> None:
        self.done += 1
        if self.shown:
            self.stream.write(f"[{self.done}/{self.total}] {title}: {what}\n")
            self.stream.flush()


def summary_table(outcomes: Iterable[str], order: Iterable[str]) -> str:
    """`created 2 · updated 1 · ...`-style counts as a small two-column table."""
    counts = Counter(outcomes)
    rows = [(name, counts.get(name, 0)) for name in order]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {count:>5}" for name, count in rows) + "\n"
