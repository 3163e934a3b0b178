"""Hard-wrapped lines (a PDF's or a plain-text page's width) give the same facts as the unwrapped text."""

import textwrap

from extractors.readers.spans import soft_break, unwrapped
from pipeline.read import parse_file
from extractors.facts import extract_facts


def _wrap(text: str, width: int = 60) -> str:
    return "\n".join("\n".join(textwrap.wrap(l, width, break_long_words=False, break_on_hyphens=False)) if len(l) > width else l for l in text.split("\n"))


def _facts(tmp_path, text: str, field: str) -> list:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_facts(parse_file(path))
    facts = facts if isinstance(facts, dict) else facts.model_dump(mode="json")
    key = (lambda f: (f["name"], f["attendance"])) if field == "attendees" else (lambda f: f if isinstance(f, str) else f["date"])
    return sorted(key(f) for f in facts.get(field) or [])


def _same_wrapped(tmp_path, text: str, field: str) -> list:
    flat = _facts(tmp_path, text, field)
    assert flat and _facts(tmp_path, _wrap(text), field) == flat
    return flat


def test_unwrapped_keeps_length_and_offsets():
    text = "Apologies were received from Councillor Ann Lowe, Councillor B\nRay and Councillor Cat Sim.\n2. Minutes\n"
    assert unwrapped(text) == text.replace("B\nRay", "B Ray")
    assert len(unwrapped(text)) == len(text)


def test_soft_break_leaves_labels_items_and_short_lines_apart():
    assert not soft_break("Present: Councillor Ann Lowe, Councillor Bob Ray, Councillor Cat Sim,", "Apologies: Cllr Dee Hart")
    assert not soft_break("Present: Councillor Ann Lowe, Councillor Bob Ray, Councillor Cat Sim and", "2. Minutes of the last meeting")
    assert not soft_break("Cllr Ann Lowe,", "Cllr Bob Ray")
    assert not soft_break("The meeting noted the report from the Finance Working Group today.", "The Chair thanked them.")


def test_wrapped_comma_list_split_mid_name(tmp_path):
    text = (
        "Minutes of the meeting of Elmbrook Parish Council held on 3 March 2025\n\n"
        "Present: Mr A Lowe, Mrs B Ray, Dr C Sim, Mr D Hart, Ms E Pike, Mrs F Lane, Mr G Moss, Mrs H Nash, Mr J Oak.\n\n"
        "1. Minutes\n"
    )
    assert len(_same_wrapped(tmp_path, text, "attendees")) == 9


def test_wrapped_apology_item_description(tmp_path):
    text = (
        "Elmbrook Borough Council - Licensing Committee - 3 March 2025\n\nNo. Item\n\nApologies for absence:\n\n"
        "Members are requested to advise the Democratic Services Team of any apologies for this meeting.\n\n"
        "Councillors Abbot, Brook, Carver, Dunn, Ellis, Frost, Grange, K Hale, L Hale, Ives and Jowett.\n\n"
    )
    assert len(_same_wrapped(tmp_path, text, "attendees")) == 11


def test_wrapped_minutes_heading_over_unlabelled_list(tmp_path):
    text = (
        "Minutes of the meeting of the Elmbrook Town Council held in the Civic Hall, Market Square, Elmbrook on Monday 3 March 2025 at 7.00 pm.\n\n"
        "Cllrs A Lowe (Mayor), B Ray, C Sim, D Hart, E Pike and F Lane\n\n1. Apologies\n"
    )
    assert len(_same_wrapped(tmp_path, text, "attendees")) == 6


def test_counted_public_before_were_present_keeps_the_list(tmp_path):
    text = (
        "Minutes of the Elmbrook Parish Council meeting held on 3 March 2025\n\n"
        "(1) Present:- Mrs Ann Lowe (Vice Chairman) Messrs. Bob Ray, Cal Sim &D. E. Hart (Clerk) 3 parishioners were present.\n"
        "(2) Apologies:- Apologies received from Dan Pike (Chairman).\n"
    )
    names = dict(_same_wrapped(tmp_path, text, "attendees"))
    assert names.get("Mr Bob Ray") == "present"


