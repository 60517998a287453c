"""A fault-injecting HTTP proxy between pywikibot and the sandbox wiki (standard library only).

The proxy forwards each request to the wiki (one `http.client` connection per request) and, when
a rule of its plan matches the request, misbehaves instead:

- ``status``: answer with an HTTP error (503 by default); the wiki never sees the request;
- ``drop_before``: close the connection without an answer; the wiki never sees the request;
- ``drop_after``: forward the request (an edit is saved), then close without an answer;
- ``slow``: forward the request, then answer only after ``delay`` seconds (past the client's
  read timeout, so the client gives up and retries while the wiki has done the work);
- ``maxlag``: answer ``{"error": {"code": "maxlag", ...}}`` with ``Retry-After`` and
  ``MediaWiki-API-Error: maxlag`` headers, as a lagged MediaWiki does; the wiki never sees it;
- ``truncate``: forward, then answer with the first half of the wiki's body;
- ``not_json``: forward, then answer 200 with an HTML page instead of the wiki's JSON;
- ``kill_before`` / ``kill_after``: SIGKILL the client process (``kill_pid``) before forwarding
  the request, or after the wiki handled it; then drop the connection.

A rule matches the Nth request (``nth``, counting every request from 1) or every request whose
parameters (query string and form body) contain ``action=ACTION``; ``skip`` lets that many
matching requests through first and ``times`` limits how often it fires. Every request is
recorded (method, parameters, headers, the fault applied) for the tests to inspect.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FAULTS = ("status", "drop_before", "drop_after", "slow", "maxlag", "truncate", "not_json")
KILLS = ("kill_before", "kill_after")
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
               "trailers", "transfer-encoding", "upgrade", "content-length", "content-encoding",
               "host", "accept-encoding"}


@dataclass
class Rule:
    """When to misbehave and how (see the module's docstring for the kinds)."""

    kind: str
    nth: int | None = None
    action: str | None = None
    skip: int = 0
    times: int = 1
    status: int = 503
    delay: float = 0.0
    retry_after: int = 1
    seen: int = 0
    fired: int = 0

    def matches(self, number: int, params: dict[str, str]) -> bool:
        if self.nth is not None:
            hit = number == self.nth
        else:
            hit = self.action is not None and params.get("action") == self.action
        if not hit:
            return False
        self.seen += 1
        if self.seen <= self.skip or self.fired >= self.times:
            return False
        self.fired += 1
        return True


@dataclass
class Recorded:
    """One request the proxy received."""

    number: int
    method: str
    params: dict[str, str]
    headers: dict[str, str]
    fault: str = ""
    forwarded: bool = False


@dataclass
class FaultProxy:
    """The proxy; use as a context manager or call start()/stop()."""

    upstream: str  # e.g. http://127.0.0.1:PORT (the wiki's base URL)
    rules: list[Rule] = field(default_factory=list)
    kill_pid: int | None = None
    requests: list[Recorded] = field(default_factory=list)
    port: int = 0

    def __post_init__(self) -> None:
        parts = urlsplit(self.upstream)
        self._host, self._upstream_port = parts.hostname or "127.0.0.1", parts.port or 80
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def plan(self, rules: list[Rule], kill_pid: int | None = None) -> None:
        """Replace the rules (and the process to kill) and forget the recorded requests."""
        with self._lock:
            self.rules = list(rules)
            self.kill_pid = kill_pid
            self.requests = []

    def start(self) -> FaultProxy:
        proxy = self

        class Handler(_Handler):
            owner = proxy

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _decide(self, method: str, params: dict[str, str],
                headers: dict[str, str]) -> tuple[Recorded, Rule | None]:
        with self._lock:
            record = Recorded(len(self.requests) + 1, method, params, headers)
            self.requests.append(record)
            rule = next((r for r in self.rules if r.matches(record.number, params)), None)
            record.fault = rule.kind if rule else ""
            return record, rule

    def forward(self, method: str, path: str, body: bytes,
                headers: dict[str, str]) -> tuple[int, str, list[tuple[str, str]], bytes]:
        connection = http.client.HTTPConnection(self._host, self._upstream_port, timeout=120)
        try:
            sent = {k: v for k, v in headers.items() if k.lower() not in _HOP_BY_HOP}
            sent["Host"] = f"{self._host}:{self._upstream_port}"
            sent["Accept-Encoding"] = "identity"  # plain bodies, so that truncation is simple
            connection.request(method, path, body=body if method == "POST" else None,
                               headers=sent)
            response = connection.getresponse()
            data = response.read()
            kept = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP]
            return response.status, response.reason, kept, data
        finally:
            connection.close()


