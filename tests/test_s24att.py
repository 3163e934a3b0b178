"""Session 24 attendance layouts (s34, s35, s38). Our own words, names and bodies."""

from structure_helpers import attendance_kinds as _kinds

OFFICERS = """\
MINUTES of the MEETING of EASTGLEN COUNCIL held in the
COUNCIL CHAMBER, EASTGLEN on THURSDAY 5 JUNE 2025 at 2.00
PM

Present:

Councillor Ann LOWE
Councillor Gil HART

In Attendance

 

Bob Ray, Director of Housing, Roads & Parks
Fay Webb, Chief Executive

Cara Sim, Service Manager Parks & Open Spaces (Place & Roads)
Dan Tam, Records Intern (Place & Roads)

Eve Vale, Chief Officer - Law (Place & Roads) (Clerk)

 

EG12 APOLOGIES
"""


def test_an_ampersand_inside_a_post_parts_no_names_in_a_list_of_one_name_a_line() -> None:
    kinds = _kinds(OFFICERS)
    assert {name for name, kind in kinds.items() if kind == "in_attendance"} == {"Bob Ray", "Fay Webb", "Cara Sim", "Dan Tam", "Eve Vale"}


def test_an_intern_is_a_post_not_a_surname() -> None:
    from extractors.readers.name_posts import name_and_role
    from extractors.readers.names import looks_like_name

    assert not looks_like_name("Governance Intern")
    assert name_and_role("Dan Tam, Governance Trainee (Place & Roads)")


AREA = """\
Westdale Council

Northern Area Partnership meeting minutes

Monday 3 May 2027 - via Zoom


  • Cllr Ann Lowe - Chair and Westdale Council
  • Bob Ray - Westby Cricket Club
  • Jan Sim - Westdale Council
  • Joe Sim - Eastby Parish Council

Welcome

Cllr Ann Lowe welcomed everyone.
"""


def test_bulleted_name_dash_body_lines_under_the_minutes_heading_are_the_present_list() -> None:
    kinds = _kinds(AREA)
    assert {name for name, kind in kinds.items() if kind == "present"} == {"Cllr Ann Lowe", "Bob Ray", "Jan Sim", "Joe Sim"}


def test_bulleted_name_dash_body_lines_with_no_titled_name_are_no_list() -> None:
    kinds = _kinds(AREA.replace("Cllr Ann Lowe", "Ann Lowe"))
    assert "Bob Ray" not in kinds


def test_two_people_sharing_an_initial_and_a_surname_are_both_kept() -> None:
    from extractors.proceedings.attendance import _same_person

    assert not _same_person("Jan Sim", "Joe Sim", "j sim", "j sim")
    assert _same_person("Cllr J Sim", "Jan Sim", "j sim", "j sim")


SLASHED = """\
Minutes of Meeting of
Eastby Community Council

Present: Cllrs: Ann Lowe/Bob Ray/Cy Sim (Chair)/
Dee Tam/Eli Vale

1:00 Apologies: Fay Webb
"""


def test_names_parted_by_slashes_are_a_list_and_run_on_over_a_line_ending_on_a_slash() -> None:
    kinds = _kinds(SLASHED)
    assert {name for name, kind in kinds.items() if kind == "present"} == {
        "Cllr Ann Lowe", "Cllr Bob Ray", "Cllr Cy Sim", "Cllr Dee Tam", "Cllr Eli Vale",
    }


def test_a_post_with_a_slash_is_no_list() -> None:
    from extractors.proceedings.attendance_entries import slash_list

    assert slash_list("Mrs Ann Lowe (Clerk/RFO)") == "Mrs Ann Lowe (Clerk/RFO)"


PARTNERSHIP = """\
Welcome and Apologies for Absence

The Chair, Chief Inspector Ann Lowe, welcomed everyone to the meeting.  Apologies for absence were received from Bob Ray (represented by Cy Sim) and Dee Tam.
"""


def test_a_chair_titled_by_a_police_rank_and_a_representative_in_brackets_are_present() -> None:
    kinds = _kinds(PARTNERSHIP)
    assert kinds == {"Chief Inspector Ann Lowe": "present", "Bob Ray": "apologies", "Cy Sim": "present", "Dee Tam": "apologies"}


def test_a_body_after_the_chair_is_no_name() -> None:
    kinds = _kinds(PARTNERSHIP.replace("Chief Inspector Ann Lowe", "Westby Housing Panel"))
    assert "Westby Housing Panel" not in kinds


CMIS_TAB = (
    "Meeting Details Committee: Council Date/Time: 9 Mar 2026 - 18:30 Documents Attendance "
    "Attended - Committee Members Name 12 Page 1 of 2, items 1 to 6 of 9. Ann Abbot - Mayor of Westby Bob Acton "
    "Mark Peel Bagot Jane Bell MBE Rhoda Bell Attended - Other Members Name No other member attendance information has "
    "been recorded for the meeting. Apologies NameReason for Sending Apology Laura Blake Absent NameReason for Absence "
    "Neil Boyd Declarations of Interests Member NameItem Ref.DetailsNature of DeclarationAction Bob Acton"
)


def test_a_flattened_cmis_attendance_tab_parts_its_names_by_their_shapes() -> None:
    kinds = _kinds(CMIS_TAB)
    assert kinds == {
        "Ann Abbot": "present", "Bob Acton": "present", "Mark Peel Bagot": "present", "Jane Bell MBE": "present",
        "Rhoda Bell": "present", "Laura Blake": "apologies",
    }


def test_a_cmis_post_runs_to_the_next_given_name() -> None:
    from extractors.proceedings.attendance_cmis_tab import cmis_attendance_tab

    rows = cmis_attendance_tab(CMIS_TAB, 0, len(CMIS_TAB))
    assert rows[0][3] == "Mayor of Westby" and CMIS_TAB[rows[0][1] : rows[0][2]] == "Ann Abbot"


def test_a_titled_name_in_capitals_may_carry_initials() -> None:
    from extractors.readers.names import looks_like_name

    assert looks_like_name("Mrs ANNA E LOWE OBE") and looks_like_name("Hon R J DEAN FORBES")
    assert not looks_like_name("ANNA E LOWE")


def test_a_provost_in_capitals_with_a_middle_initial_is_present() -> None:
    kinds = _kinds("MINUTE of MEETING of WESTSHIRE COUNCIL\n\nPresent: Provost Mrs ANNA E LOWE OBE, Councillors BOB ABEL and CARA BIRD.\n")
    assert kinds.get("Mrs ANNA E LOWE OBE") == "present"


def test_a_post_with_and_after_a_name_gives_no_lone_surname() -> None:
    kinds = _kinds(
        "Minutes:\n\nApologies for absence were received from Councillor Ann Lowe, Bob Ray, Head of Housing and Cy Sim, "
        "Health and Wellbeing Manager.\n"
    )
    assert kinds == {"Councillor Ann Lowe": "apologies", "Bob Ray": "apologies", "Cy Sim": "apologies"}


def test_a_county_councillor_under_an_unlabelled_list_is_in_attendance() -> None:
    kinds = _kinds(
        "Council Minutes - March 2027\n\n\nMeeting held on 2nd March 2027 at\nThe Old School, Eastby at 7.30 pm\n"
        "Cllrs Abel, Dean, Ford and Gray (Chair)\nCounty Cllr Hana Innes\nClerk: Jo Kent\n"
    )
    assert kinds.get("County Cllr Hana Innes") == "in_attendance" and kinds.get("Cllr Abel") == "present"
