"""Agenda items of agenda web pages, document mirrors and minutes, session 14 classes (in our own words): an agenda
list on a page titled like a meeting page but with none of its layouts, and an annual meeting's agenda whose
apologies come after the elections of the chair."""

from extractors.proceedings.structure import extract_structure, to_contract
from structure_helpers import document


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number or "", item.title) for item in to_contract(extract_structure(document(text)))["agenda_items"]]


# Class 1: an agenda pack's front page copied to a document mirror, titled 'BODY DATE: ...' (a meeting page title),
# its items plain numbered lines with the lead and the pages after the title.

MIRROR = """\
Home > Documents > RIVERSIDE JOINT PANEL
Date post: 2-Mar-2023
RIVERSIDE JOINT PANEL DATE: Monday 6th March 2023 TIME 2.00 pm LOCATION Town Hall, Riverside

AGENDA AGENDA ITEM

TOPIC LEAD PAGE NUMBERS

1. Apologies Ann Lark -

2. Declarations of Interest Ann Lark -

3. Election of Chair Ann Lark 3 - 8

4. Budget Monitoring Report Tom Reed 9 - 20
"""


def test_agenda_list_on_a_meeting_titled_mirror_page():
    assert [number for number, _ in _items(MIRROR)] == ["1", "2", "3", "4"]
    assert _items(MIRROR)[2][1].startswith("Election of Chair")


def test_meeting_titled_page_with_a_numbered_list_of_no_business_has_no_items():
    text = MIRROR.replace("Apologies", "Welcome").replace("Declarations of Interest", "Parking Survey")
    assert _items(text) == []


# Class 2: an annual meeting's agenda page, the chair and vice-chair elected before the apologies.

ANNUAL = """\
Tuesday 14th June 2022 in the Lecture Room, Fire Training Centre, Oldbridge, commencing at 1030 hours

Refreshments will be served from 1000 hours.

1. Election of Chair

The Authority is asked to elect a Chair for 2022/23.

2. Election of Vice-Chair

3. Membership of the Authority

4. Apologies for Absence

5. Declarations of Interest

6. Minutes of the Meeting Held on 12th April 2022

7. Calendar of Meetings for 2022/23
"""


def test_annual_agenda_with_apologies_after_the_elections():
    assert _items(ANNUAL) == [
        ("1", "Election of Chair"),
        ("2", "Election of Vice-Chair"),
        ("3", "Membership of the Authority"),
        ("4", "Apologies for Absence"),
        ("5", "Declarations of Interest"),
        ("6", "Minutes of the Meeting Held on 12th April 2022"),
        ("7", "Calendar of Meetings for 2022/23"),
    ]


def test_numbered_list_with_apologies_late_but_no_minutes_or_interests_is_no_agenda():
    text = """\
Our volunteers' tips for the winter:

1. Check the boiler

2. Lag the pipes

3. Clear the gutters

4. Apologies to neighbours for the noise of the works
"""
    assert _items(text) == []


# Class 3: a Welsh-language ModernGov meeting page: 'Rhif eitem' (No. Item) header, 'Cofnodion:' (Minutes:) cells,
# 'pdf eicon' document links.

WELSH_PAGE = """\
Agenda a chofnodion drafft

Pwyllgor Tai a Hamdden - Dydd Iau, 3ydd Hydref, 2024 2.00 pm

Lleoliad: Neuadd y Dref, Llanaber

Cyswllt: Siân Lloyd

Eitemau
Rhif eitem

1.

Ymddiheuriadau

Cofnodion:

Ymddiheurodd y Cynghorydd Elin Parri.

2.

Cyhoeddiadau'r Cadeirydd

Cofnodion:

Dim.

3.

Adroddiad Blynyddol y Llyfrgelloedd pdf eicon PDF 210 KB

Cofnodion:

Cyflwynodd y Cynghorydd Huw Bevan yr adroddiad.

1) Oriau agor

Roedd yr oriau agor wedi newid.
"""


