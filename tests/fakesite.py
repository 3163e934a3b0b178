"""A fake ModernGov site on 127.0.0.1, served by the standard library in a thread.

It answers like the real one: ``mgWebService.asmx/GetMeetings`` (ignoring the
date window, as some councils' do) and ``GetMeeting``, the HTML pages
``ieListMeetings.aspx``, ``ieListDocuments.aspx`` and ``mgChooseDocPack.aspx`` (fixtures in
``tests/fixtures/moderngov``, with ``{BASE}`` replaced by the server's address,
http as the real service gives), and the documents, with ETag and
Last-Modified validators and 304 answers to conditional GETs. It records every
request, so tests can say what was and was not asked for.

Hostile answers for the fetcher's tests: ``pages`` replaces any path's answer
(the web service's too) with a ``Served``, which may carry any status, a false
Content-Length, extra headers, or drip its body (or its whole answer, headers
included) a few bytes at a time.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

from badinputs import text_pdf
from conftest import FIXTURES, SAMPLES

PAGES = FIXTURES / "moderngov"


@dataclass
class Served:
    """One document: its bytes and how the server answers for it."""

    body: bytes
    content_type: str = "application/pdf"
    status: int = 200
    validators: bool = True
    failures_first: int = 0  # answer 503 this many times, then normally
    redirect: str | None = None
    last_modified: float = field(default_factory=lambda: time.time() - 86400)
    length: bool = True  # False: no Content-Length, the body ends when the connection closes
    drip: float = 0.0  # seconds between slices of the body (a slow server)
    slice: int = 0  # bytes per slice when dripping; 0: a tenth of the body
    declared_length: int | None = None  # a Content-Length other than the body's size
    headers: dict[str, str] = field(default_factory=dict)  # extra headers
    drip_head: bool = False  # drip the status line and headers too


@dataclass
class Request:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    status: int


class FakeModernGov:
    """The site's state (documents, switches) and the log of requests; ``start()`` serves it."""

    def __init__(self, workdir: Path):
        self.requests: list[Request] = []
        self.webservice = True
        self.documents: dict[str, Served] = {}
        self.pages: dict[str, Served] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        workdir.mkdir(parents=True, exist_ok=True)
        small = text_pdf(workdir / "appendix-f.pdf", ["Appendix F", "Map of the hotspot areas"])
        printed = {
            name: text_pdf(workdir / f"{name}.pdf", lines).read_bytes()
            for name, lines in {
                "frontsheet": ["Kent Community Safety Partnership", "Agenda frontsheet", "Tuesday 31 March 2026"],
                "supplement": ["Supplement: Agenda Item B1", "Working Group Figures"],
                "minutes": ["Printed minutes", "Thursday 15 January 2026"],
                "decisions": ["Printed decisions", "Thursday 15 January 2026"],
            }.items()
        }
        huge = b"%PDF-1.4\n" + b"0" * 3_000_000
        self.documents.update(
            {
                "/documents/g9101/Public reports pack 31st-Mar-2026 10.00 Kent Community Safety Partnership.pdf":
                    Served((SAMPLES / "004_45c56f7fc4c775e0.pdf").read_bytes()),
                "/documents/g9101/Agenda frontsheet Tuesday 31-Mar-2026 10.00 Kent Community Safety Partnership.pdf":
                    Served(printed["frontsheet"]),
                "/documents/b23001/Supplement Agenda Item B1 Tuesday 31-Mar-2026 10.00 Kent Community Safety Partnership.pdf":
                    Served(printed["supplement"]),
                "/documents/g9102/Printed minutes Thursday 15-Jan-2026 14.00 Kent Community Safety Partnership.pdf":
                    Served(printed["minutes"]),
                "/documents/g9102/Decisions Thursday 15-Jan-2026 14.00 Kent Community Safety Partnership.pdf":
                    Served(printed["decisions"]),
                "/documents/s50001/KCSP Working Group Update.pdf": Served((SAMPLES / "000_3640f8d8de4eb426.pdf").read_bytes()),
                "/mgConvert2PDF.aspx": Served((SAMPLES / "001_fd20779843a3d887.pdf").read_bytes(), validators=False),
                # the same paper as the page links it (the web service gives mgConvert2PDF.aspx?ID=50002)
                "/documents/s50002/Working Group Update July 2024.pdf": Served((SAMPLES / "001_fd20779843a3d887.pdf").read_bytes()),
                "/documents/s50016/Busy server paper.pdf":
                    Served((SAMPLES / "002_be77506d490d4968.pdf").read_bytes(), failures_first=1),
                "/documents/s50011/Appendix B.pdf": Served(b"<html><body>Server Error in '/' Application.</body></html>",
                                                           "text/html", status=500),
                "/documents/s50012/Appendix C.pdf": Served(
                    b"<!DOCTYPE html><html><head><title>Login</title></head><body>Your session has expired</body></html>"
                ),
                "/documents/s50013/Appendix D.pdf": Served(huge),
                "/documents/s50015/Appendix F.pdf": Served(b"", status=301, redirect="/documents/s50015/Appendix F v2.pdf"),
                "/documents/s50015/Appendix F v2.pdf": Served(small.read_bytes()),
            }
        )

    @property
    def base(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    def start(self) -> "FakeModernGov":
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                site._answer(self)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs=dict(poll_interval=0.05), name="fake-moderngov", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)

    def republish(self, path: str, body: bytes) -> None:
        with self._lock:
            self.documents[path] = Served(body)

    def asked(self, path: str, **query: str) -> list[Request]:
        """Requests for ``path`` whose query has the given values."""
        return [
            r for r in self.requests
            if r.path.lower() == path.lower() and all(r.query.get(k) == [v] for k, v in query.items())
        ]

    def page(self, name: str) -> bytes:
        """A fixture page as this server serves it."""
        return (PAGES / name).read_text(encoding="utf-8").replace("{BASE}", self.base).encode("utf-8")

    def _route(self, path: str, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes] | Served | None:
        lower = path.lower()
        if lower in self.pages:
            return self.pages[lower]
        if lower.startswith("/mgwebservice.asmx/"):
            if not self.webservice:
                return 404, {"Content-Type": "text/html"}, b"<html><body>The resource cannot be found.</body></html>"
            if lower.endswith("/getmeetings") and query.get("lCommitteeId") == ["519"]:
                return 200, {"Content-Type": "text/xml; charset=utf-8"}, self.page("GetMeetings.xml")
            meeting = (query.get("lMeetingId") or [""])[0]
            if lower.endswith("/getmeeting") and (PAGES / f"GetMeeting_{meeting}.xml").exists():
                return 200, {"Content-Type": "text/xml; charset=utf-8"}, self.page(f"GetMeeting_{meeting}.xml")
            return 500, {"Content-Type": "text/html"}, b"<html><body>Request format is invalid.</body></html>"
        if lower == "/ielistmeetings.aspx" and query.get("CId") == ["519"] and "Year" not in query:
            act = (query.get("Act") or [""])[0]  # a page of the list: the first, or "Earlier/Later meetings"
            return 200, {"Content-Type": "text/html; charset=utf-8"}, self.page(f"ieListMeetings{'_' + act if act else ''}.html")
        if lower == "/ielistdocuments.aspx":
            meeting = (query.get("MId") or [""])[0]
            if (PAGES / f"ieListDocuments_{meeting}.html").exists():
                return 200, {"Content-Type": "text/html; charset=utf-8"}, self.page(f"ieListDocuments_{meeting}.html")
        if lower == "/mgchoosedocpack.aspx":
            name = "_".join(query.get(key, [""])[0] for key in ("ID", "SID") if query.get(key))
            if name and (PAGES / f"mgChooseDocPack_{name}.html").exists():
                return 200, {"Content-Type": "text/html; charset=utf-8"}, self.page(f"mgChooseDocPack_{name}.html")
        return self.documents.get(path)

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        path = unquote(parts.path)
        query = parse_qs(parts.query)
        with self._lock:
            answer = self._route(path, query)
            if isinstance(answer, Served) and answer.failures_first:
                answer.failures_first -= 1
                answer = (503, {"Content-Type": "text/html", "Retry-After": "0"}, b"<html>Service Unavailable</html>")
        status, headers, body = self._respond(answer, handler)
        self.requests.append(Request(path, query, dict(handler.headers.items()), status))
        served = answer if isinstance(answer, Served) else Served(body)
        if served.length:
            declared = served.declared_length if served.declared_length is not None else len(body)
            headers = {**headers, "Content-Length": str(declared)}
        headers = {**headers, "Connection": "close"}
        reason = handler.responses.get(status, ("",))[0]
        head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        if served.drip_head:
            raw = head.encode("latin-1") + body
        else:
            handler.wfile.write(head.encode("latin-1"))
            raw = body
        step = (served.slice or max(1, len(raw) // 10)) if served.drip else len(raw) or 1
        handler.close_connection = True
        try:
            for start in range(0, len(raw), step):
                handler.wfile.write(raw[start : start + step])
                handler.wfile.flush()
                time.sleep(served.drip)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _respond(self, answer, handler) -> tuple[int, dict[str, str], bytes]:
        if answer is None:
            return 404, {"Content-Type": "text/html"}, b"<html><body>404 - File or directory not found.</body></html>"
        if not isinstance(answer, Served):
            return answer
        if answer.redirect:
            return answer.status, {"Location": quote(answer.redirect, safe=":/?=&")}, b""
        headers = {"Content-Type": answer.content_type, **answer.headers}
        if answer.validators and answer.status == 200:
            etag = '"' + hashlib.sha256(answer.body).hexdigest()[:16] + '"'
            modified = formatdate(answer.last_modified, usegmt=True)
            headers.update({"ETag": etag, "Last-Modified": modified})
            if handler.headers.get("If-None-Match") == etag:
                return 304, {"ETag": etag}, b""
        return answer.status, headers, answer.body
