"""The safe downloader against a real HTTP server on 127.0.0.1: hosts, redirects, limits, content, retries."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from badinputs import text_pdf
from fakesite import FakeModernGov, Served
from pipeline.fetch.config import FetchSettings
from pipeline.fetch.download import SafeClient, Validators
from pipeline.fetch.errors import DownloadError, HttpError, TooLarge, TooSlow, TransientError, UnsafeUrl, WrongContent

FAST = FetchSettings(min_interval_seconds=0, backoff_seconds=0.01, retries=2, max_bytes=1_000_000, timeout_seconds=5)


@pytest.fixture
def pdf(tmp_path: Path) -> bytes:
    return text_pdf(tmp_path / "site" / "paper.pdf", ["A report", "Page two"]).read_bytes()


def client(site: FakeModernGov, settings: FetchSettings = FAST, **kwargs) -> SafeClient:
    return SafeClient(site.base, settings, **kwargs)


def leftovers(folder: Path) -> list[Path]:
    return list(folder.rglob("*")) if folder.exists() else []


def test_a_pdf_is_streamed_to_a_hidden_temporary_file_with_its_hash_and_validators(site, pdf, tmp_path):
    site.documents["/documents/s1/Report.pdf"] = Served(pdf)
    with client(site) as http:
        download = http.download_pdf(site.base + "documents/s1/Report.pdf", tmp_path / "out")
    assert download.status == 200 and download.size_bytes == len(pdf)
    assert download.temp_path.read_bytes() == pdf and download.temp_path.name.startswith(".part-")
    assert download.etag and download.last_modified and download.content_type == "application/pdf"
    [request] = site.asked("/documents/s1/Report.pdf")
    assert request.headers["User-Agent"].startswith("committee-papers/")


def test_a_conditional_get_of_unchanged_bytes_is_a_304_and_writes_nothing(site, pdf, tmp_path):
    site.documents["/documents/s1/Report.pdf"] = Served(pdf)
    with client(site) as http:
        first = http.download_pdf(site.base + "documents/s1/Report.pdf", tmp_path / "a")
        again = http.download_pdf(site.base + "documents/s1/Report.pdf", tmp_path / "b", Validators(first.etag, first.last_modified))
    assert again.not_modified and again.temp_path is None and leftovers(tmp_path / "b") == []
    assert site.requests[-1].headers["If-None-Match"] == first.etag
    assert site.requests[-1].headers["If-Modified-Since"] == first.last_modified


@pytest.mark.parametrize(
    "url",
    [
        "http://partner.example.org/documents/s1/x.pdf",
        "http://localhost:{port}/documents/s1/x.pdf",
        "http://127.0.0.1:1/documents/s1/x.pdf",
        "file:///etc/passwd",
        "ftp://127.0.0.1/x.pdf",
        "http://user:secret@127.0.0.1:{port}/documents/s1/x.pdf",
    ],
)
def test_another_host_port_scheme_or_credentials_are_refused_before_any_request(site, tmp_path, url):
    port = site.base.rsplit(":", 1)[1].strip("/")
    with client(site) as http, pytest.raises(UnsafeUrl):
        http.download_pdf(url.format(port=port), tmp_path)
    assert site.requests == []


def test_a_redirect_off_the_site_is_refused_at_the_hop(site, tmp_path):
    site.documents["/documents/s2/Moved.pdf"] = Served(b"", status=302, redirect="http://internal.example/admin.pdf")
    site.documents["/documents/s3/Local.pdf"] = Served(b"", status=302, redirect="http://localhost/secret.pdf")
    with client(site) as http:
        for path in ("documents/s2/Moved.pdf", "documents/s3/Local.pdf"):
            with pytest.raises(UnsafeUrl, match="off-site"):
                http.download_pdf(site.base + path, tmp_path)
    assert [r.path for r in site.requests] == ["/documents/s2/Moved.pdf", "/documents/s3/Local.pdf"]


def test_a_redirect_loop_stops(site, tmp_path):
    site.documents["/loop.pdf"] = Served(b"", status=302, redirect="/loop.pdf")
    with client(site) as http, pytest.raises(UnsafeUrl, match="redirects"):
        http.download_pdf(site.base + "loop.pdf", tmp_path)
    assert len(site.requests) == 6


@pytest.mark.parametrize("length", [True, False], ids=["declared", "streamed"])
def test_an_oversized_file_is_refused_and_leaves_nothing(site, tmp_path, length):
    site.documents["/big.pdf"] = Served(b"%PDF-1.4\n" + b"0" * 1_500_000, length=length)
    with client(site) as http, pytest.raises(TooLarge):
        http.download_pdf(site.base + "big.pdf", tmp_path / "out")
    assert leftovers(tmp_path / "out") == []


@pytest.mark.parametrize(
    ("served", "reason"),
    [
        (Served(b"<!DOCTYPE html><html><body>Please log in</body></html>"), "HTML page"),
        (Served(b"<html><body>Error</body></html>", "text/html; charset=utf-8"), "HTML page"),
        (Served(b"PK\x03\x04 a Word file", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "not a PDF"),
        (Served(b"GIF89a not a pdf", "application/octet-stream"), "not a PDF"),
    ],
    ids=["html-as-pdf", "html", "docx", "junk"],
)
def test_anything_but_a_pdf_is_refused(site, tmp_path, served, reason):
    site.documents["/documents/s4/Paper.pdf"] = served
    with client(site) as http, pytest.raises(WrongContent, match=reason):
        http.download_pdf(site.base + "documents/s4/Paper.pdf", tmp_path / "out")
    assert leftovers(tmp_path / "out") == []


def test_a_final_error_is_not_retried(site, tmp_path):
    site.documents["/broken.pdf"] = Served(b"oops", "text/html", status=500)
    with client(site) as http:
        with pytest.raises(HttpError, match="500"):
            http.download_pdf(site.base + "broken.pdf", tmp_path)
        with pytest.raises(HttpError, match="404"):
            http.download_pdf(site.base + "missing.pdf", tmp_path)
    assert len(site.requests) == 2


def test_a_transient_error_is_retried_with_backoff(site, pdf, tmp_path):
    site.documents["/busy.pdf"] = Served(pdf, failures_first=2)
    pauses: list[float] = []
    with client(site, sleep=pauses.append) as http:
        download = http.download_pdf(site.base + "busy.pdf", tmp_path)
    assert download.status == 200 and len(site.requests) == 3
    assert pauses == [0.0, 0.0]  # the server's Retry-After: 0 wins over the backoff


def test_a_transient_error_that_persists_fails_after_the_retries(site, pdf, tmp_path):
    site.documents["/down.pdf"] = Served(pdf, failures_first=10)
    with client(site) as http, pytest.raises(TransientError, match="after 3 attempts"):
        http.download_pdf(site.base + "down.pdf", tmp_path)


def test_a_refused_connection_is_transient_and_retried(tmp_path):
    settings = FAST.model_copy(update=dict(retries=1))
    pauses: list[float] = []
    with SafeClient("http://127.0.0.1:1/", settings, sleep=pauses.append) as http, pytest.raises(TransientError, match="network"):
        http.get_text("http://127.0.0.1:1/mgWebService.asmx/GetMeetings")
    assert pauses == [0.01]


def test_a_download_slower_than_the_limit_is_refused(site, pdf, tmp_path):
    site.documents["/slow.pdf"] = Served(pdf, drip=0.1)
    settings = FAST.model_copy(update=dict(max_seconds=0.3))
    started = time.monotonic()
    with client(site, settings) as http, pytest.raises(TooSlow):
        http.download_pdf(site.base + "slow.pdf", tmp_path / "out")
    assert time.monotonic() - started < 2 and leftovers(tmp_path / "out") == []


def test_requests_to_a_site_are_spaced_by_the_polite_interval(site, pdf, tmp_path):
    site.documents["/a.pdf"] = Served(pdf)
    pauses: list[float] = []
    with client(site, FAST.model_copy(update=dict(min_interval_seconds=5)), sleep=pauses.append) as http:
        for _ in range(3):
            http.download_pdf(site.base + "a.pdf", tmp_path)
    assert len(pauses) == 2 and all(4.5 < pause <= 5 for pause in pauses)


def test_a_host_gets_at_most_its_requests_per_minute_from_every_client_of_it(site, pdf, tmp_path):
    """Issue 19: a politeness budget per host, shared by the committees of a site (one client each)."""
    site.documents["/a.pdf"] = Served(pdf)
    budget = FAST.model_copy(update=dict(min_interval_seconds=0, requests_per_minute=2))
    pauses: list[float] = []
    with client(site, budget, sleep=pauses.append) as http:
        for _ in range(2):
            http.download_pdf(site.base + "a.pdf", tmp_path)
    assert pauses == []
    with client(site, budget, sleep=pauses.append) as other:  # another committee of the same site
        other.download_pdf(site.base + "a.pdf", tmp_path)
    assert len(pauses) == 1 and 55 < pauses[0] <= 60


def test_retry_after_is_honoured_and_the_user_agent_says_who_fetches(site, pdf, tmp_path):
    site.documents["/busy.pdf"] = Served(pdf, failures_first=1)
    site.pages["/slow-down.pdf"] = Served(b"", status=429, validators=False, headers={"Retry-After": "7"})
    pauses: list[float] = []
    with client(site, FAST.model_copy(update=dict(retries=1, backoff_seconds=0.01)), sleep=pauses.append) as http:
        with pytest.raises(DownloadError):
            http.download_pdf(site.base + "slow-down.pdf", tmp_path)
    assert pauses == [7.0]
    assert all("committee-papers" in r.headers["User-Agent"] for r in site.requests)
