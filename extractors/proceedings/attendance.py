"""Attendance from minutes and meeting pages (present, apologies, in attendance), names as printed.

Lists open with a label: 'PRESENT:' / 'Members present:' / 'Attendance' (present), 'IN ATTENDANCE:' /
'ALSO PRESENT:' / 'Also:' / 'Officers (attending):' / 'Officials in attendance:' / 'Non-Members also present:' / 'Other Members:' /
'Guests:' / 'Clerk to the Council:' / 'Others:' (in attendance); Welsh '(Yn) bresennol:' / 'Wrth law:' / 'Ymddiheuriadau:', 'Apologies:', a numbered '25/031 Apologies for
absence' heading (past the item's own description, 'Members are asked to ... apologies ...'); in run-on text the label may sit inside a line ('... HALL PRESENT: Cllr A ...') or close the heading's sentence
('... at 10.15 am when there were present:'); 'There were present:', 'Sederunt' alone on its line, 'Present …'
(an ellipsis), '1) Apologies – names', and a 'Chair: Cllr A' line just above a present label (present).
A list runs to its full stop (split on commas, semicolons, 'and' and '&' outside brackets, and between
names printed one after another: 'Cllr A (Mayor) Cllr B'), or gives one name per line (under group
headings 'BAILIES' / 'COUNCILLORS' whose title each name takes), or gives paragraphs that open with a
group label and run 'Name, role' entries together ('Deputy Portfolio Holders Councillor A, Housing
Councillor B, Transport'; a piece of this kind is marked None). Sentences name
people too: 'Apologies (for absence) were (also) received from / on behalf of ...', 'There were
apologies for absence from ...', 'the apologies of ... were noted', '<names> sent apologies.'
(apologies); '<name>, <role>; ... and <name>, <role>, were in attendance (for this item).', 'Also
in attendance was ...', 'X attended the meeting to ...', 'X were (also) present' after a list,
'with X attending as their representative' (in attendance); substitutes, 'Councillor X in the Chair',
guests welcomed 'who were in attendance' and tables (see ``extractors.proceedings.attendance_table``, and for a multi-agency
meeting's 'Name Agency' table printed with single spaces ``attendance_agency``, a 'Members | Role' table one cell a line
``attendance_cell_pairs``, a CMIS attendance tab flattened into one line ``attendance_cmis_tab``); unlabelled lists under the minutes' heading and a 'Councillors:' heading (``attendance_preamble``,
``attendance_headless`` below a page's menu,
``attendance_roll``, a council's roll keyed '* Absent' ``attendance_keyed_roll``, a board's roster of role labels over
names ``attendance_role_roster``); bulleted lists run on under their labels (``attendance_bullets``).
PDF board minutes may run bare names together ('PRESENT Ann Lee Bob Roe'): two words a name. A plural title
is shared ('Councillors A and B'); a role follows a name in brackets or after a dash; a name running into the
sentence ('Councillor A who ...') is cut to its name (one entry's record: ``attendance_record``).
A meeting page's 'Attendee | Role | Attendance' table gives present ('Present, virtual' too),
apologies and in attendance (an officer marked present is in attendance; 'Expected' and 'Absent'
are not attendance). Lateness, leaving early and 'There were no apologies' record nobody. Lines hard-wrapped at a
page's width read as the one line they were (``spans.unwrapped``).
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_columns import left_columns, right_columns
from extractors.proceedings.attendance_group_leads import GROUP_LABEL, under_apologies_lead
from extractors.proceedings.attendance_labels import LIST_LABEL, spelt_labels
from extractors.proceedings.attendance_record import attendee as _attendee
from extractors.proceedings.attendance_entries import REPRESENTED as _REPRESENTED, list_entries
from extractors.proceedings.attendance_roles import item_groups, role_lists, staff_after
from extractors.proceedings.attendance_lists import section_text as _section_text
from extractors.proceedings.attendance_sections import sections as _section_lists
from extractors.proceedings.attendance_sentences import (
    APOLOGY_SENTENCE as _APOLOGY_SENTENCE, ATTENDANCE_FIRST as _ATTENDANCE_FIRST, FOLLOWING as _FOLLOWING, NAME_PATTERN as _NAME_PATTERN,
    apology_item_lines as _apology_item_lines, apology_sentences as _apology_sentences, participle_apologies, under_decision,
)
from extractors.proceedings.post_then_name import SUB_GROUP as _SUB_GROUP
from extractors.readers.name_lists import singular_title
from extractors.readers.names import PLURAL_LINE, bare_name, printed_name
from extractors.readers.shared_titles import heading_titles
from extractors.readers.spans import lines, unwrapped
from schemas.parsed import ParsedDocument
from schemas.structure import Attendance, AttendeeRecord, NamedPerson, Paper

VERSION = "114"
NAME = "attendance"

# '..., with Councillors C and D attending as substitutes': C and D are present.
_SUBSTITUTES = re.compile(r"\bwith\s+(?P<names>[^.;]{3,300}?)\s+(?:attending|present)\s+as\s+(?:their\s+)?substitutes\b")
# 'Ward Cllr. Mrs H. Lowe.' alone on the line under a present list that ended: another tier's councillor attending.
_VISITING = re.compile(rf"^[ \t]*(?P<name>(?:Ward|District|County|Borough|Unitary)\s+(?:Cllr|Councillor)\.?\s+{_NAME_PATTERN})\.?[ \t]*$", re.M)
_SQUARE_POST = re.compile(r"(?<=[A-Za-z.] )\[((?:vice[\s-]?|deputy\s+|(?:parish|town|assistant)\s+)?(?:chair(?:man|woman|person)?|mayor|convener|clerk|treasurer|secretary))\]", re.I)
# 'Ann Lowe (Chair) [AL], Bob Ray [BR]': a member's initials in square brackets after the name or its post, as minutes
# print them in round ones ('Ann Lowe (AL)').
_SQUARE_INITIALS = re.compile(r"(?<=[A-Za-z.)] )\[([A-Z]{1,4}[a-z]?)\](?=[\s,;.]|$)")
_STAFF_GROUP = re.compile(r"[ \t]*(?:Officers|Staff)[ \t]*:[ \t]*(?=\S)")
_TITLES_GROUP = re.compile(r"(?:Councillors|Cllrs)\.?[ \t]*:[ \t]*(?=[A-Z])")
_OFFICERS_ONLY = re.compile(r"\W*officers\W*$", re.I)
_PLURAL_BETWEEN = re.compile(r"^[ \t]*(?P<title>Councillors|Cllrs\.?)[ \t]*:?[ \t]*$", re.M)


def _round_brackets(text: str) -> str:
    """``text`` with a post or a member's initials in square brackets read as in round ones (same length, same spans)."""
    return _SQUARE_INITIALS.sub(r"(\1)", _SQUARE_POST.sub(r"(\1)", text))


