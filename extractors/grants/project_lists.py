"""Project mentions in list items: 'Name (£N)', 'Name – £N', '**Name** (£N) – description',
bold headings without an amount ('**Name**', 'WITHDRAWN: Name') that add a status to a project
listed elsewhere, and a list flattened onto one line after a colon ('... included: Name A - £5000
Name B - £500 Name C - £670'; without dashes - 'be approved: Name A £5,000; Name B £800; ...' - only under a lead-in
that approves or awards the list and with Title-Case names; two such pairs when the lead-in names grants or awards), and one award a line under such a lead-in ending in a
colon and naming grants or awards ('Name – £N', 'Name: £N (what for)'; at least two lines, every line a pair, a 'Total' line ending them).

An item opening on a short sentence, its figure after a description ('Transport. Working with ... £N in 2024/25.'),
is named by that sentence when it is the item's one figure and a lead approves or recommends the list; a figure for a
span of years ('£N from 2024/25 – 2027/28') has no one year.
An item whose first figure is one end of a range ('(£0 - £2,000)') states a limit and names no project, nor
does an item under a clause refusing what follows ('Do not fund two applications ...:', also run into the item above);
a lead run into the item above gives the items after it their status ('Members were asked to consider three
applications:' proposes them).
A paper that never names grants, funds, awards or projects lists no projects ('Highways: • Street Lighting – £25,000').
An item's status is the highest of: a flag before its name, '(, an aside,) which was granted', ', which received',
', granted' or ' was awarded' before its amount (the verb no part of the name), a note right after the amount ('£3,000 - approved'), its own description (progress
updates), the list's lead-in paragraph (or the heading above it; 'were delivered during the
year' completes the items that say nothing themselves) and a sentence after the list ('All
projects have now received approval'). These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import bisect
import re

from extractors.grants.decision_layout import GRANT_WORDS
from extractors.readers.blocks import Block, clean
from extractors.readers.fiscal_year import YEAR_DIGITS
from extractors.readers.vocabulary import GIVEN_WORDS
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, list_mentions, strip_name, title_case_name, valid_name
from extractors.grants.project_status import (
    FLAG, STATUS_RANK, lead_in_done, lists_no_projects, mixed_lead, own_approval, status_of_context,
    status_of_description, verdict_line,
)
from schemas.facts import ProjectStatus
from schemas.funding import ProjectMention

_FLAG_STATUS: dict[str, ProjectStatus] = {
    "WITHDRAWN": "withdrawn", "CANCELLED": "withdrawn", "CANCELED": "withdrawn", "COMPLETED": "completed",
    "COMPLETE": "completed", "APPROVED": "approved", "DEFERRED": "recommended", "ON HOLD": "approved",
}
_FUNDING_PAPER = re.compile(rf"{GRANT_WORDS.pattern}|\b(?:fund|funded|project|pot|award(?:ed|s)?|scheme|initiative|applications?|bids?)\b", re.I)
_PROGRESS_SECTION = re.compile(r"\bprogress\s+(?:updates?|reports?)\b|\bupdates?\s+on\s+(?:the\s+)?progress\b", re.I)
_ALL_APPROVED = re.compile(
    r"(?:^|[.!?:)]\s+)\W*(?:all|these|the\s+above|both|each\s+of\s+these)\b[^.]{0,40}?\b(?:projects?|bids?|schemes?)?\s*"
    r"(?:have|has)\s+(?:now\s+)?(?:received\s+(?:\w+\s+)?approval|been\s+approved)",
    re.I,
)
# A status note printed right after an amount: '£3,000 - approved', '(£2,000) – agreed by the Board'.
_NOTE_STATUS = re.compile(
    r"^(?:(?:was|were|has\s+been|have\s+been|now|fully)\s+)?(?P<word>approved|agreed|awarded|funded|recommended|supported|endorsed)\b",
    re.I,
)
_NOTE_STATUSES: dict[str, ProjectStatus] = {
    "approved": "approved", "agreed": "approved", "awarded": "approved", "funded": "approved",
    "recommended": "recommended", "supported": "recommended", "endorsed": "recommended",
}
# 'Org, <a short aside>, which was granted £N toward ...', 'Org, which received £N to ...', 'Org, granted £N for ...',
# 'Org was awarded £N': the bullet names the organisation, then says it was funded (the verb is no part of the name).
_GRANTED_CLAUSE = re.compile(
    r"(?:,\s+[^,£\n]{1,40}?|\s+in\s+[A-Z][\w'’ -]{1,40}?)?(?:,?\s+(?:which|who)\s+(?:(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:granted|awarded|given|allocated)|(?:has\s+|have\s+)?received)|,\s+(?:granted|awarded|given|allocated|receiving)"
    r"|\s+(?:was|were|has\s+been|have\s+been)\s+(?:granted|awarded|given|allocated))\s*$"
)


# '- Heat Map for Tarnby. Refresh the survey of homes ... £40,000 in 2024/25.': the item's short first sentence names
# the work its figure, printed after a description, pays for.
_NAME_SENTENCE = re.compile(r"(?P<name>[A-Z][^.\n£:;]{2,70}?)\.[ \t]+(?=[A-Z])")
_YEAR_SPAN_AFTER = re.compile(
    rf"\s+(?:from|over|across|between)\s+{YEAR_DIGITS}[/-]\d{{2,4}}\s*(?:–|—|-|to|and)\s*{YEAR_DIGITS}[/-]\d{{2,4}}\b", re.I
)
# 'Ball Court – £2,880 – submitted by Tarn Forum (Appendix A1)', '... - £490 – Mr Lee Fell (Appendix A4)', 'Bus Shelter:
# £380 (submitted by the Tarn Trust)': the applicant printed after the figure is the recipient, and names the project.
_SUBMITTED_BY = re.compile(
    r"^(?:(?:submitted|made|requested)\s+by\s+(?:the\s+)?(?P<by>[A-Z][^(),;\n]{1,80}?)"
    r"|(?P<person>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Rev)\.?\s+[A-Z][^(),;\n]{1,60}?))\s*(?:[(),;]|$)"
)


class _Lists:
    """Runs of consecutive list items in a span: each run's lead-in and trailer blocks."""

    def __init__(self, layout: FundingLayout) -> None:
        self.layout = layout
        self.run_of: dict[int, int] = {}
        self.lead_in: dict[int, Block | None] = {}
        self.trailer: dict[int, Block | None] = {}
        blocks = layout.blocks
        run = -1
        for i, block in enumerate(blocks):
            if block.kind != "item":
                continue
            if i == 0 or blocks[i - 1].kind != "item":
                run = i
                self.lead_in[run] = next(
                    (b for b in reversed(blocks[:i]) if (b.kind != "item" and b.section == block.section) or b.index == block.section),
                    None,
                )
            self.run_of[i] = run
        for run in self.lead_in:
            end = run
            while end + 1 < len(blocks) and blocks[end + 1].kind == "item":
                end += 1
            self.trailer[run] = blocks[end + 1] if end + 1 < len(blocks) else None


