"""A committee's meetings and documents from a ModernGov site: URLs, pure parsers, and the source that calls them.

The web service (``mgWebService.asmx``) comes first: ``GetMeetings`` lists a
committee's meetings, ``GetMeeting`` gives one meeting's items and linked
documents with their ``isrestricted`` flags. When it does not answer (many
councils block or disable it) the HTML pages give the same:
``ieListMeetings.aspx?CId=`` and ``ieListDocuments.aspx?CId=&MId=``. The
service does not list the public reports pack, so its meeting page is read
for ``documents/g{MId}/`` links too.

Quirks handled here: sites that ignore the date window (filtered client-side),
titles escaped twice (``&amp;amp;``), document URLs given as http on https
sites, restricted papers that link to a login page.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from urllib.parse import quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

from bs4 import BeautifulSoup
from lxml import etree

from pipeline.fetch.download import SafeClient
from pipeline.fetch.errors import DownloadError, FetchError, MalformedResponse, SiteUnavailable
from schemas.fetch import AgendaItemInfo, DocumentKind, LinkedDocument, ListingSource, MeetingDetail, MeetingRef

log = logging.getLogger(__name__)

_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_UK_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORD_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_TIME = re.compile(r"\b(\d{1,2})[.:](\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?", re.IGNORECASE)
_CANCELLED = re.compile(r"\bcancell?ed\b", re.IGNORECASE)
_LOGIN = re.compile(r"(?:mglogin|ielogon|login|logon|signin)[^/]*$", re.IGNORECASE)
_MEETING_LINK = re.compile(r"ieListDocuments\.aspx\?.*\bMId=([0-9]{1,9})(?![0-9])", re.IGNORECASE)
_ID = re.compile(r"[0-9]{1,9}")
# XML from the service: no DTDs, no entities, no network, whatever the site sends.
_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False)


def uk_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def meetings_service_url(site_url: str, committee_id: int, start: dt.date, end: dt.date) -> str:
    query = urlencode({"lCommitteeId": committee_id, "sFromDate": uk_date(start), "sToDate": uk_date(end)})
    return f"{site_url}mgWebService.asmx/GetMeetings?{query}"


def meeting_service_url(site_url: str, meeting_id: int) -> str:
    return f"{site_url}mgWebService.asmx/GetMeeting?lMeetingId={meeting_id}"


def meetings_page_url(site_url: str, committee_id: int) -> str:
    return f"{site_url}ieListMeetings.aspx?CId={committee_id}&Year=0"


def meeting_page_url(site_url: str, committee_id: int, meeting_id: int) -> str:
    return f"{site_url}ieListDocuments.aspx?CId={committee_id}&MId={meeting_id}"


def clean_title(text: str | None) -> str:
    """Whitespace collapsed and HTML escapes undone: the service escapes titles twice (``&amp;amp;``)."""
    value = " ".join((text or "").split())
    for _ in range(2):
        unescaped = html.unescape(value)
        if unescaped == value:
            break
        value = unescaped
    return value


def normalise_url(href: str, base: str, site_url: str) -> str:
    """``href`` made absolute against ``base``, its path percent-encoded once, http upgraded to https
    when the site is https and the host is the site's. Other hosts are kept as given, to be refused."""
    try:
        parts = urlsplit(urljoin(base, href.strip()))
        site = urlsplit(site_url)
        scheme = parts.scheme.lower()
        netloc = parts.netloc.lower()
        if scheme == "http" and site.scheme == "https" and parts.hostname == site.hostname and parts.port in (None, 80):
            scheme, netloc = "https", site.netloc.lower()
    except ValueError:
        return href.strip()  # an invalid URL is kept as given, for the download to refuse and record
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~")
    return urlunsplit((scheme, netloc, path, parts.query, ""))


