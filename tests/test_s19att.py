"""Attendance on minutes of authorities and boards never studied before (session 8, s23/s24): member groups printed
as headings inside a list, officials' labels in run-on text, officers' posts run on before the next name.
Our own words, names and bodies."""

from structure_helpers import attendance_kinds as _kinds


def _expect(kinds: dict[str, str], names: tuple[str, ...], kind: str) -> None:
    """Every one of ``names`` was read with attendance ``kind``."""
    assert {name: kinds.get(name) for name in names} == dict.fromkeys(names, kind), kinds


RUN_ON = (
    "A meeting of Tarnside Fire Panel was held on Monday 3 March 2008 at Tarn House. PRESENT: Councillor Ann Lowe, "
    "Councillor Bob Ray and Councillor Cai Sim Lay Members MrDan Hale JP and Mr Eli Moss Independent Members "
    "Mrs Fay Dunn, Mr Gus Pike and Mr Hal Tate MBE OFFICIALS : Mr Ian Webb and Mrs Jo Kerr (CE) Mr Ken Bell and "
    "Miss Lia Ford (CC) 12 APOLOGIES FOR ABSENCE Apologies for absence were received from Mr Max Day JP.\n"
)


def test_officials_label_in_run_on_text_gives_in_attendance():
    kinds = _kinds(RUN_ON)
    _expect(kinds, ("Mr Ian Webb", "Mrs Jo Kerr", "Mr Ken Bell", "Miss Lia Ford"), "in_attendance")


def test_member_group_headings_without_colon_part_names_in_run_on_text():
    kinds = _kinds(RUN_ON)
    _expect(kinds, ("Councillor Cai Sim", "MrDan Hale JP", "Mr Eli Moss", "Mrs Fay Dunn", "Mr Hal Tate MBE"), "present")
    assert not any("Members" in name or "Lay" in name for name in kinds), kinds
    assert kinds.get("Mr Max Day JP") == "apologies", kinds


def test_by_invitation_label_gives_in_attendance():
    kinds = _kinds(
        "MINUTES OF THE MEETING OF TARNSIDE FIRE PANEL HELD ON 3 MARCH 2008\n"
        "PRESENT:\nCouncillor Ann Lowe, Councillor Bob Ray\nBY INVITATION:-\nDan Hale, Tarn Union\n\n1. MINUTES\nAgreed.\n"
    )
    assert kinds.get("Dan Hale") == "in_attendance", kinds
    assert kinds.get("Councillor Bob Ray") == "present", kinds


def test_officers_posts_with_and_run_on_before_the_next_name():
    kinds = _kinds(
        "Minutes of the meeting of Eastby Borough Council held on 4 March 2016\n\n"
        "Present: Councillors Lowe, Ray and Sim In Attendance: Officers: Ann Webb, Chief Executive Bob Kerr, Director of "
        "Leisure Services Cai Bell, Head of Law and Corporate Governance Dee Ford, Head of Finance and Deputy Section 151 "
        "Officer Eve Day, Committee, Scrutiny & Civic Affairs Manager Fay Moss, Democratic and Civic Support Officer "
        "12 PRAYERS The chaplain led prayers.\n"
    )
    _expect(kinds, ("Ann Webb", "Bob Kerr", "Cai Bell", "Dee Ford", "Eve Day", "Fay Moss"), "in_attendance")
    assert not {"Corporate Governance", "Deputy Section", "Scrutiny", "Committee"} & set(kinds), kinds


def test_apologies_heading_in_capitals_run_on_before_a_plural_title_shares_it():
    kinds = _kinds(
        "Minutes of the meeting of Eastby Borough Council held on 4 March 2016\n\n"
        "Present: Councillors Lowe, Ray and Sim 12 PRAYERS The chaplain led prayers. 13 APOLOGIES FOR ABSENCE "
        "Councillors Mrs Hale, Moss, P Pike and Tate. 14 DECLARATIONS OF INTEREST None.\n"
    )
    _expect(kinds, ("Councillor Mrs Hale", "Councillor Moss", "Councillor P Pike", "Councillor Tate"), "apologies")


