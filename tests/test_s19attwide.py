"""Attendance layouts studied wide (session 8): pages of bodies in no set, read for whole lists the readers left
unread. Political groups heading the members inside a present list, Welsh 'a' / 'ac' between names, an item number
before 'Members present:', a sentence whose full stop was not printed, and a present list whose label was lost under
the minutes' heading. Our own words, names and bodies."""

from extractors.readers.name_lists import split_list
from structure_helpers import attendance_kinds as _kinds


def _expect(kinds: dict[str, str], names: tuple[str, ...], kind: str) -> None:
    """Every one of ``names`` was read with attendance ``kind``."""
    assert {name: kinds.get(name) for name in names} == dict.fromkeys(names, kind), kinds


HEADING = "Minutes of the meeting of Tarnside Borough Council held on 4 May 2022\n\n"
_SIX = tuple(f"Councillor {name}" for name in ("Ann Lowe", "Bob Ray", "Cai Sim", "Dan Hale", "Eli Moss", "Fay Dunn"))


def test_party_headings_between_blank_lines_keep_the_present_list_going():
    kinds = _kinds(
        HEADING + "Present:\n\nConservative Group\nCouncillors Ann Lowe (Mayor), Bob Ray and Cai Sim\n\n"
        "Labour Group\nCouncillors Dan Hale and Eli Moss\n\nLiberal Democrat Group\nCouncillor Fay Dunn\n\n"
        "In attendance: Gus Pike (Chief Executive)\n\n1. Apologies for absence\nThere were none.\n"
    )
    _expect(kinds, _SIX, "present")
    assert kinds.get("Gus Pike") == "in_attendance", kinds
    assert not any("Group" in name or "Labour" in name for name in kinds), kinds


def test_party_headings_with_colons_over_one_name_a_line():
    kinds = _kinds(
        HEADING + "Present:\nCONSERVATIVE GROUP:\nCllr Ann Lowe\nCllr Bob Ray\nLABOUR GROUP:\nCllr Cai Sim\n"
        "Green Party\nCllr Dan Hale\n\n1. Apologies for absence\nNone.\n"
    )
    _expect(kinds, ("Cllr Ann Lowe", "Cllr Bob Ray", "Cllr Cai Sim", "Cllr Dan Hale"), "present")


def test_party_before_its_members_on_their_line_gives_them_the_shared_title():
    kinds = _kinds(
        HEADING + "PRESENT\nConservative: Councillors Ann Lowe (Mayor), Bob Ray, Cai Sim\n"
        "Labour Group: Councillors Dan Hale and Eli Moss\nIndependent: Councillor Fay Dunn\n\n"
        "1. Apologies for absence\nNone.\n"
    )
    _expect(kinds, _SIX, "present")


def test_party_groups_under_a_recorded_vote_are_no_attendance():
    kinds = _kinds(
        HEADING + "Present: Councillor Ann Lowe (Mayor)\n\n5. Motion on bus services\nThe motion was put to a recorded vote:\n"
        "For:\nLabour Group\nCouncillors Bob Ray and Cai Sim\nConservative Group\nCouncillors Dan Hale and Eli Moss\n"
        "Against: none\nThe motion was carried.\n"
    )
    assert kinds == {"Councillor Ann Lowe": "present"}, kinds


def test_welsh_and_parts_two_names():
    assert [part.strip() for part in split_list("Ann Lowe, Rhys Bevan a Gwen Hale")] == ["Ann Lowe", "Rhys Bevan", "Gwen Hale"]
    assert [part.strip() for part in split_list("Ann Lowe ac Elin Moss")] == ["Ann Lowe", "Elin Moss"]
    assert [part.strip() for part in split_list("B. Ray a/and C.Sim")] == ["B. Ray", "C.Sim"]


def test_english_article_parts_nothing():
    assert split_list("Cllr Lowe who had a Council meeting") == ["Cllr Lowe who had a Council meeting"]
    assert [part.strip() for part in split_list("Cllrs Ann Lowe and Bob Ray (Westby Council)")] == ["Cllrs Ann Lowe", "Bob Ray (Westby Council)"]


def test_welsh_and_in_a_bilingual_apologies_list():
    kinds = _kinds(
        "CYNGOR TREF TARNSIDE\nMINUTES OF THE ORDINARY MEETING OF TARNSIDE TOWN COUNCIL HELD ON 11 APRIL 2019\n"
        "PRESENT: Councillors: Ann Lowe, Bob Ray, Rhys Bevan a Gwen Hale\n\n1/19 APOLOGIES\n"
        "Apologies were received from Councillors Elin Moss ac Dai Pike.\n"
    )
    _expect(kinds, ("Councillor Rhys Bevan", "Councillor Gwen Hale"), "present")
    _expect(kinds, ("Councillor Elin Moss", "Councillor Dai Pike"), "apologies")


