"""Generated HTTP answers against the fetcher through the fake site: a poll never raises, every document
ends recorded, and the poll ends within its deadline.

Each example replaces one to three of the site's answers (the web service, the HTML pages, the papers)
with a generated one: any status from 100 to 599, a 304 without a validator, honest, short, long or
missing Content-Length, bodies of random bytes, cut or padded PDFs and mangled pages, dripped slowly.
``PAPERS_FUZZ_EXAMPLES=2000 pytest tests/test_fetch_fuzz.py`` runs a long campaign.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from fakesite import FakeModernGov, Served
from pipeline.fetch.config import FetchSettings, Source
from pipeline.fetch.poll import record_fetch, run_poll

EXAMPLES = int(os.environ.get("PAPERS_FUZZ_EXAMPLES", "20"))
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
DEADLINE = 0.6
SETTINGS = FetchSettings(min_interval_seconds=0, backoff_seconds=0.01, retries=1, max_bytes=400_000,
                         timeout_seconds=2, max_seconds=DEADLINE)
JANUARY = dict(since=dt.date(2026, 1, 1), until=dt.date(2026, 1, 31))
PDF = (SAMPLES / "001_fd20779843a3d887.pdf").read_bytes()
TARGETS = [
    "/mgwebservice.asmx/getmeetings", "/mgwebservice.asmx/getmeeting", "/ielistmeetings.aspx",
    "/ielistdocuments.aspx", "/mgconvert2pdf.aspx", "/documents/s50016/busy server paper.pdf",
]
RECORDED = {"new", "changed", "unchanged", "skipped", "refused", "failed"}
HOSTILE_URLS = [
    "http://[::1", "//[", "http://127.0.0.1:99999/x.pdf", "https://127.0.0.1:abc/x.pdf", "javascript:alert(1)",
    "http://u:p@127.0.0.1/x.pdf", "file:///etc/passwd", "\t/documents/s1/x.pdf", "", "/documents/s50016/",
    "http://elsewhere.example/x.pdf", "/ielistmeetings.aspx?CId=519", "/%00/x.pdf", "/" + "a" * 3000,
]
hostile_url = st.one_of(st.sampled_from(HOSTILE_URLS), st.text(max_size=40))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    fake = FakeModernGov(tmp_path_factory.mktemp("fuzzsite")).start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzzwarehouse") / "w.duckdb"


def record_only(warehouse: str, report) -> list[str]:
    """Record the poll in the warehouse and ingest nothing."""
    record_fetch(warehouse, report)
    return []


def recorded(warehouse: Path, run_id: str) -> int:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM fetch_outcomes WHERE run_id = ?", [run_id]).fetchone()[0]
    finally:
        con.close()


def _pages(site: FakeModernGov) -> list[bytes]:
    return [site.page(name) for name in ("GetMeetings.xml", "GetMeeting_9102.xml", "ieListMeetings.html",
                                         "ieListDocuments_9102.html")]


@st.composite
def bodies(draw, pages: list[bytes]) -> bytes:
    kind = draw(st.sampled_from(["random", "pdf", "cut-pdf", "junk-pdf", "page", "mangled-page", "html-pdf", "empty",
                                 "hostile-link"]))
    if kind == "random":
        return draw(st.binary(max_size=3000))
    if kind == "pdf":
        return PDF
    if kind == "cut-pdf":
        return PDF[: draw(st.integers(0, len(PDF)))]
    if kind == "junk-pdf":
        return draw(st.binary(max_size=40)) + PDF + draw(st.binary(max_size=40))
    page = draw(st.sampled_from(pages))
    if kind == "page":
        return page
    if kind == "hostile-link":
        href = html.escape(draw(hostile_url)).encode("utf-8")
        return re.sub(rb'(<url>|href=")[^<"]*mgConvert2PDF\.aspx\?ID=50002', lambda m: m.group(1) + href, page)
    if kind == "mangled-page":
        start = draw(st.integers(0, len(page)))
        end = draw(st.integers(start, min(len(page), start + 200)))
        return page[:start] + draw(st.binary(max_size=200)) + page[end:]
    if kind == "html-pdf":
        return b"<html><body>Sign in %PDF-1.4\n</body></html>\n" + PDF[-200:]
    return b""


def _header(value: str) -> str:
    return "".join(c for c in value if " " <= c <= "~" or c == "\t")


@st.composite
def answers(draw, pages: list[bytes]) -> Served:
    body = draw(bodies(pages))
    redirect = draw(st.booleans()) and draw(st.integers(0, 4)) == 0
    extra = {"Location": _header(draw(hostile_url))} if redirect else {}
    slow = draw(st.booleans()) and draw(st.integers(0, 3)) == 0
    return Served(
        body,
        content_type=draw(st.sampled_from(["application/pdf", "text/html", "text/xml; charset=utf-8", "",
                                           "application/octet-stream", "text/xml; charset=rot13", "image/png"])),
        status=draw(st.sampled_from([301, 302, 303, 307, 308])) if redirect else draw(
            st.one_of(st.just(200), st.just(304), st.integers(100, 599))),
        validators=draw(st.booleans()),
        redirect=draw(st.sampled_from([None] * 6 + ["/documents/s50016/Busy server paper.pdf",
                                                    "http://elsewhere.example/x.pdf", "/ielistmeetings.aspx"])),
        length=draw(st.booleans()) or draw(st.booleans()),
        declared_length=draw(st.one_of(st.none(), st.integers(0, len(body) + 100))),
        headers=draw(st.sampled_from([{}, {}, {"Content-Encoding": "gzip"}, {"Transfer-Encoding": "chunked"},
                                      {"Retry-After": "0"}, {"Retry-After": "99999"}, {"Content-Encoding": "br"}]))
        | extra,
        drip=draw(st.floats(0.05, 0.3)) if slow else 0.0,
        slice=draw(st.integers(1, 400)) if slow else 0,
        drip_head=slow and draw(st.booleans()),
    )


@FUZZ
@given(data=st.data())
def test_generated_answers_never_stop_a_poll_and_every_document_is_recorded(site: FakeModernGov, warehouse: Path, data):
    answers_by_path = data.draw(st.dictionaries(st.sampled_from(TARGETS), answers(_pages(site)), min_size=1, max_size=3))
    raw = Path(tempfile.mkdtemp(prefix="fetch-fuzz-"))
    site.pages.clear()
    site.pages.update(answers_by_path)
    mark = len(site.requests)
    started = time.monotonic()
    try:
        summary = run_poll([Source(site_url=site.base, committee_id=519)], SETTINGS, str(raw), str(warehouse),
                           record=record_only, **JANUARY)
        elapsed = time.monotonic() - started
        requests = len(site.requests) - mark
        assert elapsed < (requests + 2) * (DEADLINE + 0.3) + 2, (elapsed, requests)
        assert len(summary.reports) + len(summary.unavailable) == 1
        for _, reason in summary.unavailable:
            event("committee unavailable")
            assert reason and "\n" not in reason
        for report in summary.reports:
            assert recorded(warehouse, report.run_id) == len(report.outcomes)
            by_url = {o.url: o for o in report.outcomes}
            assert len(by_url) == len(report.outcomes)
            for meeting in report.meetings:
                if not meeting.cancelled:  # a cancelled meeting's documents are not fetched (issue 19)
                    assert {d.url for d in meeting.all_documents()} <= set(by_url)
            for outcome in report.outcomes:
                event(f"{outcome.outcome}: {re.sub(r'[0-9]+', 'N', outcome.reason or '')[:50]}")
                assert outcome.outcome in RECORDED
                if outcome.outcome in ("refused", "failed", "skipped"):
                    assert outcome.reason and "\n" not in outcome.reason
                if outcome.outcome in ("new", "changed") and outcome.kind != "meeting_page":
                    assert Path(outcome.path).read_bytes().lstrip()[:1024].find(b"%PDF-") >= 0
                elif outcome.outcome in ("new", "changed"):  # the meeting's page, kept as it was read
                    assert Path(outcome.path).suffix == ".html" and Path(outcome.path).stat().st_size > 0
        assert not list(raw.rglob(".part-*"))
    finally:
        site.pages.clear()
        shutil.rmtree(raw, ignore_errors=True)
