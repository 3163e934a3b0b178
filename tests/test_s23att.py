"""Session 23 attendance and meeting layouts (s31-s33). Our own words, names and bodies."""

from structure_helpers import attendance_kinds as _kinds

WRAPPED = """\
Minutes of the meeting held on 2 May, 2025 (10.00am)



Councillor A. B. Lowe MBE - Chairman


Councillor Cara Ray - Vice-Chairman


Councillors Mrs. D. Sim, Eli Tam, F. Ll. Udall,

G. Vane, OBE, H.J.Wren,

Ivo Yale.



Chief Executive



Councillors J.Zorn, K.Abel



The meeting was opened with a Prayer.
"""


def test_unlabelled_plural_list_runs_on_over_lines_ending_on_a_comma() -> None:
    kinds = _kinds(WRAPPED)
    assert {name for name, kind in kinds.items() if kind == "present"} == {
        "Councillor A. B. Lowe MBE", "Councillor Cara Ray", "Councillor Mrs. D. Sim", "Councillor Eli Tam",
        "Councillor F. Ll. Udall", "Councillor G. Vane", "Councillor H.J.Wren", "Councillor Ivo Yale",
    }
    # The second unlabelled list, below the posts, says nothing of its members' attendance.
    assert "Councillor J.Zorn" not in kinds


def test_a_list_ending_on_its_full_stop_takes_no_line_after_it() -> None:
    text = WRAPPED.replace("F. Ll. Udall,", "F. Ll. Udall.")
    kinds = _kinds(text)
    assert "Councillor F. Ll. Udall" in kinds and "Councillor G. Vane" not in kinds


GLUED = """\
Minutes of Council Meeting held on Monday 3 March 2025 at 6pm

In attendance: (Councillors)

Councillor A Abel Councillor B BirdCouncillor C Cobb Councillor D DeanCouncillor E Eyre Councillor F FoxCouncillor G Gray Councillor H Hunt Councillor J Jury Councillor K KempCouncillor L Lamb Councillor M Moore

(Officials)Mr P Moss, Chief ExecutiveMrs N Nunn, Director of Place, Housing and LeisureMiss O Orme, Democratic Services Officer

C/041/2025 APOLOGIES
"""


def test_a_title_glued_to_the_name_before_it_begins_no_line_of_bare_names() -> None:
    from extractors.readers.runon import reflowed

    line = GLUED.splitlines()[4]
    assert "\n" not in reflowed(line + "\n").rstrip("\n")
    kinds = _kinds(reflowed(GLUED))
    assert kinds["Councillor G Gray"] == kinds["Councillor H Hunt"] == "present"
    assert "H Hunt" not in kinds and not any(name.endswith("Councillor") for name in kinds)


def test_officials_group_in_brackets_glued_to_its_first_name_is_in_attendance() -> None:
    kinds = _kinds(GLUED)
    assert {name: kind for name, kind in kinds.items() if not name.startswith("Councillor")} == {
        "Mr P Moss": "in_attendance", "Mrs N Nunn": "in_attendance", "Miss O Orme": "in_attendance",
    }


def test_second_group_led_in_by_and_from_the_following_keeps_its_names() -> None:
    text = """\
Minutes

1 Apologies for Absence

Apologies for absence were received from the following Cabinet Members: Councillor Ames and Councillor Bligh, and from the following Assistant Cabinet Member: Councillor Crane.
"""
    assert _kinds(text) == {"Councillor Ames": "apologies", "Councillor Bligh": "apologies", "Councillor Crane": "apologies"}


def test_the_next_item_after_an_apologies_heading_names_nobody() -> None:
    text = "Agenda\n\n1. Apologies for Absence\n\n2. Mayor’s Announcements\n\n3. Declarations of Interest\n"
    assert _kinds(text) == {}


FLAT = (
    "Minutes of the meeting of the panel held on Monday 3rd March 2025 at the Village Hall, commencing at 7.00pm Present "
    "Alan Birch, Susan Crowe*, Paul Denton It was noted that the meeting was quorate and that all members had been sent "
    "the papers in good time before the meeting. Apologies Brian Hollis, Diane Ingram, Neil Kaye Declarations of interest "
    "None were made.\n"
)


def test_flattened_paragraph_lists_run_on_after_labels_without_colons() -> None:
    from extractors.proceedings.attendance_flat import flat_name_lists

    found = {FLAT[start:end]: kind for kind, start, end in flat_name_lists(FLAT, 0, len(FLAT))}
    assert found == {
        "Alan Birch": "present", "Susan Crowe": "present", "Paul Denton": "present",
        "Brian Hollis": "apologies", "Diane Ingram": "apologies", "Neil Kaye": "apologies",
    }
    # Two names are no list; nor are names few of which open on a common given name.
    two = FLAT.replace("Alan Birch, ", "")
    assert "Susan Crowe" not in {two[s:e] for _, s, e in flat_name_lists(two, 0, len(two))}


def test_took_part_virtually_is_present_and_apologies_by_email_are_apologies() -> None:
    text = """\
Minutes

Apologies for absence were received from Councillor Ames, and it was noted that Councillor Bligh took part virtually.

Apologies were received by email from Cllr Crane but these were not received in time.
"""
    assert _kinds(text) == {"Councillor Ames": "apologies", "Councillor Bligh": "present", "Cllr Crane": "apologies"}


def test_participle_clause_giving_apologies_after_a_comma_or_dash() -> None:
    text = """\
Full Council: Wednesday, 9 April 2025

This meeting was attended by 20 councillors (12 Labour, 8 Green), Cllrs Ada Lowe and Ben Ray giving their apologies.

This Committee meeting was attended by two members - Cllr Cy Sim having given her apologies.
"""
    assert _kinds(text) == {"Cllr Ada Lowe": "apologies", "Cllr Ben Ray": "apologies", "Cllr Cy Sim": "apologies"}
