"""What a person wrote in a report file survives salonbot rewriting it.

When a pull or a sync rewrites a report file with what the wiki says (`new`, the YAML salonbot
writes for the new content), the file may hold things the page does not: comments (`# TODO: ask
Anna for the list`, the guidance comments of `salonbot new`), blank lines, keys that are not on
the page (`area:`, `figures:`). They are kept by a three-way merge of the YAML text (merge3, the
same algorithm as the page merges), with `base` the YAML salonbot writes for the content the file
was last synced with: what the person added to the file is their change, what the wiki changed
is the other side, and both land in the new file.

Where both sides changed the same lines (a point the wiki rewrote, with a comment of the
person's next to it), the wiki's lines win and the person's comments from there are kept, just
above them; a comment whose line the wiki's change removed is also reported (`moved`), so that
nobody loses a note without a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import merge3


@dataclass(frozen=True)
class MergedFile:
    """A report file's new text, and the comments that could not stay next to their line."""

    text: str
    moved: list[str] = field(default_factory=list)


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _is_comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def _own_lines(mine: list[str], base: list[str], theirs: list[str]) -> list[str]:
    """The comment and blank lines of `mine` that neither `base` nor `theirs` has."""
    others = set(base) | set(theirs)
    return [line for line in mine if (_is_comment(line) or not line.strip())
            and line not in others]


def merge_file_text(old: str, base: str, new: str) -> MergedFile:
    """The text `new` (what salonbot writes for the page) with what a person added to the
    report file `old` since `base` (what salonbot wrote, or would have written, for the page
    the file was last synced with); see the module docstring."""
    if old == base or not old:
        return MergedFile(new)
    mine, original, theirs = _lines(old), _lines(base), _lines(new)
    if mine and not mine[-1].endswith("\n"):
        mine[-1] += "\n"
    merged: list[str] = []
    moved: list[str] = []
    for region in merge3.Merge3(original, mine, theirs).merge_regions():
        kind = region[0]
        if kind == "unchanged":
            merged += original[region[1]:region[2]]
        elif kind in ("a", "same"):
            merged += mine[region[1]:region[2]]
        elif kind == "b":
            merged += theirs[region[1]:region[2]]
        else:
            _, z1, z2, a1, a2, b1, b2 = region  # type: ignore[misc]  # a conflict has 7
            own = _own_lines(mine[a1:a2], original[z1:z2], theirs[b1:b2])
            moved += [line.strip() for line in own if line.strip()]
            merged += own + theirs[b1:b2]
    text = "".join(merged)
    return MergedFile(text if text.endswith("\n") or not text else text + "\n", moved)
