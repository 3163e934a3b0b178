"""Attendance layouts of round 6 (police and crime panels, combined authorities, partnership boards, health
bodies' governing bodies, ModernGov meeting pages); our own words and names."""

from extractors.readers.name_posts import group_heading
from extractors.readers.name_runs import run_on_parts
from test_attendance_round3 import attendance_of, roles_of

MINUTES = "Minutes of the Northshire Safer Towns Board held on 4 June 2024\n\n"


def test_apology_sentence_with_a_comma_after_from():
    text = "Apologies for absence were submitted from, Pat Quill, Inspector Sam Cole and Jo Bell.\n"
    assert attendance_of(text) == [("Pat Quill", "apologies"), ("Inspector Sam Cole", "apologies"), ("Jo Bell", "apologies")]


def test_run_on_names_with_initials_after_their_organisations():
    text = (
        "Also Present: T Ardley, Northshire Police Authority K Berry, Eastby Borough Council L M Carver, Eastby Borough Council\n\n"
        "Apologies: Mr O Dunmore Co-opted member Cllr P Ellery, Northshire Police Authority Mayor Rhona Fisk, Mayor of Westby B Gale, Westby Council\n"
    )
    assert attendance_of(text, MINUTES) == [
        ("T Ardley", "in_attendance"), ("K Berry", "in_attendance"), ("L M Carver", "in_attendance"),
        ("Mr O Dunmore", "apologies"), ("Cllr P Ellery", "apologies"), ("Mayor Rhona Fisk", "apologies"), ("B Gale", "apologies"),
    ]


def test_middle_initials_do_not_start_a_new_name():
    assert run_on_parts("Alan J Whitby") == [(0, "Alan J Whitby")]
    assert run_on_parts("Cllr R G Hannay") == [(0, "Cllr R G Hannay")]


def test_numbered_paragraph_naming_one_person_who_sent_apologies():
    text = "Minutes:\n(a) Apologies\n1.1 Nora Pike, Head of Estates, Northshire County Council sent her apologies.\n(b) Declarations\n1.2 None.\n"
    assert attendance_of(text, MINUTES) == [("Nora Pike", "apologies")]


def test_apologies_on_behalf_of_colon_then_group_headings_and_name_post_lines():
    text = (
        "Apologies for absence were received on behalf of:\n\n \n\nMembers of the Northshire Combined Authority\n\n"
        "Mayor Ruth Vane, Portfolio Holder: Housing, Skills and Planning\n\nCouncillor D Ormsby, Portfolio Holder: Transport\n\n"
        "Tariq Lowe MBE, Portfolio Holder: Business Growth\n\n \n\nDeputy Portfolio Holders\n\n"
        "Councillor H Marsh, Rivers and Coastal Towns\n\nCouncillor J Penn, Culture and Visitor Economy\n\n26.\n\nDeclarations of Interest\n"
    )
    assert attendance_of(text) == [
        ("Mayor Ruth Vane", "apologies"), ("Councillor D Ormsby", "apologies"), ("Tariq Lowe MBE", "apologies"),
        ("Councillor H Marsh", "apologies"), ("Councillor J Penn", "apologies"),
    ]


def test_group_heading_is_not_a_name_that_follows_it_on_the_line():
    assert group_heading("Members of the Northshire Combined Authority") and group_heading("Co-opted Members")
    assert not group_heading("Mayoral Advisors Reverend Canon Dr Ruth Vane,")


def test_name_initials_and_post_lines_under_present_apologies_and_in_attendance():
    text = (
        "Present:\nDr Ida Marsh IM Clinical Chair\nOwen Pratt OP Chief Finance Officer\nDr Kay Lunn (KL) Governing Body GP\n"
        "Apologies:\nRoy Tate RT Deputy Director of Quality and Associate Chief Nurse\nIn attendance:\nLen Hope LH Minute Taker\n"
        "GB/24/001: Welcome\n"
    )
    assert attendance_of(text, MINUTES) == [
        ("Dr Ida Marsh", "present"), ("Owen Pratt", "present"), ("Dr Kay Lunn", "present"),
        ("Roy Tate", "apologies"), ("Len Hope", "in_attendance"),
    ]
    assert roles_of("Present:\nOwen Pratt OP Chief Finance Officer\nGB/24/001: Welcome\n")["Owen Pratt"] == "Chief Finance Officer"


def test_noted_as_in_attendance_as_a_substitute_for_someone():
    text = "Apologies for absence were received from Councillor Amis.\n\nIt was noted that Councillor Beale was in attendance as a substitute for Councillor Amis.\n"
    assert attendance_of(text) == [("Councillor Amis", "apologies"), ("Councillor Beale", "present")]


def test_guests_welcomed_from_their_organisations_as_guests_to_the_meeting():
    text = "The Chair welcomed Ann Pryce from Northshire Fire and Rescue and Bob Carew from the ICB as guests to the meeting.\n"
    assert attendance_of(text) == [("Ann Pryce", "in_attendance"), ("Bob Carew", "in_attendance")]


def test_apologies_heading_over_names_each_with_a_reason():
    text = "1.  APOLOGIES FOR ABSENCE\nCllr. Mrs D Otley due to a family matter, Cllr. F Ryle owing to work\n\n2.  DECLARATIONS\nNone\n"
    assert attendance_of(text) == [("Cllr. Mrs D Otley", "apologies"), ("Cllr. F Ryle", "apologies")]


def test_councillors_who_submitted_their_apologies():
    text = "Apologies. Minutes: Councillors P Orme and T Vance submitted their apologies. |\n"
    assert attendance_of(text) == [("Councillor P Orme", "apologies"), ("Councillor T Vance", "apologies")]


def test_substitute_named_after_and_in_an_apology_sentence():
    text = "An apology for absence was received from Cllr Rosa Tull and Cllr Ned Vine attended as substitute.\n"
    assert ("Cllr Ned Vine", "present") in attendance_of(text)
