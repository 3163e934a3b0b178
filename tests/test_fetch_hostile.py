"""Issue 16's fetch cases: one bad answer costs one request, is recorded with its reason, and the poll goes on."""

from __future__ import annotations

import csv
import datetime as dt
import time
from pathlib import Path

import duckdb
import pytest

from badinputs import text_pdf
from fakesite import FakeModernGov, Served
from pipeline.fetch.config import FetchSettings, Source
from pipeline.fetch.download import SafeClient
from pipeline.fetch.errors import DownloadError, HttpError, LengthMismatch, TooSlow, WrongContent
from pipeline.fetch.manifest import Manifest
from pipeline.fetch.poll import fetch_committee, run_poll
from pipeline.fetch.wire import header_end

SETTINGS = FetchSettings(min_interval_seconds=0, backoff_seconds=0.01, retries=1, max_bytes=2_000_000,
                         timeout_seconds=5, max_seconds=10)
JANUARY = dict(since=dt.date(2026, 1, 1), until=dt.date(2026, 1, 31))  # one meeting, 9102
PAPER = "/mgConvert2PDF.aspx"  # "Working Group Update July 2024" in meeting 9102
PAPER_TITLE = "Working Group Update July 2024"


@pytest.fixture
def pdf(tmp_path: Path) -> bytes:
    return text_pdf(tmp_path / "paper.pdf", ["A report", "Page two"]).read_bytes()


def by_title(report) -> dict[str, tuple[str, str | None]]:
    return {o.title: (o.outcome, o.reason) for o in report.outcomes}


def get(site: FakeModernGov, tmp_path: Path, served: Served, settings: FetchSettings = SETTINGS):
    site.documents["/documents/s9/Paper.pdf"] = served
    with SafeClient(site.base, settings) as http:
        return http.download_pdf(site.base + "documents/s9/Paper.pdf", tmp_path / "out")


def test_case_3_a_304_to_a_plain_get_is_recorded_and_the_next_document_and_committee_go_on(tmp_path: Path, pdf):
    bad, good = FakeModernGov(tmp_path / "a").start(), FakeModernGov(tmp_path / "b").start()
    bad.documents[PAPER] = Served(b"", status=304, validators=False)
    warehouse = tmp_path / "w.duckdb"
    try:
        summary = run_poll(
            [Source(site_url=bad.base, committee_id=519), Source(site_url=good.base, committee_id=519)],
            SETTINGS, str(tmp_path / "raw"), str(warehouse), **JANUARY,
        )
    finally:
        bad.stop()
        good.stop()
    first, second = (by_title(report) for report in summary.reports)
    assert first[PAPER_TITLE] == ("failed", "HTTP 304 Not Modified to a GET that sent no validator")
    assert first["Working Group Update November 2022"] == ("new", None)  # the next document
    assert second[PAPER_TITLE] == ("new", None)  # the next committee
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        recorded = con.execute("SELECT outcome, reason, http_status FROM fetch_outcomes WHERE title = ? "
                               "ORDER BY outcome", [PAPER_TITLE]).fetchall()
    finally:
        con.close()
    assert recorded == [("failed", "HTTP 304 Not Modified to a GET that sent no validator", 304), ("new", None, 200)]


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (204, "HTTP 204 No Content: only a complete 200 answer is kept"),
        (206, "HTTP 206 Partial Content: only a complete 200 answer is kept"),
        (299, "HTTP 299 : only a complete 200 answer is kept"),
        (300, "HTTP 300 Multiple Choices without a Location to follow"),
        (302, "HTTP 302 Found without a Location to follow"),
        (304, "HTTP 304 Not Modified to a GET that sent no validator"),
        (418, "HTTP 418 I'm a Teapot"),
        (501, "HTTP 501 Not Implemented"),
        (599, "HTTP 599"),
    ],
)
def test_case_3_any_status_but_200_is_a_failure_with_its_reason(site, tmp_path, pdf, status, reason):
    with pytest.raises(HttpError) as error:
        get(site, tmp_path, Served(pdf, status=status, validators=False))
    assert error.value.reason == reason.replace(" :", ":") and error.value.http_status == status
    assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True


