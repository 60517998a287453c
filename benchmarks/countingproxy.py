"""A counting reverse proxy (standard library only) for benchmarks: every HTTP request a client
sends to the wiki goes through it and is recorded with its API parameters, its duration and the
bytes that went each way. Point a copy of the pywikibot configuration at `proxy.url`.

    proxy = CountingProxy("127.0.0.1", wiki_port)
    proxy.start()
    mark = len(proxy.records)
    ...                                   # run the client
    for record in proxy.records[mark:]:
        print(record.kind, record.bytes_down)
    proxy.stop()

Requests are forwarded one at a time to the upstream server (a new upstream connection each,
as `php -S` closes it after every answer); the client side keeps its connection alive.
"""

from __future__ import annotations

import email.parser
import email.policy
import gzip
import http.client
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
               "trailers", "transfer-encoding", "upgrade", "content-length"}
#: Parameters that tell what a request does; the rest (titles, tokens, text) is left out.
_DESCRIBING = ("action", "meta", "prop", "list", "generator", "type")
#: What pywikibot asks when it starts up or logs in, as opposed to the work of the script.
_STARTUP_META = {"userinfo", "siteinfo", "authmanagerinfo", "globaluserinfo"}


@dataclass
class Record:
    """One request that reached the wiki."""

    start: float
    seconds: float
    method: str
    params: dict[str, str]
    status: int
    bytes_up: int  # request line, headers and body
    bytes_down: int  # status line, headers and body as sent (compressed if the server did)
    body_bytes: int  # the response body after decompression (the JSON itself)
    titles: int = 0  # how many titles / revision ids / page ids the request named
    gzip_bytes: int = 0  # the body gzipped (level 6), as Wikimedia's servers would send it
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def action(self) -> str:
        return self.params.get("action", "")

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


def _form(body: bytes, content_type: str) -> dict[str, str]:
    if content_type.startswith("application/x-www-form-urlencoded"):
        return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    if content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        found = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name:
                payload = part.get_payload(decode=True) or b""
                found[str(name)] = payload.decode("utf-8", "replace")
        return found
    return {}


def _decoded(body: bytes, encoding: str) -> bytes:
    try:
        if encoding == "gzip":
            return gzip.decompress(body)
        if encoding == "deflate":
            return zlib.decompress(body)
    except (OSError, zlib.error):
        pass
    return body


class CountingProxy:
    """A reverse proxy on 127.0.0.1 that records each request (see Record) in `records`."""

    def __init__(self, upstream_host: str, upstream_port: int, port: int = 0):
        self.upstream = (upstream_host, upstream_port)
        self.records: list[Record] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass  # quiet: the records are the log

            def do_GET(self) -> None:  # noqa: N802
                proxy._forward(self)

            do_POST = do_HEAD = do_GET  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> CountingProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _forward(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {key: value for key, value in handler.headers.items()
                   if key.lower() not in _HOP_BY_HOP}
        headers["Host"] = f"{self.upstream[0]}:{self.upstream[1]}"
        params = dict(parse_qsl(urlsplit(handler.path).query, keep_blank_values=True))
        params.update(_form(body, handler.headers.get("Content-Type", "")))
        request_bytes = len(handler.requestline) + 2 + len(bytes(handler.headers)) + len(body)
        start = time.perf_counter()
        connection = http.client.HTTPConnection(*self.upstream, timeout=600)
        try:
            connection.request(handler.command, handler.path, body=body or None, headers=headers)
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        seconds = time.perf_counter() - start
        handler.send_response_only(response.status, response.reason)
        sent_headers = [(key, value) for key, value in response.getheaders()
                        if key.lower() not in _HOP_BY_HOP]
        sent_headers.append(("Content-Length", str(len(data))))
        for key, value in sent_headers:
            handler.send_header(key, value)
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(data)
        header_bytes = len(f"HTTP/1.1 {response.status} {response.reason}\r\n") + sum(
            len(key) + len(value) + 4 for key, value in sent_headers) + 2
        named = sum(len(params[key].split("|")) for key in ("titles", "revids", "pageids")
                    if params.get(key))
        described = {key: value for key, value in params.items()
                     if key in _DESCRIBING or key == "rvprop" or key.endswith("limit")}
        decoded = _decoded(data, response.getheader("Content-Encoding", ""))
        record = Record(start, seconds, handler.command, described, response.status,
                        request_bytes, header_bytes + len(data), len(decoded), named,
                        len(gzip.compress(decoded, 6)))
        with self._lock:
            self.records.append(record)