def test_wrapped_calendar_of_meeting_dates(tmp_path):
    text = (
        "Elmbrook Town Council\nMinutes of the meeting of Elmbrook Town Council held on 14 April 2025\n\n"
        "  7. To approve the calendar of dates for Council meetings for the first half of 2025/26 – Wednesday 14th May, 11th June, 9th July, 10th Sept, 8th Oct\n\n"
        "The meeting closed at 9pm.\n"
    )
    assert len(_same_wrapped(tmp_path, text, "future_meetings")) == 5


def test_wrapped_next_meetings_sentence_with_brackets(tmp_path):
    text = (
        "Minutes of Elmbrook Parish Council held on 2 April 2025\n\nDate of Next Meetings\n\n"
        "Dates of next meetings were confirmed (as agreed before) as 23 April 2025 (Council meeting at 7.00 pm) and 14 May at 7.30 pm for the annual council meeting.\n\n"
        "The meeting closed at 9.00 pm\n"
    )
    assert len(_same_wrapped(tmp_path, text, "future_meetings")) == 2


def test_column_label_line_wraps_to_the_margin():
    above = "Present                                   The Mayor, Cllr. A. Lowe (AL)"
    assert soft_break(above, "(in the chair).")
    assert not soft_break(above, "                                          (in the chair).")


def test_wrapped_group_paragraph_of_name_role_entries(tmp_path):
    head = "Minutes of the meeting of the Elmshire Combined Authority held on Friday, 7th March, 2025\n\nPresent:\n\n"
    flat = "Deputy Portfolio Holders Councillor A Bell, Housing Planning Councillor C Dunn, Transport Councillor E Fox, Skills\n"
    wrapped = "Deputy Portfolio Holders Councillor A Bell, Housing Planning\nCouncillor C Dunn, Transport Councillor E Fox, Skills\n"
    tail = "\n12. MINUTES\n"
    found = _facts(tmp_path, head + flat + tail, "attendees")
    assert len(found) == 3 and _facts(tmp_path, head + wrapped + tail, "attendees") == found


def test_name_suffix_opens_the_wrapped_line():
    assert soft_break("PRESENT A Lowe Esq., B Ray Esq., C Sim Esq., D Hart Esq., E Pike", "Esq., F Lane Esq., Elected Members.")


def test_label_broken_across_the_wrap_runs_on():
    assert soft_break("and Cai Lowe. Clerk: Dee Hart. Police: None present. 2.00 APOLOGIES : Community", "Councillors: Eve Pike County Councillors: Fay Lane")
    assert not soft_break("Present: Councillor Ann Lowe, Councillor Bob Ray, Councillor Cat Sim", "Apologies: Cllr Dee Hart")


def test_number_inside_an_open_bracket_is_no_new_item():
    assert soft_break("Ann Lowe AL Director of Joint Commissioning and Community Services (Item", "262 only)")
    assert not soft_break("Ann Lowe AL Director of Joint Commissioning and Community Services Team", "262 Minutes of the last meeting")


def test_wrapped_schedule_line_opening_with_a_date(tmp_path):
    text = (
        "Elmbrook Parish Council\n\nMinutes of the meeting of Elmbrook Parish Council held on 8 March 2025\n\n"
        "Meetings for 2025 are as follows: 14 April, 12 May, 9 June (if required), 14 July, 11 August, 8 September, 13 October, all at 7.30 pm.\n"
    )
    wrapped = text.replace("(if required), ", "(if required),\n")
    flat = _facts(tmp_path, text, "future_meetings")
    assert len(flat) == 6 and _facts(tmp_path, wrapped, "future_meetings") == flat


def test_title_and_label_broken_across_the_wrap():
    assert soft_break("Apologies were received from District Councillor Ann Lowe and County", "Councillor Bob Ray.")
    assert soft_break("Cat Sim Dee Hart Eve Pike Fay Lane Gus Moss Hal Nash Ivy Oak Jon Peel In", "Attendance: Kay Reed, Clerk")
    assert not soft_break("The Council noted the report from the working group and thanked the Town", "Clerk for the work.")


def test_lone_heading_word_after_a_dated_title_is_no_surname():
    assert not soft_break("Planning Committee - Tuesday, 10th June, 2025 7.00 pm", "Attendance")
    assert soft_break("Present: Ann Lowe (Elm Homes), Bob Ray, Cal Sim, Dee Hart, Matt", "Spencer (Elm Prison).")


