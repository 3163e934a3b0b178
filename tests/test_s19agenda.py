"""Agenda items, session 19 (our own words): numbering schemes and item cells the readers missed on minutes and meeting
pages of councils, fire, police and national park authorities."""

from extractors.extraction import reflowed_document
from extractors.proceedings.agenda_cells import capitals_head, member_sentence, number_after


def _extracted(text: str) -> list[tuple[str, str]]:
    """The items as ``extraction`` reads them: the document's run-on lines split first."""
    from structure_helpers import document

    from extractors.proceedings.structure import extract_structure

    found = extract_structure(reflowed_document(document(text))).agenda_items
    return [(item.number, item.title.rstrip(".")) for item in found]


# A meeting page's item table headed 'Number | Item', titles in capitals run on into their descriptions, and lettered rows.
_NUMBER_TABLE = """\
Brackenmoor Council Agenda - 04 March 2026, 10:00
Councillors meet in the Brackenmoor Town Hall from 10:00 on 04 March 2026.
Number | Item |
---|---|
MEETING PAPERS View Papers | |
1 | WELCOME |
2 | DECLARATIONS OF INTEREST Councillors name here any link they have to business on this agenda. |
3 | MINUTES |
(a) | Minute of Meeting of Brackenmoor Council held on 14 January 2026; View Papers |
(b) | Minute of Special Meeting of Brackenmoor Council held on 2 February 2026; (Note: one paragraph is kept private and sits under item 12.) View Papers |
4 | MARKET SQUARE PARKING 2026/27 Report by the Director of Place. View Papers |
5 | HILLTOP WARD POLL: OUTCOME Report by the Chief Executive. View Papers |
6 | QUESTIONS Any put in writing by Monday are printed in a later pack. View Papers |
"""


def test_a_number_item_table_gives_its_rows_titled_by_their_capitals_and_lettered_rows_as_sub_items():
    assert _extracted(_NUMBER_TABLE) == [
        ("1", "WELCOME"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "MINUTES"),
        ("3a", "Minute of Meeting of Brackenmoor Council held on 14 January 2026"),
        ("3b", "Minute of Special Meeting of Brackenmoor Council held on 2 February 2026"),
        ("4", "MARKET SQUARE PARKING 2026/27"),
        ("5", "HILLTOP WARD POLL: OUTCOME"),
        ("6", "QUESTIONS"),
    ]


def test_a_lettered_row_out_of_order_is_no_sub_item():
    text = _NUMBER_TABLE.replace("(a) | Minute of Meeting", "(c) | Minute of Meeting")
    numbers = [number for number, _ in _extracted(text)]
    assert "3c" not in numbers and "3a" not in numbers


def test_capitals_are_the_title_only_before_a_description():
    assert capitals_head("ANNUAL ACCOUNTS 2025/26 Joint report of the Treasurer and the Clerk.") == "ANNUAL ACCOUNTS 2025/26"
    assert capitals_head("OTHER BUSINESS Members may raise urgent matters.") == "OTHER BUSINESS"
    # A title opening with an acronym, or one with no verb after its capitals, stays whole.
    assert capitals_head("COVID-19 Recovery Plan for the Borough") == "COVID-19 Recovery Plan for the Borough"
    assert capitals_head("CCTV Cameras were replaced") == "CCTV Cameras were replaced"
    assert capitals_head("ROLL CALL") == "ROLL CALL"


# A saved page whose number column is empty, each title ending in its number, the minutes' first sentence above them.
_NUMBERS_AFTER = """\
Agenda and minutes

Venue: Council Chamber, Fenbridge

Contact: Committee Services

No. Item

Cllr Moss opened the meeting


Election of Chair (Agenda item 1)

To elect the Chair of the Council for the year.


It was RESOLVED that Councillor Ann Reed be elected Chair.


Apologies (Agenda item 2)

To receive apologies for absence.


Apologies were received from Councillors Bell and Crane.


Minutes (Agenda item 3) pdf icon PDF 120 KB

To confirm the minutes of the meeting held on 5 March 2026.


The minutes were agreed as a correct record.
"""


def test_titles_ending_in_their_agenda_item_number_are_numbered_by_it():
    assert _extracted(_NUMBERS_AFTER) == [("1", "Election of Chair"), ("2", "Apologies"), ("3", "Minutes")]


def test_number_after_and_member_sentence():
    assert number_after("Public Questions (Item 7)") == ("7", "Public Questions")
    assert number_after("Item 7 of the plan (draft)") == ("", "Item 7 of the plan (draft)")
    assert member_sentence("Councillor Ann Reed welcomed everyone")
    assert member_sentence("The Chairman opened the meeting")
    assert not member_sentence("Chairman's Announcements")
    assert not member_sentence("Councillor Call for Action")


def test_a_minute_number_glued_to_a_title_in_capitals_keeps_its_digits_only():
    text = (
        "Westmarsh Fire Authority 3 June 2026\n"
        "Apologies for absence were received from Councillor Dale.\n"
        "5120NEW MEMBERS – The Clerk welcomed the new members to the Authority and thanked those who had left.\n"
        "5121DECLARATIONS OF INTEREST - No declarations were made in connection with any item on the agenda.\n"
        "5122ELECTION OF CHAIRPERSON –The Clerk submitted a report on the election and Councillor Abel was nominated.\n"
    )
    assert _extracted(text) == [("5120", "NEW MEMBERS"), ("5121", "DECLARATIONS OF INTEREST"), ("5122", "ELECTION OF CHAIRPERSON")]


