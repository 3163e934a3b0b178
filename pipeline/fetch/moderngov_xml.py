"""The web service's XML (``mgWebService.asmx``): ``GetMeetings`` and ``GetMeeting``, pure parsers."""

from __future__ import annotations

import logging

from lxml import etree

from pipeline.fetch.errors import MalformedResponse
from pipeline.fetch.moderngov_urls import (
    _CANCELLED, _ID, _flag, clean_title, document_kind, is_login_url, normalise_url, parse_date, parse_time,
)
from schemas.fetch import AgendaItemInfo, LinkedDocument, MeetingDetail, MeetingRef

log = logging.getLogger(__name__)

# XML from the service: no DTDs, no entities, no network, whatever the site sends.
_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False)


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


def _first_text(element: etree._Element, *names: str) -> str | None:
    """The first of ``names``, in that order of preference, that ``element`` has with some text."""
    for name in names:
        value = clean_title(_child_text(element, name))
        if value:
            return value
    return None


def _committee(meeting: etree._Element) -> tuple[int | None, str | None]:
    """The committee a ``GetMeetings`` meeting is listed under (``committee/committeemeetings/meeting``)."""
    for ancestor in meeting.iterancestors():
        if isinstance(ancestor.tag, str) and ancestor.tag.lower() == "committee":
            committee = (_child_text(ancestor, "committeeid") or "").strip()
            title = clean_title(_child_text(ancestor, "committeetitle")) or None
            return (int(committee) if _ID.fullmatch(committee) else None), title
    return None, None


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if isinstance(child.tag, str) and child.tag.lower() == name]


def _elements(root: etree._Element, name: str) -> list[etree._Element]:
    return [e for e in root.iter() if isinstance(e.tag, str) and e.tag.lower() == name]


def parse_meetings_xml(text: str) -> list[MeetingRef]:
    """``GetMeetings``: every ``<meeting>`` with an id and a readable date (others are skipped), with the
    committee it is listed under (``committee/committeemeetings/meeting``)."""
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
        committee_id, committee_title = _committee(meeting)
        refs.append(
            MeetingRef(
                meeting_id=int(meeting_id), date=date, committee_id=committee_id, committee_title=committee_title,
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
    """``GetMeeting``: metadata, agenda items (the printed number) and each item's linked documents.

    The answer names no committee of the meeting; each linked document names its ``committeetitle``."""
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
            # agendaitemnumber is the site's internal order; the number printed on the agenda is these:
            number = _first_text(element, "fulldisplaynumberformat", "minutesitemnumber")
            title = clean_title(_child_text(element, "agendaitemtitle", "title"))
            restricted = bool(_flag(_child_text(element, "agendaitemisrestricted", "isrestricted")))
            documents = _linked_documents(element, page_url, site_url, (number, title, restricted))
            items.append(AgendaItemInfo(number=number, title=title, restricted=restricted, documents=documents))
    committee = (_child_text(meeting, "committeeid") or "").strip()
    status = clean_title(_child_text(meeting, "meetingstatus")) or None
    return MeetingDetail(
        meeting_id=int(meeting_id),
        committee_id=int(committee) if _ID.fullmatch(committee) else None,
        committee_title=_first_text(meeting, "committeetitle") or next(
            (clean_title(e.text) for e in _elements(meeting, "committeetitle") if clean_title(e.text)), None),
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
