"""A committee's meetings and documents from a ModernGov site: URLs, pure parsers, and the source that calls them.

The web service (``mgWebService.asmx``) comes first: ``GetMeetings`` lists a
committee's meetings, ``GetMeeting`` gives one meeting's items and linked
documents with their ``isrestricted`` flags. When it does not answer (many
councils block or disable it) the HTML pages give the same:
``ieListMeetings.aspx?CId=`` and ``ieListDocuments.aspx?CId=&MId=``. The
service does not list the meeting's own documents, so its meeting page is read
for them too: the frontsheet, printed minutes and decisions (``documents/g{N}/...?T=``),
and the reports pack and supplements behind ``mgChooseDocPack.aspx?ID=N(&SID=)``,
whose page is followed to the PDF(s).

Quirks handled here: sites that ignore the date window (filtered client-side),
titles escaped twice (``&amp;amp;``), document URLs given as http on https
sites, restricted papers that link to a login page, a meeting list paged by
"Earlier/Later meetings" links, " - CANCELLED" printed after a meeting's link.
The parsers are in ``moderngov_xml`` (web service) and ``moderngov_html`` (pages);
each meeting page read is kept (``pages``) for the poll to store as a document.
"""

from __future__ import annotations

import datetime as dt
import logging

from pipeline.fetch.download import SafeClient
from pipeline.fetch.errors import DownloadError, FetchError, MalformedResponse, SiteUnavailable
from pipeline.fetch.moderngov_html import (
    is_moderngov_page, list_pages, meeting_page_html, parse_doc_pack_html, parse_meeting_html, parse_meetings_html,
)
from pipeline.fetch.moderngov_urls import (
    in_window, is_doc_pack_page, meeting_page_url, meeting_service_url, meetings_page_url, meetings_service_url,
)
from pipeline.fetch.moderngov_xml import parse_meeting_xml, parse_meetings_xml
from schemas.fetch import MEETING_KINDS, LinkedDocument, ListingSource, MeetingDetail, MeetingRef

log = logging.getLogger(__name__)

MAX_LIST_PAGES = 25  # per direction: each page of the list shows about two years


class ModernGovSite:
    """One committee of one site, read through a ``SafeClient``."""

    def __init__(self, client: SafeClient, committee_id: int):
        self.client = client
        self.site_url = client.site_url
        self.committee_id = committee_id
        self.pages: dict[int, tuple[str, str]] = {}  # meeting id -> (URL, HTML) of each meeting page read

    def meetings(self, start: dt.date, end: dt.date) -> tuple[list[MeetingRef], ListingSource]:
        """Meetings in the window, from the web service or else the HTML list; SiteUnavailable when neither answers."""
        url = meetings_service_url(self.site_url, self.committee_id, start, end)
        try:
            return in_window(parse_meetings_xml(self.client.get_text(url)), start, end), "webservice"
        except (DownloadError, MalformedResponse) as error:
            log.warning("web service GetMeetings did not answer (%s); reading the HTML meeting list", error)
            service_error = error
        page = meetings_page_url(self.site_url, self.committee_id)
        try:
            text = self.client.get_text(page)
        except DownloadError as error:
            raise SiteUnavailable(
                f"{self.site_url}: committee {self.committee_id}: the web service ({service_error}) "
                f"and the meeting list page ({error}) both failed"
            ) from None
        return in_window(self._listed(page, text, start, end), start, end), "html"

    def _listed(self, page: str, text: str, start: dt.date, end: dt.date) -> list[MeetingRef]:
        """The meetings of the first list page, then of its "Earlier/Later meetings" pages
        (``mgTableNextLnk``) while a page still reaches into the window: the list shows about two years."""
        first = parse_meetings_html(text, page)
        refs = {r.meeting_id: r for r in first}
        links = list_pages(text, page, self.site_url)
        seen = {page}
        for direction in ("earlier", "later"):
            shown, url = first, links.get(direction)
            for _ in range(MAX_LIST_PAGES):
                dates = [r.date for r in shown]
                if not url or url in seen or not dates:
                    break
                if (min(dates) < start) if direction == "earlier" else (max(dates) > end):
                    break
                seen.add(url)
                try:
                    more = self.client.get_text(url)
                except DownloadError as error:
                    log.warning("meeting list page %s did not answer (%s): the list may miss meetings", url, error)
                    break
                shown = [r for r in parse_meetings_html(more, url) if r.meeting_id not in refs]
                refs.update((r.meeting_id, r) for r in shown)
                url = list_pages(more, url, self.site_url).get(direction)
        return list(refs.values())

    def meeting(self, ref: MeetingRef, source: ListingSource) -> MeetingDetail:
        """One meeting in full; raises a FetchError when neither the service nor its page answers."""
        page = meeting_page_url(self.site_url, self.committee_id, ref.meeting_id)
        detail = None
        if source == "webservice":
            url = meeting_service_url(self.site_url, ref.meeting_id)
            try:
                detail = parse_meeting_xml(self.client.get_text(url), url, self.site_url)
            except (DownloadError, MalformedResponse) as error:
                log.warning("GetMeeting %s did not answer (%s); reading its page", ref.meeting_id, error)
        if detail is None or not (detail.cancelled or any(d.kind == "pack" for d in detail.documents)):
            try:
                text = self.client.get_text(page)
                from_page = parse_meeting_html(text, page, self.site_url, ref)
                if is_moderngov_page(text):
                    self.pages[ref.meeting_id] = (page, meeting_page_html(text))
            except FetchError:
                if detail is None:
                    raise
                log.warning("meeting page %s did not answer: no public reports pack for meeting %s", page, ref.meeting_id)
            else:
                detail = from_page if detail is None else detail.model_copy(
                    update=dict(documents=[*detail.documents, *(d for d in from_page.documents if d.kind in MEETING_KINDS)],
                                venue=detail.venue or from_page.venue)
                )
        cancelled = detail.cancelled or ref.cancelled
        return detail.model_copy(
            update=dict(
                documents=detail.documents if cancelled else self._followed(detail.documents),
                committee_id=detail.committee_id or ref.committee_id or self.committee_id,
                committee_title=detail.committee_title or ref.committee_title,
                time=detail.time or ref.time,
                status=detail.status or ref.status,
                cancelled=cancelled,
            )
        )

    def _followed(self, documents: list[LinkedDocument]) -> list[LinkedDocument]:
        """Each ``mgChooseDocPack.aspx`` link replaced by the pack PDF(s) its page links, each URL once.

        A choose page that does not answer, or links no PDF, stays as it is: its download then
        fails or is refused (an HTML page in place of a PDF), and the poll records why.
        """
        followed: dict[str, LinkedDocument] = {}
        for document in documents:
            found = [document]
            if is_doc_pack_page(document.url) and not document.restricted:
                try:
                    text = self.client.get_text(document.url)
                except DownloadError as error:
                    log.warning("document pack page %s did not answer: %s", document.url, error)
                else:
                    found = parse_doc_pack_html(text, document.url, self.site_url, document) or found
            for one in found:
                followed.setdefault(one.url, one)
        return list(followed.values())
