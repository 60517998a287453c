"""The one module that talks to pywikibot (and so to the wiki).

Reads are batched: metadata (revision id, timestamp, sha1) of up to 500 pages per request with
`apihighlimits` (50 without), carrying the edit token and `curtimestamp` along; content only for
the pages about to be edited. Edits go through pywikibot's API requests, so its retries, maxlag,
throttle, login and User-Agent apply, with MediaWiki's own guards: `createonly` for new pages,
`nocreate` + `basetimestamp` + `baserevid` + `starttimestamp` for updates, and `md5` of the text.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from salonbot.errors import Refused, WikiError, WikiUnavailable
from salonbot.wiki.connect import describe_failure
from salonbot.wiki.page import WikiPage

if TYPE_CHECKING:
    import pywikibot

log = logging.getLogger("salonbot")


def _unavailable(error: Exception) -> WikiUnavailable:
    """The one-line error of a read the wiki did not answer (retries used up, not JSON, ...)."""
    return WikiUnavailable(f"the wiki did not answer a read: {describe_failure(error)}")


@dataclass(frozen=True)
class SaveResult:
    """What the wiki answered to an edit: the new revision (None for a no-change edit)."""

    title: str
    revid: int | None
    nochange: bool


@dataclass(frozen=True)
class Account:
    """The logged-in account: its name, groups and rights, and its block (None: not blocked)."""

    name: str
    groups: frozenset[str]
    rights: frozenset[str]
    blocked: str | None


_REFUSALS = {
    "editconflict": "someone edited the page meanwhile; run `salonbot sync`",
    "pagedeleted": "the page was deleted meanwhile; it is not re-created",
    "missingtitle": "the page does not exist any more (deleted or moved); it is not re-created",
    "articleexists": "someone created the page meanwhile; run `salonbot pull` first",
    "protectedpage": "the page is protected; ask an administrator",
    "cascadeprotected": "the page is protected; ask an administrator",
    "protectedtitle": "the title is protected against creation",
    "permissiondenied": "the bot account may not edit this page",
    "badmd5": "the text was damaged on its way to the wiki; try again",
}


class Wiki:
    """A logged-in connection to one wiki, as pywikibot's configuration says."""

    def __init__(self, site: pywikibot.site.APISite):
        self.site = site
        self.token: str | None = None
        self.curtimestamp: str | None = None

    @classmethod
    def connect(cls, max_wait: float = 0, *, may_ask: bool = True) -> Wiki:
        """Log in with pywikibot's configuration (PYWIKIBOT_DIR, user-config.py, global
        options), each request bounded by `max_wait` seconds (0: pywikibot's own retries); a
        password is asked for only if `may_ask` and on a terminal. WikiUnavailable otherwise."""
        from salonbot.wiki.connect import open_site

        return cls(open_site(max_wait=max_wait, may_ask=may_ask))

    @property
    def batch_size(self) -> int:
        """Titles per request: 500 with apihighlimits (bots), else 50."""
        return 500 if self.site.has_right("apihighlimits") else 50

    @property
    def site_key(self) -> str:
        """`family:code` of the wiki, e.g. `meta:meta`: the key of its table in the state file."""
        return f"{self.site.family.name}:{self.site.code}"

    @property
    def host(self) -> str:
        """The wiki's host name (`meta.wikimedia.org`, `127.0.0.1`)."""
        return str(self.site.hostname())

    @property
    def username(self) -> str:
        """The account the bot is logged in as (named in `sync --commit`'s commit messages)."""
        return str(self.site.username())

    def article_url(self, title: str) -> str:
        import pywikibot

        # Slashes of subpage titles stay readable (pywikibot encodes them as %2F).
        return str(pywikibot.Page(self.site, title).full_url()).replace("%2F", "/")

    def normalize(self, title: str) -> str:
        """The title as the wiki stores it (namespace names and first-letter case applied);
        WikiError if it cannot be a title (too long, characters a title cannot have)."""
        import pywikibot
        from pywikibot.exceptions import InvalidTitleError

        try:
            return str(pywikibot.Page(self.site, title).title())
        except (InvalidTitleError, ValueError) as error:
            raise WikiError(f"{title!r} cannot be a page title: {error}") from None

    def stored_prefix(self, prefix: str) -> str | None:
        """A title prefix as the wiki stores titles (namespace name and first letter as the
        wiki writes them), or None if no title can start with it."""
        import pywikibot
        from pywikibot.exceptions import InvalidTitleError

        try:
            return str(pywikibot.Page(self.site, prefix + "x").title())[:-1]
        except (InvalidTitleError, ValueError):
            return None

    def _query(self, **parameters: Any) -> Iterator[dict[str, Any]]:
        """Each result of a query, following continuation; records the token and curtimestamp."""
        from pywikibot.exceptions import Error

        parameters = {"action": "query", "formatversion": 2, **parameters}
        while True:
            try:
                result = self.site.simple_request(**parameters).submit()
            except Error as error:  # retries used up, an answer that is not JSON, ...
                raise _unavailable(error) from None
            self.curtimestamp = result.get("curtimestamp", self.curtimestamp)
            token = result.get("query", {}).get("tokens", {}).get("csrftoken")
            self.token = token or self.token
            yield result
            if "continue" not in result:
                return
            parameters.update(result["continue"])
            parameters.pop("meta", None)

    @staticmethod
    def _page(entry: dict[str, Any]) -> WikiPage:
        if entry.get("missing") or entry.get("invalid") or "revisions" not in entry:
            return WikiPage(entry["title"], exists=False)
        revision = entry["revisions"][0]
        content = revision.get("slots", {}).get("main", {}).get("content")
        return WikiPage(entry["title"], True, revision["revid"], revision["timestamp"],
                        revision.get("sha1", ""), content,
                        bots_templates=bool(entry.get("templates")),
                        redirect=entry.get("redirect") is True)

    def _stopping_templates(self) -> set[str]:
        """The templates (names without namespace) with which pywikibot's {{bots}} check can
        refuse an edit: {{bots}}, {{nobots}} and the family's restricting templates."""
        return {"Bots", "Nobots", *self.site.get_edit_restricted_templates(),
                *self.site.get_archived_page_templates()}

    def _metadata(self) -> dict[str, Any]:
        """Query parameters of a metadata read: the latest revision's ids, timestamp and sha1,
        the templates with which pywikibot's {{bots}} check can refuse an edit (only those are
        listed, so most pages list none), whether it is a redirect, the edit token and the
        server time."""
        names = self._stopping_templates()
        namespace = self.site.namespaces[10].custom_name
        return {"prop": "revisions|templates|info", "rvprop": "ids|timestamp|sha1",
                "tltemplates": sorted(f"{namespace}:{name}" for name in names),
                "tllimit": "max", "meta": "tokens", "curtimestamp": 1}

    def _titles_query(self, titles: Sequence[str], **extra: Any) -> dict[str, WikiPage]:
        pages: dict[str, WikiPage] = {}
        for start in range(0, len(titles), self.batch_size):
            batch = list(titles[start : start + self.batch_size])
            for result in self._query(titles=batch, **extra):
                query = result.get("query", {})
                renamed = {item["from"]: item["to"] for item in query.get("normalized", [])}
                for entry in query.get("pages", []):
                    if "revisions" in entry or "revisions" not in extra.get("prop", ""):
                        pages[entry["title"]] = self._page(entry)
                    elif entry.get("templates") and entry["title"] in pages:  # a continuation
                        pages[entry["title"]] = replace(pages[entry["title"]], bots_templates=True)
                    else:
                        pages.setdefault(entry["title"], self._page(entry))  # missing, invalid
                for original, normalized in renamed.items():
                    if normalized in pages:
                        pages[original] = pages[normalized]
        return pages

    def pages(self, titles: Sequence[str]) -> dict[str, WikiPage]:
        """Metadata of the latest revision of each title (batched; no content), with the edit
        token and the server time carried along."""
        return self._titles_query(titles, **self._metadata())

    def pages_under(self, prefix: str) -> dict[str, WikiPage]:
        """Metadata of every page whose title starts with `prefix` (a generator over the prefix,
        500 or 5000 pages a request), with the edit token and server time."""
        import pywikibot

        page = pywikibot.Page(self.site, prefix.rstrip("/") + "/x")
        namespace = page.namespace().id
        bare = page.title(with_ns=False)[: -1]
        found: dict[str, WikiPage] = {}
        for result in self._query(generator="allpages", gapprefix=bare, gapnamespace=namespace,
                                  gaplimit="max", **self._metadata()):
            for entry in result.get("query", {}).get("pages", []):
                if "revisions" in entry or entry.get("missing"):
                    found[entry["title"]] = self._page(entry)
                elif entry.get("templates") and entry["title"] in found:  # a continuation
                    found[entry["title"]] = replace(found[entry["title"]], bots_templates=True)
        return found

    def contents(self, titles: Sequence[str]) -> dict[str, WikiPage]:
        """The latest revision of each title with its text, and whether {{bots}}/{{nobots}} let
        this bot edit it (pywikibot's own check), in batches of the account's limit: text and
        templates are preloaded together, so the check costs no request per page."""
        import pywikibot
        from pywikibot.exceptions import Error

        pages = [pywikibot.Page(self.site, title) for title in titles]
        found: dict[str, WikiPage] = {}
        try:
            preloaded = list(self.site.preloadpages(pages, templates=True, content=True))
        except Error as error:
            raise _unavailable(error) from None
        stopping = self._stopping_templates()
        for page in preloaded:
            title = page.title()
            if not page.exists():
                found[title] = WikiPage(title, exists=False)
                continue
            revision = page.latest_revision
            found[title] = WikiPage(title, True, revision.revid, revision.timestamp.isoformat(),
                                    revision.sha1 or "", page.text,
                                    bots_allowed=self._bot_may_edit(page, stopping),
                                    user=revision.user or "", comment=revision.comment or "")
        for asked, page in zip(titles, pages, strict=True):
            found.setdefault(asked, found.get(page.title(), WikiPage(asked, exists=False)))
        return found

    @staticmethod
    def _bot_may_edit(page: Any, stopping: set[str]) -> bool:
        """pywikibot's botMayEdit, asked only of a page that transcludes one of the `stopping`
        templates (preloaded with its text, so this costs no request): botMayEdit parses the
        whole text for templates, which took a third of a pull's time, and finds nothing to
        object to on a page that uses none of them."""
        if not {template.title(with_ns=False) for template in page.templates()} & stopping:
            return True
        return bool(page.botMayEdit())

    def revision_texts(self, revids: Iterable[int]) -> dict[int, str]:
        """The text of given revisions (old ones included), batched by revision id."""
        revids = sorted(set(revids))
        texts: dict[int, str] = {}
        for start in range(0, len(revids), self.batch_size):
            batch = revids[start : start + self.batch_size]
            for result in self._query(revids=batch, prop="revisions", rvprop="ids|content",
                                      rvslots="main"):
                for entry in result.get("query", {}).get("pages", []):
                    for revision in entry.get("revisions", []):
                        texts[revision["revid"]] = revision["slots"]["main"]["content"]
        return texts

    def save(self, title: str, text: str, summary: str, *, create: bool,
             base: WikiPage | None = None) -> SaveResult:
        """Save the full text of a page (never appends, so a retried request cannot duplicate
        text). `create` uses createonly; otherwise `base` (the wiki's latest revision, which must
        be the recorded base) guards against overwriting anybody's edit or re-creating a page
        deleted meanwhile. Raises Refused for what a person must look at, WikiError otherwise."""
        from pywikibot.exceptions import APIError, Error

        if self.token is None:
            raise WikiError("no edit token: read the pages' metadata first", title)
        parameters: dict[str, Any] = {
            "action": "edit", "title": title, "text": text, "summary": summary,
            "token": self.token, "minor": False, "notminor": True,
            "bot": self.site.has_right("bot"),
            "md5": hashlib.md5(text.encode("utf-8")).hexdigest(),
            "formatversion": 2,
        }
        if create:
            parameters["createonly"] = True
        else:
            assert base is not None and base.exists
            parameters.update(nocreate=True, basetimestamp=base.timestamp, baserevid=base.revid,
                              starttimestamp=self.curtimestamp or base.timestamp)
        try:
            result = self.site.simple_request(**parameters).submit()
        except APIError as error:
            if error.code in _REFUSALS:
                raise Refused(_REFUSALS[error.code], title, error.code) from None
            raise WikiError(f"the wiki refused the edit: {error.code}: {error.info}", title) from None
        except Error as error:
            raise WikiError(f"the edit failed: {describe_failure(error)}", title) from None
        edit = result.get("edit", {})
        if edit.get("result") != "Success":
            raise WikiError(f"the wiki did not save the edit: {edit}", title)
        if edit.get("nochange"):
            return SaveResult(title, None, True)
        return SaveResult(title, int(edit["newrevid"]), False)

    def parse_to_html(self, text: str, title: str) -> dict[str, Any]:
        """The wiki's own rendering of wikitext (action=parse; no edit), with its style modules."""
        from pywikibot.exceptions import Error

        try:
            result = self.site.simple_request(
                action="parse", text=text, title=title, contentmodel="wikitext",
                prop="text|modules|jsconfigvars|headhtml|displaytitle", formatversion=2,
                disablelimitreport=True, disableeditsection=True,
            ).submit()
        except Error as error:
            raise _unavailable(error) from None
        return dict(result["parse"])

    def account(self) -> Account:
        """The logged-in account as the wiki sees it: name, groups, rights and any block
        (meta=userinfo, uiprop=rights|groups|blockinfo; one request)."""
        result = next(self._query(meta="userinfo", uiprop="rights|groups|blockinfo"))
        info = result.get("query", {}).get("userinfo", {})
        blocked = None
        if "blockid" in info:
            blocked = (f"blocked by {info.get('blockedby', '?')} until "
                       f"{info.get('blockexpiry', '?')}: {info.get('blockreason', '')}".strip())
        return Account(str(info.get("name", "")), frozenset(info.get("groups", [])),
                       frozenset(info.get("rights", [])), blocked)

    @property
    def index_url(self) -> str:
        """The wiki's index.php, for pages the API does not serve (a skin's stylesheets)."""
        return str(self.site.base_url(self.site.scriptpath() + "/index.php"))

    def fetch(self, url: str) -> tuple[str, str]:
        """(text, content type) of a plain GET on the wiki's server, through pywikibot's HTTP
        session (its User-Agent and retries). WikiError if it fails."""
        from pywikibot.comms import http
        from pywikibot.exceptions import Error

        try:
            response = http.fetch(url)
        except Error as error:
            raise WikiError(f"cannot fetch {url}: {error}") from None
        return response.text, response.headers.get("content-type", "")