def _same_person(name: str, other: str, key: str, other_key: str) -> bool:
    """The two names may be one person's: one key ('j lowe'), unless both print a first name in full and they differ
    ('Jan Lowe', 'Joe Lowe'; a short form opening the other, 'Rob Lowe' and 'Robert Lowe', is one)."""
    first, second = sorted(((bare_name(n).split() or [""])[0].rstrip(".").lower() for n in (name, other)), key=len)
    return key == other_key and (len(first) < 2 or second.startswith(first))


def extract_attendance(document: ParsedDocument, papers: list[Paper]) -> list[AttendeeRecord]:
    """Attendance list entries of the minutes and meeting pages among ``papers``; a page printing its labels and titles
    in Welsh and English ('PRESENNOL / PRESENT:') is read by their English half (``attendance_bilingual``)."""
    from extractors.proceedings.attendance_capitals import as_printed, in_runs, item_heading, mixed_case, recased_runs
    from extractors.proceedings.attendance_bilingual import as_printed as welsh_printed, english_half
    from extractors.readers.capitals import in_capitals

    printed, document = document, english_half(document)
    if document is not printed:
        return [welsh_printed(record, printed.text) for record in extract_attendance(document, papers)]
    if in_capitals(document.text):
        records = _attendance(mixed_case(document), papers)
        records = [as_printed(record, document.text) for record in records if not item_heading(record, document.text)]
    else:
        recased, runs = recased_runs(document)
        records = [as_printed(record, document.text) if in_runs(record, runs) else record for record in _attendance(recased, papers)]
    # Every attendee, however read, must be a person's name as printed. One printed name has one attendance: a member
    # a list gives present is not also in attendance (a run-on 'IN ATTENDANCE:' list reading on into the sentence after
    # it, '... Member Services Officer At the commencement of the meeting, the Mayor, Councillor A Lowe, welcomed ...').
    present = {record.name for record in records if record.attendance == "present"}
    return [
        record for record in records
        if printed_name(record.name) and not (record.attendance == "in_attendance" and record.name in present)
    ]


