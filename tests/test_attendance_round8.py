"""Attendance layouts of round 8 (Scottish council minutes, community council minutes); our own words and names."""

from extractors.readers.names import looks_like_name
from test_attendance_round3 import attendance_of


def test_names_in_capitals_after_a_shared_plural_title():
    text = (
        "Present: Provost ANNA BRODIE, Depute Provost TOM KERR, Councillors IAN McLEAN, JEAN ORR and ROSS WEIR.\n\n"
        "1. APOLOGIES\n\nAn apology for absence was intimated on behalf of Councillor Fay Lennox.\n"
    )
    assert attendance_of(text, "MINUTE of MEETING of GLENSIDE COUNCIL held in the Burgh Hall on 3 May 2024.\n\n") == [
        ("Provost ANNA BRODIE", "present"), ("Depute Provost TOM KERR", "present"), ("Councillor IAN McLEAN", "present"),
        ("Councillor JEAN ORR", "present"), ("Councillor ROSS WEIR", "present"), ("Councillor Fay Lennox", "apologies"),
    ]


def test_capitals_name_needs_its_title():
    assert looks_like_name("Councillor ROSS WEIR")
    assert not looks_like_name("EXEMPT INFORMATION")


def test_unlabelled_list_under_a_calling_of_the_roll_item():
    text = (
        "Agendas, reports and minutes\n\nGlenside Council\n\nDate: Thursday, 2 May 2024\n\nMinutes: Read the Minutes\n\n"
        "Minutes of Meeting of the Glenside Council held in the Council Chamber, Burgh Hall on Thursday, 2 May 2024 at 10.30 am.\n\n"
        "1. Calling of the Roll and Apologies for Absence\nGairm a' Chlair\n\n"
        "Mr A Birse, Mrs C Dunn, Dr E Forbes, Ms G Hay\n\n"
        "In Attendance:\nChief Executive\nDirector of Finance\n\nMr A Birse in the Chair\n\n"
        "Apologies for absence were intimated on behalf of Mr J Kemp and Mrs L Moir.\n"
    )
    assert attendance_of(text, "") == [
        ("Mr A Birse", "present"), ("Mrs C Dunn", "present"), ("Dr E Forbes", "present"), ("Ms G Hay", "present"),
        ("Mr J Kemp", "apologies"), ("Mrs L Moir", "apologies"),
    ]


def test_unlabelled_list_runs_on_over_a_bracket_wrapped_to_the_next_line():
    text = (
        "Minutes of Meeting of the Glenside Council held in the Burgh Hall on Thursday, 2 May 2024 at 10.30 am.\n\n"
        "1. Calling of the Roll and Apologies for Absence\n\n"
        "Mr A Birse, Mrs C Dunn, Mr M Nairn (via\nVC), Mrs O Petrie\n\n"
        "In Attendance:\nChief Executive\n"
    )
    assert attendance_of(text, "") == [
        ("Mr A Birse", "present"), ("Mrs C Dunn", "present"), ("Mr M Nairn", "present"), ("Mrs O Petrie", "present"),
    ]
