"""ModernGov URLs and the small parsers the web service and the pages share: titles, links, kinds, dates, times."""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import parse_qs, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

from schemas.fetch import FetchedKind, MeetingRef

_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_UK_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORD_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_TIME = re.compile(r"\b(\d{1,2})[.:](\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?", re.IGNORECASE)
_CANCELLED = re.compile(r"\bcancell?ed\b", re.IGNORECASE)
_LOGIN = re.compile(r"(?:mglogin|ielogon|login|logon|signin)[^/]*$", re.IGNORECASE)
_ID = re.compile(r"[0-9]{1,9}")


def uk_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def meetings_service_url(site_url: str, committee_id: int, start: dt.date, end: dt.date) -> str:
    query = urlencode({"lCommitteeId": committee_id, "sFromDate": uk_date(start), "sToDate": uk_date(end)})
    return f"{site_url}mgWebService.asmx/GetMeetings?{query}"


def meeting_service_url(site_url: str, meeting_id: int) -> str:
    return f"{site_url}mgWebService.asmx/GetMeeting?lMeetingId={meeting_id}"


def meetings_page_url(site_url: str, committee_id: int) -> str:
    return f"{site_url}ieListMeetings.aspx?CId={committee_id}"  # its default window; Year=0 is not a year


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


# The ?T= of a meeting's own documents (documents/g{N}/..., mgConvert2PDF.aspx?ID=N&T=).
_T_KINDS: dict[str, FetchedKind] = {"10": "pack", "0": "frontsheet", "1": "minutes", "2": "decisions", "9": "supplement"}


def query_value(url: str, name: str) -> str | None:
    """The first value of query parameter ``name`` (any case), or None."""
    try:
        query = parse_qs(urlsplit(url).query)
    except ValueError:
        return None
    for key, values in query.items():
        if key.lower() == name.lower() and values:
            return values[0].strip()
    return None


def is_doc_pack_page(url: str) -> bool:
    """``mgChooseDocPack.aspx?ID=N(&SID=)``: a page that links the pack PDF(s), not a PDF."""
    return _path(url).lower().endswith("/mgchoosedocpack.aspx")


def document_kind(url: str) -> FetchedKind:
    path = _path(url).lower()
    t = query_value(url, "T")
    if re.search(r"/documents/g\d+/", path):
        return _T_KINDS.get(t or "10", "pack")
    if re.search(r"/documents/b\d+/", path):
        return "supplement"
    if is_doc_pack_page(url):
        return "supplement" if query_value(url, "SID") else "pack"
    if path.endswith("/mgconvert2pdf.aspx"):
        return _T_KINDS.get(t, "paper") if t else "paper"
    if re.search(r"/documents/s\d+/", path):
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



def in_window(refs: list[MeetingRef], start: dt.date, end: dt.date) -> list[MeetingRef]:
    """The meetings dated within [start, end]: some sites ignore the window they are asked for."""
    return sorted((r for r in refs if start <= r.date <= end), key=lambda r: (r.date, r.meeting_id))