def test_group_headings_naming_councils_inside_a_present_list_keep_it_going():
    kinds = _kinds(
        "TARNSIDE FIRE AUTHORITY\nMINUTES OF ORDINARY MEETING HELD ON\nFRIDAY, 3 MARCH 2006\n"
        "PRESENT:\nCouncillor Ann Lowe – Eastby Borough Council\nEASTBY BOROUGH COUNCIL:\nCouncillors Ray, Sim\n"
        "WESTBY AND NORTHWOLD COUNCIL:-\nCouncillors Hale, Moss, Pike\nPROPER OFFICERS:-\nClerk, Treasurer\n"
        "BY INVITATION:-\nDan Webb, Tarn Union\nAPOLOGIES FOR\nABSENCE / Councillor Kerr - Eastby\n  1. MINUTES\nAgreed.\n"
    )
    _expect(kinds, ("Councillor Ann Lowe", "Councillor Ray", "Councillor Sim", "Councillor Hale", "Councillor Moss", "Councillor Pike"), "present")
    assert kinds.get("Dan Webb") == "in_attendance", kinds
    # The apologies label wrapped before its last word ends the guests' list and opens its own on the next line.
    assert kinds.get("Councillor Kerr") == "apologies", kinds
    assert not any("Clerk" in name or "Treasurer" in name or "COUNCIL" in name for name in kinds), kinds


def test_unlabelled_run_of_representing_groups_gives_present():
    kinds = _kinds(
        "Tarnside Fire Authority 25 May 2012\n"
        "Representing Eastby Riding Council:\nCouncillors Lowe MBE, Ray and Sim\n"
        "Representing Kingston upon Westby City Council:\nCouncillors Hale OBE, Moss\n"
        "Representing North Tarn Council:\nCouncillorsPike, Tate and Webb\n"
        "Apologies for absence were received from Councillors Kerr and Ford.\n"
        "4001 MINUTES - Agreed.\n"
    )
    _expect(kinds, ("Councillor Lowe MBE", "Councillor Ray", "Councillor Sim", "Councillor Hale OBE", "Councillor Moss",
                 "Councillor Pike", "Councillor Tate", "Councillor Webb"), "present")
    assert kinds.get("Councillor Kerr") == "apologies", kinds


def test_one_group_heading_alone_gives_no_list():
    kinds = _kinds(
        "Tarnside Fire Authority 25 May 2012\nThe Chair welcomed new members.\n"
        "Representing Eastby Riding Council:\nCouncillors Lowe, Ray and Sim\n4001 MINUTES - Agreed.\n"
    )
    assert "Councillor Lowe" not in kinds, kinds


def test_groups_under_an_apologies_label_are_not_present():
    kinds = _kinds(
        "Tarnside Fire Authority 25 May 2012\nPresent: Councillor Ann Lowe (Chair)\nApologies:\n"
        "Representing Eastby Council:\nCouncillors Ray, Sim\nRepresenting Westby Council:\nCouncillors Hale, Moss\n"
        "4001 MINUTES - Agreed.\n"
    )
    assert all(kinds.get(name) != "present" for name in ("Councillor Ray", "Councillor Hale")), kinds


def test_posts_before_dotted_leaders_and_named_groups_under_the_minutes_heading():
    kinds = _kinds(
        "MINUTES of a meeting of the Tarnside Police Panel held at Tarn House, Eastby on Friday 12th February 2010.\n\n"
        "Chairman…………… Mr A Lowe\nVice-Chairman…….. Mrs B Ray\n"
        "Mr C Sim, Sir D Hale, Mrs E Moss, Lady F Pike Mrs G Tate and Mr H Webb\n\n"
        "Co-opted Member of Standards Committee: Mr I Kerr and Mrs J Ford\n\n"
        "Officers in Attendance\nPolice Panel:\nMs K Bell (Chief Executive) Mr L Day (Treasurer) and Mrs M Dunn (Assistant to the\n"
        "Chief Executive)\n\nPolice Force:\nMr N Hart (Chief Constable), Ms O Lee (Deputy Chief Constable).\n\n"
        "P/101 Apologies for Absence\nApologies for absence were received from Mrs P Roe.\n"
    )
    _expect(kinds, ("Mr A Lowe", "Mrs B Ray", "Mr C Sim", "Sir D Hale", "Lady F Pike", "Mrs G Tate", "Mr H Webb", "Mr I Kerr", "Mrs J Ford"), "present")
    _expect(kinds, ("Ms K Bell", "Mr L Day", "Mrs M Dunn", "Mr N Hart", "Ms O Lee"), "in_attendance")
    assert kinds.get("Mrs P Roe") == "apologies", kinds
    assert not any("Police" in name for name in kinds), kinds


