"""Attendance recall (session 18): a board's flattened 'Attendee Representing' table, rank titles, titled rows of
flattened name-and-post tables. Our own words, names and bodies."""

from test_attendance_round3 import document, extract_attendance, split_papers

from extractors.proceedings.attendance_represented import represented_rows


def _kinds(text: str) -> dict[str, str]:
    doc = document(text)
    return {a.name: a.attendance for a in extract_attendance(doc, split_papers(doc))}


BOARD = (
    "Board record, unconfirmed\n"
    "EASTBY PARTNERSHIP BOARD (EPB) MEETING THE LONG ROOM, TOWN HALL, EASTBY TUESDAY 4TH MARCH 2025 AT 7.00 PM "
    "RECORD OF MEETING ATTENDEE REPRESENTING AL Ann Lowe EPB Chair, Eastby Residents Group BKR Bob Kit Ray EPB Vice Chair "
    "CS Chief Supt Cai Sim Area Commander Eastby DH Insp Dee Hale Neighbourhood Team Cllr Eve Moss EPB Councillor "
    "Cllr Fay Tull Northgate Ward Gus T Webb EPB, Chair Northgate Watch Hal Pike Chair, Riverside Tenants "
    "Ivy Dunn Watch Co-ordinator Mill Lane Jon Kerr EPB Older People's Forum Kay Rowe Youth Club 2\n"
)


def test_a_board_table_flattened_gives_its_members_present_by_the_boards_initials():
    kinds = _kinds(BOARD)
    for name in ("Ann Lowe", "Bob Kit Ray", "Cllr Eve Moss", "Gus T Webb", "Jon Kerr"):
        assert kinds.get(name) == "present", (name, kinds)


def test_titled_rows_not_marked_by_the_boards_initials_police_attend_others_present():
    # The table lists who attended: a present block (session 22); police officers report to the board.
    kinds = _kinds(BOARD)
    for name in ("Chief Supt Cai Sim", "Insp Dee Hale"):
        assert kinds.get(name) == "in_attendance", (name, kinds)
    assert kinds.get("Cllr Fay Tull") == "present", kinds


def test_an_untitled_row_opening_with_a_common_given_name_is_present():
    kinds = _kinds(BOARD)
    assert kinds.get("Kay Rowe") == "present", kinds


def test_other_untitled_rows_whose_cell_end_is_unknown_are_left_out():
    kinds = _kinds(BOARD)
    assert not {"Hal Pike", "Ivy Dunn", "Mill Lane", "Youth Club", "Riverside Tenants"} & set(kinds), kinds


def test_no_row_is_read_without_the_boards_initials_defined_on_the_page():
    text = BOARD.replace("EASTBY PARTNERSHIP BOARD (EPB)", "EASTBY PARTNERSHIP BOARD")
    assert represented_rows(text, 0, len(text)) == []


def test_initials_that_the_words_before_them_do_not_spell_define_no_board():
    text = BOARD.replace("EASTBY PARTNERSHIP BOARD (EPB)", "EASTBY PARTNERSHIP BOARD (XYZ)").replace("EPB", "XYZ")
    assert represented_rows(text, 0, len(text)) == []


def test_the_table_ends_at_prose():
    text = BOARD.replace("Jon Kerr EPB", "the chair asked that the Jon Kerr EPB")
    rows = represented_rows(text, 0, len(text))
    read = {text[a:b] for _, a, b in rows}
    # The rows before the prose are read; none after it.
    assert {"Ann Lowe", "Bob Kit Ray", "Gus T Webb"} <= read, read
    assert not {"Jon Kerr", "Kay Rowe"} & read, read


def test_two_word_police_ranks_are_titles_of_names_one_a_line():
    kinds = _kinds(
        "Minutes of the meeting of the Eastby Policing Partnership held on 4 March 2025\n\n"
        "PRESENT:\nCouncillor A Lowe (Chairman)\nCouncillor B Ray\n"
        "IN ATTENDANCE:\nChief Inspector C Sim\nDetective Sergeant D Hale\nSergeant E Moss\n\n1 Welcome\n"
    )
    assert kinds.get("Detective Sergeant D Hale") == "in_attendance", kinds


def test_a_mayor_heading_a_flattened_members_table_is_read():
    kinds = _kinds(
        "Minutes of the Eastby Combined Authority Cabinet held on 4 March 2025. This record stays a draft, open to "
        "change, until the Cabinet agrees it at its next sitting. ATTENDEES "
        "Members Mayor Ann Lowe (Chair) Eastby Mayor Councillor Bob Ray Leader, Northby Council Councillor Cai Sim Leader, "
        "Southby Council Dee Hale Chair, Eastby Enterprise Partnership (EEP) Associate Members Eve Moss Member of EEP "
        "Fay Tull Member of EEP Gus Webb Member of EEP Apologies for Absence Hal Pike Member of EEP 1 Welcome\n"
    )
    assert kinds.get("Mayor Ann Lowe") == "present", kinds


def test_a_flattened_row_opens_at_a_common_given_name_after_a_place_word():
    kinds = _kinds(
        "Minutes of the Eastby Combined Authority Cabinet held on 4 March 2025. This record stays a draft, open to "
        "change, until the Cabinet agrees it at its next sitting. ATTENDEES "
        "Members Councillor Bob Ray Leader, Northby Council Councillor Cai Sim Leader, Southby Council Dee Hale Chair, "
        "Eastby Enterprise Partnership (EEP) Apologies for Absence Councillor Eve Moss Mayor of Westby Graham Tull "
        "Member of EEP Sally Henry Governance Officer, EEP 1 Welcome\n"
    )
    assert kinds.get("Graham Tull") == "apologies", kinds
    assert "Henry Governance" not in kinds, kinds


FORUM = (
    "Eastby Schools Forum\nMinutes of the Meeting held on Wednesday 4 March 2025 at Eastby Academy\n\n"
    "PRESENT\nSchool members:\nAnn Lowe (Chair), Bob Ray, Cai Sim\nOfficers:\nDee Hale\n\n\n"
    " 1.      Apologies for absence\n\n"
    " Apologies had been received from: -\n\n"
    " School members\n Eve Moss, Fay Tull\n\n Non school members\n Gus Webb\n\n Officers\n None\n\n"
    " At the start of the meeting the new members were welcomed to the Forum.\n\n 2.      Minutes\n"
)


def test_apologies_listed_by_group_under_a_leading_sentence():
    kinds = _kinds(FORUM)
    for name in ("Eve Moss", "Fay Tull", "Gus Webb"):
        assert kinds.get(name) == "apologies", (name, kinds)
    assert kinds.get("Ann Lowe") == "present", kinds


def test_lines_under_an_apologies_sentence_with_no_group_label_are_left_to_the_other_readers():
    from extractors.proceedings.attendance_apology_groups import grouped_apologies

    text = FORUM.replace(" School members\n", "").replace(" Non school members\n", "").replace(" Officers\n", "")
    assert grouped_apologies(text, 0, len(text)) == []


def test_a_prose_line_ends_the_grouped_apologies():
    from extractors.proceedings.attendance_apology_groups import grouped_apologies

    text = FORUM.replace(" Gus Webb\n", " It was noted that Gus Webb had left the Forum.\n")
    found = {text[a:b] for a, b in grouped_apologies(text, 0, len(text))}
    assert found == {"Eve Moss", "Fay Tull"}, found
