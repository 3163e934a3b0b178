"""Parsing what a ModernGov site answers: pure functions on fixture strings shaped like the real service."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import FIXTURES
from pipeline.fetch.errors import MalformedResponse, UnsafeUrl
from pipeline.fetch.manifest import file_name, inside, safe_name, site_folder
from pipeline.fetch.moderngov_html import list_pages, parse_doc_pack_html, parse_meeting_html, parse_meetings_html
from pipeline.fetch.moderngov_urls import (
    clean_title, document_kind, in_window, meetings_page_url, meetings_service_url, normalise_url, parse_time,
)
from pipeline.fetch.moderngov_xml import parse_meeting_xml, parse_meetings_xml

PAGES = FIXTURES / "moderngov"
HTTP_SITE = "http://democracy.example.gov.uk/"
HTTPS_SITE = "https://democracy.example.gov.uk/"


def page(name: str, base: str = HTTP_SITE) -> str:
    return (PAGES / name).read_text(encoding="utf-8").replace("{BASE}", HTTP_SITE).replace(HTTP_SITE, base)


def test_the_meetings_list_url_uses_uk_dates():
    url = meetings_service_url(HTTPS_SITE, 519, dt.date(2026, 1, 5), dt.date(2026, 12, 31))
    assert url == (
        "https://democracy.example.gov.uk/mgWebService.asmx/GetMeetings"
        "?lCommitteeId=519&sFromDate=05%2F01%2F2026&sToDate=31%2F12%2F2026"
    )


def test_get_meetings_gives_every_meeting_and_the_window_is_applied_here():
    refs = parse_meetings_xml(page("GetMeetings.xml"))
    assert [(r.meeting_id, r.date, r.time, r.cancelled) for r in refs] == [
        (9050, dt.date(2022, 11, 17), "10:00", False),
        (9102, dt.date(2026, 1, 15), "14:00", False),
        (9101, dt.date(2026, 3, 31), "10:00", False),
        (9103, dt.date(2026, 7, 14), "10:00", True),
    ]
    kept = in_window(refs, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [r.meeting_id for r in kept] == [9102, 9101, 9103]


def test_get_meeting_undoes_double_escaping_keeps_flags_and_links_each_paper_once():
    meeting = parse_meeting_xml(page("GetMeeting_9101.xml"), HTTP_SITE, HTTP_SITE)
    assert (meeting.meeting_id, meeting.committee_id, meeting.date, meeting.time) == (9101, None, dt.date(2026, 3, 31), "10:00")
    assert meeting.venue == "Darent Room, Sessions House, County Hall, Maidstone"
    assert (meeting.agenda_published, meeting.minutes_published, meeting.cancelled) == (True, False, False)
    assert [(i.number, i.restricted, len(i.documents)) for i in meeting.items] == [("A1", False, 0), ("B1", False, 2), ("C1", True, 1)]
    documents = meeting.all_documents()
    assert [(d.title, d.kind, d.restricted, d.item_number) for d in documents] == [
        ("KCSP Working Group Update & Community Safety Fund", "paper", False, "B1"),
        ("Exempt appendix - grant recipients", "paper", True, "C1"),
    ]
    assert documents[0].url == "http://democracy.example.gov.uk/documents/s50001/KCSP%20Working%20Group%20Update.pdf"


def test_http_document_urls_are_upgraded_on_an_https_site_and_other_hosts_are_left_to_be_refused():
    meeting = parse_meeting_xml(page("GetMeeting_9102.xml"), HTTPS_SITE, HTTPS_SITE)
    urls = [d.url for d in meeting.all_documents()]
    assert "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=50002" in urls
    assert "http://partner.example.org/documents/s50014/Appendix%20E.pdf" in urls
    assert not any(url.startswith("http://democracy") for url in urls)
    assert normalise_url("documents/s1/A b.pdf", HTTPS_SITE, HTTPS_SITE) == normalise_url(
        "http://democracy.example.gov.uk/documents/s1/A%20b.pdf", HTTPS_SITE, HTTPS_SITE
    ) == "https://democracy.example.gov.uk/documents/s1/A%20b.pdf"


def test_a_cancelled_meeting_is_marked_cancelled():
    meeting = parse_meeting_xml(page("GetMeeting_9103.xml"), HTTP_SITE, HTTP_SITE)
    assert meeting.cancelled and meeting.status == "Cancelled" and meeting.items == []


def test_the_html_meeting_list_gives_the_same_meetings_as_the_service():
    from_pages = [
        ref for name in ("ieListMeetings.html", "ieListMeetings_earlier.html", "ieListMeetings_later.html")
        for ref in parse_meetings_html(page(name), HTTP_SITE + "ieListMeetings.aspx?CId=519")
    ]
    from_service = parse_meetings_xml(page("GetMeetings.xml"))
    assert sorted((r.meeting_id, r.date, r.time, r.cancelled) for r in from_pages) == sorted(
        (r.meeting_id, r.date, r.time, r.cancelled) for r in from_service
    )


def test_the_html_meeting_page_gives_the_pack_the_papers_and_the_restricted_login_link():
    url = HTTP_SITE + "ieListDocuments.aspx?CId=519&MId=9101"
    ref = parse_meetings_xml(page("GetMeetings.xml"))[2]
    meeting = parse_meeting_html(page("ieListDocuments_9101.html"), url, HTTP_SITE, ref)
    assert (meeting.date, meeting.time, meeting.venue) == (dt.date(2026, 3, 31), "10:00", "Darent Room, Sessions House, County Hall, Maidstone")
    assert [(d.kind, d.title) for d in meeting.documents] == [
        ("frontsheet", "Agenda frontsheet"), ("pack", "Agenda reports pack"),
        ("supplement", "Supplement: Agenda Item B1 - Working Group Figures"),
    ]
    assert meeting.documents[1].url == HTTP_SITE + "mgChooseDocPack.aspx?ID=9101"
    papers = [(d.item_number, d.title, d.kind, d.restricted) for item in meeting.items for d in item.documents]
    assert papers == [
        ("B1", "KCSP Working Group Update & Community Safety Fund", "paper", False),
        ("C1", "Exempt appendix - grant recipients", "other", True),
    ]
    service = parse_meeting_xml(page("GetMeeting_9101.xml"), HTTP_SITE, HTTP_SITE)
    assert meeting.items[1].documents[0].url == service.items[1].documents[0].url


def test_the_html_page_of_a_cancelled_meeting_says_so():
    ref = parse_meetings_xml(page("GetMeetings.xml"))[1].model_copy(update=dict(meeting_id=9103, date=dt.date(2026, 7, 14)))
    meeting = parse_meeting_html(page("ieListDocuments_9103.html"), HTTP_SITE, HTTP_SITE, ref)
    assert meeting.cancelled and meeting.status == "Cancelled"
    assert [d.kind for d in meeting.documents] == ["frontsheet"]  # listed, never fetched (see test_fetch_poll)


def test_xml_entities_are_never_resolved():
    hostile = (
        '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'
        "<getmeetings><meeting><meetingid>1</meetingid><meetingdate>&secret;</meetingdate></meeting></getmeetings>"
    )
    assert parse_meetings_xml(hostile) == []


@pytest.mark.parametrize("text", ["<html><body>Service Unavailable</body>", "not xml at all", "<other/>"])
def test_an_answer_that_is_not_the_service_xml_is_a_malformed_response(text: str):
    with pytest.raises(MalformedResponse):
        parse_meetings_xml(text)


@pytest.mark.parametrize(
    ("printed", "expected"), [("10:00", "10:00"), ("2.00 pm", "14:00"), ("12.30 pm", "12:30"), ("12.15 am", "00:15"), ("soon", None)]
)
def test_times_become_24_hour(printed: str, expected: str | None):
    assert parse_time(printed) == expected


def test_titles_lose_one_or_two_levels_of_escaping_and_nothing_else():
    assert clean_title("Fees &amp;amp; Charges") == "Fees & Charges"
    assert clean_title("Fees &amp; Charges") == "Fees & Charges"
    assert clean_title("  Plain   title ") == "Plain title"


def test_remote_names_never_become_paths():
    name = file_name("../../../etc/passwd: the .pdf", "http://x/documents/s1/a.pdf")
    assert "/" not in name and not name.startswith(".") and name.endswith(".pdf")
    assert name.startswith("etc-passwd-the_")
    assert safe_name("..") == "document" and safe_name("Café – report") == "Cafe-report"
    assert site_folder("https://democracy.kent.gov.uk/") == "democracy.kent.gov.uk"
    assert site_folder("http://127.0.0.1:8123/") == "127.0.0.1-8123"


def test_a_path_that_would_leave_the_committee_folder_is_refused(tmp_path):
    assert inside(tmp_path, "2026-01-15/a.pdf") == (tmp_path / "2026-01-15" / "a.pdf").resolve()
    for bad in ("../outside.pdf", "/etc/passwd", "2026-01-15/../../x.pdf"):
        with pytest.raises(UnsafeUrl):
            inside(tmp_path, bad)


def test_the_pack_behind_mgchoosedocpack_is_the_pdf_its_page_links():
    """Issue 19: the "Agenda reports pack" link is mgChooseDocPack.aspx?ID=N(&SID=), a page, not a PDF."""
    meeting = parse_meeting_html(page("ieListDocuments_9101.html"), HTTP_SITE, HTTP_SITE, parse_meetings_xml(page("GetMeetings.xml"))[2])
    chosen, supplement = meeting.documents[1:]
    [pack] = parse_doc_pack_html(page("mgChooseDocPack_9101.html"), chosen.url, HTTP_SITE, chosen)
    assert (pack.kind, pack.title) == ("pack", "Public reports pack")
    assert pack.url.startswith(HTTP_SITE + "documents/g9101/Public%20reports%20pack%2031st-Mar-2026") and pack.url.endswith("?T=10")
    [extra] = parse_doc_pack_html(page("mgChooseDocPack_9101_23001.html"), supplement.url, HTTP_SITE, supplement)
    assert extra.kind == "supplement" and "/documents/b23001/" in extra.url
    assert parse_doc_pack_html("<html><body><a href='ieListDocuments.aspx?MId=1'>Back</a></body></html>", chosen.url, HTTP_SITE, chosen) == []


@pytest.mark.parametrize(
    ("href", "kind"),
    [
        ("documents/g10/Public reports pack.pdf?T=10", "pack"),
        ("documents/g10/Agenda frontsheet.pdf?T=0", "frontsheet"),
        ("documents/g10/Printed minutes.pdf?T=1", "minutes"),
        ("documents/g10/Decisions.pdf?T=2", "decisions"),
        ("documents/g10/Public reports pack.pdf", "pack"),
        ("documents/b77/Supplement.pdf?T=9", "supplement"),
        ("mgChooseDocPack.aspx?ID=10", "pack"),
        ("mgChooseDocPack.aspx?ID=10&SID=77", "supplement"),
        ("mgConvert2PDF.aspx?ID=10&T=0", "frontsheet"),  # an older template's meeting documents
        ("mgConvert2PDF.aspx?ID=10&T=10", "pack"),
        ("mgConvert2PDF.aspx?ID=60001", "paper"),
        ("documents/s60001/Report.pdf", "paper"),
        ("mgIssueHistoryHome.aspx?IId=1", "other"),
    ],
)
def test_document_kinds_frontsheet_pack_supplement_minutes_decisions_come_from_the_url_and_its_t(href: str, kind: str):
    assert document_kind(normalise_url(href, HTTPS_SITE, HTTPS_SITE)) == kind


def test_nested_tables_inside_an_item_add_no_items_and_titles_lose_the_file_size_span():
    """Issue 19: a recorded-vote table inside an item gave bogus items, and titles kept "PDF 78 KB"."""
    ref = parse_meetings_xml(page("GetMeetings.xml"))[2]
    meeting = parse_meeting_html(page("ieListDocuments_9101.html"), HTTP_SITE, HTTP_SITE, ref)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("A1", "Introduction and Apologies"),
        ("B1", "KCSP Working Group Update & Community Safety Fund"),
        ("C1", "Exempt item: Community Safety Grant Recipients"),
    ]
    titles = [d.title for d in meeting.all_documents()]
    assert not any("KB" in t or "MB" in t or ", item" in t for t in titles), titles


def test_cancelled_after_the_link_in_the_meeting_list_flags_the_meeting():
    """Issue 19: the list prints " - CANCELLED" after the meeting's link, not inside it."""
    refs = {r.meeting_id: r for r in parse_meetings_html(page("ieListMeetings.html"), HTTP_SITE + "ieListMeetings.aspx?CId=519")}
    assert refs[9103].cancelled and refs[9103].status == "Cancelled"
    assert not refs[9101].cancelled and (refs[9101].date, refs[9101].time) == (dt.date(2026, 3, 31), "10:00")


