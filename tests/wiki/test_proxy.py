"""The test support proxy in front of the sandbox wiki: it records what each request asked and
cost (the benchmarks count these), and its planned faults keep a request from the wiki or damage
the wiki's answer (the fault, crash and soak tests rely on these)."""

from __future__ import annotations

import json

import pytest
import requests
from tests.support.proxy import Proxy, Rule


def _session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # never send 127.0.0.1 through a proxy from the environment
    return session


def test_every_request_is_recorded_with_what_it_asked_and_cost(proxy: Proxy) -> None:
    session = _session()
    read = session.post(f"{proxy.url}/api.php", timeout=60, data={
        "action": "query", "prop": "revisions", "titles": "Main Page|No such page",
        "rvprop": "ids|sha1", "format": "json", "formatversion": 2})
    siteinfo = session.get(f"{proxy.url}/api.php", timeout=60, params={
        "action": "query", "meta": "siteinfo", "format": "json"})
    assert [r.number for r in proxy.requests] == [1, 2]
    first, second = proxy.requests
    assert read.status_code == first.status == 200 and first.forwarded and first.fault == ""
    assert {page["title"] for page in read.json()["query"]["pages"]} == {"Main Page",
                                                                         "No such page"}
    assert first.method == "POST" and first.params["titles"] == "Main Page|No such page"
    assert first.kind == "query prop=revisions [2 named]" and not first.startup
    assert first.body_bytes == len(read.content)
    assert first.bytes_down > first.body_bytes  # the status line and headers count too
    assert first.bytes_up > len("titles=Main+Page%7CNo+such+page")
    assert first.described == {"action": "query", "prop": "revisions", "rvprop": "ids|sha1"}
    assert second.method == "GET" and second.kind == "query meta=siteinfo" and second.startup
    assert siteinfo.json()["query"]["general"]["sitename"]


def test_planned_faults_keep_requests_from_the_wiki_or_damage_the_answer(proxy: Proxy) -> None:
    session = _session()
    params = {"action": "query", "meta": "siteinfo", "format": "json"}
    proxy.plan([Rule("status", nth=1), Rule("truncate", nth=2),
                Rule("maxlag", action="query", skip=1, retry_after=7)])
    answers = [session.get(f"{proxy.url}/api.php", params=params, timeout=60) for _ in range(4)]
    injected, truncated, clean, lagged = answers
    assert injected.status_code == 503 and "503 injected" in injected.text
    with pytest.raises(ValueError):
        truncated.json()
    assert len(truncated.content) == proxy.requests[1].body_bytes // 2
    assert clean.json()["query"]["general"]["sitename"]
    assert lagged.headers["Retry-After"] == "7"
    assert json.loads(lagged.content)["error"]["code"] == "maxlag"
    assert [(r.fault, r.forwarded) for r in proxy.requests] == [
        ("status", False), ("truncate", True), ("", True), ("maxlag", False)]
    with pytest.raises(requests.ConnectionError):
        proxy.plan([Rule("drop_before", nth=1)])
        session.get(f"{proxy.url}/api.php", params=params, timeout=60)
    assert [(r.fault, r.forwarded, r.status) for r in proxy.requests] == [
        ("drop_before", False, 0)]
