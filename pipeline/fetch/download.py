"""A safe HTTP client bound to one ModernGov site.

Every request, and every redirect hop, must be http(s) to the configured host
and port; an http link on an https site is upgraded first (ModernGov's web
service returns http URLs). Requests to a host, from every client of it in the
process, are spaced by a polite minimum interval, at most ``requests_per_minute``
a minute when set, and carry a real User-Agent; a 429 or 503's Retry-After is honoured. Transient errors (network, timeouts, 429,
502-504) are retried with exponential backoff; a final status (404, 500) is not.
Every request (page or download, redirects and retries included) must be over
by an overall deadline (``max_seconds``), however slowly the server drips its
answer (``pipeline.fetch.wire``). Only a 200, or a 304 to a conditional GET, is
an answer; any other status is an error of that request. A body shorter or
longer than its Content-Length is refused. A download streams to a hidden
temporary file beside its destination, under a byte limit, and is kept only if
it is a PDF (``pipeline.fetch.pdfcheck``): an HTML error or login page served in
its place is refused.

httpx rather than urllib: it lets us follow redirects by hand (to check each
hop's host), gives separate connect/read timeouts and streaming, and is
already installed with Prefect.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Callable
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from pipeline.fetch.config import FetchSettings, check_site_url
from pipeline.fetch.pdfcheck import HEAD_BYTES, TAIL_BYTES, check_pdf
from pipeline.fetch.errors import (
    DownloadError,
    HttpError,
    LengthMismatch,
    TooLarge,
    TooSlow,
    TransientError,
    UnsafeUrl,
    WrongContent,
)
from pipeline.fetch.wire import Deadline, DeadlineTransport, body_bytes_on_wire

MAX_REDIRECTS = 5
MAX_PAGE_BYTES = 20_000_000
MAX_RETRY_AFTER = 120.0
TRANSIENT_STATUSES = frozenset({408, 429, 502, 503, 504})
# Types a server may send a PDF as; the magic bytes decide.
PDF_TYPES = frozenset(
    {"application/pdf", "application/x-pdf", "application/octet-stream", "binary/octet-stream",
     "application/force-download", "application/download", ""}
)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class HostBudget:
    """When the last requests to one host were sent: shared by every client of that host in the process,
    so the polite interval and the requests-per-minute budget hold across the committees of a site."""

    last: float = -float("inf")
    recent: deque = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self, interval: float, per_minute: int | None) -> float:
        """Seconds to wait before the next request may be sent (0 when it may go now)."""
        now = time.monotonic()
        while self.recent and now - self.recent[0] >= 60:
            self.recent.popleft()
        wait = self.last + interval - now
        if per_minute and len(self.recent) >= per_minute:
            wait = max(wait, self.recent[0] + 60 - now)
        return max(wait, 0.0)

    def sent(self) -> None:
        self.last = time.monotonic()
        self.recent.append(self.last)


_BUDGETS: dict[str, HostBudget] = {}
_BUDGETS_LOCK = threading.Lock()


def host_budget(host: str, port: int) -> HostBudget:
    with _BUDGETS_LOCK:
        return _BUDGETS.setdefault(f"{host}:{port}", HostBudget())


@dataclass(frozen=True)
class Validators:
    """HTTP validators of the bytes we hold, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True)
class Download:
    """A completed GET: 304 Not Modified (no file), or a PDF in a temporary file the caller must move or delete."""

    url: str
    status: int
    temp_path: Path | None = None
    sha256: str | None = None
    size_bytes: int = 0
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return min(float(value), MAX_RETRY_AFTER)
    except ValueError:
        try:
            delay = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return None
        return min(max(delay, 0.0), MAX_RETRY_AFTER)


class _Transient(TransientError):
    def __init__(self, reason: str, http_status: int | None = None, retry_after: float | None = None):
        super().__init__(reason, http_status)
        self.retry_after = retry_after