# A minute's resolution run on after the applicant's name on a list line.
_RESOLUTION_TAIL = re.compile(r"\s+[–—:-]\s+(?:it\s+was\s+)?(?:resolved|agreed|approved|unanimously|resolution)\b.*$", re.I)


def item_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    if not _FUNDING_PAPER.search(layout.flat[layout.start : layout.end]):
        return []  # 'Highways: • Street Lighting – £25,000': a paper that never names grants, funds or projects
    lists = _Lists(layout)
    found = []
    for block in layout.blocks:
        if block.kind != "item":
            continue
        run = lists.run_of[block.index]
        body_start = block.body_start
        flag = FLAG.match(layout.flat[body_start : block.end])
        flag_status = _FLAG_STATUS[flag.group("flag")] if flag else None
        name_start = body_start + (flag.end() if flag else 0)
        amounts = layout.amounts_in(block.start, block.end)
        first = amounts[0] if amounts else None
        if first is not None and layout.in_range(first):
            continue
        name_end = None
        if first is not None and first.start - name_start <= 220:
            prefix = layout.flat[name_start : first.start]
            stripped = re.sub(r"\s*(?:\(\s*|[–—:-]\s*)(?:[A-Za-z.]+\s+){0,2}$", "", prefix)
            qualifier_cut = re.sub(r"\s*(?:approx\.?|approximately|around|circa|c\.|up\s+to|over|just\s+over)\s*$", "", stripped, flags=re.I)
            if granted := _GRANTED_CLAUSE.search(qualifier_cut):
                qualifier_cut = qualifier_cut[: granted.start()]
            if valid_name(strip_name(qualifier_cut)):
                name_end = name_start + len(qualifier_cut.rstrip())
            elif (
                (head := _NAME_THEN_PURPOSE.match(qualifier_cut)) and _DASH_BEFORE_FIGURE.search(prefix)
                and title_case_name(strip_name(head.group("name")))
            ):
                name_end = name_start + head.end("name")  # '- Kestrel FC, help with pitch fees, kit, and hire – £200;'
        sentence_named = False
        if name_end is None and first is not None and len(amounts) == 1 and first.start - name_start <= 600:
            named = _NAME_SENTENCE.match(layout.flat, name_start, first.start)
            if named and valid_name(strip_name(named.group("name"))):
                name_end, sentence_named = named.end("name"), True
        if name_end is None:
            first = None
            line_end = min(block.first_line_end, block.end)
            raw_line = layout.text[block.start : line_end]
            has_description = line_end < block.end
            if not (has_description or "**" in raw_line or flag):
                continue
            name_end = line_end
        name = strip_name(layout.flat[name_start:name_end])
        if resolution := _RESOLUTION_TAIL.search(name):
            name = name[: resolution.start()]  # 'Fell Hospice – resolved to donate £N': the applicant, then the minute
            if len(name.split()) < 2:
                continue  # 'Donations – resolved to give £N': a heading, no applicant
        if not valid_name(name):
            continue
        if first is not None and (applicant := _APPLICANT_AFTER.match(layout.flat[first.end : block.end])):
            name = f"{strip_name(applicant.group('org') or applicant.group('person'))} – {name}"
        carried = None
        if first is not None and _ASKED_BEFORE.search(layout.flat[name_start : first.start]):
            first, carried = _granted_instead(layout, block, first, claimed)
        description_start = first.end if first is not None else name_end
        description = clean(layout.flat[description_start : block.end]).lstrip(")–—-:., ")
        description = re.sub(r"^and\b", "", description).strip()
        # the applicant is printed on the figure's own line: a line under the item ('Cllr X, cabinet member, said:') is
        # the story going on, not who applied
        own_line = _own_line(layout.text[first.end : block.end]) if first is not None else ""
        applicant = _SUBMITTED_BY.match(re.sub(r"^and\b", "", own_line).strip()) if first is not None else None
        if applicant and valid_name(who := strip_name(applicant.group("by") or applicant.group("person"))):
            name = who
        lead_in = lists.lead_in.get(run)
        lead_text = clean(layout.flat[lead_in.start : lead_in.end]) if lead_in else ""
        clause = _clause_before(layout, lead_in.start if lead_in else layout.blocks[run].start, block.start)
        if clause and lists_no_projects(clause):
            continue
        approval = own_approval(layout.flat[block.start : block.end]) if clause and mixed_lead(clause) else ""
        if approval is None:
            continue
        inner = _clause_before(layout, layout.blocks[run].start, block.start)
        if inner and status_of_context(inner)[0] is not None:
            lead_text = inner
        trailer = lists.trailer.get(run)
        last_item = layout.blocks[trailer.index - 1] if trailer else layout.blocks[-1]
        trailer_text = " ".join(
            clean(layout.flat[b.start : b.end]) for b in (last_item, trailer) if b is not None
        )
        progress = bool(_PROGRESS_SECTION.search(lead_text))
        candidates: list[tuple[ProjectStatus, str]] = []
        if flag_status:
            candidates.append((flag_status, flag.group(0).strip()))
        if first is not None and (granted := _GRANTED_CLAUSE.search(layout.flat[name_start : first.start])):
            candidates.append(("approved", granted.group(0).strip(" ,")))
        if first is not None and (note := _NOTE_STATUS.match(description)):
            candidates.append((_NOTE_STATUSES[note.group("word").lower()], note.group(0)))
        status, evidence = status_of_description(description, progress)
        if status:
            candidates.append((status, evidence))
        elif (done := lead_in_done(lead_text)) is not None:
            candidates.append(("completed", done))
        status, evidence = status_of_context(lead_text)
        if status:
            candidates.append((status, evidence))
        verdict = verdict_line(layout.text[trailer.start : trailer.first_line_end]) if trailer else None
        if (match := _ALL_APPROVED.search(trailer_text) or verdict) is not None:
            candidates.append(("approved", match.group(0)))
        if carried:
            candidates.append(("approved", carried))
        if approval:
            candidates.append(("approved", approval))
        chosen = max(candidates, key=lambda c: STATUS_RANK[c[0]]) if candidates else (None, None)
        if sentence_named and chosen[0] not in ("approved", "recommended"):
            continue  # a first sentence names the item only under a lead that approves or recommends the list
        if first is not None:
            claimed.add(first.start)
        mention = build_mention(
            layout,
            extractor,
            name=name,
            amount=first,
            start=block.start,
            end=block.end if first is None else max(first.end, name_end),
            status=chosen[0],
            evidence=chosen[1],
            layout_kind="bullet" if first is not None else "heading",
            block=block,
            list_id=run,
        )
        if first is not None and _YEAR_SPAN_AFTER.match(layout.flat, first.end):
            mention = mention.model_copy(update={"financial_year": None, "year_source": "none"})
        found.append(mention)
    return found


