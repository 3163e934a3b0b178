"""Helper prec29b of session 29: false facts left by the day's helpers (our own words): posts and places read as people,
a councillor run into the clerk's name, a cut read as a fund, a principal council handed a sum, a national fund."""

from test_attendance_round3 import attendance_of
from test_s28news28 import _facts

_HEAD = "Minutes of the Eastby Parish Council meeting held on 4 May 2025\n\n"


def test_a_post_or_an_area_alone_is_no_attendee():
    from extractors.readers.names import printed_name

    assert not printed_name("Locum Clerk")
    assert not printed_name("Place Maker South")
    assert not printed_name("Team Leader North")
    assert printed_name("Ann West") and printed_name("Mrs A B North") and printed_name("Mary Jane West")
    found = attendance_of("Present: Cllr A Abbey (Chair), Cllr B Barlow\nIn attendance: Locum Clerk (RFO)\n\n1. Apologies\nNone.\n", _HEAD)
    assert found == [("Cllr A Abbey", "present"), ("Cllr B Barlow", "present")], found
    found = attendance_of(
        "In Attendance : Mr Colm Abbey, Director of Housing, TDHA Ms Ann Barlow, Place Maker South, TDHA\n\n1. Apologies\nNone.\n", _HEAD
    )
    assert found == [("Mr Colm Abbey", "in_attendance"), ("Ms Ann Barlow", "in_attendance")], found


def test_a_councillor_by_initial_and_surname_is_not_run_into_the_clerks_name():
    found = attendance_of("Present: Cllr A Abbey Cllr B Barlow Ann Dale (Parish Clerk)\n\n1. Apologies\nNone.\n", _HEAD)
    assert found == [("Cllr A Abbey", "present"), ("Cllr B Barlow", "present"), ("Ann Dale", "in_attendance")], found
    # A councillor's own full name before a bracketed post other than the clerk's is one name.
    found = attendance_of("Present: Cllr A Abbey, Councillor Peter Lisle Jones (RFO)\n\n1. Apologies\nNone.\n", _HEAD)
    assert ("Councillor Peter Lisle Jones", "present") in found or ("Councillor Peter Lisle Jones", "in_attendance") in found, found


def test_a_cut_is_no_funds_size():
    for line in (
        "The Community Safety Fund grant was cut by £40,000 to help reduce crime in 2024/25.\n",
        "The Community Safety Fund was cut by £40,000 in 2024/25.\n",
        "The partnership grant was reduced by £12,500 in 2025/26.\n",
    ):
        assert _facts(line)[0] == [], line
    assert _facts("The Community Safety Fund for 2024/25 is £400,000.\n")[0] == [("grant_total", 400000.0, "2024/25")]


def test_a_principal_council_handed_a_sum_with_no_fund_named_has_no_grant_total():
    for line in (
        "Eastby and Westby Council will receive £1.5m.\n",
        "Tarnside Borough Council will receive £455,300 for local schemes that help people sleeping rough.\n",
        "Eastby Council has been given £2m.\n",
    ):
        assert _facts(line) == ([], []), line
    # Its award from a named fund is still its grant.
    assert _facts("Eastby Council has been awarded £150,000 from the Safer Streets Fund.\n")[0] != []


def test_a_national_fund_of_millions_is_no_bodys_grant_total():
    for line in (
        "This sits alongside the £12 million Winter Shelter Fund to support night shelters.\n",
        "We will consult the police and partners on how this £40 million fund for the years after 2026-27 can best be used.\n",
        "The Government has set up a £25 million fund for police forces.\n",
    ):
        assert _facts(line)[0] == [], line
    # A body's own receipt of millions is still read.
    assert _facts("The Commissioner has been awarded £12 million from the Safer Streets Fund for 2026/27.\n")[0] != []
