"""Review of session 26's attendance rules: where they misfired on other bodies' ordinary layouts. Our own words."""

from structure_helpers import attendance_kinds as _kinds

_COMMITTEE = "Minutes of the Planning Committee held on 3 May 2027\n\nPresent: Councillors A Lowe (Chair), C Sim and D Poe.\n\n"
_PARISH = "Minutes of the Parish Council meeting held on 12 May 2027\n\nPresent: Councillors A Lowe (Chairman), C Sim and D Poe.\n\n"


def test_a_name_post_then_apologised_under_the_apologies_label_is_still_the_apology() -> None:
    kinds = _kinds(_COMMITTEE + "1. APOLOGIES FOR ABSENCE\n\nCouncillor B Ray, Vice-Chairman, apologised for his absence.\n\n2. MINUTES\n")
    assert kinds["Councillor B Ray"] == "apologies"


def test_a_name_post_then_tendered_does_not_end_the_apologies_list_before_the_next_name() -> None:
    kinds = _kinds(_COMMITTEE + "Apologies for absence:\nCllr B Ray, Ward Member, tendered apologies.\nCllr E Hale\n\n2. MINUTES\n")
    assert kinds["Cllr E Hale"] == "apologies"


def test_an_officer_name_post_then_attended_does_not_end_the_in_attendance_list() -> None:
    kinds = _kinds(
        _COMMITTEE + "Officers in attendance:\nAnn Tate, Head of Planning, attended for item 4\nBob Kerr, Senior Solicitor\n\n"
        "1. APOLOGIES\nNone.\n"
    )
    assert kinds["Ann Tate"] == kinds["Bob Kerr"] == "in_attendance"


def test_a_clerk_recorded_the_minutes_does_not_end_the_in_attendance_list() -> None:
    kinds = _kinds(
        _COMMITTEE + "In attendance:\nMrs E Hale, Clerk, recorded the minutes.\nMr F Bell, Planning Officer\n\n1. APOLOGIES\nNone.\n"
    )
    assert kinds["Mr F Bell"] == "in_attendance"


def test_a_present_councillor_who_apologised_he_had_not_circulated_a_report_sent_no_apology() -> None:
    kinds = _kinds(_PARISH + "5. FINANCE\n\nCouncillor Lowe apologised he had not circulated the accounts before the meeting.\n")
    assert kinds.get("Councillor Lowe") != "apologies"


def test_two_developers_sharing_one_dashed_post_are_no_people() -> None:
    kinds = _kinds(
        _PARISH + "Also present:\nPaula Gent – Footpaths officer\nHenry Boot & Gleeson Homes – developers\n"
        "Ivor Bundy – Tree Warden\n\n1. APOLOGIES\n"
    )
    assert "Gleeson Homes" not in kinds and "Henry Boot" not in kinds


def test_a_councillor_of_three_names_who_is_the_rfo_keeps_the_whole_name() -> None:
    kinds = _kinds(
        "Minutes of the Parish Council meeting held on 12 May 2027\n\n"
        "Present: Councillor Ashby (Chair), Councillor Penrose, Councillor Peter Lisle Jones (RFO)\n\n1. Apologies\n"
    )
    assert "Councillor Peter" not in kinds and "Lisle Jones" not in kinds


def test_a_run_on_apology_in_the_singular_still_reads() -> None:
    kinds = _kinds(_PARISH + "2. APOLOGIES\n\nCouncillor Bea Ray sent her apology she was on holiday.\n")
    assert kinds["Councillor Bea Ray"] == "apologies"


def test_the_clerk_welcoming_a_new_officer_does_not_end_the_in_attendance_list() -> None:
    kinds = _kinds(
        _COMMITTEE + "In attendance:\nMrs E Hale, Clerk, welcomed the new Planning Officer, Mr F Bell\nMr G Lake, Highways\n\n"
        "1. APOLOGIES\nNone.\n"
    )
    assert kinds["Mr G Lake"] == "in_attendance"