def _own_line(after: str) -> str:
    """The rest of the figure's line, or its bracket wrapped onto the next line ('£N (submitted by Tarn Town' / 'Council)')."""
    bracket = re.match(r"\s*\([^()]{1,200}\)", after)
    return clean(bracket.group(0) if bracket else after.split("\n", 1)[0]).lstrip("()–—-:., ")


def _clause_before(layout: FundingLayout, start: int, item_start: int) -> str | None:
    """The last clause ending in a colon in ``flat[start:item_start]``: an item's lead, or a lead the rendering ran
    into the item above ('... - £950 Members were then asked to look at four further bids:'), its brackets left out."""
    colon = layout.flat.rfind(":", start, item_start)
    if colon < 0:
        return None
    clause_start = max(layout.flat.rfind(". ", start, colon), layout.flat.rfind("£", start, colon), start)
    return re.sub(r"\([^()]*\)", " ", layout.flat[clause_start:colon])  # '£N (submitted by X)': the item above's aside


# 'Ball Court Repairs – £2,880 – submitted by Fernby Forum (Appendix A1)', 'Football Kit - £490 – Mr J Roe': the applicant
# printed after a purpose's figure is the recipient the project is recorded under.
_APPLICANT_AFTER = re.compile(
    r"[ \t]*[–—-][ \t]*(?:submitted[ \t]+by[ \t]+(?P<org>[A-Z][^,(;\n]{2,60}?)|"
    r"(?P<person>(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}))[ \t]*(?:[,(;]|$)",
    re.M,
)
# 'Name: Request for £500 ... a grant of £350 is awarded': the figure asked for, then the one granted.
_ASKED_BEFORE = re.compile(r"[:–—-]\s*(?:an?\s+)?(?:request(?:ed|ing)?|application|applied|asking|asked)\s+(?:\w+\s+){0,2}$", re.I)
_GRANT_OF_BEFORE = re.compile(r"\b(?:grant|award|sum|contribution)\s+of\s*$", re.I)
_GRANTING = re.compile(r"\b(?:awarded|approval|approved?|agreed|granted)\b", re.I)
# A motion that passed: 'PROPOSED ...; SECONDED ...; the vote was unanimous'.
_CARRIED = re.compile(r"\bvote\s+was\s+unanimous\b|\bunanimously\s+(?:agreed|resolved|approved)\b|\bmotion\s+(?:was\s+)?carried\b", re.I)