def test_starred_roll_above_its_key_with_no_label_gives_present_and_fire_ranks_title_officers():
    kinds = _kinds(
        "Tarnside Fire Board\nWednesday, 2 April 2008\n\nThese minutes are subject to confirmation.\n\n\n"
        "* Cllr A Lowe               Cabinet Member, Eastby County Council\n\n"
        "* Cllr Dr B Ray          Chairman, Westby Fire Authority\n\n"
        "Cllr C Sim                 Chairman, Northwold Fire Authority\n\n"
        "* Cllr Mrs D Hale JP     Chair, Tarn Fire Authority, Cabinet Member\n\n\n* = Present\n\n\n"
        "In Attendance:\n\nCFO E Moss              Eastby\n\nCFO F Pike                     Royal Westby\n\n"
        "DCFO G Tate            Northwold\n\nACO H Webb                  Tarn\n\nIan Kerr                      Eastby\n\n\n"
        "The Chairman opened the meeting.\n"
    )
    _expect(kinds, ("Cllr A Lowe", "Cllr Dr B Ray", "Cllr Mrs D Hale JP"), "present")
    assert "Cllr C Sim" not in kinds, kinds
    _expect(kinds, ("CFO E Moss", "CFO F Pike", "DCFO G Tate", "ACO H Webb", "Ian Kerr"), "in_attendance")
    assert "Royal Westby" not in kinds, kinds


def test_one_starred_line_is_no_roll():
    kinds = _kinds("Tarnside Fire Board\n\n* Cllr A Lowe      Chair\n\n* = Present\n\nThe Chair opened the meeting.\n")
    assert "Cllr A Lowe" not in kinds, kinds


def test_a_post_column_wrapped_onto_an_indented_line_does_not_end_the_list():
    kinds = _kinds(
        "TARNSIDE POLICE PANEL\nMinutes of the meeting held on 3 March 2009\n\nMEMBERS PRESENT\n\nCllr A Lowe\nMr B Ray\n\n"
        "OFFICERS PRESENT\n\n"
        "Ms C Sim                     -   Press Officer\n"
        "Mr D Hale                    -   Director of Human Resources,\n"
        "                                 Tarnside Police\n"
        "Mrs E Moss                   -   Committee Officer, Police Panel\n"
        "Mrs F Pike                   -   Director of Finance,\n"
        "                                 Tarnside Police\n\n"
        "1. APOLOGIES\nNone.\n"
    )
    _expect(kinds, ("Ms C Sim", "Mr D Hale", "Mrs E Moss", "Mrs F Pike"), "in_attendance")
    assert "Tarnside Police" not in kinds, kinds


def test_a_record_opening_on_a_plural_titled_list_with_no_label_lists_members_present():
    kinds = _kinds(
        "Councillors Lowe(Chair), Ray (Vice Chair), Sim, Hale and Moss\n\n\nCouncillors Pike and Tate\n\n1. / Apologies\n\n"
        "Apologies for absence were submitted by Councillors Pike and Tate.\n\n2. / Deputations\n\nThere were no deputations.\n"
    )
    _expect(kinds, ("Councillor Lowe", "Councillor Ray", "Councillor Sim", "Councillor Hale", "Councillor Moss"), "present")
    assert kinds.get("Councillor Pike") == "apologies", kinds


def test_an_agenda_opening_on_a_plural_titled_list_names_nobody():
    kinds = _kinds(
        "Councillors Lowe, Ray, Sim, Hale and Moss\n\nAGENDA\n\n1. Apologies for absence\n2. Minutes of the last meeting\n"
        "3. Budget report\n"
    )
    assert not kinds, kinds


def test_cased_header_cells_match_capitals_and_title_case_only():
    import re

    from extractors.proceedings.attendance_labels import ATTENDEE_CELL, REPRESENTING_CELL, cased

    header = re.compile(rf"\b{ATTENDEE_CELL}[ \t|]+{REPRESENTING_CELL}\b")
    for printed in ("ATTENDEE REPRESENTING", "Attendees | Representing", "NAME\tREPRESENTING", "Name  Representing"):
        assert header.search(printed), printed
    for printed in ("name representing", "Attendee representing", "NAMES REPRESENTING", "Attendees\nRepresenting"):
        assert not header.search(printed), printed
    assert re.fullmatch(cased("in attendance"), "IN  ATTENDANCE") and not re.fullmatch(cased("in attendance"), "in attendance")


