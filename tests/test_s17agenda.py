"""Agenda items, session 17 (our own words): flattened front sheets and minutes read as the lines they were."""

from extractors.readers.runon import reflowed, reflowed_document


def _extracted(text: str) -> list[tuple[str, str]]:
    """The items as ``extraction`` reads them: the document's run-on lines split first."""
    from structure_helpers import document

    from extractors.proceedings.structure import extract_structure

    found = extract_structure(reflowed_document(document(text))).agenda_items
    return [(item.number, item.title.rstrip(".")) for item in found]


_MIRROR = "Fenmoor Police and Crime Panel\nTotal Page:18\nFile Type:pdf, Size:0.9Mb\n"
_FRONT_SHEET = (
    "Civic Offices Fenmoor FM1 2AB For enquiries about this agenda please contact Ann Lane Date: 2 June 2025 Dear Member, "
    "A meeting of the Fenmoor Police and Crime Panel will be held in the Council Chamber, Civic Offices, Fenmoor on Friday, "
    "13th June, 2025 at 10.00 am to consider the matters in the following agenda. Yours faithfully, Bob Hale CHIEF EXECUTIVE "
    "{header} 1 To receive apologies for absence. 2 Declarations of Interest. Members are reminded of their duty to declare "
    "any interest in an item on the agenda. To approve and sign the following minutes: - 3 Fenmoor Police and Crime Panel "
    "held on 4th April 2025. 1 - 6 To receive and consider the following reports: - 4 Commissioner's Update. 7 - 20 "
    "5 Complaints Report. 21 - 30 6 Forward Work Programme. 31 - 36 7 Date of Next Meeting. Circulation: Councillors "
    "A Bee, C Dee and E Eff\n"
)
_TITLES = [
    "To receive apologies for absence", "Declarations of Interest", "Fenmoor Police and Crime Panel held on 4th April 2025",
    "Commissioner's Update", "Complaints Report", "Forward Work Programme", "Date of Next Meeting",
]


def test_a_flattened_front_sheet_under_a_pages_column_header_gives_every_item():
    for header in ("A G E N D A Pages", "AGENDA Item Page", "AGENDA"):
        text = _MIRROR + _FRONT_SHEET.format(header=header)
        assert _extracted(text) == [(str(number), title) for number, title in enumerate(_TITLES, 1)], header


def test_a_lead_in_closed_by_a_dash_makes_no_reference_but_a_page_range_does():
    text = _FRONT_SHEET.format(header="AGENDA Pages")
    lines = reflowed(text).splitlines()
    assert any(line.startswith("3 Fenmoor Police") for line in lines)
    assert any(line.startswith("4 Commissioner") for line in lines)
    # The range's second page opens no line of its own: '1 - 6 To receive' is no item 6.
    assert not any(line.startswith("6 To receive") for line in lines)


def test_a_title_ends_before_its_printed_pages_but_not_inside_a_pages_bracket():
    text = _MIRROR + (
        "Fenmoor Police and Crime Panel Monday, 9 June 2025 at 2.00 pm AGENDA 1. Apologies for absence 2. Declarations of "
        "Interest 3. Minutes (Pages 1 - 8) To approve the minutes of the last meeting. 4. Budget Report (Pages 9 - 20) "
        "5. Work Programme (Pages 21 - 24)\n"
    )
    assert _extracted(text) == [
        ("1", "Apologies for absence"), ("2", "Declarations of Interest"), ("3", "Minutes"), ("4", "Budget Report"),
        ("5", "Work Programme"),
    ]


def test_a_title_in_mixed_case_ends_where_its_minute_opens_with_a_passive_sentence():
    text = _MIRROR + (
        "Fenmoor Police and Crime Panel Minutes of a meeting held at the Civic Offices, Fenmoor on Friday 13 June 2025 at "
        "10.00am PRESENT: Councillor E Eff (Chair) Councillors A Bee and C Dee, Mr G Hay (Independent Member) "
        "1. Apologies for Absence Apologies were received from Councillor J Kay. 2. Declarations of Interest There were "
        "no declarations of interest. 3. Election of Chair RESOLVED that Councillor Eff be elected Chair. 4. Minutes The "
        "minutes of the meeting held on 4 April 2025 were approved.\n"
    )
    assert _extracted(text) == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"), ("3", "Election of Chair"), ("4", "Minutes"),
    ]


_FLAT_MINUTES = (
    "Westby Parish Council\nTotal Page:3\nFile Type:pdf, Size:0.2Mb\n"
    "Westby Parish Council Minutes of the meeting of Westby Parish Council held on Tuesday 3rd June 2025 at 7.30pm in the "
    "Reading Room Present: Cllr A Bee (Chair), Cllr C Dee, Cllr E Eff In attendance: Mrs G Hay (Clerk) and two residents "
    "{0} Apologies for absence Apologies were received from Cllr Kay. {1} Declarations of interest There were none. "
    "{2} Minutes of the last meeting The minutes of 6th May were approved and signed. {3} Play area The new swings are in "
    "place and the council thanked the volunteers who fitted them.\n"
)
_FLAT_TITLES = ["Apologies for absence", "Declarations of interest", "Minutes of the last meeting", "Play area"]


