"""The index page (`salonbot index --push`): the one page salonbot writes outside
`allowed_prefix`, because the operator named it in salonbot.toml. Its table is written between
salonbot's markers (analytics/overview.py); the text around them stays as people wrote it."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from salonbot.analytics.overview import new_index_page, replace_index
from salonbot.errors import WikiError
from salonbot.report.limits import check_wikitext
from salonbot.sync.editor import Edit, Editor, read_before_editing
from salonbot.sync.plan import Outcome
from salonbot.sync.summary import Summaries
from salonbot.wiki.page import WikiPage
from salonbot.wiki.titles import title_refusal

if TYPE_CHECKING:
    from salonbot.wiki.site import Wiki


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


def push_index(wiki: Wiki, title: str, table: str, *, summaries: Summaries, stop_page: str,
               dry_run: bool, yes: bool, out: TextIO = sys.stdout) -> Outcome:
    """Write the table into the index page and say what happened: created, updated,
    unchanged (identical text: no edit), refused (not confirmed) or a dry run. A new page
    holds only the markers and the table (created with createonly); an existing one is edited
    between the markers only, on the revision that was read (so an edit made meanwhile is a
    conflict, not overwritten). The diff is always shown, and the edit is confirmed unless
    `yes`. Raises Halted (the stop page, before the edit), Refused, WikiError or
    IndexMarkersError."""
    page = wiki.pages([title]).get(title, WikiPage(title, exists=False))
    read = read_before_editing(wiki, [title] if page.exists else [], stop_page)
    if page.exists:
        current = read.get(title)
        if current is None or not current.exists or current.text is None:
            raise WikiError("the index page vanished while it was read; run again", title)
        check_wikitext(current.text, title)
        edit = Edit(title, "", replace_index(current.text, table), summaries.index(create=False),
                    current, current)
    else:
        edit = Edit(title, "", new_index_page(table), summaries.index(create=True))
    editor = Editor(wiki, out=out, dry_run=dry_run, ask=not yes, show_diff=True,
                    keep_going=False)
    return editor.put(edit)