def _granted_instead(layout: FundingLayout, block: Block, asked, claimed: set[int]):
    """(amount, carried) for an item opening with the figure asked for: the later 'grant of £N' its own sentence
    awards or approves replaces it, approved when a carried vote follows; else the asked figure, unchanged."""
    for amount in layout.amounts_in(asked.end, block.end):
        if amount.start in claimed or amount.amount is None:
            continue
        if not _GRANT_OF_BEFORE.search(layout.flat[max(block.start, amount.start - 40) : amount.start]):
            continue
        sentence = layout.flat[slice(*layout.sentence_at(amount.start))]
        if not _GRANTING.search(sentence):
            continue
        carried = _CARRIED.search(layout.flat[amount.end : block.end])
        return amount, carried.group(0) if carried else None
    return asked, None


# 'Kestrel FC, help with pitch fees, new kit, and hire costs – £200': a Title-Case name, then after its comma a purpose in
# lower case whose own commas make the whole no name.
_NAME_THEN_PURPOSE = re.compile(
    r"(?P<name>[^,\n]{2,80}),[ \t]+(?=(?:to|for|towards|help|helping|support|supporting)\s)"
)
_DASH_BEFORE_FIGURE = re.compile(r"\s[–—-]\s*$")
# A pair of a run-on list: the name between the previous amount (or the colon) and ' - £N'.
# Possessive spaces, the same matches (spaces then a lone dash still name the second-last space): a padded line
# was split three ways (review s18 sweep).
_RUN_ON_NAME = re.compile(r"^(?:(?=\s*+[-–—]\s*+$)\s*(?=\s\s+[-–—])|\s*+)(?P<name>[^:;£\n]{1,100}?)\s++[-–—]\s*+$")
# 'be approved: Name A £5,000; Name B £800; Name C £500' (or one per line): no dash, so the lead-in must
# award or approve the list and each name must be Title Case.
_BARE_RUN_ON_NAME = re.compile(r"^[;,]?\s*(?:and\s+)?(?P<name>[A-Z0-9][^:;£\n]{1,100}?)\s*$")
_RUN_ON_MIN = 3
# A lettered or numbered marker before each name of a run-on list: 'a) Name - £N, subject to ... b) Name - £N'.
# What precedes the marker closes the previous item.
_RUN_ON_MARKER = re.compile(r"(?:^|\s)\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+(?=[A-Z0-9])")
# Title-Case pairs under an approving lead-in naming grants or awards: two are enough ('grants be awarded as
# follows: A £N and B £M').
_BARE_RUN_ON_MIN = 2


