"""The sandbox wiki's action API as people use it, over plain HTTP (requests).

Reads and admin actions use the ``Admin`` account; ``*_as_other`` use ``OtherUser``. Each account
has its own logged-in session; requests are sent one at a time. This is the tests' view of the
wiki, independent of salonbot and pywikibot.
"""

from __future__ import annotations

from typing import Any

import requests

from salonbot import sandbox as sandbox_module
from salonbot.sandbox import Account, SandboxInfo


class WikiApiError(Exception):
    """Raised when the sandbox wiki answers a request with an API error."""


class Wiki:
    """Reads and changes the sandbox wiki as people would, through its API."""

    def __init__(self, info: SandboxInfo) -> None:
        self.info = info
        accounts = sandbox_module.load_accounts(info.state_dir)
        self._admin = self._login(accounts["admin"])
        self._other = self._login(accounts["other"])

    def page_text(self, title: str) -> str | None:
        """The text of the page's latest revision, or None if the page does not exist."""
        page = self._query_page(self._admin, title, rvprop="content", rvslots="main")
        if "missing" in page:
            return None
        return str(page["revisions"][0]["slots"]["main"]["content"])

    def revisions(self, title: str) -> list[dict[str, Any]]:
        """All revisions of the page, oldest first, as dicts with revid, user, sha1, comment,
        minor (bool), tags and timestamp; [] if the page does not exist."""
        page = self._query_page(self._admin, title, rvdir="newer", rvlimit="max",
                                rvprop="ids|user|sha1|comment|flags|tags|timestamp")
        return [
            {"revid": rev["revid"], "user": rev["user"], "sha1": rev["sha1"],
             "comment": rev["comment"], "minor": bool(rev.get("minor", False)), "tags": rev["tags"],
             "timestamp": rev["timestamp"]}
            for rev in page.get("revisions", [])
        ]

    def revision_sha1(self, revid: int) -> str | None:
        """The sha1 of revision `revid`'s text, or None if there is no such revision."""
        result = self._post(self._admin, action="query", prop="revisions", revids=revid,
                            rvprop="ids|sha1")
        for page in result["query"].get("pages", []):
            for revision in page.get("revisions", []):
                return str(revision["sha1"])
        return None

    def latest_revisions(self, prefix: str) -> dict[str, dict[str, Any]]:
        """The latest revision (revid, timestamp, sha1) of every page of the main namespace whose
        title starts with `prefix`, by title (as many requests as the pages need)."""
        params: dict[str, Any] = {
            "action": "query", "generator": "allpages", "gapprefix": prefix, "gapnamespace": 0,
            "gaplimit": "max", "prop": "revisions", "rvprop": "ids|timestamp|sha1"}
        pages: dict[str, dict[str, Any]] = {}
        while True:
            result = self._post(self._admin, **params)
            for entry in result.get("query", {}).get("pages", []):
                pages[entry["title"]] = dict(entry["revisions"][0])
            if "continue" not in result:
                return pages
            params.update(result["continue"])

    def bot_flags(self, title: str) -> list[bool]:
        """For each edit of the page in recent changes, oldest first: whether it is flagged bot."""
        result = self._post(self._admin, action="query", list="recentchanges", rctitle=title,
                            rcprop="flags|ids", rcdir="newer", rclimit="max",
                            rctype="edit|new")
        return [bool(change.get("bot")) for change in result["query"]["recentchanges"]]

    def edit_as_other(self, title: str, text: str, summary: str = "edit by another person",
                      **params: Any) -> dict[str, Any]:
        """Save ``text`` as OtherUser (creating the page if needed, unless `nocreate=1` is
        passed); the API's edit result. Extra keyword arguments go to the edit request."""
        return self._edit(self._other, title, text, summary, **params)

    def create_as_other(self, title: str, text: str,
                        summary: str = "page created by another person") -> dict[str, Any]:
        """Create the page as OtherUser; WikiApiError ``articleexists`` if it exists."""
        return self._edit(self._other, title, text, summary, createonly=1)

    def delete(self, title: str, reason: str = "deleted by a test") -> None:
        """Delete the page as the admin."""
        self._post(self._admin, action="delete", title=title, reason=reason,
                   token=self._token(self._admin, "csrf"))

    def move(self, title: str, to: str, *, redirect: bool = True,
             reason: str = "moved by a test") -> None:
        """Move the page as the admin (leaving a redirect behind unless `redirect` is False)."""
        params = {} if redirect else {"noredirect": 1}
        self._post(self._admin, action="move", **{"from": title}, to=to, reason=reason,
                   token=self._token(self._admin, "csrf"), **params)

    def protect(self, title: str, protections: str = "edit=sysop|move=sysop",
                reason: str = "protected by a test") -> None:
        """Protect the page (default: only sysops may edit or move it), without expiry."""
        self._post(self._admin, action="protect", title=title, protections=protections,
                   reason=reason, token=self._token(self._admin, "csrf"))

    def _edit(self, session: requests.Session, title: str, text: str, summary: str,
              **params: Any) -> dict[str, Any]:
        result = self._post(session, action="edit", title=title, text=text, summary=summary,
                            token=self._token(session, "csrf"), **params)
        return dict(result["edit"])

    def _query_page(self, session: requests.Session, title: str, **params: Any) -> dict[str, Any]:
        result = self._post(session, action="query", prop="revisions", titles=title, **params)
        return dict(result["query"]["pages"][0])

    def _login(self, account: Account) -> requests.Session:
        session = requests.Session()
        session.trust_env = False  # never send 127.0.0.1 through a proxy from the environment
        result = self._post(session, action="clientlogin", username=account.user,
                            password=account.password, loginreturnurl=self.info.url,
                            logintoken=self._token(session, "login"))
        if result["clientlogin"]["status"] != "PASS":
            raise WikiApiError(f"login as {account.user} failed: {result['clientlogin']}")
        return session

    def _token(self, session: requests.Session, kind: str) -> str:
        result = self._post(session, action="query", meta="tokens", type=kind)
        return str(result["query"]["tokens"][f"{kind}token"])

    def _post(self, session: requests.Session, **params: Any) -> dict[str, Any]:
        response = session.post(self.info.api_url, timeout=120,
                                data={**params, "format": "json", "formatversion": 2})
        response.raise_for_status()
        result = dict(response.json())
        if "error" in result:
            error = result["error"]
            raise WikiApiError(f"{error['code']}: {error.get('info', '')}")
        return result