def test_item_numbers_of_every_printed_form_open_the_lines_of_flattened_minutes():
    forms = {
        "Minute {}/25": "{}/25", "Item {} –": "{}", "Agenda Item {}:": "{}", "PC{}/25": "PC{}/25", "WPC {}/25": "WPC {}/25",
        "{}/25 –": "{}/25",
    }
    for printed, number in forms.items():
        text = _FLAT_MINUTES.format(*(printed.format(41 + k) for k in range(4)))
        assert _extracted(text) == [(number.format(41 + k), title) for k, title in enumerate(_FLAT_TITLES)], printed


def test_a_paragraph_number_under_each_item_and_a_minute_referred_to_open_no_line():
    from extractors.readers.runon_items import token_runs

    paragraphs = (
        "Minutes of the meeting held on 3 June 2025 1. To receive apologies 1.1 Apologies were received from Cllr Kay. "
        "2. Declarations of Interest 2.1 There were no interests declared. 3. Urgent business 3.1 There was none. "
    )
    assert token_runs(paragraphs, [(0, len(paragraphs))], 3) == []
    referred = (
        "The clerk said that, as noted at minute 41/25 Apologies, and at minute 42/25 Planning, and again under minute 43/25 "
        "Finance, the council had agreed the budget for the year and the grass cutting contract with the contractor. "
    )
    assert token_runs(referred, [(0, len(referred))], 3) == []


_CC_MINUTES = (
    "Minutes of meeting held on Monday 9th March 2026 on Zoom at 7.00pm\n\n"
    "Present: Ann Bee, Chair (AB), Carl Dee, Vice Chair (CD), Eve Eff (EE)\n\n"
    "Apologies: Gus Hay (GH)\n\n"
    "Item 3. Approval of February minutes. The minutes of the February meeting were approved. Proposed: Carl Dee, "
    "seconded: Eve Eff.\n\n"
    "Item 7. Village paths. This item was taken early as residents had come to speak about it. {long}The secretary will "
    "write to the council about the state of the paths.\n\n"
    "Item 8. Regular updates. (1) Planning. There were no new applications this month.\n"
)


def test_a_heading_closed_by_its_full_stop_heads_a_long_minute_with_a_colon_later_in_it():
    long = "The members who walk the paths each week said that the mud by the stile was the worst it had been. " * 3
    assert _extracted(_CC_MINUTES.format(long=long)) == [
        ("3", "Approval of February minutes"), ("7", "Village paths"), ("8", "Regular updates"),
    ]


def test_a_long_paragraph_opening_with_a_number_is_no_heading_without_its_closing_stop():
    from extractors.proceedings.minuted import find_minuted_items

    long = "The members who walk the paths each week said that the mud by the stile was the worst it had been and "
    text = (
        "Minutes of the meeting held on 9 March 2026\n\nPresent: Cllr A Bee\n\n"
        f"12 members of the public came to the meeting and {long * 4}asked the council to act.\n"
    )
    assert find_minuted_items(text) == []


_LINKED_TITLES_ONLY = (
    "Cabinet - Monday 20th October 2025 10.00 a.m.\n\n"
    "Apologies for absence were received from Councillors A. Bee and C. Dee.\n\n\n"
    "There was no Urgent Business on this occasion.\n\n\n"
    "To confirm the accuracy of the minutes of the meeting of the Cabinet held on 10th September 2025 pdf icon PDF 250 KB\n\n"
    "The minutes were submitted for Members' consideration.\n\n\n"
    "RESOLVED that the minutes be approved as a correct record.\n\n\n"
    "Play Area Renewal Programme pdf icon PDF 310 KB\n\n"
    "Additional documents:\n\n"
    "  • Play Area Renewal Programme, Appendix 1 pdf icon PDF 88 KB\n\n"
    "The Cabinet considered the report on the renewal of play areas.\n\n\n"
    "RESOLVED that the programme be approved.\n\n"
    "{extra}"
)


def test_a_meeting_page_that_kept_only_its_linked_titles_gives_them_as_unnumbered_items():
    assert _extracted(_LINKED_TITLES_ONLY.format(extra="")) == [
        ("", "To confirm the accuracy of the minutes of the meeting of the Cabinet held on 10th September 2025"),
        ("", "Play Area Renewal Programme"),
    ]


def test_a_page_of_its_own_documents_or_one_linked_title_gives_no_sized_item():
    from extractors.proceedings.agenda_fallback import sized_titles

    documents = "Agenda frontsheet pdf icon PDF 120 KB\n\nPrinted minutes pdf icon PDF 150 KB\n\nAppendix A pdf icon PDF 1 MB\n"
    assert sized_titles(documents) == []
    numbered = "4.\n\nMinutes pdf icon PDF 120 KB\n\n5.\n\nBudget pdf icon PDF 150 KB\n"
    assert sized_titles(numbered) == []
    one = _LINKED_TITLES_ONLY.format(extra="").replace("Play Area Renewal Programme pdf icon PDF 310 KB", "Play areas")
    assert _extracted(one) == []


def test_a_lettered_minute_reference_heads_a_title_closed_by_its_full_stop():
    minutes = ["Apologies for absence. Apologies were received from Cllr Kay.", "Declarations of interest. There were none.",
               "Play area. The new swings are in place and the council thanked the volunteers."]
    text = "Minutes of the meeting held on 3rd June 2025\n\nPresent: Cllr A Bee (Chair), Cllr C Dee\n\n" + "".join(
        f"P/25/{41 + k} – {minute}\n\n" for k, minute in enumerate(minutes)
    )
    assert _extracted(text) == [
        ("P/25/41", "Apologies for absence"), ("P/25/42", "Declarations of interest"), ("P/25/43", "Play area"),
    ]
