"""Session 26 attendance layouts (s43, s44). Our own words, names and bodies."""

from structure_helpers import attendance_kinds as _kinds


def test_a_minute_opening_with_the_chairs_welcome_under_the_apologies_item_names_no_apology() -> None:
    kinds = _kinds(
        "Full Council\nThursday, 4th March, 2027 6.30 pm\n\nItems\nNo. Item\n\n1.\n\nApologies\n\n"
        "To receive apologies for absence.\n\nMinutes:\n\n"
        "Cllr Lowe, Chairman of the Council, welcomed councillors, Bob Ray, chairman of the Audit Panel, and the public.\n\n"
        "Apologies were received from Cllrs Cal Sim and Dee Tam.\n\n2.\n\nMinutes\n"
    )
    assert "Cllr Lowe" not in kinds and "Bob Ray" not in kinds
    assert kinds["Cllr Dee Tam"] == "apologies"


def test_the_misspelt_recieved_reads_as_received() -> None:
    kinds = _kinds(
        "Meeting Summary\nCouncil\n12 May 2027 - 19:00 to 20:15\n\n2 Apologies\n\n"
        "To receive any apologies for non-attendance.\n\n2\n\n"
        "Apologies were recieved from Councillors K Bright, L Farrow and N Oakes.\n3 Declarations of Interest\n"
    )
    assert kinds["Councillor L Farrow"] == "apologies"


def test_apologies_sent_in_a_run_on_sentence_without_its_full_stop() -> None:
    kinds = _kinds(
        "Minutes of the Parish Council meeting held on 12 May 2027\n\nPresent: Councillor Ashby Councillor Penrose\n\n"
        "2. Apologies\n\n2.1 County Councillor Derek Pike sent his apologies he was at another meeting.\n"
    )
    assert kinds["County Councillor Derek Pike"] == "apologies"


def test_two_names_sharing_one_dashed_post_on_a_line_of_the_list() -> None:
    kinds = _kinds(
        "Minutes of the Parish Council meeting held on 12 May 2027\n\nPresent: Councillor Ashby Councillor Penrose\n\n"
        "Also present: 4 villagers including:\nPaula Gent – Footpaths co-ordinator\n"
        "Rona Vale & Gail Stott – Hall Committee\nIvor Bundy – Heritage Group representative\n\n1. Apologies\n"
    )
    assert kinds["Rona Vale"] == kinds["Gail Stott"] == kinds["Ivor Bundy"] == "in_attendance"


def test_a_councillor_by_surname_then_the_clerk_in_the_last_cell_of_a_flattened_row() -> None:
    kinds = _kinds(
        "Minutes of the Parish Council meeting held on 12 May 2027\n\n"
        "Present: Councillor Ashby Councillor Penrose\nCouncillor Lisle Helen Crane (clerk)\n\n1. Apologies\n"
    )
    assert kinds["Councillor Lisle"] == "present"
    assert kinds["Helen Crane"] == "in_attendance"



def test_labels_glued_to_a_titled_name_at_a_lines_start() -> None:
    kinds = _kinds(
        "Minutes of the Council held on 3 May 2027\n\nPRESENT\nCouncillor A Lowe (Chair), Councillor B Ray\n"
        "APOLOGIESCouncillor C Sim\nIn AttendanceMrs D Poe (Clerk)\n\n1. Minutes\n"
    )
    assert kinds["Councillor C Sim"] == "apologies"
    assert kinds["Mrs D Poe"] == "in_attendance"


def test_an_aside_naming_an_item_inside_a_list_of_names_and_posts() -> None:
    kinds = _kinds(
        "Minutes of the Planning Committee held on 3 May 2027\n\nPresent: Councillors A Lowe (Chair), B Ray and C Sim\n\n"
        "In attendance: Ann Tate, Head of Planning and, on item 4, Bob Kerr, Senior Planner.\n\n1. Apologies\n"
    )
    assert kinds["Bob Kerr"] == "in_attendance"
    assert "Senior Planner" not in kinds
