"""Session 25 attendance layouts (s40, s41). Our own words, names and bodies."""

from structure_helpers import attendance_kinds as _kinds


def test_a_status_note_under_the_heading_stands_before_the_unlabelled_list_and_its_officers() -> None:
    kinds = _kinds(
        "MINUTES of a Meeting of the Parks Committee held on Monday 3rd May 2027 at 7.00pm.\n\n"
        "This is a draft of the minutes of the meeting:-\n\n"
        "Councillors A Lowe (Chair), B Ray and C Sim.\n"
        "Dan Tam, Parks Manager\n"
        "2 members of the public\n"
        "PK01/05/27 Apologies for Absence\n"
    )
    assert kinds["Dan Tam"] == "in_attendance"
    assert kinds["Councillor B Ray"] == "present"


def test_the_count_of_the_public_takes_its_and_and_the_clerk_before_it_is_read() -> None:
    kinds = _kinds(
        "Minutes of the Parish Council Meeting held on Monday 3rd May 2027\n\n"
        "PRESENT: Ann Lowe, Bob Ray (Chair), Cal Sim, Dee Tam (Clerk) and two members of the public.\n\n"
        "1. APOLOGIES\n"
    )
    assert kinds["Dee Tam"] == "in_attendance"


def test_an_and_typed_before_a_comma_parts_the_names() -> None:
    from extractors.readers.name_lists import split_list

    assert [part.strip() for part in split_list("Cal Sim and, Dee Tam") if part.strip()] == ["Cal Sim", "Dee Tam"]


def test_a_guest_line_with_a_comma_post_and_the_clerk_after_the_count_of_the_public() -> None:
    kinds = _kinds(
        "Minutes of the meeting held on 5 May 2027\n"
        "Present: Cllr Lowe, Cllr Ray, Cllr Sim.\n"
        "Ian West, Speedwatch Co-ordinator(CSW);\n"
        "12 members of the public; the Clerk Jane Moss\n"
        "1. Apologies\n"
    )
    assert kinds["Ian West"] == "in_attendance"
    assert kinds["Jane Moss"] == "in_attendance"


def test_a_post_with_its_article_before_its_holders_bracketed_name() -> None:
    kinds = _kinds(
        "Minutes of Council, 6 May 2027\n"
        "Present: Councillors Lowe, Ray and Sim\n"
        "In attendance: Chief Executive (Ann Lee), the Legal Services Manager (Bob Roe) and Democratic Services Officer (Cal Poe)\n"
        "1. Apologies\n"
    )
    assert kinds["Bob Roe"] == "in_attendance"
    assert "the Legal Services Manager" not in kinds


def test_a_member_attending_the_meeting_remotely_is_present_an_officer_attends() -> None:
    kinds = _kinds(
        "Council - Wednesday, 7th May, 2027 5.00 pm\n\n1.\n\nApologies for absence\n\nMinutes:\n\n"
        "Apologies were received from Councillor Ann Lee.\n\n"
        "Councillor Cal Poe attended the meeting via Microsoft Teams and so was not able to vote.\n\n"
        "Dee Vale, Head of Finance attended the meeting via Teams.\n"
    )
    assert kinds["Councillor Cal Poe"] == "present"
    assert kinds["Dee Vale"] == "in_attendance"


def test_an_apology_for_leaving_early_records_nobody() -> None:
    kinds = _kinds(
        "Minutes of the Cabinet, 8 May 2027\n1. Apologies\n"
        "Apologies were received from Councillor Ann Lee and from Councillor Bob Roe who left after item 9.\n"
    )
    assert kinds == {"Councillor Ann Lee": "apologies"}


def test_word_sent_ahead_that_a_titled_member_would_be_unable_to_attend_is_an_apology() -> None:
    kinds = _kinds(
        "Minutes of the Parish Council meeting held on 9 May 2027\n"
        "PRESENT: Cllr A Lowe (Chair), Cllr B Ray.\n"
        "1. APOLOGIES FOR ABSENCE.\n"
        "Apologies had been received from Cllr C Sim. DCllr Dee Tam had advised that she would be unable to attend.\n"
    )
    assert kinds["DCllr Dee Tam"] == "apologies"