@pytest.mark.parametrize(
    "paragraph",
    [
        '<p><span  class="mgLabel" >Venue: </span>Hall One, Civic Centre. <a  href="mgLocationDetails.aspx?RID=1"> View directions</a></p>',
        '<p><span  class="mgLabel" >Proposed venue: </span>Hall One, Civic Centre</p>',
        '<p><span class="mgLabel">Venue: </span>Hall One, Civic Centre <a href="http://maps.example.org/x">View directions</a></p>',
    ],
)
def test_the_venue_follows_venue_or_proposed_venue_without_view_directions(paragraph: str):
    ref = parse_meetings_xml(page("GetMeetings.xml"))[2]
    text = f'<html><body><div id="modgov"><div class="mgContent">{paragraph}</div></div></body></html>'
    assert parse_meeting_html(text, HTTP_SITE, HTTP_SITE, ref).venue == "Hall One, Civic Centre"


def test_printed_item_numbers_come_from_fulldisplaynumberformat_then_minutesitemnumber():
    """Issue 19: agendaitemnumber is the site's internal order (5, 9), not the number printed on the agenda."""
    meeting = parse_meeting_xml(page("GetMeeting_9102.xml"), HTTP_SITE, HTTP_SITE)
    assert [i.number for i in meeting.items] == ["B1", "B2"]  # B2: fulldisplaynumberformat is empty
    assert {d.item_number for d in meeting.all_documents()} == {"B1", "B2"}