def _params(path: str, body: bytes, content_type: str) -> dict[str, str]:
    query = urlsplit(path).query
    found = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
    if body and "x-www-form-urlencoded" in content_type:
        text = body.decode("utf-8", "replace")
        found.update({k: v[-1] for k, v in parse_qs(text, keep_blank_values=True).items()})
    return found


class _Handler(BaseHTTPRequestHandler):
    owner: FaultProxy
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # quiet: the tests read FaultProxy.requests

    def do_GET(self) -> None:  # noqa: N802
        self._handle("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    def _handle(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items()}
        params = _params(self.path, body, self.headers.get("Content-Type", ""))
        record, rule = self.owner._decide(method, params, headers)
        kind = rule.kind if rule else ""
        try:
            if kind == "kill_before":
                self._kill()
                return self._drop()
            if kind == "status":
                return self._send(rule.status, "Service Unavailable" if rule.status == 503
                                  else "Error", [("Content-Type", "text/html")],
                                  f"<html><body>{rule.status} injected</body></html>".encode())
            if kind == "drop_before":
                return self._drop()
            if kind == "maxlag":
                error = {"error": {"code": "maxlag", "info": "Waiting for 127.0.0.1: 3 seconds "
                                   "lagged.", "host": "127.0.0.1", "lag": 3, "type": "db"},
                         "servedby": "faultproxy"}
                return self._send(200, "OK", [
                    ("Content-Type", "application/json; charset=utf-8"),
                    ("Retry-After", str(rule.retry_after)), ("MediaWiki-API-Error", "maxlag"),
                ], json.dumps(error).encode())
            status, reason, response_headers, data = self.owner.forward(
                method, self.path, body, headers)
            record.forwarded = True
            if kind == "kill_after":
                self._kill()
                return self._drop()
            if kind == "drop_after":
                return self._drop()
            if kind == "slow":
                time.sleep(rule.delay)
            elif kind == "truncate":
                data = data[: len(data) // 2]
            elif kind == "not_json":
                response_headers = [(k, v) for k, v in response_headers
                                    if k.lower() != "content-type"]
                response_headers.append(("Content-Type", "text/html; charset=utf-8"))
                data = b"<html><body><h1>Bad Gateway</h1>The proxy got lost.</body></html>"
            self._send(status, reason, response_headers, data)
        except OSError:
            self.close_connection = True  # the client went away (timed out, killed)

    def _kill(self) -> None:
        pid = self.owner.kill_pid
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, status: int, reason: str, headers: list[tuple[str, str]],
              data: bytes) -> None:
        self.send_response_only(status, reason)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()


def random_rules(rng: random.Random, slow_delay: float, count: int = 1) -> list[Rule]:
    """`count` random faults, each on a random request or on a random edit (seeded by `rng`)."""
    rules = []
    for _ in range(count):
        kind = rng.choice(FAULTS)
        if rng.random() < 0.5:
            rule = Rule(kind, action="edit", skip=rng.randrange(0, 4))
        else:
            rule = Rule(kind, nth=rng.randrange(1, 9))
        rule.status = rng.choice((500, 502, 503))
        rule.delay = slow_delay
        rules.append(rule)
    return rules


def proxied_pywikibot_dir(source: Path, target: Path, api_url: str, *, socket_timeout: float = 3,
                          max_retries: int = 4) -> Path:
    """A copy of the pywikibot config dir `source` whose wiki URL is `api_url` (the proxy's),
    with short timeouts and retry waits so that faults cost seconds, not minutes. The copy has
    its own cookie jar (it logs in by itself with the same bot password); mode 700/600 kept."""
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    target.chmod(0o700)
    config = (source / "user-config.py").read_text(encoding="utf-8")
    config = re.sub(r"(family_files\[[^\]]+\] = )'[^']*'", lambda m: f"{m[1]}{api_url!r}", config)
    config += ("# fault tests: fail fast\n"
               f"max_retries = {max_retries}\nretry_wait = 1\nretry_max = 2\n"
               f"socket_timeout = (2, {socket_timeout})\n")
    (target / "user-config.py").write_text(config, encoding="utf-8")
    password = target / "user-password.py"
    shutil.copyfile(source / "user-password.py", password)
    password.chmod(0o600)
    if (source / "apicache").is_dir():  # siteinfo/paraminfo: no need to ask again
        shutil.copytree(source / "apicache", target / "apicache", dirs_exist_ok=True)
    return target