def test_an_apology_sent_since_in_the_clause_after_a_dash() -> None:
    kinds = _kinds(
        "Minutes of the Community Panel meeting held on 9 May 2027\n"
        "Present: Cllr. Ann Lee (Chair), Bob Roe (Youth Club), Cal Poe\n"
        "The Chair welcomed everyone. There were no apologies given at the meeting – Dan Moss has since sent his apologies.\n"
    )
    assert kinds["Dan Moss"] == "apologies"


def test_run_on_in_attendance_before_a_name_and_its_comma_ends_the_present_list() -> None:
    kinds = _kinds(
        "MINUTES of MEETING of the SAFETY COMMITTEE held in the CHAMBERS on TUESDAY 24 AUGUST 2027 at 11.00 am Present "
        "Councillor Ann LOWE (Convener) Councillor Bob RAY In Attendance Ed Vale, Liaison Officer, Police Scotland "
        "Flo Webb, Solicitor, Governance (Clerk) PS12 APOLOGIES AND SUBSTITUTIONS Apologies were received from Councillor Hal Zeal."
    )
    assert kinds["Ed Vale"] == "in_attendance"
    assert kinds["Councillor Hal Zeal"] == "apologies"


def test_a_minute_reference_and_its_heading_in_capitals_end_a_run_on_list() -> None:
    from extractors.proceedings.attendance_entries import list_entries

    text = "Ed Vale, Liaison Officer Flo Webb, Solicitor PS12 APOLOGIES AND SUBSTITUTIONS Apologies were received from Councillor Hal Zeal"
    assert not any("Zeal" in text[start:end] for start, end in list_entries(text, [(0, len(text), True)]))


def test_a_semicolon_list_of_names_and_posts_parts_its_last_and_before_a_name() -> None:
    kinds = _kinds(
        "Minutes of the Cabinet meeting held on 9 May 2027\n"
        "Present: Councillor A Lowe (Chair), Councillor B Ray\n"
        "2. Housing update\n"
        "Ann Lee, Head of Finance; Bob Roe, Planning Officer and Cal Poe, Housing Manager were in attendance for this item.\n"
    )
    assert {name: kind for name, kind in kinds.items() if kind == "in_attendance"} == {
        "Ann Lee": "in_attendance", "Bob Roe": "in_attendance", "Cal Poe": "in_attendance",
    }


def test_a_post_holding_and_among_semicolons_stays_whole() -> None:
    from extractors.readers.name_posts import post_entries

    assert post_entries("Tom Roe, Head of Finance and Assets; Ann Lee, Chief Executive") == [
        "Tom Roe, Head of Finance and Assets", " Ann Lee, Chief Executive",
    ]


def test_run_on_attendance_sentence_after_an_items_heading_in_capitals() -> None:
    kinds = _kinds(
        "Minutes of the Cabinet meeting held on 9 May 2027 Present: Councillor A Lowe (Chair), Councillor B Ray "
        "1. Apologies None. 2. HOUSING UPDATE Ann Lee, Head of Finance, and Bob Roe, Planning Officer, were in attendance. "
        "3. Budget The budget was noted."
    )
    assert kinds["Ann Lee"] == kinds["Bob Roe"] == "in_attendance"


def test_a_service_name_parted_at_its_ampersand_is_no_person() -> None:
    kinds = _kinds(
        "MINUTES of MEETING of the SAFETY COMMITTEE held on TUESDAY 24 AUGUST 2027 at 11.00 am Present Councillor Ann LOWE "
        "Councillor Bob RAY In Attendance Gil Yates, Service Manager Planning & Building Standards (Localities) "
        "Ian Ure, Committee Officer (Clerk) PS12 APOLOGIES AND SUBSTITUTIONS None."
    )
    assert "Building Standards" not in kinds