def document_kind(url: str) -> DocumentKind:
    path = _path(url).lower()
    if re.search(r"/documents/g\d+/", path):
        return "pack"
    if re.search(r"/documents/s\d+/", path) or path.endswith("/mgconvert2pdf.aspx"):
        return "paper"
    return "other"


def is_login_url(url: str) -> bool:
    return bool(_LOGIN.search(_path(url)))


def _path(url: str) -> str:
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def parse_date(text: str | None) -> dt.date | None:
    """dd/mm/yyyy (the service), yyyy-mm-dd, or '31st March, 2026' (the pages)."""
    text = text or ""
    try:
        if match := _UK_DATE.search(text):
            day, month, year = map(int, match.groups())
            return dt.date(year, month, day)
        if match := _ISO_DATE.search(text):
            return dt.date(*map(int, match.groups()))
        if match := _WORD_DATE.search(text):
            month = _MONTHS.get(match.group(2)[:3].lower())
            if month:
                return dt.date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None
    return None


def parse_time(text: str | None) -> str | None:
    """'10:00', '10.00 am', '2.30 pm', '14:00:00' -> 'HH:MM' (24-hour)."""
    match = _TIME.search(text or "")
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    meridian = (match.group(3) or "").replace(".", "").lower()
    if meridian == "pm" and hour < 12:
        hour += 12
    elif meridian == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _flag(text: str | None) -> bool | None:
    value = (text or "").strip().lower()
    if value in ("true", "1", "yes"):
        return True
    if value in ("false", "0", "no"):
        return False
    return None


def _xml_root(text: str) -> etree._Element:
    try:
        return etree.fromstring(text.strip().encode("utf-8"), parser=_XML)
    except etree.XMLSyntaxError as error:
        raise MalformedResponse(f"not XML: {error}") from None


def _child_text(element: etree._Element, *names: str) -> str | None:
    for child in element:
        if isinstance(child.tag, str) and child.tag.lower() in names:
            return child.text
    return None


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if isinstance(child.tag, str) and child.tag.lower() == name]


def _elements(root: etree._Element, name: str) -> list[etree._Element]:
    return [e for e in root.iter() if isinstance(e.tag, str) and e.tag.lower() == name]


def parse_meetings_xml(text: str) -> list[MeetingRef]:
    """``GetMeetings``: every ``<meeting>`` with an id and a readable date (others are skipped)."""
    root = _xml_root(text)
    if root.tag.lower() not in ("getmeetings", "getmeetingsbydate", "meetings", "getallmeetingsbydate"):
        raise MalformedResponse(f"not a GetMeetings answer: root element <{root.tag}>")
    refs = []
    for meeting in _elements(root, "meeting"):
        meeting_id = (_child_text(meeting, "meetingid") or "").strip()
        date = parse_date(_child_text(meeting, "meetingdate"))
        if not _ID.fullmatch(meeting_id) or date is None:
            log.warning("skipping a meeting without an id or a readable date: id %r", meeting_id)
            continue
        status = clean_title(_child_text(meeting, "meetingstatus")) or None
        refs.append(
            MeetingRef(
                meeting_id=int(meeting_id), date=date,
                time=parse_time(_child_text(meeting, "meetingtime")) or parse_time(_child_text(meeting, "meetingdate")),
                status=status, cancelled=bool(status and _CANCELLED.search(status)),
            )
        )
    return refs


def _linked_documents(
    container: etree._Element, page_url: str, site_url: str, item: tuple[str | None, str | None, bool] = (None, None, False)
) -> list[LinkedDocument]:
    number, title, item_restricted = item
    documents = []
    for block in _children(container, "linkeddocuments"):
        for doc in _children(block, "linkeddoc"):
            href = (_child_text(doc, "url") or "").strip()
            if not href:
                continue
            url = normalise_url(href, page_url, site_url)
            documents.append(
                LinkedDocument(
                    title=clean_title(_child_text(doc, "title")) or url.rsplit("/", 1)[-1],
                    url=url, kind=document_kind(url),
                    restricted=bool(_flag(_child_text(doc, "isrestricted"))) or item_restricted or is_login_url(url),
                    item_number=number, item_title=title,
                )
            )
    return documents