def _items_and_meetings(tmp_path, text: str) -> tuple[list, list]:
    path = tmp_path / "agenda.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_facts(parse_file(path))
    facts = facts if isinstance(facts, dict) else facts.model_dump(mode="json")
    items = [(item["number"], item["title"]) for item in facts.get("agenda_items") or []]
    meetings = [(m["body"], m["date"], m["time"], m["location"]) for m in facts.get("meetings") or []]
    return items, meetings


_PARISH_AGENDA = (
    "Fernbrook Parish Council\n"
    "Agenda\n"
    "Date: Tuesday 3 March 2026\n"
    "Time: 7.00 pm\n"
    "Venue: Fernbrook Village Hall\n"
    "\n"
    "1. Apologies for absence\n"
    "2. To approve the minutes of the ordinary meeting of the Parish Council held on Tuesday 3rd February 2026\n"
    "3. To receive the report of the Clerk on the repair of the footpath between the church and the green\n"
    "4. Any other business\n"
)


def test_agenda_item_title_wrapped_onto_the_next_line_is_one_title(tmp_path):
    flat = _items_and_meetings(tmp_path, _PARISH_AGENDA)
    assert ("2", "To approve the minutes of the ordinary meeting of the Parish Council held on Tuesday 3rd February 2026") in flat[0]
    assert _items_and_meetings(tmp_path, _wrap(_PARISH_AGENDA)) == flat


_MINUTES = (
    "Minutes of a meeting of the Fernbrook Parish Council held at Fernbrook Village Hall on Tuesday 3 March 2026 at 7.00 pm\n"
    "Present: Councillor Ann Lowe (Chair), Councillor Bob Ray and Councillor Cat Sim\n"
    "\n"
    "12/26 Apologies for absence\n"
    "Apologies for absence were received from Councillor Dee Hart, who was away on council business, and from\n"
    "Councillor Eli Moss.\n"
    "13/26 Minutes\n"
    "RESOLVED: That the minutes of the meeting held on 3 February 2026 be approved and signed by the Chairman.\n"
    "14/26 Footpath repairs between the church and the green and the cost of the works to the Parish Council\n"
    "The Clerk reported on the repair of the footpath.\n"
)


def test_minutes_heading_and_minuted_titles_read_the_same_wrapped(tmp_path):
    flat = _items_and_meetings(tmp_path, _MINUTES)
    assert flat[1] and len(flat[0]) == 3
    assert _items_and_meetings(tmp_path, _wrap(_MINUTES)) == flat


def test_a_minute_number_under_a_closed_sentence_opens_its_own_item():
    from extractors.proceedings.structure import _carries_on

    above = "RESOLVED: That the minutes of the meeting held on 3 February be signed by the"
    assert _carries_on(above, "Chairman as a correct record.")
    assert not _carries_on(above + " Chairman.", "C 26/014 Chairman's Announcements")
    assert not _carries_on("The Committee discussed the footpath and the works to be carried out by", "14/26 Footpath repairs")


def test_a_year_or_a_link_marker_under_a_broken_line_carries_it_on():
    from extractors.proceedings.structure import _carries_on

    above = "That Councillor Ann Lowe be appointed Chair of the Fernbrook Panel for the Municipal Year"
    assert _carries_on(above, "2026/27.")
    assert _carries_on(above, "2026-2027. Councillor Bob Ray seconded the motion.")
    assert not _carries_on(above, "2026/45 Apologies for absence")
    assert not _carries_on("D2 Fernbrook Strategy (Parks, Paths, Ponds) Update and Review of the Works", "Monday, 23 March 2026")
    assert _carries_on("Minutes of the Fernbrook Panel meeting held on 1 May 2026. pdf icon", "PDF 148 KB")
    assert _carries_on("Minutes of the Fernbrook Panel meeting held on 1 May 2026 and the visit.", "pdf icon PDF 148 KB")
    assert not _carries_on("Minutes of the Fernbrook Panel meeting held on 1 May 2026.", "2026/27 budget")


_PAGE_ITEMS = (
    "Items\n"
    "No. Item\n"
    "\n"
    "1.\n"
    "\n"
    "Election of Chair\n"
    "\n"
    "Minutes:\n"
    "\n"
    "Cllr Bob Ray proposed that Cllr Ann Lowe be Chair of the Panel for the Year 2026/27.\n"
    "\n"
    "2.\n"
    "\n"
    "Minutes of previous meeting\n"
    "Minutes of the Fernbrook Panel meeting held on 1 May 2026 and of the site visit. pdf icon PDF 148 KB\n"
    "\n"
    "3.\n"
    "\n"
    "Apologies for Absence\n"
)