def test_the_committee_title_comes_from_the_getmeetings_context_and_getmeeting_names_none():
    """Issue 19: GetMeeting has no committeeid or committeetitle of its own: GetMeetings nests the meetings
    under their committee; GetMeeting's linked documents name it too."""
    refs = parse_meetings_xml(page("GetMeetings.xml"))
    assert {(r.committee_id, r.committee_title) for r in refs} == {(519, "Kent Community Safety Partnership")}
    meeting = parse_meeting_xml(page("GetMeeting_9101.xml"), HTTP_SITE, HTTP_SITE)
    assert meeting.committee_title == "Kent Community Safety Partnership"
    assert parse_meeting_xml(page("GetMeeting_9103.xml"), HTTP_SITE, HTTP_SITE).committee_title is None


def test_the_web_service_fixtures_have_the_real_shape_and_no_invented_wrappers():
    """The fixtures follow real answers: GetMeetings nests meetings in committee/committeemeetings (no
    <meetings> wrapper); GetMeeting's root is <meeting>, with no committeeid; no pack under documents/g."""
    from lxml import etree

    listing = etree.fromstring(page("GetMeetings.xml").encode())
    assert [e.tag for e in listing] == ["meetingscount", "committeescount", "committee"]
    assert not listing.findall(".//meetings") and len(listing.findall("committee/committeemeetings/meeting")) == 4
    for name in ("GetMeeting_9101.xml", "GetMeeting_9102.xml", "GetMeeting_9103.xml"):
        one = etree.fromstring(page(name).encode())
        assert one.tag == "meeting" and one.find("committeeid") is None and one.find("committeetitle") is None
        assert "/documents/g" not in page(name)
        assert all(i.find("fulldisplaynumberformat") is not None for i in one.iter("agendaitem"))