def parse_meeting_xml(text: str, page_url: str, site_url: str) -> MeetingDetail:
    """``GetMeeting``: metadata, agenda items and each item's linked documents."""
    root = _xml_root(text)
    meeting = root if root.tag.lower() == "meeting" else next(iter(_elements(root, "meeting")), None)
    if meeting is None:
        raise MalformedResponse(f"not a GetMeeting answer: no <meeting> in <{root.tag}>")
    meeting_id = (_child_text(meeting, "meetingid") or "").strip()
    date = parse_date(_child_text(meeting, "meetingdate"))
    if not _ID.fullmatch(meeting_id) or date is None:
        raise MalformedResponse("a GetMeeting answer without a meeting id or a readable date")
    items = []
    for block in _children(meeting, "agendaitems"):
        for element in _children(block, "agendaitem"):
            number = clean_title(_child_text(element, "agendaitemnumber", "agendaitemref", "itemnumber")) or None
            title = clean_title(_child_text(element, "agendaitemtitle", "title"))
            restricted = bool(_flag(_child_text(element, "agendaitemisrestricted", "isrestricted")))
            documents = _linked_documents(element, page_url, site_url, (number, title, restricted))
            items.append(AgendaItemInfo(number=number, title=title, restricted=restricted, documents=documents))
    committee = (_child_text(meeting, "committeeid") or "").strip()
    status = clean_title(_child_text(meeting, "meetingstatus")) or None
    return MeetingDetail(
        meeting_id=int(meeting_id),
        committee_id=int(committee) if _ID.fullmatch(committee) else None,
        committee_title=clean_title(_child_text(meeting, "committeetitle", "committeename")) or None,
        date=date,
        time=parse_time(_child_text(meeting, "meetingtime")),
        venue=clean_title(_child_text(meeting, "meetinglocation", "meetingvenue", "venue", "location")) or None,
        status=status,
        cancelled=bool(status and _CANCELLED.search(status)),
        agenda_published=_flag(_child_text(meeting, "agendapublished")),
        minutes_published=_flag(_child_text(meeting, "minutepublished", "minutespublished")),
        items=items,
        documents=_linked_documents(meeting, page_url, site_url),
    )


def _soup(text: str) -> BeautifulSoup:
    return BeautifulSoup(text, "lxml")


def parse_meetings_html(text: str, page_url: str) -> list[MeetingRef]:
    """``ieListMeetings.aspx``: one link per meeting to ``ieListDocuments.aspx?...MId=``, its text the date."""
    refs: dict[int, MeetingRef] = {}
    for link in _soup(text).find_all("a", href=True):
        match = _MEETING_LINK.search(link["href"])
        label = " ".join(link.get_text(" ").split())
        date = parse_date(label)
        if not match or date is None:
            continue
        cancelled = bool(_CANCELLED.search(label))
        refs.setdefault(
            int(match.group(1)),
            MeetingRef(meeting_id=int(match.group(1)), date=date, time=parse_time(label.split(str(date.year), 1)[-1]),
                       status="Cancelled" if cancelled else None, cancelled=cancelled),
        )
    return list(refs.values())


def _link_title(link) -> str:
    for extra in link.find_all("span"):
        extra.extract()  # "PDF 300 KB" size badges
    return clean_title(link.get_text(" ")) or clean_title(link.get("title"))


def _page_document(link, page_url: str, site_url: str, item: tuple[str | None, str | None]) -> LinkedDocument | None:
    url = normalise_url(link["href"], page_url, site_url)
    kind = document_kind(url)
    login = is_login_url(url)
    if kind == "other" and not login and not _path(url).lower().endswith(".pdf"):
        return None
    return LinkedDocument(
        title=_link_title(link) or url.rsplit("/", 1)[-1], url=url, kind=kind, restricted=login,
        item_number=item[0], item_title=item[1],
    )