class SafeClient:
    """GETs to one site only, spaced, retried when transient, size- and time-limited."""

    def __init__(
        self,
        site_url: str,
        settings: FetchSettings,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ):
        self.site_url = check_site_url(site_url)
        parts = urlsplit(self.site_url)
        self.scheme = parts.scheme
        self.host = parts.hostname or ""
        self.port = parts.port or _DEFAULT_PORTS[parts.scheme]
        self.settings = settings
        self._sleep = sleep
        self._budget = host_budget(self.host, self.port)
        self._deadline = Deadline()
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=httpx.Timeout(settings.timeout_seconds),
            follow_redirects=False,
            transport=transport or DeadlineTransport(self._deadline),
        )

    def __enter__(self) -> "SafeClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def absolute(self, href: str, base: str | None = None) -> str:
        """``href`` resolved against ``base`` (default: the site) and made safe to request.

        Raises UnsafeUrl for another scheme, host or port, or credentials in the URL.
        """
        try:
            url = urljoin(base or self.site_url, href.strip())
            parts = urlsplit(url)
        except ValueError as error:
            raise UnsafeUrl(f"not a valid URL ({error}): {href[:200]!r}") from None
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS:
            raise UnsafeUrl(f"not an http(s) URL: {url[:200]}")
        if parts.username or parts.password:
            raise UnsafeUrl(f"credentials in the URL: {url[:200]}")
        host = (parts.hostname or "").lower()
        try:
            port = parts.port
        except ValueError:
            raise UnsafeUrl(f"bad port in {url[:200]}") from None
        if scheme == "http" and self.scheme == "https" and host == self.host and port in (None, 80):
            scheme, port = "https", None  # ModernGov's web service returns http links on https sites
        if host != self.host or (port or _DEFAULT_PORTS[scheme]) != self.port:
            raise UnsafeUrl(f"off-site link to {host or '(no host)'}{f':{port}' if port else ''}: only {self.host} is fetched")
        if scheme != self.scheme:
            raise UnsafeUrl(f"{scheme} link on an {self.scheme} site: {url[:200]}")
        netloc = host if port is None else f"{host}:{port}"
        return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))

    def _wait_turn(self) -> None:
        """Wait for the host's turn: the polite interval since its last request, and at most
        ``requests_per_minute`` requests to it in any minute (when set)."""
        with self._budget.lock:
            wait = self._budget.wait(self.settings.min_interval_seconds, self.settings.requests_per_minute)
            if wait > 0:
                self._sleep(wait)
            self._budget.sent()

    def _too_slow(self, url: str, status: int | None = None) -> TooSlow:
        return TooSlow(f"no complete answer within the {self.settings.max_seconds:g} s deadline: {url[:200]}", status)

    def _timed_out(self, url: str, what: str, status: int | None = None) -> DownloadError:
        if self._deadline.passed:
            return self._too_slow(url, status)
        return _Transient(f"timed out {what}", status)

    def _open(self, url: str, headers: dict[str, str]) -> httpx.Response:
        """Send a GET, following redirects by hand so that every hop is checked; the caller closes the response.

        Only a 200, or a 304 to a conditional GET, is returned; any other status raises.
        """
        conditional = "If-None-Match" in headers or "If-Modified-Since" in headers
        for _ in range(MAX_REDIRECTS + 1):
            url = self.absolute(url)
            self._wait_turn()
            try:
                response = self._client.send(self._client.build_request("GET", url, headers=headers), stream=True)
            except httpx.TimeoutException as error:
                raise self._timed_out(url, f"waiting for the answer ({type(error).__name__})") from None
            except httpx.TransportError as error:
                raise _Transient(f"network error: {type(error).__name__}: {error}") from None
            except httpx.InvalidURL as error:
                raise UnsafeUrl(f"cannot request {url[:200]}: {type(error).__name__}: {error}") from None
            status = response.status_code
            if response.has_redirect_location:
                location = response.headers.get("location", "")
                response.close()
                url = self.absolute(location, url)
                continue
            if status == 200 or (status == 304 and conditional):
                return response
            response.close()
            if status in TRANSIENT_STATUSES:
                raise _Transient(f"HTTP {status}", status, _retry_after(response))
            raise HttpError(_status_reason(response, conditional), status)
        raise UnsafeUrl(f"more than {MAX_REDIRECTS} redirects")

    def _retrying(self, attempt: Callable[[], object]):
        """Run ``attempt`` under the request's overall deadline, again after a transient error while time is left."""
        self._deadline.start(self.settings.max_seconds)
        try:
            for number in range(self.settings.retries + 1):
                try:
                    return attempt()
                except _Transient as error:
                    delay = error.retry_after if error.retry_after is not None else self.settings.backoff_seconds * 2**number
                    left = (self._deadline.at or float("inf")) - time.monotonic()
                    if number == self.settings.retries or delay >= left:
                        raise TransientError(f"{error.reason} (after {number + 1} attempts)", error.http_status) from None
                    self._sleep(delay)
        finally:
            self._deadline.clear()
        raise AssertionError("unreachable")

    def _read(self, response: httpx.Response, url: str, limit: int, sink: Callable[[bytes], None]) -> int:
        """Stream the body into ``sink`` under the size limit and the deadline; return its size.

        A body shorter or longer than its Content-Length raises LengthMismatch.
        """
        declared = _declared_length(response)
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise TooLarge(f"more than {limit} bytes", response.status_code)
                if self._deadline.passed:
                    raise self._too_slow(url, response.status_code)
                sink(chunk)
        except httpx.TimeoutException:
            raise self._timed_out(url, "while reading", response.status_code) from None
        except httpx.RemoteProtocolError as error:
            if declared is not None and response.num_bytes_downloaded < declared:
                raise LengthMismatch(
                    f"the body ended after {response.num_bytes_downloaded} of the {declared} bytes its "
                    f"Content-Length declares", response.status_code,
                ) from None
            raise _Transient(f"protocol error while reading: {error}", response.status_code) from None
        except httpx.TransportError as error:
            raise _Transient(f"network error while reading: {type(error).__name__}", response.status_code) from None
        except httpx.DecodingError as error:
            raise WrongContent(f"the body could not be decoded: {error}", response.status_code) from None
        on_wire = body_bytes_on_wire(response)
        if declared is not None and on_wire is not None and on_wire > declared:
            raise LengthMismatch(
                f"the server sent more than the {declared} bytes its Content-Length declares", response.status_code
            )
        return size

    def get_text(self, url: str) -> str:
        """A page of the site (XML or HTML) as text, up to 20 MB."""

        def attempt() -> str:
            response = self._open(url, {})
            try:
                body = bytearray()
                self._read(response, url, min(MAX_PAGE_BYTES, self.settings.max_bytes), body.extend)
                return _decode(bytes(body), response.encoding)
            finally:
                response.close()

        return self._retrying(attempt)

    def download_pdf(self, url: str, folder: Path, validators: Validators | None = None) -> Download:
        """GET a PDF into a hidden temporary file in ``folder`` (conditional when ``validators`` are given)."""
        headers = {"Accept": "application/pdf, */*;q=0.1", **(validators.headers() if validators else {})}

        def attempt() -> Download:
            response = self._open(url, headers)
            try:
                final_url = str(response.url)
                if response.status_code == 304:
                    return Download(final_url, 304)
                return self._save_pdf(response, final_url, folder)
            finally:
                response.close()

        return self._retrying(attempt)

    def _save_pdf(self, response: httpx.Response, url: str, folder: Path) -> Download:
        media_type = _media_type(response)
        if media_type in HTML_TYPES:
            raise WrongContent(f"the server sent an HTML page ({media_type}) in place of a PDF: an error or login page?", response.status_code)
        if media_type not in PDF_TYPES:
            raise WrongContent(f"content type {media_type!r} is not a PDF", response.status_code)
        declared = _declared_length(response)
        if declared is not None and declared > self.settings.max_bytes:
            raise TooLarge(f"{declared} bytes declared, over the limit of {self.settings.max_bytes}", response.status_code)
        temp = folder / f".part-{uuid.uuid4().hex}"
        digest = hashlib.sha256()
        head, ends = bytearray(), bytearray()

        def keep(chunk: bytes) -> None:
            digest.update(chunk)
            out.write(chunk)
            if len(head) < HEAD_BYTES:
                head.extend(chunk[: HEAD_BYTES - len(head)])
            ends.extend(chunk)
            del ends[:-TAIL_BYTES]

        try:
            folder.mkdir(parents=True, exist_ok=True)
            with temp.open("wb") as out:
                size = self._read(response, url, self.settings.max_bytes, keep)
            check_pdf(bytes(head), bytes(ends), temp, response.status_code)
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise DownloadError(f"could not write the download: {error.strerror or error}") from None
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return Download(
            url, response.status_code, temp, digest.hexdigest(), size, media_type or None,
            response.headers.get("etag"), response.headers.get("last-modified"),
        )