def test_the_meeting_list_links_its_earlier_and_later_pages_and_meetingid_links_are_meetings():
    """Issue 19: the list shows about two years, with "Earlier/Later meetings" links (mgTableNextLnk);
    some sites link a meeting as MeetingId= rather than MId=."""
    url = HTTP_SITE + "ieListMeetings.aspx?CId=519"
    pages = list_pages(page("ieListMeetings.html"), url, HTTP_SITE)
    assert pages == {
        "earlier": HTTP_SITE + "ieListMeetings.aspx?Act=earlier&CId=519&D=202603311000&MD=ielistmeetings",
        "later": HTTP_SITE + "ieListMeetings.aspx?Act=later&CId=519&D=202607141000&MD=ielistmeetings",
    }
    assert "?Year=" not in meetings_page_url(HTTP_SITE, 519) and "&Year=" not in meetings_page_url(HTTP_SITE, 519)
    older = parse_meetings_html(page("ieListMeetings_earlier.html"), pages["earlier"])
    assert [(r.meeting_id, r.date) for r in older] == [(9102, dt.date(2026, 1, 15)), (9050, dt.date(2022, 11, 17))]
    assert parse_meetings_html(page("ieListMeetings_later.html"), pages["later"]) == []


def test_an_older_template_links_its_frontsheet_and_pack_as_mgconvert2pdf_with_t():
    """A third council template (older ModernGov): absolute http links, the frontsheet and the reports pack as
    mgConvert2PDF.aspx?ID={MId}&T=0 / &T=10, no mgChooseDocPack page, and "View directions" after the venue."""
    text = """<div class="mgLinks">
<ul class="mgActionList">
\t\t<li><a href="http://democracy.example.gov.uk/mgMeetingAttendance.aspx?ID=4411" class="external">Attendance details</a></li>
\t\t\t<li>
<a href="http://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=4411&amp;T=0" class="external" title="Link to agenda frontsheet pdf file">Agenda frontsheet
\t\t\t<span class="mgFileSize"> PDF 61 KB</span> </a>
\t\t\t</li>
\t\t\t\t<li><a href="http://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=4411&amp;T=10" class="external" title="Link to agenda reports document pack pdf file">Agenda reports pack
<span class="mgFileSize"> PDF 812 KB</span> </a></li>
</ul>
</div><div class="mgContent">
\t\t\t\t\t\t<p><span class="mgLabel">Venue: </span>Assembly Room - Civic Offices, Market Row. <a href="http://democracy.example.gov.uk/mgLocationDetails.aspx?RID=3" class="external" title="Link to directions"> View directions</a></p>
</div>"""
    ref = parse_meetings_xml(page("GetMeetings.xml"))[2]
    meeting = parse_meeting_html(text, HTTPS_SITE + "ieListDocuments.aspx?CId=7&MId=4411", HTTPS_SITE, ref)
    assert [(d.kind, d.title, d.url) for d in meeting.documents] == [
        ("frontsheet", "Agenda frontsheet", HTTPS_SITE + "mgConvert2PDF.aspx?ID=4411&T=0"),
        ("pack", "Agenda reports pack", HTTPS_SITE + "mgConvert2PDF.aspx?ID=4411&T=10"),
    ]
    assert meeting.venue == "Assembly Room - Civic Offices, Market Row"


