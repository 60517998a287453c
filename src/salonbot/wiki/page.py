"""What the wiki holds for a title, as plain data (no pywikibot): the latest revision's metadata,
its text when it was read, and the sha1 MediaWiki gives a text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from salonbot.report.parse import MEDIAWIKI_TRAILING_WHITESPACE


@lru_cache(maxsize=4)
def sha1_of(text: str) -> str:
    """The sha1 MediaWiki reports for a revision's text (hex of the UTF-8 bytes). The last few
    are kept: a pulled page's text is compared, recorded and cached under its sha1 four times
    (35 us each for a report page)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def saved_text(text: str) -> str:
    """The text MediaWiki stores when `text` is saved through the editor or the API: without
    trailing white space (PHP's rtrim). A page imported with Special:Import or importDump may
    still end in white space; a report file keeps its text in this saved form."""
    return text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)


@dataclass(frozen=True)
class WikiPage:
    """What the wiki holds for a title: its latest revision's metadata (and text when fetched)."""

    title: str
    exists: bool
    revid: int = 0
    timestamp: str = ""
    sha1: str = ""
    text: str | None = None
    bots_allowed: bool = True  # whether {{bots}}/{{nobots}} let this bot edit (when text was read)
    bots_templates: bool = False  # whether it transcludes {{bots}}, {{nobots}} or the like
    user: str = ""  # who made the revision, and its edit summary (when text was read)
    comment: str = ""
    redirect: bool = False  # whether the revision is a redirect (what a move leaves behind)

    def holds(self, text: str) -> bool:
        """Whether this revision exists and its text is exactly `text` (compared by sha1)."""
        return self.exists and self.sha1 == sha1_of(text)
