"""The HTML pages of a ModernGov site: the meeting list and a meeting's page, pure parsers."""

from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup

from pipeline.fetch.moderngov_urls import (
    _CANCELLED, _path, clean_title, document_kind, is_doc_pack_page, is_login_url, normalise_url, parse_date,
    parse_time, query_value,
)
from schemas.fetch import MEETING_KINDS, AgendaItemInfo, LinkedDocument, MeetingDetail, MeetingRef

_MEETING_LINK = re.compile(r"ieListDocuments\.aspx\?.*\b(?:MId|MeetingId)=([0-9]{1,9})(?![0-9])", re.IGNORECASE)


def _soup(text: str) -> BeautifulSoup:
    return BeautifulSoup(text, "lxml")


def _after(link) -> str:
    """The text that follows a link up to the next link or line break: " - CANCELLED", " - Agenda, Minutes"."""
    parts = []
    for sibling in link.next_siblings:
        if getattr(sibling, "name", None) in ("a", "br", "li", "ul", "p", "div"):
            break
        parts.append(sibling.get_text(" ") if hasattr(sibling, "get_text") else str(sibling))
    return " ".join(" ".join(parts).split())


def parse_meetings_html(text: str, page_url: str) -> list[MeetingRef]:
    """``ieListMeetings.aspx``: one link per meeting to ``ieListDocuments.aspx?...MId=``, its text the date,
    and " - CANCELLED" after the link for a cancelled meeting."""
    refs: dict[int, MeetingRef] = {}
    for link in _soup(text).find_all("a", href=True):
        match = _MEETING_LINK.search(link["href"])
        label = " ".join(link.get_text(" ").split())
        date = parse_date(label)
        if not match or date is None:
            continue
        cancelled = bool(_CANCELLED.search(label) or _CANCELLED.search(_after(link)))
        refs.setdefault(
            int(match.group(1)),
            MeetingRef(meeting_id=int(match.group(1)), date=date, time=parse_time(label.split(str(date.year), 1)[-1]),
                       status="Cancelled" if cancelled else None, cancelled=cancelled),
        )
    return list(refs.values())


_MODERNGOV_PAGE = re.compile(
    r"""\bid\s*=\s*["']?modgov\b|\bclass\s*=\s*["'][^"']*\bmg(?:ItemTable|SubTitleTxt|MainTitleTxt)\b""", re.IGNORECASE
)


def is_moderngov_page(text: str) -> bool:
    """The answer is a ModernGov page (its ``#modgov`` block or title classes), not an error page or empty."""
    return bool(_MODERNGOV_PAGE.search(text))


def meeting_page_html(text: str) -> str:
    """The part of a meeting page that is the meeting's: its title and its ``#modgov`` block, without scripts.

    The site's navigation, head metadata and scripts may change from one poll to the next (a date
    stamp, a token) while the meeting's page does not: kept whole, every poll would be a new version.
    """
    soup = _soup(text)
    block = soup.find(id="modgov")
    if block is None:
        return text
    for noise in block.find_all(["script", "style", "noscript"]):
        noise.decompose()
    title = html.escape(clean_title(soup.title.get_text()) if soup.title else "")
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n{block}\n</body></html>\n'


def list_pages(text: str, page_url: str, site_url: str) -> dict[str, str]:
    """The "Earlier meetings" and "Later meetings" links (``a.mgTableNextLnk``) of a meeting list page."""
    pages: dict[str, str] = {}
    for link in _soup(text).select("a.mgTableNextLnk[href]"):
        url = normalise_url(link["href"], page_url, site_url)
        act = (query_value(url, "Act") or link.get_text(" ")).lower()
        direction = "earlier" if "earlier" in act else "later" if "later" in act else None
        if direction:
            pages.setdefault(direction, url)
    return pages


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