def test_only_a_moderngov_page_is_kept_as_the_meeting_page():
    """Found by the fetch fuzzer: an empty or error answer for ieListDocuments.aspx was kept as the meeting page."""
    from pipeline.fetch.moderngov_html import is_moderngov_page

    assert is_moderngov_page(page("ieListDocuments_9101.html")) and is_moderngov_page(page("ieListDocuments_9103.html"))
    for text in ("", "<html><body>Server Error in '/' Application.</body></html>", "%PDF-1.4"):
        assert not is_moderngov_page(text)


def test_the_meeting_page_is_kept_without_the_sites_navigation_head_and_scripts():
    """A date stamp in the head or a script that changes on every poll must not make a new version of the page."""
    from pipeline.fetch.moderngov_html import meeting_page_html

    kept = meeting_page_html(page("ieListDocuments_9101.html"))
    stamped = page("ieListDocuments_9101.html").replace(
        "<head>", '<head><meta name="DC.date" scheme="W3CDTF"  content="2026-12-04"/><script>var t = 81;</script>'
    ).replace('<div id="modgov">', '<nav><a href="mgWhatsNew.aspx">What\'s New</a></nav><div id="modgov"><script>var s = 2;</script>')
    assert meeting_page_html(stamped) == kept
    assert "<script" not in kept and "Agenda for Kent Community Safety Partnership" in kept and 'id="modgov"' in kept
    assert "Introduction and Apologies" in kept and "mgChooseDocPack.aspx?ID=9101" in kept


def test_the_meeting_page_names_its_committee_before_the_day_in_its_subtitle():
    ref = parse_meetings_xml(page("GetMeetings.xml"))[2].model_copy(update=dict(committee_title=None))
    meeting = parse_meeting_html(page("ieListDocuments_9101.html"), HTTP_SITE, HTTP_SITE, ref)
    assert meeting.committee_title == "Kent Community Safety Partnership"
    text = '<div id="modgov"><h2 class="mgSubTitleTxt">Planning Sub-Committee - East Area</h2></div>'
    assert parse_meeting_html(text, HTTP_SITE, HTTP_SITE, ref).committee_title is None  # no day: not guessed