def test_minute_references_of_one_letter_and_a_slash():
    text = (
        "MINUTES of a meeting of the Westmarsh Police Authority held at Headquarters on Friday 6th March 2026.\n\n"
        "Present: Mr A Bell (Chair), Mrs C Dunn\n\n"
        "K/1402 Apologies for Absence\nApologies for absence were received from Mr E Fox.\n\n"
        "K/1403 Declarations of Interest\nThe following declarations of interest were received.\n\n"
        "K/1404 Budget Monitoring\nThe Treasurer presented the report.\n"
    )
    assert _extracted(text) == [
        ("K/1402", "Apologies for Absence"), ("K/1403", "Declarations of Interest"), ("K/1404", "Budget Monitoring"),
    ]


def test_a_run_in_heading_in_capitals_before_ordered_heads_its_minute():
    text = (
        "WESTMARSH POLICE AUTHORITY A meeting of Westmarsh Police Authority was held on Monday 2 March 2026 at Headquarters. "
        "PRESENT: Councillor Ann Bell, Councillor Carl Dunn and Councillor Eve Fox OFFICIALS: Mr Gus Hale (CE) 301 APOLOGIES "
        "FOR ABSENCE Apologies for absence were received from Mr Ian Jones. 302 DECLARATIONS OF INTERESTS There were no "
        "declarations of interests. 303 NOTE OF THANKS ORDERED that the volunteers be thanked for their work on the plan.\n"
    )
    assert _extracted(text) == [
        ("301", "APOLOGIES FOR ABSENCE"), ("302", "DECLARATIONS OF INTERESTS"), ("303", "NOTE OF THANKS"),
    ]


def test_a_title_may_open_with_a_year_or_an_ordinal_but_not_a_date():
    text = (
        "Meeting of the Westmarsh Police Board\n\n  • Date: 6 May 2026\n\n"
        "1. Welcome and Apologies\n\n2. Minute of the previous meeting\n\n3. 2025-26 Financial Outturn\n"
        "Report for Discussion presented by the Treasurer\n\n4. 31st Annual Review of Custody\n"
        "Report for Discussion presented by the Chief Officer\n\n5. Any Other Business\n"
    )
    assert _extracted(text) == [
        ("1", "Welcome and Apologies"), ("2", "Minute of the previous meeting"), ("3", "2025-26 Financial Outturn"),
        ("4", "31st Annual Review of Custody"), ("5", "Any Other Business"),
    ]
    from extractors.proceedings.agenda_lines import item_match
    from extractors.readers.spans import lines

    assert item_match(lines("4 26th May 2026\n")[0]) is None


def test_a_minute_numbered_in_both_margins_of_a_table_is_an_item():
    text = (
        "THE WESTMARSH COUNCIL - 4 MARCH 2026\n|\nThe Westmarsh Council |\n|\n"
        "Present: Provost Bell, Councillors Dunn, Fox and Hale. |\n|\nApologies: Councillor Kerr. |\n|\n"
        "It was agreed that the public be excluded from the meeting for the following item. |\n|\n"
        "812 |\nReport by the Chief Executive on the Review of Harbour Charges |\n812 |\n|\n"
        "There was submitted a report by the Chief Executive on the charges. The Council agreed the charges. |\n"
    )
    assert _extracted(text) == [("812", "Report by the Chief Executive on the Review of Harbour Charges")]
    # A figure over a short cell and the same figure again is a table's, no minute.
    assert _extracted(text.replace("Report by the Chief Executive on the Review of Harbour Charges", "Total")) == []


def test_a_contact_line_numbered_by_its_page_is_no_item():
    text = (
        "Westmarsh Police and Crime Board\n\nAgenda\n\n1. Apologies for Absence\n\n2. Declarations of Interest\n\n"
        "3. Minutes of the last meeting\n\n4. Date of Next Meeting\n\n"
        "1 Enquiries to: Office of the Commissioner, Unit 4, Mill Lane, Westmarsh WM1 2AB Direct Dial: 01000 100100\n"
    )
    assert [number for number, _ in _extracted(text)] == ["1", "2", "3", "4"]


def test_a_one_word_heading_run_into_a_list_of_officers_counts_when_the_next_minute_follows_it():
    officers = ", ".join(f"Officer {name}, Head of Service {number}" for number, name in enumerate(("Ann Bell", "Carl Dunn", "Eve Fox", "Gus Hale"), 1))
    text = (
        "Council Meeting held on Thursday, 5 March 2026 Present: Councillors Abel, Bloom, Crane and Dale In Attendance: "
        f"Canon Ann Lowe, Civic Chaplain Officers: {officers} 412 PRAYERS Canon Lowe said a short prayer for the town.\n"
        "413 APOLOGIES FOR ABSENCE Councillors Eve and Fry.\n414 DECLARATIONS OF INTEREST None were made.\n"
    )
    assert _extracted(text) == [("412", "PRAYERS"), ("413", "APOLOGIES FOR ABSENCE"), ("414", "DECLARATIONS OF INTEREST")]
    # Alone, with no minute numbered next, the word heads nothing.
    assert ("412", "PRAYERS") not in _extracted(text.replace("413 APOLOGIES", "APOLOGIES").replace("414 DECL", "DECL"))