def run_on_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """'... included: Name A - £5000 Name B - £5000 Name C - £500': a list the text rendering flattened
    onto one line. At least three 'Name - £N' pairs must follow a colon back to back, each name valid;
    the words before the colon give the status. Any colon of the paragraph may open the run: without
    blank lines a title or lead paragraph with its own figure runs into the same block. A colon after a run
    opens the next ('Primary Bid: A - £N B - £N C - £N Secondary Bid: D - £N ...'); a run under words refusing it
    ('Declined: A - £N ...') is no list of projects."""
    found = []
    for block in layout.blocks:
        if block.kind != "paragraph":
            continue
        amounts = [a for a in layout.amounts_in(block.start, block.end) if a.start not in claimed]
        starts = [a.start for a in amounts]
        colon = layout.flat.find(":", block.start, amounts[-1].start) if amounts else -1
        while colon >= 0:
            pairs, cursor, bare, marked = [], colon + 1, False, None
            for amount in amounts[bisect.bisect_right(starts, colon) :]:
                gap = layout.flat[cursor : amount.start]
                marker = _marker_end(gap)
                if marked is None:
                    marked = marker is not None
                if marked != (marker is not None):
                    break
                if marker is not None:
                    cursor, gap = cursor + marker, gap[marker:]
                match = _RUN_ON_NAME.match(gap)
                if not match and (match := _BARE_RUN_ON_NAME.match(gap)):
                    bare = True
                name = _ALIAS.sub("", strip_name(match.group("name"))) if match else ""
                if not match or not valid_name(name) or not re.match(r"[A-Z0-9]", name):
                    break
                if bare and not title_case_name(name):
                    break
                pairs.append((cursor + match.start("name"), name, amount))
                cursor = amount.end
            if not pairs:
                colon = layout.flat.find(":", colon + 1, amounts[-1].start)
                continue
            lead = clean(layout.flat[layout.sentence_at(colon)[0] : colon])
            status, evidence = status_of_context(lead)
            if status is None and (resolved := RESOLVED_TO_APPROVE.search(clean(layout.flat[block.start : colon]))):
                status, evidence = "approved", resolved.group(0)
            enough = len(pairs) >= _RUN_ON_MIN or (
                bare and len(pairs) >= _BARE_RUN_ON_MIN and bool(GRANT_WORDS.search(lead) or _AWARD_WORDS.search(lead))
            )
            if enough and (not bare or status is not None) and not lists_no_projects(lead) and not mixed_lead(lead):
                found += list_mentions(layout, extractor, pairs, status=status, evidence=evidence, block=block, claimed=claimed)
                colon = layout.flat.find(":", cursor, amounts[-1].start)
                continue
            colon = layout.flat.find(":", colon + 1, amounts[-1].start)
    return found


# 'Westdyke Hall (aka Westdyke Playgroup) - £N': the alias after the name is no part of it.
_ALIAS = re.compile(r"\s*\((?:aka|a\.k\.a\.?|also\s+known\s+as|formerly)\b[^()]*\)$", re.I)
# 'Committee agreed: 1. to approve the following awards:': the resolution's verb approves the list.
RESOLVED_TO_APPROVE = re.compile(r"\b(?:agreed|resolved|decided)\b(?:[^.£]|(?<=\d)\.){0,60}?\bto\s+approve\b[^.£:]{0,80}$", re.I)