def test_case_3_an_informational_status_alone_is_a_failure(site, tmp_path, pdf):
    with pytest.raises(DownloadError) as error:
        get(site, tmp_path, Served(pdf, status=100, validators=False))
    assert error.value.outcome == "failed" and error.value.reason


def test_case_6_a_page_dripped_past_the_deadline_fails_that_request_and_the_poll_goes_on(site, tmp_path):
    xml = site.page("GetMeetings.xml")
    site.pages["/mgwebservice.asmx/getmeetings"] = Served(xml, "text/xml", validators=False, drip=0.4, slice=1)
    settings = SETTINGS.model_copy(update=dict(max_seconds=1.0))
    started = time.monotonic()
    report = fetch_committee(Source(site_url=site.base, committee_id=519), settings, tmp_path / "raw",
                             JANUARY["since"], JANUARY["until"])
    assert time.monotonic() - started < 6  # 1 s for the service, then the HTML pages answer at once
    assert report.source == "html" and by_title(report)[PAPER_TITLE] == ("new", None)


def test_case_6_headers_dripped_past_the_deadline_fail_the_request(site, tmp_path, pdf):
    settings = SETTINGS.model_copy(update=dict(max_seconds=1.0))
    started = time.monotonic()
    with pytest.raises(TooSlow, match="1 s deadline"):
        get(site, tmp_path, Served(pdf, drip=0.4, slice=1, drip_head=True), settings)
    assert time.monotonic() - started < 1.5


def test_case_6_a_document_dripped_past_the_deadline_is_refused_in_the_poll(site, tmp_path, pdf):
    site.documents[PAPER] = Served(pdf, drip=0.4, slice=1)
    settings = SETTINGS.model_copy(update=dict(max_seconds=1.0))
    started = time.monotonic()
    report = fetch_committee(Source(site_url=site.base, committee_id=519), settings, tmp_path / "raw",
                             JANUARY["since"], JANUARY["until"])
    assert time.monotonic() - started < 6
    outcome, reason = by_title(report)[PAPER_TITLE]
    assert outcome == "refused" and reason.startswith("no complete answer within the 1 s deadline")
    assert by_title(report)["Working Group Update November 2022"] == ("new", None)


def test_case_10_an_html_page_holding_the_pdf_signature_is_refused(site, tmp_path):
    login = b"<!DOCTYPE html><html><body><!-- %PDF-1.7 -->Please sign in</body></html>\n%%EOF"
    with pytest.raises(WrongContent, match="markup before %PDF-"):
        get(site, tmp_path, Served(login))


def test_case_10_a_stub_cut_from_a_pdf_is_refused(site, tmp_path, pdf):
    with pytest.raises(WrongContent, match="no startxref"):
        get(site, tmp_path, Served(pdf[:100]))


def test_case_10_leading_whitespace_and_a_bom_are_allowed(site, tmp_path, pdf):
    download = get(site, tmp_path, Served(b"\xef\xbb\xbf\r\n  " + pdf))
    assert download.status == 200 and download.size_bytes == len(pdf) + 7


def test_case_10_a_pdf_without_its_trailer_is_kept_when_pdfium_opens_it(site, tmp_path, pdf):
    cut = pdf[: pdf.rindex(b"startxref")]
    assert get(site, tmp_path, Served(cut)).size_bytes == len(cut)


@pytest.mark.parametrize("delta", [-100, 100], ids=["declared-shorter", "declared-longer"])
def test_case_10_a_content_length_that_differs_from_the_body_is_refused(site, tmp_path, pdf, delta):
    with pytest.raises(LengthMismatch, match="Content-Length") as error:
        get(site, tmp_path, Served(pdf, declared_length=len(pdf) + delta))
    assert error.value.outcome == "refused"
    assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True


