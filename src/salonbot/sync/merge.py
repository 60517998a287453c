"""Merges of page texts, line by line: three-way with the `merge3` library (bzr's merge
algorithm), two-way with `difflib` when there is no base.

The base is the wiki revision a report file was last synced from; `local` is the file's rendered
page, `wiki` the page's latest revision. A line changed on one side only takes that side's
version; a line changed the same way on both sides is taken once. Where both sides changed the
same lines differently, the region is a conflict. One refinement over plain merge3: a conflicting
region in which all three versions have the same number of lines, and every line was changed on
at most one side (two neighbouring bullets edited by two people), is merged line by line.

With no base (a report file never synced with an existing page) nobody can tell which side
changed a line, so `merge_two_way` keeps the lines both sides have and makes every region where
they differ a conflict: nothing is chosen silently, and only the differing lines are marked.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import merge3


@dataclass(frozen=True)
class Merged:
    """The result of a three-way merge.

    `text` is the merge, with the local lines kept in conflicting regions; `marked` is the same
    with each conflicting region shown between conflict markers (equal to `text` when there is
    no conflict); `conflicts` counts the conflicting regions.
    """

    text: str
    marked: str
    conflicts: int


def _lines(text: str) -> list[str]:
    # Every line ends with "\n" (page texts have no final newline), so that a line added after
    # the last one does not count as a change of the last one.
    return [line + "\n" for line in text.split("\n")] if text else []


def _join(lines: list[str]) -> str:
    return "".join(lines)[:-1] if lines else ""


def _line_by_line(base: list[str], local: list[str], wiki: list[str]) -> list[str] | None:
    """The region merged line by line, or None if some line changed differently on both sides."""
    if not len(base) == len(local) == len(wiki):
        return None
    merged = []
    for original, mine, theirs in zip(base, local, wiki, strict=True):
        if mine == theirs or theirs == original:
            merged.append(mine)
        elif mine == original:
            merged.append(theirs)
        else:
            return None
    return merged


def merge_texts(base: str, local: str, wiki: str, *, base_name: str = "base",
                local_name: str = "local", wiki_name: str = "wiki") -> Merged:
    """Merge the changes from `base` to `local` and from `base` to `wiki`.

    The names label the conflict markers (`<<<<<<< local_name`, `||||||| base_name`,
    `=======`, `>>>>>>> wiki_name`), which stand on lines of their own.
    """
    base_lines, local_lines, wiki_lines = _lines(base), _lines(local), _lines(wiki)
    merger = merge3.Merge3(base_lines, local_lines, wiki_lines)
    text: list[str] = []
    marked: list[str] = []
    conflicts = 0
    for region in merger.merge_regions():
        kind = region[0]
        if kind == "unchanged":
            lines = base_lines[region[1]:region[2]]
        elif kind in ("a", "same"):
            lines = local_lines[region[1]:region[2]]
        elif kind == "b":
            lines = wiki_lines[region[1]:region[2]]
        else:
            _, z1, z2, a1, a2, b1, b2 = region  # type: ignore[misc]  # a conflict has 7
            mine, original, theirs = local_lines[a1:a2], base_lines[z1:z2], wiki_lines[b1:b2]
            resolved = _line_by_line(original, mine, theirs)
            if resolved is None:
                conflicts += 1
                text += mine
                marked += [f"<<<<<<< {local_name}\n", *mine, f"||||||| {base_name}\n", *original,
                           "=======\n", *theirs, f">>>>>>> {wiki_name}\n"]
                continue
            lines = resolved
        text += lines
        marked += lines
    return Merged(_join(text), _join(marked), conflicts)


def merge_two_way(local: str, wiki: str, *, local_name: str = "local",
                  wiki_name: str = "wiki") -> Merged:
    """Compare `local` and `wiki` line by line (difflib, no automatic junk): the lines both
    have, in the same order, are common; each region where they differ is a conflict region,
    `<<<<<<< local_name`, the local lines, `=======`, the wiki's lines, `>>>>>>> wiki_name`
    (no `|||||||` part: there is no base). `text` keeps the local lines of every region."""
    local_lines, wiki_lines = _lines(local), _lines(wiki)
    matcher = difflib.SequenceMatcher(None, local_lines, wiki_lines, autojunk=False)
    text: list[str] = []
    marked: list[str] = []
    conflicts = 0
    for tag, l1, l2, w1, w2 in matcher.get_opcodes():
        if tag == "equal":
            text += local_lines[l1:l2]
            marked += local_lines[l1:l2]
            continue
        conflicts += 1
        text += local_lines[l1:l2]
        marked += [f"<<<<<<< {local_name}\n", *local_lines[l1:l2], "=======\n",
                   *wiki_lines[w1:w2], f">>>>>>> {wiki_name}\n"]
    return Merged(_join(text), _join(marked), conflicts)