def parse_meeting_html(text: str, page_url: str, site_url: str, ref: MeetingRef) -> MeetingDetail:
    """``ieListDocuments.aspx``: heading (date, time), venue, packs, and the items table with each item's papers."""
    soup = _soup(text)
    heading = " ".join(
        " ".join(e.get_text(" ").split()) for e in soup.select(".mgSubTitleTxt, .mgMainTitleTxt, h1, h2")
    )
    venue = None
    for label in soup.select(".mgLabel"):
        if label.get_text().strip().lower().startswith("venue"):
            venue = clean_title(label.parent.get_text(" ").replace(label.get_text(), "", 1)) or None
    items = []
    in_items: set[int] = set()
    for row in soup.select("table.mgItemTable tr"):
        cells = row.find_all("td")
        if not cells:
            continue
        number = clean_title(cells[0].get_text(" ")) if len(cells) > 1 else ""
        title_cell = cells[-1]
        title_element = title_cell.select_one(".mgAiTitleTxt") or title_cell.find("p") or title_cell
        title = clean_title(title_element.get_text(" "))
        documents = []
        for link in row.find_all("a", href=True):
            in_items.add(id(link))
            document = _page_document(link, page_url, site_url, (number or None, title))
            if document:
                documents.append(document)
        if title:
            restricted = bool(documents) and all(d.restricted for d in documents)
            items.append(AgendaItemInfo(number=number or None, title=title, restricted=restricted, documents=documents))
    meeting_documents = []
    for link in soup.find_all("a", href=True):
        if id(link) in in_items:
            continue
        document = _page_document(link, page_url, site_url, (None, None))
        if document and document.kind == "pack":
            meeting_documents.append(document)
    page_text = " ".join(soup.get_text(" ").split())
    cancelled = ref.cancelled or bool(_CANCELLED.search(heading)) or "meeting has been cancelled" in page_text.lower()
    return MeetingDetail(
        meeting_id=ref.meeting_id,
        date=parse_date(heading) or ref.date,
        time=parse_time(heading.split(str(ref.date.year), 1)[-1]) or ref.time,
        venue=venue,
        status=ref.status if ref.cancelled or not cancelled else "Cancelled",
        cancelled=cancelled,
        items=items,
        documents=meeting_documents,
    )


def in_window(refs: list[MeetingRef], start: dt.date, end: dt.date) -> list[MeetingRef]:
    """The meetings dated within [start, end]: some sites ignore the window they are asked for."""
    return sorted((r for r in refs if start <= r.date <= end), key=lambda r: (r.date, r.meeting_id))


class ModernGovSite:
    """One committee of one site, read through a ``SafeClient``."""

    def __init__(self, client: SafeClient, committee_id: int):
        self.client = client
        self.site_url = client.site_url
        self.committee_id = committee_id

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
            return in_window(parse_meetings_html(self.client.get_text(page), page), start, end), "html"
        except DownloadError as error:
            raise SiteUnavailable(
                f"{self.site_url}: committee {self.committee_id}: the web service ({service_error}) "
                f"and the meeting list page ({error}) both failed"
            ) from None

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
                from_page = parse_meeting_html(self.client.get_text(page), page, self.site_url, ref)
            except FetchError:
                if detail is None:
                    raise
                log.warning("meeting page %s did not answer: no public reports pack for meeting %s", page, ref.meeting_id)
            else:
                detail = from_page if detail is None else detail.model_copy(
                    update=dict(documents=[*detail.documents, *(d for d in from_page.documents if d.kind == "pack")],
                                venue=detail.venue or from_page.venue)
                )
        return detail.model_copy(
            update=dict(
                committee_id=detail.committee_id or self.committee_id,
                time=detail.time or ref.time,
                status=detail.status or ref.status,
                cancelled=detail.cancelled or ref.cancelled,
            )
        )
