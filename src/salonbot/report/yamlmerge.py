"""What a person wrote in a report file survives salonbot rewriting it.

When a pull or a sync rewrites a report file with what the wiki says (`new`, the YAML salonbot
writes for the new content), the file may hold notes the page does not: comments (`# TODO: ask
Anna for the list`, the guidance comments of `salonbot new`, a comment at the end of a line) and
blank lines. They are kept by a three-way merge of the YAML text (merge3, the algorithm of the
page merges), `base` being the YAML salonbot writes for the page the file was last synced with:
the person's comments and blank lines are their side, the wiki's content the other, and both
land in the new file. The content is always the wiki's side (a sync merged the person's
content edits into it already; a forced pull replaces them on purpose). Keys that are not on the
page (`area:`, `figures:`) are carried by yamlio.py (carry_areas, carry_figures).

A comment whose line the wiki's change rewrote or removed is kept (just above the wiki's lines,
or where its line was) and reported (`moved`), so that nobody loses a note without a word.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

import merge3

# A comment at the end of a line of YAML: white space, `#`, the rest (outside quotes, roughly:
# a `#` that follows white space starts a comment in YAML; one inside a quoted string with a
# space before it is rare in report files, and is then kept as part of that line anyway).
_END_COMMENT = re.compile(r"\s+#.*$")


@dataclass(frozen=True)
class MergedFile:
    """A report file's new text, and the comments that could not stay next to their line."""

    text: str
    moved: list[str] = field(default_factory=list)


def _lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def _is_note(line: str) -> bool:
    """Whether a line of YAML is a comment or blank: the person's, not content."""
    return not line.strip() or line.lstrip().startswith("#")


def _end_comment(line: str) -> str:
    """The comment at the end of a line of YAML, with the white space before it ('' if none)."""
    found = _END_COMMENT.search(line.rstrip("\n")) if "#" in line else None
    return found.group() if found else ""


def _onto(mine: list[str], other: list[str], moved: list[str]) -> list[str]:
    """The lines `other` (the content to keep) with the notes of `mine` (comments, blank lines,
    comments at the end of a line) where they stand among them: where `mine` has a line that
    `other` writes differently, `other`'s line takes its place (with its end comment), and a
    comment there that `other`'s change may have made wrong goes into `moved`."""
    result: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, mine, other,
                                                       autojunk=False).get_opcodes():
        if tag == "equal":
            result += other[j1:j2]
            continue
        replacements = list(other[j1:j2])
        content = [line for line in mine[i1:i2] if not _is_note(line)]
        for line in mine[i1:i2]:
            if _is_note(line):
                result.append(line)
                if line.strip() and (content or replacements):
                    moved.append(line.strip())
            elif replacements:
                new, comment = replacements.pop(0), _end_comment(line)
                if comment and _END_COMMENT.sub("", line.rstrip("\n")) != new.rstrip("\n"):
                    moved.append(comment.strip())
                result.append(new.rstrip("\n") + comment + "\n" if comment else new)
            elif _end_comment(line):  # its line is gone: the comment stays, on a line of its own
                indent = line[: len(line) - len(line.lstrip())]
                result.append(f"{indent}{_end_comment(line).strip()}\n")
                moved.append(_end_comment(line).strip())
        result += replacements
    return result


def merge_file_text(old: str, base: str, new: str) -> MergedFile:
    """The text `new` (what salonbot writes for the page) with the notes a person added to the
    report file `old` since `base` (what salonbot wrote, or would have written, for the page
    the file was last synced with); see the module docstring."""
    if old == base or not old.strip():
        return MergedFile(new)
    mine, original, theirs = _lines(old), _lines(base), _lines(new)
    merged: list[str] = []
    moved: list[str] = []
    iz = ia = ib = 0
    for zmatch, zend, amatch, aend, bmatch, bend in merge3.Merge3(
            original, mine, theirs).find_sync_regions():
        mine_part, base_part, their_part = mine[ia:amatch], original[iz:zmatch], theirs[ib:bmatch]
        if mine_part == base_part:
            merged += their_part  # only the wiki changed here (or nothing did)
        else:  # the file changed here: the wiki's content, the file's notes on it
            merged += _onto(mine_part, their_part, moved if their_part != base_part else [])
        merged += original[zmatch:zend]
        iz, ia, ib = zend, aend, bend
    return MergedFile("".join(merged), moved)
