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
    from extractors.readers.names import looks_like_name, name_and_role

    assert not looks_like_name("Governance Intern")
    assert name_and_role("Dan Tam, Governance Trainee (Place & Roads)")