def test_case_10_a_content_length_mismatch_is_recorded_in_the_poll_and_nothing_is_stored(site, tmp_path, pdf):
    site.documents[PAPER] = Served(pdf, declared_length=100)
    report = fetch_committee(Source(site_url=site.base, committee_id=519), SETTINGS, tmp_path / "raw",
                             JANUARY["since"], JANUARY["until"])
    outcome, reason = by_title(report)[PAPER_TITLE]
    assert outcome == "refused" and "more than the 100 bytes its Content-Length declares" in reason
    assert {o.outcome for o in report.outcomes if o.title != PAPER_TITLE} <= {"new", "failed", "refused"}
    assert PAPER_TITLE not in {row.title for row in Manifest(Path(report.committee_dir), 519).rows}


def test_case_5_formula_cells_in_the_manifest_are_neutralised_and_read_back_as_they_were(site, tmp_path):
    site.pages["/mgwebservice.asmx/getmeeting"] = Served(
        site.page("GetMeeting_9102.xml").replace(b"Working Group Update July 2024", b"=HYPERLINK(&quot;x&quot;)"),
        "text/xml", validators=False,
    )
    report = fetch_committee(Source(site_url=site.base, committee_id=519), SETTINGS, tmp_path / "raw",
                             JANUARY["since"], JANUARY["until"])
    path = Path(report.committee_dir) / "manifest.csv"
    with path.open(newline="") as handle:
        titles = {row["title"] for row in csv.DictReader(handle)}
    assert "'=HYPERLINK(\"x\")" in titles and not any(t.startswith(("=", "+", "-", "@")) for t in titles)
    assert '=HYPERLINK("x")' in {row.title for row in Manifest(path.parent, 519).rows}


@pytest.mark.parametrize("href", ["http://[::1", "http://127.0.0.1:99999/x.pdf"], ids=["bad-ipv6", "bad-port"])
def test_an_invalid_link_is_a_refused_document_and_the_poll_goes_on(site, tmp_path, href):
    site.pages["/mgwebservice.asmx/getmeeting"] = Served(
        site.page("GetMeeting_9102.xml").replace(site.base.encode() + b"mgConvert2PDF.aspx?ID=50002", href.encode()),
        "text/xml", validators=False,
    )
    report = fetch_committee(Source(site_url=site.base, committee_id=519), SETTINGS, tmp_path / "raw",
                             JANUARY["since"], JANUARY["until"])
    outcome, reason = by_title(report)[PAPER_TITLE]
    assert outcome == "refused" and reason.startswith(("not a valid URL", "bad port"))
    assert by_title(report)["Working Group Update November 2022"] == ("new", None)


def test_a_redirect_to_an_invalid_url_fails_with_its_reason(site, tmp_path, pdf):
    with pytest.raises(DownloadError, match="(?i)invalid url"):
        get(site, tmp_path, Served(pdf, status=302, validators=False, headers={"Location": "http://[::1"}))


def test_a_page_in_a_charset_that_makes_lone_surrogates_is_read(site, tmp_path):
    page = site.page("GetMeeting_9102.xml").replace(b"Working Group Update July 2024", b"Update \\ud800 July")
    site.pages["/mgwebservice.asmx/getmeeting"] = Served(page, "text/xml; charset=unicode_escape", validators=False)
    report = fetch_committee(Source(site_url=site.base, committee_id=519), SETTINGS, tmp_path / "raw",
                             JANUARY["since"], JANUARY["until"])
    assert by_title(report)["Update \ufffd July"] == ("new", None)


def test_the_body_on_the_wire_starts_after_the_final_header_block():
    assert header_end(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc") == 38
    assert header_end(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\nA: b\n\nabc") == 47
    assert header_end(b"HTTP/1.1 200 OK\r\nContent-Le") is None
    assert header_end(b"garbage\r\n\r\n") is None