def _declared_length(response: httpx.Response) -> int | None:
    """The Content-Length, when the body is framed by it (not chunked); None otherwise."""
    if "transfer-encoding" in response.headers:
        return None
    value = response.headers.get("content-length", "").strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) < 19 else None


def _status_reason(response: httpx.Response, conditional: bool) -> str:
    status = response.status_code
    phrase = " ".join(response.reason_phrase.split())[:80]
    line = f"HTTP {status} {phrase}".strip()
    if status == 304 and not conditional:
        return f"{line} to a GET that sent no validator"
    if 300 <= status < 400:
        return f"{line} without a Location to follow"
    if status < 200 or (200 < status < 300):
        return f"{line}: only a complete 200 answer is kept"
    return line


def _decode(body: bytes, encoding: str | None) -> str:
    """The page as text in its declared charset (UTF-8 when unknown), with no lone surrogates."""
    try:
        text = body.decode(encoding or "utf-8", errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    return _SURROGATE.sub("\ufffd", text)


def move_into_place(download: Download, target: Path) -> None:
    """Atomically put a downloaded temporary file at ``target``."""
    assert download.temp_path is not None
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(download.temp_path, target)


def discard(download: Download) -> None:
    if download.temp_path is not None:
        download.temp_path.unlink(missing_ok=True)