def test_welsh_meeting_page_items():
    assert _items(WELSH_PAGE) == [
        ("1", "Ymddiheuriadau"),
        ("2", "Cyhoeddiadau'r Cadeirydd"),
        ("3", "Adroddiad Blynyddol y Llyfrgelloedd"),
    ]


# Class 4: Welsh minutes ('PRESENNOL:', 'YMDDIHEURIADAU:'), each item's number alone on its line over its title in
# capitals; a printed page number over a running header is no item.

WELSH_MINUTES = """\
Cofnodion y Cyfarfod a gynhaliwyd ar 4 Mehefin 2019

PRESENNOL:

Y Cynghorydd Dafydd Rees - Cadeirydd

Y Cynghorwyr Alun Bowen; Mair Pugh; Gwyn Tudur.

YMDDIHEURIADAU:

Y Cynghorydd Nia Harri.

1

DATGANIAD O DDIDDORDEB

Ni dderbyniwyd unrhyw ddatganiad.

2

COFNODION

Cadarnhawyd y cofnodion.

57

CYNGOR TREF 04.06.2019

3

CYLLIDEB Y FLWYDDYN

Cytunwyd ar y gyllideb.
"""


def test_welsh_minutes_with_bare_numbers_over_titles_in_capitals():
    assert _items(WELSH_MINUTES) == [("1", "DATGANIAD O DDIDDORDEB"), ("2", "COFNODION"), ("3", "CYLLIDEB Y FLWYDDYN")]


def test_lone_bare_number_over_capitals_is_no_minute():
    text = """\
Minutes of the meeting

Present: Cllr Ann Bee, Cllr Tom Cee

7

SUMMER FETE

The fete would be held on the green.
"""
    assert _items(text) == []


# Class 5: parish minutes whose every heading carries its minute's reference and date after the title, run into the
# minute ('2. Planning HHX101:04.06.21 The members ...'), lettered points 'a).' under an item.

REFERENCED = """\
MINUTES Parish Council Meeting Tuesday 8th June 2021 Village Hall ~ 7.30 pm

Attendees: Cllr P. Moss (Chairman) Cllr R. Dale Cllr S. Finch Mrs T. Wren (Clerk)

1, Apologies for absence OPC210:08.06.21 None.

2. Declarations of Interest OPC211:08.06.21 Cllr S. Finch declared an interest in item 4.

3. Minutes a). To approve the minutes of the meeting held on 11th May 2021 OPC212: 0 8.06.21 The minutes were approved.

4. Highways a). Potholes OPC213:08.06.21 The Clerk had reported three potholes on Mill Lane.

b). Speed watch OPC214:08.06.21 Volunteers were sought for the speed watch rota.
"""


def test_parish_minutes_with_references_after_titles_and_lettered_points():
    assert _items(REFERENCED) == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of Interest"),
        ("3", "Minutes"),
        ("3a", "To approve the minutes of the meeting held on 11th May 2021"),
        ("4", "Highways"),
        ("4a", "Potholes"),
        ("4b", "Speed watch"),
    ]


def test_one_line_with_a_reference_is_no_referenced_layout():
    text = """\
Minutes of the meeting

Present: Cllr Ann Bee, Cllr Tom Cee

1. Apologies for absence

None.

2. Planning

The application ref XY2021: 4 houses was noted.
"""
    assert _items(text) == [("1", "Apologies for absence"), ("2", "Planning")]


# Class 6: parish minutes flattened into one paragraph, each minute opening with its reference 'Abc/101/21-22' run into a
# title in mixed case, then the minute with no colon or stop between.

FLATTENED = (
    "Oakley Parish Council Minutes of a Meeting of Oakley Parish Council held at 7.30pm on Tuesday 5 April 2022 at the "
    "Village Hall Opc/101/21-22 Present Members: Cllr A Moss (Chairman), Cllr B Dale and Cllr C Finch. "
    "Opc/102/21-22 Apologies for Absence Apologies for absence were received from Cllr D Wren. "
    "Opc/103/21-22 Declarations of Interest Cllr B Dale Personal interest in item 6 as a member of the hall committee. "
    "Opc/104/21-22 Play Area Repairs the Clerk reported that the swings had been mended as agreed at Opc/090/21-22 in March.\n"
)