def _attendance(document: ParsedDocument, papers: list[Paper]) -> list[AttendeeRecord]:
    """``extract_attendance`` of a document in mixed case, with the fallback's names under a label (``attendance_fallback``)
    of the people the readers did not find, and the committee and panel layouts of ``attendance_members``."""
    from extractors.proceedings.attendance_fallback_merge import fallback_records
    from extractors.proceedings.attendance_members import member_records
    from extractors.proceedings.attendance_parish_labels import labelled_records
    from extractors.proceedings.attendance_stacked import stacked_lists

    plain = spelt_labels(_round_brackets(unwrapped(document.text)))
    listed = _listed(document, papers)
    listed += fallback_records(document, left_columns(plain), papers, listed, _attendee)
    sources = [(left_columns(plain), None), *((right, (start, end)) for right, start, end in right_columns(plain))]
    found = stacked_lists(listed + labelled_records(document, sources, papers, listed, _attendee), plain)
    return member_records(document, papers, found)


def _listed(document: ParsedDocument, papers: list[Paper]) -> list[AttendeeRecord]:
    """The attendance lists, tables and sentences the primary readers find."""
    from extractors.proceedings.attendance_preamble import (
        REMOTE, members_heading_start, members_in_attendance, officer_attendance, preamble_lists,
    )
    from extractors.proceedings.attendance_agency import agency_tables
    from extractors.proceedings.attendance_arrivals import late_arrivals
    from extractors.proceedings.attendance_cards import attendee_cards, dashed_run, listed_runs, marked_register, org_lines
    from extractors.proceedings.attendance_cell_pairs import cell_pairs
    from extractors.proceedings.attendance_cmis_tab import cmis_attendance_tab
    from extractors.proceedings.attendance_members import label_above
    from extractors.proceedings.attendance_apology_groups import grouped_apologies
    from extractors.proceedings.attendance_bullets import bullet_runs
    from extractors.proceedings.attendance_groups import group_runs, opening_list
    from extractors.proceedings.attendance_keyed_roll import keyed_roll
    from extractors.proceedings.attendance_role_roster import flat_rosters, role_rosters
    from extractors.proceedings.attendance_initialled_lines import initialled_lines
    from extractors.proceedings.attendance_name_grid import name_grid
    from extractors.proceedings.attendance_post_groups import post_groups
    from extractors.proceedings.attendance_witnesses import witnesses
    from extractors.proceedings.attendance_parish_apologies import parish_apologies
    from extractors.proceedings.attendance_represented import represented_rows
    from extractors.proceedings.attendance_speakers import public_speakers
    from extractors.proceedings.attendance_titled import titled_column
    from extractors.proceedings.attendance_unlabelled import unlabelled_lists
    from extractors.proceedings.attendance_headless import headless_run
    from extractors.proceedings.attendance_roll import (
        marked_grid, members_label, roll_block, shared_title, starred, starred_rows, with_role,
    )
    from extractors.proceedings.attendance_table import (
        chair_sentences, counted_clerk, following_lines, in_the_chair, sentence_lists, substitute_records, table_rows,
        welcomed_guests,
    )

    # 'Councillor A Lowe [Chair]': a post in square brackets reads as one in round brackets (same length, same spans).
    # A hard-wrapped list or sentence reads as one line (``unwrapped``: same length, same spans).
    text = left_columns(spelt_labels(_round_brackets(unwrapped(document.text))))
    found: list[AttendeeRecord] = []
    taken: set[tuple[int, int]] = set()

    def keep(record: AttendeeRecord | None, again: bool = False, from_table: bool = False, restated: bool = False, member: bool = False) -> None:
        """``again``: a sentence naming someone a list may already hold (a substitute, the chair); ``restated``: an
        apologies list or sentence naming again, perhaps with another title, the people an apologies list above holds
        ('Cllrs: A Lowe' / 'Councillors A Lowe and B Ray'; only within one kind: 'A Lowe' present and 'Al Lowe' apologies
        share a key); ``member``: a body's representative on a board, its post no officer's."""
        span = (record.provenance.start, record.provenance.end) if record else None
        if again and record and any(_same_person(f.name, record.name, f.person_key, record.person_key) for f in found):
            return
        if restated and record and any((f.person_key, f.attendance) == (record.person_key, record.attendance) for f in found):
            return
        # A page printing one sentence twice (under 'Decision:' and 'Minutes:') names the person once.
        if record and any((f.name, f.attendance) == (record.name, record.attendance) for f in found):
            return
        if record and not from_table and any(s <= span[0] < e for s, e in tables):
            return
        if record and span not in taken:
            taken.add(span)
            found.append(record if member else officer_attendance(record, text))

    def add(
        entries: list[tuple[int, int]], kind: Attendance, again: bool = False, start: int | None = None, shared: str = "",
        restated: bool = False, member: bool = False,
    ) -> None:
        """``shared``: the title a label gives every bare name after it ('Councillors present: Lowe, Ray')."""
        for (start, end), hint in zip(entries, heading_titles(text, entries, start)):
            keep(_attendee(document, text, start, end, kind, (hint[0] or shared, *hint[1:])), again, restated=restated, member=member)

    tables: list[tuple[int, int]] = []
    for paper in papers:
        if paper.kind not in ("minutes", "meeting_page", "agenda", "other"):
            continue
        # A table's rows give their own attendance; a label list that reads into the table takes none of them.
        rows, spans = table_rows(document, text, paper.start, paper.end)
        for record in rows:
            keep(record, from_table=True)
        tables += spans
        officers, spans = dashed_run(text, paper.start, paper.end)
        for start, end, post in officers:
            keep(with_role(_attendee(document, text, start, end, "in_attendance", trim=False), post), from_table=True)
        tables += spans
        members, spans = listed_runs(text, paper.start, paper.end)
        for kind, start, end, post in members:
            keep(with_role(_attendee(document, text, start, end, kind, trim=False), post), from_table=True)
        tables += spans
        sections = list(_section_lists(text, paper.start, paper.end))
        # A report's 'Officers: A Lowe (Head of Finance)' with no present or apologies list in its paper lists contacts.
        contacts_only = paper.kind in ("agenda", "other") and all(k == "in_attendance" for k, *_ in sections)
        for kind, line, value_start, region, index, inline in sections:
            if contacts_only and _OFFICERS_ONLY.match(text, line.start, value_start):
                continue
            # '1) Apologies – apologies were received from Cllrs A and B': the sentence pass reads the names.
            if kind == "apologies" and _APOLOGY_SENTENCE.match(text, value_start):
                continue
            if kind == "in_attendance" and GROUP_LABEL.match(line.raw) and under_apologies_lead(region, index):
                # 'Apologies for absence were received from:' / 'Officers: A Lowe (Solicitor)': the officers sent apologies.
                kind = "apologies"
            if kind == "members":
                # 'In attendance:' / 'Councillors:': councillors who are not members attend ('Apologies:' over it: apologies).
                kind = "apologies" if under_apologies_lead(region, index) else label_above(region, index)
                value_start = members_heading_start(text, paper, region, index, value_start, LIST_LABEL)
                if value_start is None:
                    continue
                # 'Councillors:' alone on its line over one name a line: the list opens under it, its plural every bare name's.
                value_start = line.end if PLURAL_LINE.match(line.text) else value_start
            # 'Present: Chairman: Cllr A Councillors: B, C Clerk: Mrs D': each role label gives its names' kind.
            if kind == "present" and (runs := role_lists(region, index, value_start)):
                for attendance, start, end, role, plural in runs:
                    entries = list_entries(text, [(start, end, True)])
                    hints = [(plural, "", True)] * len(entries) if plural else heading_titles(text, entries, start)
                    for (first, last), hint in zip(entries, hints):
                        keep(with_role(_attendee(document, text, first, last, attendance, hint), role))
                continue
            # 'PRESENT' / 'Councillor' / 'A Lowe (Chair) Brookford County Council': the lone title is every name's.
            if kind in ("present", "apologies") and not inline and (column := titled_column(region, index)):
                for start, end in column[1]:
                    keep(_attendee(document, text, start, end, kind, (column[0], "")))
                continue
            # A meeting page's 'Attendance' item: its minute lists people one a line under group headings.
            if kind == "present" and not inline and (grouped := item_groups(region, index)):
                for attendance, start, end, post in grouped:
                    keep(with_role(_attendee(document, text, start, end, attendance), post))
                continue
            value_start = following.end() if (following := _FOLLOWING.match(text, value_start)) else value_start
            # 'Present: Members: A, B; Others: C' (a Scottish community council): the group's own label is no name.
            value_start += group.end() if (group := _SUB_GROUP.match(text[value_start : line.end])) else 0
            # 'IN ATTENDANCE: Officers: Mr A Lowe – Chief Executive ...': the officers' own label under it is no name.
            value_start += staff.end() if kind == "in_attendance" and (staff := _STAFF_GROUP.match(text[value_start : line.end])) else 0
            label = text[line.start : value_start] if not inline else ""
            # 'APOLOGIES: Cllrs: A Lowe, B Ray' run on: a plural title with its colon opening the list is every name's.
            if inline and (titles := _TITLES_GROUP.match(text, value_start, line.end)):
                label, value_start = titles[0], titles.end()
            shared = "Councillor" if re.search(r"(?i)\bcouncillors\b", label) else "Cllr" if re.search(r"(?i)\bcllrs\b", label) else ""
            pieces = [p for p in _section_text(line, value_start, region, index, inline) if not under_decision(text, p[0])]
            # 'PRESENT' / 'Councillors' / 'Ark (Chairman), Bell': the plural alone on the line over the list is every name's.
            if not shared and pieces and not inline and (plural := _PLURAL_BETWEEN.search(text, value_start, pieces[0][0])):
                shared = singular_title(plural["title"])
            add(list_entries(text, pieces), kind, start=value_start, shared=shared, restated=kind == "apologies")
            # 'Mrs A Lowe – Clerk to the Council' on its own line under the present list: in attendance.
            if kind == "present" and pieces and not inline:
                add(staff_after(region, max(end for _, end, _ in pieces)), "in_attendance")
        for kind, start, end in represented_rows(text, paper.start, paper.end) + bullet_runs(text, paper.start, paper.end):
            keep(_attendee(document, text, start, end, kind, trim=False), again=True)
        for start, end in public_speakers(text, paper.start, paper.end):
            keep(_attendee(document, text, start, end, "in_attendance", trim=False), again=True)
        for kind, start, end, post in (
            agency_tables(text, paper.start, paper.end) + cell_pairs(text, paper.start, paper.end)
            + attendee_cards(text, paper.start, paper.end) + marked_register(text, paper.start, paper.end)
            + cmis_attendance_tab(text, paper.start, paper.end)
        ):
            keep(with_role(_attendee(document, text, start, end, kind, trim=False), post), again=True)
        for kind, pieces in preamble_lists(text, paper.start, paper.end):
            add(list_entries(text, pieces), kind, again=True)
        for pieces in group_runs(text, paper.start, paper.end):
            add(list_entries(text, pieces), "present", again=True)
        add(list_entries(text, org_lines(text, paper.start, paper.end)), "present", again=True, member=True)
        for kind, start, end, role in roll_block(text, paper):
            keep(with_role(_attendee(document, text, start, end, kind), role), again=True)
        add(marked_grid(text, paper), "present", again=True)
        for start, end, role, title in keyed_roll(text, paper.start, paper.end) + role_rosters(text, paper.start, paper.end) + flat_rosters(text, paper.start, paper.end):
            keep(with_role(_attendee(document, text, start, end, "present", (title, "")), role), again=True)
        add(starred_rows(text, paper.start, paper.end), "present", again=True)
        add(name_grid(text, paper.start, paper.end), "present", again=True)
        add(initialled_lines(text, paper.start, paper.end), "present", again=True)
        for kind, start, end, role in post_groups(text, paper.start, paper.end):
            keep(with_role(_attendee(document, text, start, end, kind), role), again=True)
        for start, end, body in witnesses(text, paper.start, paper.end):
            keep(with_role(_attendee(document, text, start, end, "in_attendance"), body), again=True)
        for start, end in list_entries(text, members_label(text, paper)):
            keep(shared_title(_attendee(document, text, start, end, "present", ("Councillor", ""))), again=True)
        for match in REMOTE.finditer(text, paper.start, paper.end):
            add([match.span("name")], "present", again=True)
        add(late_arrivals(text, paper.start, paper.end, [r.provenance.end for r in found if r.attendance == "present"]), "present", again=True)
        for start, end in _apology_sentences(text, paper.start, paper.end):
            if under_decision(text, start):
                continue
            listed = following_lines(text, start, paper.end)
            add(list_entries(text, [(start, end, True)] if listed is None else listed), "apologies", restated=True)
        for start, end in _apology_item_lines(text, paper.start, paper.end):
            add(list_entries(text, [(start, end, True)]), "apologies", again=True)
        for start, end in parish_apologies(text, paper.start, paper.end):
            add(list_entries(text, [(start, end, True)]), "apologies", again=True)
        add(grouped_apologies(text, paper.start, paper.end), "apologies", again=True)
        for start, end in participle_apologies(text, paper.start, paper.end):
            add(list_entries(text, [(start, end, True)]), "apologies", again=True)
        for start, end in _apology_sentences(text, paper.start, paper.end, _ATTENDANCE_FIRST):
            add(list_entries(text, [(start, end, True)]), "in_attendance", again=True)
        for entries in in_the_chair(text, paper.start, paper.end):
            add(entries, "present", again=True)
        for record in substitute_records(document, text, paper.start, paper.end):
            keep(record, again=True)
        for match in _REPRESENTED.finditer(text, paper.start, paper.end):
            add([match.span("name")], "in_attendance", again=True)
        for match in _SUBSTITUTES.finditer(text, paper.start, paper.end):
            add(list_entries(text, [(*match.span("names"), True)]), "present", again=True)
        for records in sentence_lists(document, text, paper.start, paper.end):
            for record in records:
                keep(record, again=True)
        for record in welcomed_guests(document, text, paper.start, paper.end) + counted_clerk(document, text, paper.start, paper.end):
            keep(record, again=True)
        if not any(r.attendance == "present" and paper.start <= r.provenance.start < paper.end for r in found):
            add(list_entries(text, opening_list(text, paper)), "present", again=True)
        if not any(r.attendance == "present" and paper.start <= r.provenance.start < paper.end for r in found):
            for kind, pieces in unlabelled_lists(text, paper):
                add(list_entries(text, pieces), kind, again=True)
        if not any(r.attendance == "present" and paper.start <= r.provenance.start < paper.end for r in found):
            if headless := headless_run(text, paper):
                add(list_entries(text, headless), "present", again=True)
                # 'Mrs E Vale (Clerk)' on its own line under the run: in attendance.
                add(staff_after(lines(text, paper.start, paper.end), max(end for _, end, _ in headless)), "in_attendance", again=True)
        # After the unlabelled lists too: the visiting councillor's line stands under any present list.
        for match in _VISITING.finditer(text, paper.start, paper.end):
            above = text.rfind("\n", 0, match.start() - 1) + 1
            if any(r.attendance == "present" and above <= r.provenance.end <= match.start() for r in found):
                add([match.span("name")], "in_attendance", again=True)
        # 'The Chair, Councillor A, welcomed ...' implies presence: read only where the paper states attendance too.
        stated = any(paper.start <= r.provenance.start < paper.end for r in found)
        for (start, end), post, chairing in chair_sentences(text, paper.start, paper.end):
            if stated or chairing:
                keep(with_role(_attendee(document, text, start, end, "present"), post), again=True)
    return members_in_attendance(starred(found, text), text)


def extract_named_people(document: ParsedDocument, papers: list[Paper], attendees: list[AttendeeRecord]) -> list[NamedPerson]:
    """People named with a role in running text, outside attendance lists (see ``extractors.proceedings.named_people``)."""
    from extractors.proceedings.named_people import named_people

    return named_people(document, papers, attendees)