# "Kingston Neighbourhood Committee - Thursday 15 January 2026 7:30 pm": the committee, then the day.
_COMMITTEE = re.compile(r"^(.+?)\s+-\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_VENUE_LABEL = re.compile(r"^\s*(?:proposed\s+)?venue\s*:?\s*$", re.IGNORECASE)


def _venue(soup: BeautifulSoup) -> str | None:
    """The text after a "Venue:" or "Proposed venue:" label, without its "View directions" link."""
    for label in soup.select(".mgLabel"):
        if not _VENUE_LABEL.match(label.get_text()):
            continue
        holder = BeautifulSoup(str(label.parent), "lxml")
        for extra in holder.select(".mgLabel, a[href*='mgLocationDetails' i]"):
            extra.decompose()
        for link in holder.find_all("a"):
            if "directions" in link.get_text().lower():
                link.decompose()
        return clean_title(holder.get_text(" ")).rstrip(" .") or None
    return None


def _item_rows(soup: BeautifulSoup) -> list:
    """The rows of the items table itself, with cells: a recorded vote or other table nested in an item adds none."""
    rows = []
    for table in soup.select("table.mgItemTable"):
        rows += [
            row for row in table.find_all("tr")
            if row.find_parent("table") is table and row.find_all("td", recursive=False)
        ]
    return rows


def parse_meeting_html(text: str, page_url: str, site_url: str, ref: MeetingRef) -> MeetingDetail:
    """``ieListDocuments.aspx``: heading (date, time), venue, packs, and the items table with each item's papers."""
    soup = _soup(text)
    heading = " ".join(
        " ".join(e.get_text(" ").split()) for e in soup.select(".mgSubTitleTxt, .mgMainTitleTxt, h1, h2")
    )
    venue = _venue(soup)
    for badge in soup.select(".mgFileSize, .mgHide"):
        badge.decompose()  # "PDF 99 KB" size badges, hidden ", item 59." labels
    items = []
    in_items: set[int] = set()
    for row in _item_rows(soup):
        cells = row.find_all("td", recursive=False)
        number_cell = row.find("td", class_="mgItemNumberCell", recursive=False)
        if number_cell is None and len(cells) > 1:
            number_cell = cells[0]
        number = clean_title(number_cell.get_text(" ")) if number_cell is not None else ""
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
        if document and document.kind in MEETING_KINDS:
            meeting_documents.append(document)
    subtitle = soup.select_one(".mgSubTitleTxt")
    committee = _COMMITTEE.match(clean_title(subtitle.get_text(" "))) if subtitle else None
    page_text = " ".join(soup.get_text(" ").split())
    cancelled = ref.cancelled or bool(_CANCELLED.search(heading)) or "meeting has been cancelled" in page_text.lower()
    return MeetingDetail(
        meeting_id=ref.meeting_id,
        committee_title=committee.group(1) if committee else ref.committee_title,
        date=parse_date(heading) or ref.date,
        time=parse_time(heading.split(str(ref.date.year), 1)[-1]) or ref.time,
        venue=venue,
        status=ref.status if ref.cancelled or not cancelled else "Cancelled",
        cancelled=cancelled,
        items=items,
        documents=meeting_documents,
    )


def parse_doc_pack_html(text: str, page_url: str, site_url: str, chosen: LinkedDocument) -> list[LinkedDocument]:
    """``mgChooseDocPack.aspx?ID=N(&SID=)``: the pack PDF(s) it links, each with the kind of its own URL
    (``documents/g{N}/...?T=10`` pack, ``documents/b{N}/...?T=9`` supplement); [] when it links none."""
    documents: dict[str, LinkedDocument] = {}
    for link in _soup(text).find_all("a", href=True):
        url = normalise_url(link["href"], page_url, site_url)
        kind = document_kind(url)
        if kind not in MEETING_KINDS or is_doc_pack_page(url) or url in documents:
            continue
        documents[url] = LinkedDocument(
            title=_link_title(link) or chosen.title, url=url, kind=kind, restricted=is_login_url(url)
        )
    return list(documents.values())
