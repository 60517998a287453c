"""An HTTP proxy between pywikibot and the sandbox wiki (standard library only) with two
behaviours: it records every request, and it misbehaves on the requests its plan names.

Recording: every request is kept in ``Proxy.requests`` as a :class:`Request`: method, parameters
(query string and form body, multipart included), headers, and, once answered, status, time
spent upstream, bytes each way and the size of the body gzipped. The benchmarks count these.

Faults: when a :class:`Rule` of the plan matches a request, the proxy misbehaves instead:

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
  the request, or after the wiki handled it; then drop the connection;
- ``call``: forward, then run ``call()`` before answering (what a person does while the client
  waits for that answer: edit a file, edit the wiki).

A rule matches the Nth request (``nth``, counting every request since the plan from 1) or every
request whose parameters contain ``action=ACTION`` (and, with ``having``, parameters whose values
contain the given strings); ``skip`` lets that many matching requests
through first and ``times`` limits how often it fires.

Each request goes to the wiki on a new upstream connection (``php -S`` closes it after every
answer); the client side keeps its connection alive.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import gzip
import http.client
import json
import os
import random
import signal
import socket
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

FAULTS = ("status", "drop_before", "drop_after", "slow", "maxlag", "truncate", "not_json")
KILLS = ("kill_before", "kill_after")
_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
               "trailers", "transfer-encoding", "upgrade", "content-length", "host"}
#: Parameters that tell what a request does; the rest (titles, tokens, text) is left out.
_DESCRIBING = ("action", "meta", "prop", "list", "generator", "type")
#: What pywikibot asks when it starts up or logs in, as opposed to the work of the script.
_STARTUP_META = {"userinfo", "siteinfo", "authmanagerinfo", "globaluserinfo"}


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
    having: dict[str, str] = field(default_factory=dict)
    call: Callable[[], None] | None = None
    seen: int = 0
    fired: int = 0

    def matches(self, number: int, params: dict[str, str]) -> bool:
        """Whether the rule fires on request `number`; counts what it has seen and fired."""
        if self.nth is not None:
            hit = number == self.nth
        else:
            hit = self.action is not None and params.get("action") == self.action \
                and all(value in params.get(key, "") for key, value in self.having.items())
        if not hit:
            return False
        self.seen += 1
        if self.seen <= self.skip or self.fired >= self.times:
            return False
        self.fired += 1
        return True


@dataclass
class Request:
    """One request the proxy received, and what became of it."""

    number: int
    method: str
    params: dict[str, str]
    headers: dict[str, str]
    start: float  # time.perf_counter() when it arrived
    bytes_up: int  # request line, headers and body
    fault: str = ""
    forwarded: bool = False
    status: int = 0  # the status sent to the client; 0 if none was sent
    seconds: float = 0.0  # the wiki's time to answer (0 if not forwarded)
    bytes_down: int = 0  # status line, headers and body as sent to the client
    body_bytes: int = 0  # the wiki's response body after decompression (the JSON itself)
    gzip_bytes: int = 0  # that body gzipped (level 6), as Wikimedia's servers would send it

    @property
    def action(self) -> str:
        return self.params.get("action", "")

    @property
    def titles(self) -> int:
        """How many titles, revision ids or page ids the request named."""
        return sum(len(self.params[key].split("|")) for key in ("titles", "revids", "pageids")
                   if self.params.get(key))

    @property
    def described(self) -> dict[str, str]:
        """The parameters that tell what the request does (no text, no tokens)."""
        return {key: value for key, value in self.params.items()
                if key in _DESCRIBING or key == "rvprop" or key.endswith("limit")}

    @property
    def kind(self) -> str:
        """A short description: `query prop=revisions meta=tokens generator=allpages`, `edit`."""
        words = [self.action or "?"]
        for key in _DESCRIBING[1:]:
            if key == "type" and "tokens" not in self.params.get("meta", ""):
                continue
            if self.params.get(key):
                words.append(f"{key}={self.params[key]}")
        if "rvprop" in self.params and "content" in self.params["rvprop"].split("|"):
            words.append("(content)")
        if self.titles:
            words.append(f"[{self.titles} named]")
        return " ".join(words)

    @property
    def startup(self) -> bool:
        """Whether pywikibot made this request for itself (login, user and site information),
        rather than for the work of the script."""
        if self.action in ("login", "clientlogin", "paraminfo"):
            return True
        if self.action != "query":
            return False
        if self.titles or any(self.params.get(key) for key in ("prop", "list", "generator")):
            return False
        metas = set(filter(None, self.params.get("meta", "").split("|")))
        if "tokens" in metas and self.params.get("type", "csrf") == "login":
            metas.discard("tokens")
        return bool(metas) and metas <= _STARTUP_META


@dataclass
class Proxy:
    """The proxy on 127.0.0.1; use as a context manager or call start()/stop()."""

    upstream: str  # the wiki's base URL, e.g. http://127.0.0.1:PORT
    rules: list[Rule] = field(default_factory=list)
    kill_pid: int | None = None
    requests: list[Request] = field(default_factory=list)
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

    def start(self) -> Proxy:
        proxy = self

        class Handler(_Handler):
            owner = proxy

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Proxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _arrive(self, method: str, params: dict[str, str], headers: dict[str, str],
                bytes_up: int) -> tuple[Request, Rule | None]:
        with self._lock:
            request = Request(len(self.requests) + 1, method, params, headers,
                              time.perf_counter(), bytes_up)
            self.requests.append(request)
            rule = next((r for r in self.rules if r.matches(request.number, params)), None)
            request.fault = rule.kind if rule else ""
            return request, rule

    def _forward(self, request: Request, path: str, body: bytes,
                 plain: bool) -> tuple[int, str, list[tuple[str, str]], bytes]:
        """Send the request to the wiki; its status, reason, headers and body. `plain` asks for
        an uncompressed body (one a fault is going to rewrite)."""
        sent = {k: v for k, v in request.headers.items() if k.lower() not in _HOP_BY_HOP}
        sent["Host"] = f"{self._host}:{self._upstream_port}"
        if plain:
            sent = {k: v for k, v in sent.items() if k.lower() != "accept-encoding"}
            sent["Accept-Encoding"] = "identity"
        start = time.perf_counter()
        connection = http.client.HTTPConnection(self._host, self._upstream_port, timeout=600)
        try:
            connection.request(request.method, path, body=body or None, headers=sent)
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        request.seconds = time.perf_counter() - start
        request.forwarded = True
        decoded = _decoded(data, response.getheader("Content-Encoding", ""))
        request.body_bytes, request.gzip_bytes = len(decoded), len(gzip.compress(decoded, 6))
        kept = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP]
        return response.status, response.reason, kept, data


def _params(path: str, body: bytes, content_type: str) -> dict[str, str]:
    """The request's parameters: the query string's, then the form body's (the last value of a
    repeated name wins)."""
    found = dict(parse_qsl(urlsplit(path).query, keep_blank_values=True))
    if content_type.startswith("application/x-www-form-urlencoded"):
        found.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    elif content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name:
                payload = part.get_payload(decode=True) or b""
                found[str(name)] = payload.decode("utf-8", "replace")
    return found


def _decoded(body: bytes, encoding: str) -> bytes:
    with contextlib.suppress(OSError, zlib.error):
        if encoding == "gzip":
            return gzip.decompress(body)
        if encoding == "deflate":
            return zlib.decompress(body)
    return body


class _Handler(BaseHTTPRequestHandler):
    owner: Proxy
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # quiet: Proxy.requests is the log

    def do_GET(self) -> None:  # noqa: N802
        self._handle()

    do_POST = do_HEAD = do_GET  # noqa: N815

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = dict(self.headers.items())
        params = _params(self.path, body, self.headers.get("Content-Type", ""))
        bytes_up = len(self.requestline) + 2 + len(bytes(self.headers)) + len(body)
        request, rule = self.owner._arrive(self.command, params, headers, bytes_up)
        try:
            if rule is None or not self._fault_instead_of_forwarding(request, rule):
                self._forward_and_answer(request, rule, body)
        except OSError:
            self.close_connection = True  # the client went away (timed out, killed)

    def _fault_instead_of_forwarding(self, request: Request, rule: Rule) -> bool:
        """Apply a fault that keeps the request from the wiki; whether there was one."""
        if rule.kind == "kill_before":
            self._kill()
            self._drop()
        elif rule.kind == "drop_before":
            self._drop()
        elif rule.kind == "status":
            reason = "Service Unavailable" if rule.status == 503 else "Error"
            self._send(request, rule.status, reason, [("Content-Type", "text/html")],
                       f"<html><body>{rule.status} injected</body></html>".encode())
        elif rule.kind == "maxlag":
            error = {"error": {"code": "maxlag", "info": "Waiting for 127.0.0.1: 3 seconds "
                               "lagged.", "host": "127.0.0.1", "lag": 3, "type": "db"},
                     "servedby": "tests-support-proxy"}
            self._send(request, 200, "OK", [
                ("Content-Type", "application/json; charset=utf-8"),
                ("Retry-After", str(rule.retry_after)), ("MediaWiki-API-Error", "maxlag"),
            ], json.dumps(error).encode())
        else:
            return False
        return True

    def _forward_and_answer(self, request: Request, rule: Rule | None, body: bytes) -> None:
        kind = rule.kind if rule else ""
        status, reason, headers, data = self.owner._forward(
            request, self.path, body, plain=kind in ("truncate", "not_json"))
        if kind in ("kill_after", "drop_after"):
            if kind == "kill_after":
                self._kill()
            self._drop()
            return
        if kind == "slow" and rule is not None:
            time.sleep(rule.delay)
        elif kind == "call" and rule is not None and rule.call is not None:
            rule.call()
        elif kind == "truncate":
            data = data[: len(data) // 2]
        elif kind == "not_json":
            headers = [(k, v) for k, v in headers if k.lower() != "content-type"]
            headers.append(("Content-Type", "text/html; charset=utf-8"))
            data = b"<html><body><h1>Bad Gateway</h1>The proxy got lost.</body></html>"
        self._send(request, status, reason, headers, data)

    def _kill(self) -> None:
        pid = self.owner.kill_pid
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, request: Request, status: int, reason: str, headers: list[tuple[str, str]],
              data: bytes) -> None:
        headers = [*headers, ("Content-Length", str(len(data)))]
        self.send_response_only(status, reason)
        for key, value in headers:
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        self.wfile.flush()
        request.status = status
        request.bytes_down = len(f"HTTP/1.1 {status} {reason}\r\n") + sum(
            len(key) + len(value) + 4 for key, value in headers) + 2 + len(data)


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
