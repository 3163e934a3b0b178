"""Minuted items: the numbered item headings under which lone minutes record their meeting.

They are the meeting's agenda items (number and title as printed, no pages); numbered paragraphs
and resolutions inside an item's minute are not. See ``find_minuted_items``: the lines that may head an item are
read by ``minute_headings``, and here the one numbering that rises through them is kept.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_lines import EXCLUSION, FoundItem
from extractors.proceedings.agenda_numbered_runs import in_shape
from extractors.proceedings.agenda_rows import clean_title, minuted_flat_rows
from extractors.proceedings.agenda_verb_lines import verb_lines
from extractors.proceedings.business_rows import business_rows
from extractors.proceedings.agenda_runs import number_order
from extractors.proceedings.minute_headings import heading_candidates, roman_number, run_in
from extractors.proceedings.minute_items import colon_headings, dashed_headings, piped_rows, referenced_headings
from extractors.readers.dates import MONTHS
from extractors.readers.runon_items import contents_items
from extractors.readers.spans import Line, lines, provenance
from schemas.parsed import ParsedDocument
from schemas.structure import AgendaItemRecord

VERSION = "58"
NAME = "minuted"
# The minutes' own opening sentence under the page's first running number ('12929. CONFIRMED minutes of an ordinary
# meeting of ...'): it opens the minutes, it heads no item.
_OPENING = re.compile(
    r"\W*\S+\s+(?:(?:draft|approved|confirmed|unconfirmed|signed)\s+)*(?:minutes|notes)\s+of\s+an?\s+(?:\w+\s+){0,2}?meeting\s+of\b", re.I
)


def _shape(number: str) -> str:
    if roman_number(number) is not None:
        return "roman"
    # '46.2024' (a minute of the year 2024) is numbered apart from the points '46.1', '46.2'.
    number = re.sub(r"\.(?:19|20)\d{2}$", ".Y", number)
    # '41a/19' is numbered like '42/19': the letter parts one day's minutes under one number.
    return re.sub(r"\d+", "9", re.sub(r"[a-z]$", "", re.sub(r"(?<=\d)[a-z](?=/)", "", number).upper()))


def _key(number: str) -> tuple[tuple[int, str], ...]:
    roman = roman_number(number)
    return ((roman, ""),) if roman is not None else number_order(number)


def _rising(found: list[FoundItem]) -> list[FoundItem]:
    """The longest run of ``found`` (in document order) whose numbers rise, the earliest of equals."""
    keys = [_key(item.number) for item in found]
    lengths: list[int] = []
    previous: list[int | None] = []
    for index, key in enumerate(keys):
        # The earliest longest run before ``index`` ending below its number (each number's key taken once).
        before = max((i for i in range(index) if keys[i] < key), key=lambda i: lengths[i], default=None)
        lengths.append(1 + (lengths[before] if before is not None else 0))
        previous.append(before)
    run: list[FoundItem] = []
    at = max(range(len(found)), key=lambda i: lengths[i], default=None)
    while at is not None:
        run.append(found[at])
        at = previous[at]
    return run[::-1]


_MIN_OUTER = 3


def _outer(text: str, runs: list[list[FoundItem]]) -> list[FoundItem]:
    """The longest of ``runs`` (longest first), unless it stands wholly inside one minute of another run of three
    headings or more, each minute but the last with words of its own: then it is that minute's numbered points
    ('CS03/07/20 Public Participation' over '1. Litter', '2. Parking'), and the other run the items. Three references
    on lines of their own, one under another, are a schedule over the minutes ('P/2396 Land at ...'), no minutes."""
    if not runs:
        return []
    best = runs[0]
    for other in runs[1:]:
        if len(other) < _MIN_OUTER or not best or not all(text[a.end : b.start].strip() for a, b in zip(other, other[1:])):
            continue
        bounds = [item.start for item in other] + [10**12]
        inside = any(bounds[k] < best[0].start and best[-1].start < bounds[k + 1] for k in range(len(other)))
        if inside:
            return other
    return best


_MAX_GAP = 10


def _continued(run: list[FoundItem]) -> list[FoundItem]:
    """``run`` without a first heading the rest do not continue: numbered far below the next while the next two are
    consecutive (a count '1 Member of the Public' over minutes 54, 55, 56)."""
    if len(run) < 3 or not all(item.number.isdigit() for item in run[:3]):
        return run
    first, second, third = (int(item.number) for item in run[:3])
    return run[1:] if second - first > _MAX_GAP and third - second == 1 else run


_LOST_RUN = 3
# A meeting's standing business, one title of which a run of lost numbering names ('Apologies', 'Minutes', 'Finance'):
# a numbered policy or report text under the minutes ('1. Purpose', '1. Eligibility') names none.
_STANDING_BUSINESS = re.compile(
    r"\b(?:apolog\w*|declarations?|interests?|minutes|welcome|public|chair(?:man|woman|person)?['’]?s?|clerk['’]?s?|finance|accounts"
    r"|payments?|planning|correspondence|matters\s+arising|highways|date\s+of|next\s+meeting|other\s+business|close)\b",
    re.I,
)


def _lost_numbering(text: str, plain: list[FoundItem], runs: list[list[FoundItem]]) -> list[FoundItem]:
    """The plain-numbered headings when every one of three or more is numbered '1' (an auto-numbered list flattened by
    the text layer) and each is a short title alone on its line with no closing stop over words of its own minute, one names
    standing business, and no other numbering rises through as many headings; else []. The printed '1' is kept."""
    if len(plain) < _LOST_RUN or any(item.number != "1" for item in plain):
        return []
    if any(len(run) >= len(plain) and run[0].number != "1" for run in runs):
        return []
    if not any(_STANDING_BUSINESS.search(item.title) for item in plain):
        return []
    bounds = [item.start for item in plain[1:]] + [len(text)]
    for item, bound in zip(plain, bounds):
        line = text[item.start : item.end].strip()
        alone = re.fullmatch(rf"1\.?\s+{re.escape(item.title)}", line)
        if not alone or not in_shape(item.title) or item.title.endswith(".") or not text[item.end : bound].strip():
            return []
    return plain


def find_minuted_items(text: str, start: int = 0, end: int | None = None) -> list[FoundItem]:
    """The numbered item headings under which a meeting was minuted, in ``text[start:end]``.

    A heading is a short line opening with a minute number ('41', '5.', '[5]', '23.31', '25/031', '41a/19', '14365',
    'SSB/25/01', 'C/160/2017', 'P/2396', 'C 25/031', 'LA01/09/21' (a committee's minute 1 of September 2021), '46.2024', '2024-05_3', 'Min 045/25', '3-0607/8' (item 3 of the year 2006/7), 'A23/014', 'CAB 12', 'Minute 61:', 'Item 3', the Roman 'IV' of Scottish minutes;
    then perhaps the agenda number, 'C048/23   1.   TITLE', or a title in capitals run into it, or after its full stop a
    title glued to it, '2.To consider ...') and a title
    that is not a sentence of the minutes ('1. The Chair welcomed members.' is not; a paragraph of more than 300
    characters heads its minute only with a short title closed by its full stop, 'Item 8. Jubilee trees. This item ...',
    read before a colon later in the minute; a line wrapped onto a
    lower-case line is a sentence, a minute after a blank line or an 'a)' list is not, nor one under a short line that
    stops closed: '2   Apologies' over 'were received from two members.'). A heading run on into
    its minute ('Apologies: Cllr A sent apologies.') is titled by the words before the colon or dash, and is
    no item when it is the only one (the unnumbered headings below are read instead). A meeting page's flattened rows with no header
    above them ('Apologies Minutes: ...', see ``agenda_rows.minuted_flat_rows``) and dash-bulleted headings
    ('- Matters Arising:', see ``minute_items.dashed_headings``) are unnumbered items, else headings closed by a
    colon over bulleted points (``minute_items.colon_headings``). In a PDF flattened into long lines,
    a number ('41', '41.', '25/061') run into a title in capitals (its minute may open 'RESOLVED' or 'ORDERED'; the title may
    close on a bracketed note, 'MINUTES (13/06/2012)', or a dashed rider in lower case, 'MATTERS ARISING - not on the agenda'), or into a title in mixed case before a colon
    ('14. Apologies: ...'); a one-digit number, a one-word title or a mixed-case title counts only with its full stop
    (or a '/' number) and two such headings or more in the paragraph, or, a word in capitals after a number of three
    figures or more ('303 PRAYERS'), when the heading numbered next ('304') is found; a reference 'Cou/101/21-22' run into a
    title in mixed case, two or more (``minute_items.referenced_run_ins``). A number alone with no stop ('1') over a
    title in capitals counts when another such heading is numbered next to it (see ``minute_headings._bare_headings``), or when it is
    printed again under its title of three words or more ('716 |' / title / '716 |', see ``minute_headings._margin_headings``). A heading in capitals
    over its minute's reference alone on the next line ('ITEM 1 MINUTES' / '18/100'), two or more, is numbered by the reference. The top-level numbering is the one number shape with
    the most headings, each above the last, so paragraphs and resolutions numbered inside an
    item ('1.', '1.1', '(a)') are left out, as is a longer run standing wholly inside one minute of a run of three or more (but see ``minute_items.referenced_headings``: headings each carrying its
    minute's reference, lettered points numbered under their item); under items '1.0', '2.0', the points '2.1', '2.2' are too; a first heading
    numbered far below a consecutive run after it does not continue it ('1 Member of the Public' over 54, 55, 56). A
    payment's line, its cheque's number first and its sum in pounds and pence last, is no heading. Under a heading alone on
    its line ('412. Matters Arising'), sub-headings lettered '(a) Website – ...', '(b) ...' from its first line are items
    '412a', '412b' (see ``_lettered_under``). Minutes printing each item as its agenda line, mostly dash-bulleted ('- To
    approve the Minutes: approved'), are read by ``agenda_verb_lines`` when it finds more items than the numbering and
    every numbered heading is one of its lines (bulleted 'To note ...' points under '2. Budget' are its resolution's).
    A minute recorded as a sentence where one number is missing between two headings is an item too
    (``_sentence_minutes``).
    """
    if contents := contents_items(text, start, len(text) if end is None else end):
        return [FoundItem(number, title, [], False, first, last) for number, title, first, last in contents]
    if rows := business_rows(lines(text, start, end)):
        return [FoundItem(number, title, [], False, line.start, line.end) for number, title, line in rows]
    if referenced := referenced_headings(lines(text, start, end)):
        return [FoundItem(number, clean_title(title), [], False, line.start, line.end) for number, title, line in referenced]
    shapes: dict[str, list[FoundItem]] = {}
    candidates = heading_candidates(text, lines(text, start, end))
    for item in candidates[1:] if candidates and _OPENING.match(text, candidates[0].start) else candidates:
        shapes.setdefault(_shape(item.number), []).append(item)
    runs = sorted((_rising(found) for found in shapes.values()), key=len, reverse=True)
    best = _lost_numbering(text, shapes.get("9", []), runs) or _continued(_outer(text, runs))
    whole = [item for item in best if re.fullmatch(r"\d+\.0", item.number)]
    if len(whole) >= 2:
        # '1.0', '2.0' are the items, '2.1', '2.2' the points under them.
        best = whole
    if len(best) == 1 and run_in(text[best[0].start : best[0].end]):
        # A lone heading run into its minute is a numbered paragraph; the page's unnumbered headings may be the items.
        best = []
    verbs = verb_lines(lines(text, start, end))
    if len(verbs) > len(best) and all(any(line.start <= item.start < line.end for _, _, line in verbs) for item in best):
        # Items printed as their agenda lines, their numbering mostly lost to bullets ('- To approve the Minutes: ...');
        # bulleted 'To ...' points under a numbered heading that is no such line are its resolution's points.
        best = [FoundItem(number, title, [], False, line.start, line.end) for number, title, line in verbs]
    if not best:
        # Dash-bulleted headings, or a meeting page's rows flattened with their header cut off: unnumbered, as printed.
        region = lines(text, start, end)
        rows = dashed_headings(region) or minuted_flat_rows(region)
        # Else unnumbered headings closed by a colon over their bulleted points ('Matters Arising:').
        rows = rows or colon_headings(region)
        best = [FoundItem("", title, [], False, line.start, line.end) for title, line in rows]
    best = _lettered_under(text, _sentence_minutes(text, best), len(text) if end is None else end)
    restricted = False
    items = []
    for item in best:
        items.append(FoundItem(item.number, item.title, [], restricted, item.start, item.end))
        restricted = restricted or bool(EXCLUSION.search(item.title))
    return items


def _between(low: str, high: str) -> str | None:
    """The one number between two printed alike ('38/13', '40/13' -> '39/13'; '2', '4' -> '3'), or None."""
    below, above = re.split(r"(\d+)", low), re.split(r"(\d+)", high)
    if len(below) != len(above) or below[0::2] != above[0::2]:
        return None
    differ = [index for index in range(1, len(below), 2) if below[index] != above[index]]
    if len(differ) != 1 or int(above[differ[0]]) - int(below[differ[0]]) != 2:
        return None
    below[differ[0]] = str(int(below[differ[0]]) + 1).zfill(len(below[differ[0]]))
    return "".join(below)


# A short head closed by a colon before the minute's sentence: 'Minutes: the minutes of ... were agreed'.
_COLON_LEAD = re.compile(r"^(?P<head>[A-Z][^:.;]{0,60}?)\s*:\s+\S")
# A sentence's closing stop: after a word, a figure or a closing bracket or quote, not after an initial ('C. Lowe').
_STOP = re.compile(r"(?<=[a-z0-9)”’'\"]{2})[.:](?:\s|$)|:\s*$")


def _sentence_minutes(text: str, items: list[FoundItem]) -> list[FoundItem]:
    """``items`` with a minute recorded as a sentence, no heading, where one number is missing between two headings
    numbered alike ('38/13 Post Office: ...' / '39/13 The guest speaker was welcomed.' / '40/13 ...'; '3. The following
    application was considered:' between 2 and 4): the one line between them opening with the missing number, when no
    other line there opens with a number printed alike (a list inside a minute), titled by its short head before a colon
    or else its first sentence, without the closing stop."""
    out: list[FoundItem] = []
    for low, high in zip(items, items[1:] + [None]):
        out.append(low)
        missing = _between(low.number, high.number) if high is not None else None
        if missing is None:
            continue
        alike = re.compile(r"^[ \t]*" + re.sub(r"\d+", r"\\d+", re.escape(missing)) + r"(?:[.):]|[ \t])")
        between = lines(text, low.end, high.start)
        numbered = [(index, line) for index, line in enumerate(between) if alike.match(line.text)]
        if len(numbered) != 1:
            continue
        index, line = numbered[0]
        opening = re.match(rf"^[ \t]*{re.escape(missing)}(?P<mark>[.):]?)[ \t]+(?=[A-Z‘“\"'])", line.text)
        # Printed as its neighbours are ('3.' among '2.' and '4.'), not a date ('6 June Fete ...'), and not a wrapped
        # sentence's next line ('... had found that' / '4 Swings needed new chains.').
        if (
            opening is None
            or opening["mark"] != _number_mark(text, low)
            or _MONTH_WORD.match(line.text, opening.end())
            or index > 0 and _RUNS_ON.search(between[index - 1].text)
        ):
            continue
        sentence = line.text[opening.end() :]
        head = _COLON_LEAD.match(sentence)
        stop = _STOP.search(sentence)
        title = clean_title(head["head"] if head else sentence[: stop.start()] if stop else sentence)
        if title and len(title.split()) <= _SENTENCE_WORDS:
            out.append(FoundItem(missing, title, [], low.restricted, line.start, line.end))
    return out


_SENTENCE_WORDS = 25
_MONTH_WORD = re.compile(r"(?:" + "|".join(MONTHS) + r")\b", re.I)
# A line that ends mid-sentence: a word or comma, no closing stop.
_RUNS_ON = re.compile(r"[a-z,]\s*$")


def _number_mark(text: str, item: FoundItem) -> str:
    """The mark printed after ``item``'s number at its heading ('.' for '2. Title', '' for '38/13 Title')."""
    printed = re.match(rf"[ \t]*{re.escape(item.number)}(?P<mark>[.):]?)", text[item.start : item.end])
    return printed["mark"] if printed else ""


_OUTCOME = re.compile(
    r"(?:none|nil|noted|approved|agreed|resolved|received|accepted|adopted|deferred|declined|refused|rejected|carried"
    r"|withdrawn|no\s+objections?|none\s+declared|not\s+applicable|n/a)",
    re.I,
)
# A sub-heading lettered under an item's heading: '(a) Website – Proposals to be reviewed in May.', 'b) Bus Shelter'; its
# title a few capitalised words, alone or before a dash or colon and its minute. A person ('(a) Cllr Lowe – Work', an
# apologies list) or an option ('(a) Option One – repair the roof') is no sub-heading.
_LETTERED_HEAD = re.compile(
    r"^\s*\(?(?P<letter>[a-z])\)\s+(?!(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr|Option|Alternative)\b)"
    r"(?P<title>[A-Z][\w'’&/-]*(?:[ \t]+[A-Z][\w'’&/-]*){0,3})[ \t]*(?:[–—:-][ \t]*(?:\S.*)?|\.)?$"
)
# A sub-heading lettered in capitals across a tabbed margin: 'A)      Accounts for payment', its outcome perhaps after a
# dash in lower case ('B)      Income to date – 30th June – this was noted.').
_CAPITAL_HEAD = re.compile(
    r"^\s*\(?(?P<letter>[A-Z])\)[ \t]{2,}(?P<title>[A-Z][^.\n]*?)(?:[ \t]+[–—-][ \t]+[a-z][^\n]*)?\.?[ \t]*$"
)
_CAPITAL_WORDS = 8
# A sub-heading run in before its minute, a short phrase closed by a colon: 'b) Road signs: The cost ...' ('c):' too);
# not a speaker ('a) Resident: asked ...', 'b) Reply: ...').
_COLON_HEAD = re.compile(
    r"\s*\(?(?P<letter>[a-z])\)[ \t]*:?[ \t]+(?!(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\b)"
    r"(?!(?:Residents?|Parishioners?|Members?[ \t]+of[ \t]+(?:the[ \t]+)?public|Chair(?:man)?|Clerk|Questions?|Answers?|Reply|Response|Q|A)[ \t]*:)"
    r"(?P<title>[A-Z][\w'’&/-]*(?:[ \t]+[\w'’&/-]+){0,3}):[ \t]+\S"
)
_MIN_LETTERED = 2


def _capital_head(text: str) -> re.Match | None:
    head = _CAPITAL_HEAD.match(text)
    return head if head and len(head["title"].split()) <= _CAPITAL_WORDS else None


def _lettered_under(text: str, items: list[FoundItem], end: int) -> list[FoundItem]:
    """``items`` with the sub-headings lettered from '(a)' in order under an item whose heading stands alone on its line
    ('412. Matters Arising' over '(a) Website – ...', '(b) Footpaths – ...'), the first on the line under it, two or
    more (one under a heading closed by a colon): items '412a', '412b' ('58A', '58B' when lettered in capitals). A heading closed by a colon may run on into its
    first sub-heading, each then a short phrase closed by a colon before its minute ('5. Matters arising: a) Weir
    fence: The fence ...' over 'b) Road signs: ...')."""
    out: list[FoundItem] = []
    for position, item in enumerate(items):
        out.append(item)
        stop = items[position + 1].start if position + 1 < len(items) else end
        below = [line for line in lines(text, item.end, stop) if not line.is_blank]
        heading = text[item.start : item.end].strip()
        run_in = re.match(rf"\W*{re.escape(item.number)}\W*{re.escape(item.title)}\s*:\s*(?=\(?a\))", heading)
        first = _COLON_HEAD.match(heading, run_in.end()) if run_in else None
        if not item.number.isdigit() or not below or not first and not re.fullmatch(rf"\W*{re.escape(item.number)}\W*{re.escape(item.title)}\W*", heading):
            continue
        subs = [FoundItem(item.number + "a", first["title"], [], item.restricted, item.start, item.end)] if first else []
        at: list[int] = []  # where in ``below`` each sub-heading stands
        for index, line in enumerate(below):
            lettered = _COLON_HEAD.match(line.text) if first else _LETTERED_HEAD.match(line.text) or _capital_head(line.text)
            if lettered and ord(lettered["letter"].lower()) == ord("a") + len(subs) and (subs or line is below[0]):
                subs.append(FoundItem(item.number + lettered["letter"], lettered["title"], [], item.restricted, line.start, line.end))
                at.append(index)
        # Capitals one under another with nothing minuted between them are choices resolved below ('A) Keep it free',
        # 'B) Charge', 'resolved: option A'), no sub-headings.
        choices = subs and subs[-1].number[-1].isupper() and all(later - earlier == 1 for earlier, later in zip(at, at[1:]))
        # A heading closed by a colon leads into its list: one lettered line is its point ('3. The application
        # considered:' over 'a) Arts Group.').
        # An outcome lettered alone ('2. Declarations of interest:' over 'a) None.') is no point.
        least = 1 if heading.endswith(":") and not first and not (subs and _OUTCOME.fullmatch(subs[0].title)) else _MIN_LETTERED
        out.extend(subs if len(subs) >= least and not choices else [])
    return out


_MINUTES_MARKS = re.compile(
    r"^[^\w\n]*+(?:[^\W\d][^\n/:]{0,30}/\s*)?(?:(?:members\s+)?present|apologies(?:\s+for\s+absence)?|(?:also\s+)?in\s+attendance|also\s+present|"
    r"officers\s+(?:attending|present)|attendees)(?:\s*:|\s+[-–]\s+(?=[A-Z]))|\bwere\s+in\s+attendance\b|\bthe\s+following\s+(?:members|councillors)\s+were\s+present\b|^[^\w\n]*+min(?:ute|\.)?\s+\d|^[^\w\n]*+in\s+attendance\W*$"
    r"|\bapologies\s+(?:for\s+absence\s+)?(?:were|was)\s+(?:received|given|tendered|submitted|noted|accepted)\b"
    r"|^[^\w\n]*+(?:(?:draft|provisional|unconfirmed)\s+)?minutes\s+of\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,4}?meeting\b[^\n]{0,80}$"
    r"|^[^\w\n]*+(?:[^\W\d][^\n/:]{0,30}/\s*)?(?:draft\s+)?minutes(?:\s+of\s+the\s+(?:\w+\s+)?meeting\s+of\s+[^\n]*)?$"
    # Welsh: 'PRESENNOL:' / 'Yn bresennol:' (present), 'YMDDIHEURIADAU:' (apologies), 'Cofnodion y cyfarfod ...' (minutes of the meeting).
    r"|^[^\w\n]*+(?:yn\s+b|p)resennol\s*:|^[^\w\n]*+ymddiheuriadau\s*:|^[^\w\n]*+cofnodion\s+y\s+cyfarfod\b",
    re.I | re.M,
)


def has_minutes_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` records a meeting as minutes do ('Present:', 'Attendees:', 'Apologies:', Welsh
    'PRESENNOL:' / 'YMDDIHEURIADAU:' / 'Cofnodion y cyfarfod', an 'In Attendance'
    line, '... were in attendance', '... the following members were present', 'Apologies were received', 'Minute 61:', a 'Minutes of the Meeting of X' or
    '(Draft) minutes of (the Council) meeting ...' line);
    reports and decision records do not."""
    return bool(_MINUTES_MARKS.search(text, start, end))


def extract_minuted_items(document: ParsedDocument, start: int, end: int) -> list[AgendaItemRecord]:
    """The minuted items of the minutes at ``document.text[start:end]`` as agenda items (see ``find_minuted_items``)."""
    text = document.text
    return [
        AgendaItemRecord(
            number=item.number,
            title=item.title,
            pages=[],
            access="restricted" if item.restricted else "unrestricted",
            provenance=provenance(document, text, item.start, item.end, NAME, VERSION),
        )
        for item in find_minuted_items(text, start, end)
    ]


def _row_records(document: ParsedDocument, rows: list[tuple[str, str, Line]]) -> list[AgendaItemRecord]:
    return [
        AgendaItemRecord(
            number=number,
            title=title,
            pages=[],
            access="unrestricted",
            provenance=provenance(document, document.text, line.start, line.end, NAME, VERSION),
        )
        for number, title, line in rows
    ]


def extract_business_rows(document: ParsedDocument, start: int, end: int) -> list[AgendaItemRecord]:
    """Rows of a CMIS 'Items Of Business' list, each title over its number (see ``business_rows``)."""
    return _row_records(document, business_rows(lines(document.text, start, end)))


def extract_piped_rows(document: ParsedDocument, start: int, end: int) -> list[AgendaItemRecord]:
    """Unnumbered items of a meeting page flattened one row a line, rows ending ' |' (see ``minute_items.piped_rows``)."""
    return _row_records(document, [("", title, line) for title, line in piped_rows(lines(document.text, start, end))])