def _marker_end(gap: str) -> int | None:
    """The offset after the last item marker of a run-on gap, when what precedes it closes an item (no colon)."""
    markers = list(_RUN_ON_MARKER.finditer(gap))
    if not markers or ":" in gap[: markers[-1].start()]:
        return None
    return markers[-1].end()


# One award a line under a lead-in ending in a colon: 'Name – £N', 'Name: £N (what for)', 'Name £N',
# 'Name – £N – what for' (the purpose joins the name: 'Name – what for').
_LINE_PAIR = re.compile(
    r"^[ \t]*(?:[-•*·\uf0b7▪●■➢►][ \t]*|\d+[.)][ \t]+)?(?P<name>[A-Z0-9][^£\n:|]{1,100}?)[ \t]*(?P<sep>[–—:-]|\s)[ \t]*(?P<amount>£[\d,.]+[km]?)"
    r"[ \t]*(?:\([^()\n]{2,80}\)|[–—-][ \t]+(?P<purpose>[A-Za-z][^£\n]{1,80}?))?[ \t]*[.;,]?[ \t]*$"
)
_LINE_PAIRS_MIN = 2
# A note after the figure that gives a status or a payment ('– approved', '– paid in full') is no purpose.
_STATUS_NOTE = re.compile(
    r"(?:approved|agreed|awarded|granted|paid|pending|deferred|refused|declined|withdrawn|recommended|rejected"
    r"|not\s+\w+|tbc|to\s+be\s+confirmed|in\s+full|part(?:ly)?)\b", re.I
)
_AWARD_WORDS = re.compile(r"\b(?:awards?|applications?|bids?)\b", re.I)
# A heading that says its lines were given, no colon after it: 'GRANTS AWARDED 2024/25', 'Grants approved in March'.
_AWARD_HEADING = re.compile(
    r"^(?=[^.!?;:£]{3,80}$)(?:[\w’'/-]+\s+){0,4}?(?:grants?|awards?|funding|applications?)\s+" + GIVEN_WORDS + r"\b",
    re.I,
)
_TOTAL_LINE = re.compile(r"^\W*(?:grand\s+)?total\b", re.I)


def line_pair_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """A paragraph whose first line (ending in a colon) approves, awards or recommends the awards on each
    of its following lines (at least two, every one a pair). A name without a dash before its figure
    must be Title Case; an aside after the figure ('(winter larder)') is no part of the name."""
    found = []
    for block in layout.blocks:
        if block.kind != "paragraph":
            continue
        heading = layout.blocks[block.index - 1] if block.index > 0 and block.section == block.index - 1 else None
        heading_text = clean(layout.flat[heading.start : heading.end]) if heading is not None else ""
        if heading is not None and _AWARD_HEADING.match(heading_text):
            lead, cursor = heading_text, block.start
        else:
            lead, cursor = clean(layout.flat[block.start : block.first_line_end]), block.first_line_end + 1
            if block.first_line_end >= block.end or not (lead.endswith(":") or _AWARD_HEADING.match(lead)):
                continue
        status, evidence = status_of_context(lead)
        if status is None or not (GRANT_WORDS.search(lead) or _AWARD_WORDS.search(lead)) or lists_no_projects(lead):
            continue
        pairs = []
        for line in layout.text[cursor : block.end].split("\n"):
            if _TOTAL_LINE.match(line):
                break
            match = _LINE_PAIR.match(line)
            name = strip_name(match.group("name")) if match else ""
            inside = layout.amounts_in(cursor, cursor + len(line))
            if not match or len(inside) != 1 or inside[0].start in claimed or not valid_name(name):
                pairs = []
                break
            if match.group("sep").isspace() or match.group("sep") == ":":
                if not title_case_name(name):
                    pairs = []
                    break
            if match.group("purpose") and _STATUS_NOTE.match(match.group("purpose")):
                pairs = []
                break
            if match.group("purpose") and match.group("sep") in "–—-":
                name = f"{name} – {strip_name(match.group('purpose'))}"
            elif match.group("purpose"):
                pairs = []
                break
            pairs.append((cursor + match.start("name"), name, inside[0]))
            cursor += len(line) + 1
        if len(pairs) < _LINE_PAIRS_MIN:
            continue
        found += list_mentions(layout, extractor, pairs, status=status, evidence=evidence, block=block, claimed=claimed)
    return found