def test_meeting_page_items_read_the_same_when_a_year_or_a_link_wraps(tmp_path):
    flat = _items_and_meetings(tmp_path, _PAGE_ITEMS)[0]
    assert [number for number, _ in flat] == ["1", "2", "3"]
    assert _items_and_meetings(tmp_path, _wrap(_PAGE_ITEMS, 80))[0] == flat


def test_the_following_members_were_present_marks_minutes():
    from extractors.proceedings.minuted import has_minutes_marks

    text = "A meeting of the Fernbrook Panel was held on Tuesday 3 March 2026 at 7pm, when the following members were present:-\n"
    assert has_minutes_marks(text, 0, len(text))


def test_a_minutes_heading_in_capitals_or_broken_after_its_weekday_is_one_heading(tmp_path):
    from extractors.proceedings.structure import _carries_on

    assert _carries_on("MINUTES OF THE ANNUAL MEETING OF THE FERNBROOK AND DISTRICT PARISH COUNCIL AND", "FERNBROOK HELD ON 3 MARCH 2026")
    assert _carries_on("42/26 MINUTES OF A MEETING OF THE FERNBROOK TOWN COUNCIL FINANCE COMMITTEE", "HELD ON TUESDAY 3 MARCH 2026")
    assert _carries_on("Minutes of the Fernbrook Parish Council meeting held at 7.00pm on Tuesday", "3rd March 2026 at the Village Hall")
    assert not _carries_on("MINUTES OF THE ANNUAL MEETING OF THE FERNBROOK AND DISTRICT PARISH COUNCIL AND", "Present: Cllr Ann Lowe")
    text = "Minutes of the Fernbrook Parish Council monthly meeting held at 7pm on Tuesday 3rd March 2026 at the Fernbrook Village Hall\nPresent: Cllr Ann Lowe, Cllr Bob Ray\n"
    flat = _items_and_meetings(tmp_path, text)[1]
    assert flat and _items_and_meetings(tmp_path, _wrap(text, 80))[1] == flat


def test_a_name_broken_after_its_given_name_carries_on():
    from extractors.proceedings.structure import _carries_on

    above = "Apologies for absence were received from Deputy Ann Lowe, Councillor Bob Ray, Deputy Cat"
    assert _carries_on(above, "Sim, Dee Hart and Eli Moss.")
    assert _carries_on("Apologies for absence were received from Alderman Bob Ray and from Councillor Ann", "Lowe.")
    assert not _carries_on("The Committee received a presentation on the new play area from Councillor Ann", "Minutes")


def test_facts_read_from_joined_lines_quote_the_page_as_printed(tmp_path):
    """Regression (fresh CI at dee88be: the warehouse's traceability checks failed on the samples): papers,
    meetings, agenda items and attendance read the text with wrapped lines joined, and their spans quoted
    that reading ('... held on Monday' + ' ' + '6th ...') instead of the page ('... on\\nMonday 6th ...')."""
    from extractors.extraction import extract_document

    text = (
        "Minutes of the meeting of the Riverside Parish Council held on\n"
        "Monday 6th December 2021 at 7.30 p.m. in the Village Hall, with Councillors Ann Lowe, Ben Ray,\n"
        "Cara Sim and Dan Holt present and apologies from Councillor Eve Mort, all noted by the Clerk\n\n"
        "1. Apologies for absence received from Councillor Eve Mort and the\n"
        "Vicar of the parish, both sent before the meeting by email.\n\n"
        "2. Declarations of interest in any item on the agenda for this meeting of the council\n"
    )
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    document = parse_file(path)
    structure = extract_document(document).structure
    records = [*structure.papers, *structure.meetings, *structure.agenda_items, *structure.attendees]
    assert structure.meetings and structure.attendees
    joined = [r for r in records if "\n" in document.text[r.provenance.start : r.provenance.end]]
    assert joined, "no span crosses a wrapped line: the case is not exercised"
    for record in records:
        assert record.provenance.text == document.text[record.provenance.start : record.provenance.end]
