"""The index page (`salonbot index --push`): the one page salonbot writes outside
`allowed_prefix`, because the operator named it in salonbot.toml. Its table is written between
salonbot's markers (report/overview.py); the text around them stays as people wrote it."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from salonbot.errors import WikiError
from salonbot.report.overview import new_index_page, replace_index
from salonbot.sync.editor import DRY_RUN, Edit, Editor
from salonbot.wiki.page import WikiPage
from salonbot.wiki.titles import title_refusal

if TYPE_CHECKING:
    from salonbot.wiki.site import Wiki

INDEX_SUMMARY = "salonbot: update the index of Strategy Salon reports"


def index_page_refusal(title: str, report_titles: Iterable[str]) -> str | None:
    """Why salonbot must not write the index page `title`, or None.

    The index page need not be under `allowed_prefix` (the overview of the reports usually sits
    on their parent page), since it is exactly the page named in salonbot.toml; it must still be
    a title in the form the wiki stores it, and must not be one of the reports.
    """
    if not title:
        return ('no index page is set; add index_page = "Full page title" under [salonbot] in '
                "salonbot.toml")
    refusal = title_refusal(title, "")  # every check but the prefix
    if refusal:
        return f"index_page {title!r} in salonbot.toml: {refusal}"
    if title in set(report_titles):
        return f"index_page {title!r} is the title of a report; choose another page"
    return None


def push_index(wiki: Wiki, title: str, table: str, *, summary: str, dry_run: bool,
               out: TextIO = sys.stdout) -> str:
    """Write the table into the index page and say what happened: created, updated,
    unchanged (identical text: no edit) or a dry run. A new page holds only the markers and the
    table (created with createonly); an existing one is edited between the markers only, on the
    revision that was read (so an edit made meanwhile is a conflict, not overwritten). The diff
    is always shown; a refusal or failure is raised (Refused, WikiError, IndexMarkersError)."""
    page = wiki.pages([title]).get(title, WikiPage(title, exists=False))
    if page.exists:
        current = wiki.contents([title]).get(title)
        if current is None or not current.exists or current.text is None:
            raise WikiError("the index page vanished while it was read; run again", title)
        edit = Edit(title, "", replace_index(current.text, table), summary, current, current)
    else:
        edit = Edit(title, "", new_index_page(table), summary)
    editor = Editor(wiki, out=out, dry_run=dry_run, ask=False, show_diff=True, keep_going=False)
    result = editor.put(edit).result
    return "dry run: nothing written" if result == DRY_RUN else result