def test_grouped_apologies_read_their_group_and_nobody_words_from_the_labels():
    from extractors.proceedings.attendance_apology_groups import grouped_apologies

    text = "Apologies had been received from: -\nSchool members\nAnn Lowe, Bob Ray\nGovernors\nN/A\nOfficers\nNone\n\n1. Minutes\n"
    assert [text[a:b] for a, b in grouped_apologies(text, 0, len(text))] == ["Ann Lowe", "Bob Ray"]


def test_a_post_of_service_words_alone_runs_on_before_the_next_name():
    kinds = _kinds(
        "MINUTES OF A MEETING OF THE PLANNING COMMITTEE HELD ON 1 MARCH 2017 Committee Members Present Councillors: Ann "
        "Lowe (Chairman), Bob Ray Officers Present Cai Sim, Strategic Development Service Manager Dee Hale, Service "
        "Manager, Highways Development Management Eve Moss, Borough Solicitor Fay Pike, Democratic Services Officer "
        "99. APOLOGIES No apologies for absence were received\n"
    )
    _expect(kinds, ("Cai Sim", "Dee Hale", "Eve Moss", "Fay Pike"), "in_attendance")
    assert not any("Management" in name or "Highways" in name for name in kinds), kinds


def test_an_absent_line_under_the_minutes_heading_names_nobody_present():
    kinds = _kinds(
        "MINUTES of a meeting of the Tarnside Police Panel held at Tarn House on Friday 12th February 2010.\n\n"
        "Chairman…………… Mr A Lowe\nMr C Sim, Sir D Hale and Mrs E Moss\n\nAbsent: Mr F Pike and Mrs G Tate\n\n"
        "P/101 Apologies for Absence\nNone.\n"
    )
    assert kinds.get("Mr C Sim") == "present", kinds
    assert "Mr F Pike" not in kinds and "Mrs G Tate" not in kinds, kinds


def test_dotted_leaders_between_a_post_and_its_holder_under_a_present_label():
    kinds = _kinds(
        "Minutes of the meeting of Tarn Panel held on 3 March 2010\n\nPresent:\nChairman……………. Mr A Lowe\n"
        "Vice-Chairman……….. Mrs B Ray\nMr C Sim, Mr D Hale and Mrs E Moss\n\nIn attendance:\nClerk............ Mrs F Pike\n\n"
        "1. Apologies\nNone.\n"
    )
    _expect(kinds, ("Mr A Lowe", "Mrs B Ray", "Mr C Sim", "Mr D Hale", "Mrs E Moss"), "present")
    assert kinds.get("Mrs F Pike") == "in_attendance", kinds


def test_members_listed_under_the_chairs_runs_stay_present():
    kinds = _kinds(
        "Minutes of the meeting of Tarn Panel held on 3 March 2010\n\nPresent:\nChairman: Cllr A Lowe\n"
        "Vice-Chairman: Cllr B Ray\nCllr C Sim\nCllr D Hale\n\n1. Apologies\nNone.\n"
    )
    _expect(kinds, ("Cllr A Lowe", "Cllr B Ray", "Cllr C Sim", "Cllr D Hale"), "present")


def test_an_ellipsis_in_prose_is_no_leader():
    from extractors.proceedings.attendance_labels import spelt_labels

    for printed in ("He paused... Then Mr A Lowe spoke", "Chairman… Mr A Lowe"):
        assert spelt_labels(printed) == printed
    assert spelt_labels("Chairman…… Mr A Lowe") == "Chairman:  Mr A Lowe"


def test_a_single_role_label_over_names_and_a_ward_councillor_under_a_list_keep_their_readings():
    kinds = _kinds(
        "Minutes of the meeting of Ashby Parish Council held on 3 March 2010\n\n"
        "Those Present:    Cllrs: A. Lowe (Chairman); B. Ray (Vice-Chairman); C Sim and D. Hale.\nWard Cllr. Mrs E. Moss.\n"
        "Apologies received from Ward Cllr. F. Pike.\n1.  Declarations of Interest\nNone.\n"
    )
    assert kinds.get("Ward Cllr. Mrs E. Moss") == "in_attendance", kinds
    assert kinds.get("Cllr D. Hale") == "present", kinds