def test_numbered_members_present_label_reads_every_member():
    kinds = _kinds(
        "Tarnside Community Council\nMinutes of the Annual General Meeting held on 12 April 2017\n\n"
        "1. Members present: Ann Lowe (Convener), Bob Lowe (Vice Convener), Cai Sim (Treasurer), Dan Hale, Eve Lowe "
        "and Fay Moss (Secretary).\n\nAlso in attendance: Cllr Gus Pike and two members of the public.\n\n2. Apologies: None.\n"
    )
    _expect(kinds, ("Ann Lowe", "Bob Lowe", "Cai Sim", "Dan Hale", "Eve Lowe", "Fay Moss"), "present")
    assert kinds.get("Cllr Gus Pike") == "in_attendance", kinds


def test_sentence_without_its_full_stop_shares_no_title_with_the_next():
    kinds = _kinds(
        "Minutes of a meeting of Tarnside Parish Council held on 5 May 2020\n"
        "Present: Cllrs Ann Lowe, Bob Ray and Cai Sim.\n"
        "District Cllrs Hale and Moss were present\n"
        "Clerk to the Council, Mrs Dee Pike and Assistant Clerk, Mrs Eve Dunn were present\n\n"
        "1. Public participation\nCllr Hale reported on the grant.\n"
    )
    _expect(kinds, ("District Cllr Hale", "District Cllr Moss"), "in_attendance")
    assert not any(name.startswith("District Cllr Mrs") for name in kinds), kinds


UNLABELLED_RUN = (
    "Tarnside Parish Council\nParish Council Meeting Minutes\n\nDate: 18 April 2024\nLocation: Village Hall\n\n"
    "  • Mr. Ann Lowe (Chairperson)\n  • Mrs. Bea Ray (Vice-Chairperson)\n  • Mr. Cai Sim\n  • Mrs. Dee Hale\n"
    "  • Mr. Eli Moss\n\n  • Mrs. Fay Dunn (Clerk)\n\n  1. Opening remarks:\n    Mr. Ann Lowe opened the meeting.\n"
)


def test_titled_names_one_a_line_under_the_minutes_heading_are_present():
    kinds = _kinds(UNLABELLED_RUN)
    _expect(kinds, ("Mr. Ann Lowe", "Mrs. Bea Ray", "Mr. Cai Sim", "Mrs. Dee Hale", "Mr. Eli Moss"), "present")
    assert kinds.get("Mrs. Fay Dunn") != "present", kinds


def test_plural_titled_line_under_the_minutes_heading_is_present():
    kinds = _kinds(
        "Tarnside Parish Council\nMinutes of the meeting held on Tuesday 3 May 2022 at 7.30pm in the Village Hall\n"
        "Councillors Ann Lowe (Chair), Bob Ray, Cai Sim and Dan Hale. Clerk: Mrs Eve Moss.\n1. Apologies\nCllr Fay Dunn.\n"
    )
    _expect(kinds, ("Councillor Ann Lowe", "Councillor Bob Ray", "Councillor Cai Sim", "Councillor Dan Hale"), "present")
    assert kinds.get("Mrs Eve Moss") == "in_attendance", kinds


def test_an_agenda_summons_no_one_present():
    kinds = _kinds(
        "Tarnside Parish Council\nAgenda for the meeting on Tuesday 3 May 2022\n\nCllr Ann Lowe (Chair)\nCllr Bob Ray\n"
        "Cllr Cai Sim\n\n1. To receive apologies\n2. To approve the minutes of the last meeting\n"
    )
    assert "present" not in kinds.values(), kinds


def test_names_under_a_heading_that_is_no_minutes_are_left():
    kinds = _kinds(
        "Tarnside Parish Council\nNewsletter, spring 2022\n\nCllr Ann Lowe\nCllr Bob Ray\nCllr Cai Sim\n\n"
        "1. The play area reopens in May.\n"
    )
    assert "present" not in kinds.values(), kinds


def test_star_keyed_roll_with_the_key_word_alone():
    kinds = _kinds(
        "Police and Crime Panel\nMinutes of the meeting held on 7 June 2019\n\nMembers of the Panel\n"
        "* Councillor Ann Lowe (Chairman)\n* Councillor Bob Ray\n  Councillor Cai Sim\n* Mr Dan Hale (Independent Member)\n\n"
        "* Present\n\n1. Apologies\nApologies were received from Councillor Sim.\n"
    )
    _expect(kinds, ("Councillor Ann Lowe", "Councillor Bob Ray", "Mr Dan Hale"), "present")
    assert kinds.get("Councillor Cai Sim") != "present", kinds


def test_party_heading_in_capitals_with_its_count_is_no_part_of_a_name():
    kinds = _kinds(
        HEADING + "Councillors present:\n\nCONSERVATIVE GROUP (3)\nAnn Lowe (Mayor), Bob Ray, Cai Sim\n\n"
        "LABOUR GROUP (2)\nDan Hale, Eli Moss\n\n1. Apologies for absence\nNone.\n"
    )
    _expect(kinds, _SIX[:5], "present")
    assert not any("LABOUR" in name for name in kinds), kinds