def test_flattened_minutes_with_references_run_into_mixed_case_titles():
    assert _items(FLATTENED) == [
        ("Opc/101/21-22", "Present Members"),
        ("Opc/102/21-22", "Apologies for Absence"),
        ("Opc/103/21-22", "Declarations of Interest"),
        ("Opc/104/21-22", "Play Area Repairs"),
    ]


# Class 7: Welsh dates and meetings: 'Dydd Iau, 3ydd Hydref, 2024' on a meeting page's title, and Welsh minutes
# 'Cofnodion y Cyfarfod ... a gynhaliwyd ar 4 Mehefin 2019' under the body's name in capitals.


def _meetings(text: str) -> list[tuple[str, str]]:
    return [(m.body, m.date.isoformat()) for m in to_contract(extract_structure(document(text)))["meetings"]]


def test_welsh_dates_with_ordinals():
    from extractors.readers.dates import find_dates

    assert [d.date.isoformat() for d in find_dates("Dydd Iau, 3ydd Hydref, 2024 a 16eg Mawrth 2010")] == ["2024-10-03", "2010-03-16"]
    assert find_dates("Y Cynghorwyr Eira Medi, Siôn Mai") == []


def test_welsh_meeting_page_title_names_the_meeting():
    assert _meetings(WELSH_PAGE) == [("Pwyllgor Tai a Hamdden", "2024-10-03")]


def test_welsh_minutes_heading_takes_the_body_above():
    text = "CYNGOR TREF LLANABER\n\n" + WELSH_MINUTES
    assert _meetings(text) == [("Cyngor Tref Llanaber", "2019-06-04")]


# Class 8: community council minutes with unnumbered headings closed by a colon over bulleted points.

COLON_MINUTES = """\
Minutes of Meeting held on Tuesday 7th March 2023 at the Glen Hall starting at 7pm.

Present: Ian Ross (Chair), Morag Bell (Secretary), Euan Kerr

Apologies: Cllr. Fiona Dunn

Guests: Alan Shaw

Roads Update:

  • The bridge repairs would start in May.
  • Gritting had been regular.

Treasurer's Report:

  • The balance stood at £1,200.

Any Other Business:

  • None.
"""


def test_unnumbered_colon_headings_over_bullets():
    assert _items(COLON_MINUTES) == [("", "Roads Update"), ("", "Treasurer's Report"), ("", "Any Other Business")]


def test_one_colon_heading_over_bullets_is_no_list_of_items():
    text = COLON_MINUTES.split("Treasurer's Report:")[0]
    assert _items(text) == []


def test_agenda_list_after_stray_numbered_lines_of_a_wrapped_summary():
    text = MIRROR.replace(
        "Date post: 2-Mar-2023\n",
        "Date post: 2-Mar-2023\n12\nSummary: 3. Election of Chair Ann Lark 3 - 8\n4. Budget Monitoring Report Tom Reed 9 - 20 Pack\n",
    )
    assert [number for number, _ in _items(text)] == ["1", "2", "3", "4"]


def test_welsh_page_in_capitals_reads_no_title_or_labels_as_rows():
    assert _items(WELSH_PAGE.upper()) == [
        ("1", "YMDDIHEURIADAU"),
        ("2", "CYHOEDDIADAU'R CADEIRYDD"),
        ("3", "ADRODDIAD BLYNYDDOL Y LLYFRGELLOEDD"),
    ]


def test_referenced_minutes_in_capitals():
    assert _items(REFERENCED.upper())[-3:] == [("4", "HIGHWAYS"), ("4a", "POTHOLES"), ("4b", "SPEED WATCH")]


def test_flattened_referenced_minutes_in_capitals_stop_at_a_name():
    assert _items(FLATTENED.upper())[2] == ("OPC/103/21-22", "DECLARATIONS OF INTEREST")


def test_flattened_referenced_title_keeps_its_linking_words():
    text = FLATTENED.replace("Play Area Repairs the Clerk", "Report of the Clerk the Clerk")
    assert _items(text)[-1] == ("Opc/104/21-22", "Report of the Clerk")
