"""Polling a fake ModernGov site end to end, as plain Python: download, record, ingest, poll again, re-publish."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pytest

from badinputs import text_pdf
from conftest import query_rows
from fakesite import FakeModernGov
from pipeline.fetch.config import FetchSettings, Source
from pipeline.fetch.poll import PollSummary, fetch_committee, run_poll
from pipeline.status import warehouse_status

SETTINGS = FetchSettings(min_interval_seconds=0, backoff_seconds=0.01, max_bytes=2_000_000, timeout_seconds=5)
WINDOW = dict(since=dt.date(2026, 1, 1), until=dt.date(2026, 12, 31))
PACK = "/documents/g9101/Public reports pack 31st-Mar-2026 10.00 Kent Community Safety Partnership.pdf"


@dataclass
class Polls:
    site: FakeModernGov
    raw: Path
    warehouse: Path
    first: PollSummary
    second: PollSummary
    second_requests: list
    republished: PollSummary


def outcomes(summary: PollSummary) -> dict[str, tuple[str, str | None]]:
    [report] = summary.reports
    return {o.title: (o.outcome, o.reason) for o in report.outcomes}


def rows(warehouse: Path, sql: str, *params) -> list[tuple]:
    return query_rows(warehouse, sql, params)


@pytest.fixture(scope="module")
def polls(tmp_path_factory) -> Polls:
    """Three polls of one site: the first, an immediate second, and one after the pack is re-published."""
    tmp = tmp_path_factory.mktemp("poll")
    site = FakeModernGov(tmp / "site").start()
    raw, warehouse = tmp / "raw", tmp / "w.duckdb"
    source = [Source(site_url=site.base, committee_id=519)]
    try:
        first = run_poll(source, SETTINGS, str(raw), str(warehouse), **WINDOW)
        mark = len(site.requests)
        second = run_poll(source, SETTINGS, str(raw), str(warehouse), **WINDOW)
        second_requests = site.requests[mark:]
        reissued = text_pdf(tmp / "reissued.pdf", ["Kent Community Safety Partnership", "Agenda (re-issued)"])
        site.republish(PACK, reissued.read_bytes())
        republished = run_poll(source, SETTINGS, str(raw), str(warehouse), **WINDOW)
    finally:
        site.stop()
    return Polls(site, raw, warehouse, first, second, second_requests, republished)


def test_the_first_poll_downloads_the_public_papers_and_ingests_them(polls: Polls):
    assert outcomes(polls.first) == {
        "Public reports pack": ("new", None),  # behind mgChooseDocPack.aspx?ID=9101
        "Agenda frontsheet": ("new", None),
        "Supplement: Agenda Item B1 - Working Group Figures": ("new", None),
        "Printed minutes": ("new", None),
        "Printed decisions": ("new", None),
        "Meeting page 2026-03-31": ("new", None),  # the ieListDocuments.aspx page itself, kind meeting_page
        "Meeting page 2026-01-15": ("new", None),
        "KCSP Working Group Update & Community Safety Fund": ("new", None),
        "Working Group Update July 2024": ("new", None),
        "Working Group Update November 2022": ("new", None),  # after one 503: retried
        "../../../etc/Appendix F: moved": ("new", None),  # an on-site redirect is followed
        "Exempt appendix - grant recipients": ("skipped", "restricted (exempt) paper: not published"),
        "Appendix A - withdrawn": ("failed", "HTTP 404 Not Found"),
        "Appendix B - server error": ("failed", "HTTP 500 Internal Server Error"),
        "Appendix C - session expired": (
            "refused", "the server sent an HTML page in place of a PDF: an error or login page?"),
        "Appendix D - scanned maps": ("refused", "3000009 bytes declared, over the limit of 2000000"),
        "Appendix E - partner report": ("refused", "off-site link to partner.example.org: only 127.0.0.1 is fetched"),
    }
    ingest = polls.first.ingest
    assert ingest is not None and ingest.count("loaded") == 11 and ingest.ok
    assert not polls.first.ok  # the failures are reported, and nothing else was lost


def test_downloads_are_filed_by_site_committee_and_meeting_date_under_safe_names(polls: Polls):
    committee = polls.raw / polls.first.reports[0].site / "519"
    files = sorted(str(p.relative_to(committee)) for p in committee.rglob("*.pdf") if ".versions" not in p.parts)
    assert len(files) == 9 and {f.split("/")[0] for f in files} == {"2026-01-15", "2026-03-31"}
    [pack] = [f for f in files if "/Public-reports-pack_" in f]
    assert [p.name for p in committee.rglob(".versions/*")] == [Path(pack).stem + ".v1.pdf"]  # the old pack
    assert "2026-01-15/etc-Appendix-F-moved_" in " ".join(files)
    assert not list(polls.raw.rglob(".part-*"))
    with (committee / "manifest.csv").open() as handle:
        manifest = list(csv.DictReader(handle))
    pack = next(row for row in manifest if row["kind"] == "pack" and row["version"] == "1")
    assert pack["meeting_id"] == "9101" and pack["agenda_published"] == "True" and pack["etag"]
    assert len(pack["sha256"]) == 64 and pack["fetched_at"] and pack["content_type"] == "application/pdf"


def test_meetings_outside_the_window_are_never_read_though_the_site_lists_them(polls: Polls):
    assert polls.site.asked("/mgWebService.asmx/GetMeeting", lMeetingId="9101")
    assert not polls.site.asked("/mgWebService.asmx/GetMeeting", lMeetingId="9050")
    assert not polls.site.asked("/ieListDocuments.aspx", MId="9050")


def test_a_cancelled_meeting_is_flagged_and_nothing_of_it_is_downloaded(polls: Polls):
    """Issue 19: the list says " - CANCELLED" after the link; its page still links a frontsheet."""
    assert not [r for r in polls.site.requests if r.path.startswith("/documents/g9103/")]
    assert not [o for o in polls.first.reports[0].outcomes if o.meeting_id == 9103]


def test_the_meetings_are_recorded_with_their_metadata_and_the_cancelled_one(polls: Polls):
    meetings = rows(
        polls.warehouse,
        "SELECT meeting_id, date, time, venue, cancelled, agenda_published, json_array_length(items) "
        "FROM source_meetings ORDER BY date",
    )
    assert rows(polls.warehouse, "SELECT DISTINCT committee_title FROM source_meetings") == [("Kent Community Safety Partnership",)]
    assert meetings == [
        (9102, dt.date(2026, 1, 15), "14:00", "Council Chamber, Sessions House, County Hall, Maidstone", False, True, 2),
        (9101, dt.date(2026, 3, 31), "10:00", "Darent Room, Sessions House, County Hall, Maidstone", False, True, 3),
        (9103, dt.date(2026, 7, 14), "10:00", "Darent Room, Sessions House, County Hall, Maidstone", True, False, 0),
    ]


def test_a_second_poll_fetches_nothing_and_ingests_nothing(polls: Polls):
    assert {outcome for outcome, _ in outcomes(polls.second).values()} == {"unchanged", "skipped", "failed", "refused"}
    assert polls.second.ingest is None
    downloads = {r.path for r in polls.second_requests if r.path.startswith("/documents/") and r.status == 200}
    assert downloads == {"/documents/s50012/Appendix C.pdf", "/documents/s50013/Appendix D.pdf"}  # refused again
    assert not list(polls.raw.rglob("*Appendix-C*")) and not list(polls.raw.rglob("*Appendix-D*"))
    assert all("If-None-Match" in r.headers for r in polls.second_requests if r.status == 304)
    runs = rows(polls.warehouse, "SELECT count(*) FROM ingest_runs")
    assert runs == [(2,)]  # the first poll and the re-published pack: the second poll started none


def test_a_republished_pack_becomes_a_new_current_version_and_the_old_one_is_kept(polls: Polls):
    assert outcomes(polls.republished)["Public reports pack"][0] == "changed"
    assert polls.republished.ingest.count("loaded") == 1
    versions = rows(
        polls.warehouse,
        "SELECT f.version, f.is_current, d.status, f.path LIKE '%/.versions/%' FROM fetched_files f "
        "JOIN documents d ON d.id = f.sha256 WHERE f.kind = 'pack' ORDER BY f.version",
    )
    assert versions == [(1, False, "loaded", True), (2, True, "loaded", False)]
    current_file = rows(
        polls.warehouse,
        "SELECT count(*) FROM files f JOIN fetched_files v ON v.sha256 = f.document_id WHERE v.kind = 'pack' AND v.is_current",
    )
    assert current_file == [(1,)]  # the stable path now holds version 2: search follows it
    [changed] = warehouse_status(polls.warehouse)["fetched"]["changed"]
    assert changed["title"] == "Public reports pack" and changed["version"] == 2 and changed["previous_n_pages"] > changed["n_pages"]


def test_every_failure_of_the_last_poll_is_in_the_warehouse_with_its_reason(polls: Polls):
    problems = warehouse_status(polls.warehouse)["fetched"]["problems"]
    assert {(p["title"], p["outcome"]) for p in problems} == {
        ("Appendix A - withdrawn", "failed"), ("Appendix B - server error", "failed"),
        ("Appendix C - session expired", "refused"), ("Appendix D - scanned maps", "refused"),
        ("Appendix E - partner report", "refused"),
    }
    assert all(p["reason"] for p in problems)


def test_without_the_web_service_the_html_pages_give_the_same_documents(polls: Polls, tmp_path: Path):
    """Also issue 19: meeting 9102 is on the "Earlier meetings" page of the list, 9103 on the first."""
    site = FakeModernGov(tmp_path / "site").start()
    site.webservice = False
    try:
        report = fetch_committee(Source(site_url=site.base, committee_id=519), SETTINGS, tmp_path / "raw", **dict(
            start=WINDOW["since"], end=WINDOW["until"]))
    finally:
        site.stop()
    assert report.source == "html"
    lists = [sorted(r.query) for r in site.requests if r.path == "/ieListMeetings.aspx"]
    assert lists == [["CId"], ["Act", "CId", "D", "MD"], ["Act", "CId", "D", "MD"]]  # no Year=0; each page once
    assert [r.query["Act"] for r in site.requests if "Act" in r.query] == [["earlier"], ["later"]]
    assert {m.meeting_id: m.cancelled for m in report.meetings} == {9102: False, 9101: False, 9103: True}
    by_title = {o.title: o.outcome for o in report.outcomes}
    service_urls = {urlsplit(o.url)[2:4] for o in polls.first.reports[0].outcomes}
    page_urls = {urlsplit(o.url)[2:4] for o in report.outcomes if o.kind != "other"}
    assert page_urls == service_urls - {("/mgConvert2PDF.aspx", "ID=50009"), ("/mgConvert2PDF.aspx", "ID=50002")} | {
        ("/documents/s50002/Working%20Group%20Update%20July%202024.pdf", "")
    }  # the page links a login page for 50009, and 50002 under documents/s50002/
    assert by_title["Public reports pack"] == "new"
    assert by_title["Exempt appendix - grant recipients"] == "skipped"


def test_a_site_that_does_not_answer_costs_only_its_own_committee(polls: Polls, tmp_path: Path):
    site = FakeModernGov(tmp_path / "site").start()
    settings = SETTINGS.model_copy(update=dict(retries=0))
    try:
        summary = run_poll(
            [Source(site_url="http://127.0.0.1:1/", committee_id=519), Source(site_url=site.base, committee_id=519)],
            settings, str(tmp_path / "raw"), str(tmp_path / "w.duckdb"),
            since=dt.date(2026, 7, 1), until=dt.date(2026, 7, 31),
        )
    finally:
        site.stop()
    [(source, reason)] = summary.unavailable
    assert source.site_url == "http://127.0.0.1:1/" and "both failed" in reason
    assert [len(r.meetings) for r in summary.reports] == [1] and summary.ingest is None


def test_a_committee_whose_poll_or_record_fails_costs_only_itself(tmp_path: Path):
    """Issue 16: an error outside the fetcher's own (a bug, a warehouse that cannot be written)
    stopped the whole poll, and the committees after it were never polled."""
    sources = [Source(site_url=f"http://127.0.0.1:{port}/", committee_id=519) for port in (1, 2, 3)]
    polled = []

    def fetch(source, *args):
        polled.append(source.site_url)
        if source is sources[0]:
            raise KeyError("a bug")
        return source

    def record(warehouse, report):
        if report is sources[1]:
            raise duckdb.IOException("IO Error: No space left on device")
        return ["new.pdf"]

    summary = run_poll(sources, SETTINGS, str(tmp_path / "raw"), str(tmp_path / "w.duckdb"),
                       fetch=fetch, record=record, ingest=lambda files, warehouse: files)
    assert polled == [s.site_url for s in sources]
    assert [(source.site_url, reason) for source, reason in summary.unavailable] == [
        ("http://127.0.0.1:1/", "internal error: KeyError: 'a bug'"),
        ("http://127.0.0.1:2/", "fetched, but not recorded: IOException: IO Error: No space left on device"),
    ]
    assert summary.ingest == ["new.pdf"]


def test_the_same_paper_under_two_urls_is_stored_once_identity_is_the_content_hash(tmp_path: Path):
    """Issue 19: a site whose web service stops answering gives its papers under other URLs
    (documents/sN/... for mgConvert2PDF.aspx?ID=N): the bytes held already are not stored again."""
    site = FakeModernGov(tmp_path / "site").start()
    source = Source(site_url=site.base, committee_id=519)
    window = dict(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
    try:
        service = fetch_committee(source, SETTINGS, tmp_path / "raw", **window)
        site.webservice = False
        pages = fetch_committee(source, SETTINGS, tmp_path / "raw", **window)
    finally:
        site.stop()
    assert (service.source, pages.source) == ("webservice", "html")
    [moved] = [o for o in pages.outcomes if "/documents/s50002/" in o.url]
    [held] = [o for o in service.outcomes if o.url.endswith("mgConvert2PDF.aspx?ID=50002")]
    assert (moved.outcome, moved.reason) == ("unchanged", f"same bytes as {held.url}")
    assert moved.sha256 == held.sha256 and moved.path == held.path
    assert pages.count("new") == 0
    committee = Path(pages.committee_dir)
    stored = [p for p in committee.rglob("*.pdf") if ".versions" not in p.parts]
    assert len(stored) == len({o.sha256 for o in service.outcomes if o.outcome == "new" and o.kind != "meeting_page"})


def test_a_poll_of_the_html_pages_fetches_every_published_meeting_across_list_pages_and_a_second_fetches_nothing(
    tmp_path: Path,
):
    """Issue 19, done when 2: list pages (mgTableNextLnk), packs behind mgChooseDocPack, kinds, a cancelled
    meeting, nested tables, all in the real page shapes; then a second poll downloads nothing."""
    site = FakeModernGov(tmp_path / "site").start()
    site.webservice = False
    source = [Source(site_url=site.base, committee_id=519)]
    raw, warehouse = tmp_path / "raw", tmp_path / "w.duckdb"
    try:
        first = run_poll(source, SETTINGS, str(raw), str(warehouse), **WINDOW)
        mark = len(site.requests)
        second = run_poll(source, SETTINGS, str(raw), str(warehouse), **WINDOW)
        again = site.requests[mark:]
    finally:
        site.stop()
    [report] = first.reports
    assert report.source == "html" and {m.meeting_id: m.cancelled for m in report.meetings} == {9101: False, 9102: False, 9103: True}
    fetched = {(o.meeting_id, o.kind) for o in report.outcomes if o.outcome == "new"}
    assert fetched == {
        (9101, "frontsheet"), (9101, "pack"), (9101, "supplement"), (9101, "paper"),
        (9102, "minutes"), (9102, "decisions"), (9102, "paper"), (9101, "meeting_page"), (9102, "meeting_page"),
    }
    assert not [o for o in report.outcomes if o.meeting_id == 9103]
    assert first.ingest is not None and first.ingest.ok and first.ingest.count("loaded") == 11
    assert {o.outcome for o in second.reports[0].outcomes} <= {"unchanged", "skipped", "failed", "refused"}
    assert second.ingest is None
    downloaded = {r.path for r in again if r.path.startswith("/documents/") and r.status == 200}
    assert downloaded == {"/documents/s50012/Appendix C.pdf", "/documents/s50013/Appendix D.pdf"}  # refused again


def test_meeting_pages_are_ingested_and_their_items_and_attendance_reach_the_warehouse_with_provenance(polls: Polls):
    """Issue 19, done when 3: each meeting's ieListDocuments.aspx page is kept as a document of kind
    meeting_page, versioned like the PDFs, and read by ingest like any other document."""
    pages = rows(polls.warehouse, "SELECT meeting_id, site, committee_id, version, is_current FROM fetched_files "
                                  "WHERE kind = 'meeting_page' ORDER BY meeting_id")
    site = polls.first.reports[0].site
    assert pages == [(9101, site, 519, 1, True), (9102, site, 519, 1, True)]  # unchanged over three polls
    items = rows(
        polls.warehouse,
        "SELECT f.meeting_id, a.number, a.title, a.char_end > a.char_start FROM agenda_items a "
        "JOIN fetched_files f ON f.sha256 = a.document_id WHERE f.kind = 'meeting_page' ORDER BY 1, 2",
    )
    assert items == [
        (9101, "A1", "Introduction and Apologies", True),
        (9101, "B1", "KCSP Working Group Update & Community Safety Fund", True),
        (9101, "C1", "Exempt item: Community Safety Grant Recipients", True),
        (9102, "B1", "Community Safety Fund: Fees & Charges", True),
        (9102, "B2", "Appendices", True),
    ]
    attendance = rows(
        polls.warehouse,
        "SELECT f.meeting_id, a.name, a.attendance FROM attendance a "
        "JOIN fetched_files f ON f.sha256 = a.document_id WHERE f.kind = 'meeting_page'",
    )
    assert attendance == [(9101, "Councillor Ada Quill", "apologies")]
