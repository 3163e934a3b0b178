"""Attendance probe classes (round 12): label variants, sub-labelled groups, officers' post lines,
numbered apologies, 'Esq.' names and run-in headings; our own invented words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document

HEAD = "Minutes of the meeting of Elmbrook Parish Council held on 4 March 2025 at 7.00 pm\n\n"


def attendance_of(text):
    doc = document(text)
    return {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}


def test_present_labels_that_say_in_person_or_remotely_open_present_lists():
    found = attendance_of(HEAD + "Present (in person): Cllr Lowe, Cllr Ray\nPresent (remotely): Cllr Sim\n\n1. Apologies\n")
    assert {("Cllr Lowe", "present"), ("Cllr Ray", "present"), ("Cllr Sim", "present")} <= found


def test_attended_virtually_label_opens_a_present_list():
    found = attendance_of(HEAD + "Present: Cllr Lowe (Chair), Cllr Ray\nAttended virtually: Cllr Sim, Cllr Hale\n\n1. Apologies\n")
    assert {("Cllr Sim", "present"), ("Cllr Hale", "present")} <= found


def test_sub_labelled_groups_under_present_are_each_present():
    found = attendance_of(
        "MINUTES OF THE STANDARDS COMMITTEE\n\nPresent:\nElected members: Councillors Lowe (Chair), Ray and Sim\n"
        "Independent members: Mr P Webb, Mrs J Oakes\nCo-opted: Ms K Lyle\n\nApologies: Councillor Hale\n"
    )
    assert found == {
        ("Councillor Lowe", "present"), ("Councillor Ray", "present"), ("Councillor Sim", "present"),
        ("Mr P Webb", "present"), ("Mrs J Oakes", "present"), ("Ms K Lyle", "present"), ("Councillor Hale", "apologies"),
    }


def test_school_and_non_school_member_groups_are_present():
    found = attendance_of(
        "MINUTES OF THE SCHOOLS FORUM\n\nPresent:\nSchool members: Mrs J Oakes, Mr T Bligh\nNon-school members: Ms K Lyle\n\n"
        "In attendance: Gail Hay (Finance Manager)\n"
    )
    assert found == {("Mrs J Oakes", "present"), ("Mr T Bligh", "present"), ("Ms K Lyle", "present"), ("Gail Hay", "in_attendance")}


def test_messrs_shares_mr_with_each_name_after_it():
    found = attendance_of(
        "MINUTES OF THE DRAINAGE BOARD\n\nPresent:\nMessrs: P Webb (Chairman), T Bligh, R Nash\nMrs J Oakes\n\nApologies: Mr K Lyle\n"
    )
    assert found == {
        ("Mr P Webb", "present"), ("Mr T Bligh", "present"), ("Mr R Nash", "present"), ("Mrs J Oakes", "present"),
        ("Mr K Lyle", "apologies"),
    }


def test_officers_listed_as_post_colon_name_lines_are_in_attendance():
    found = attendance_of(
        "MINUTES OF THE LICENSING COMMITTEE\n\nPresent: Councillors Lowe (Chair), Ray and Sim\n\nOfficers present:\n"
        "Legal Adviser: Gail Hay\nLicensing Officer: Ivor Dunn\nDemocratic Services: Jo Kemp\n\n1. Apologies\n"
    )
    assert {("Gail Hay", "in_attendance"), ("Ivor Dunn", "in_attendance"), ("Jo Kemp", "in_attendance")} <= found


def test_officers_listed_as_post_then_name_lines_are_in_attendance():
    found = attendance_of(
        "MINUTES OF THE FIRE AUTHORITY\n\nPresent: Councillors Lowe (Chair), Ray and Sim\n\nOfficers in attendance:\n"
        "Chief Fire Officer Gail Hay\nTreasurer Ivor Dunn\nMonitoring Officer Jo Kemp\n\n1. Apologies\n"
    )
    assert {("Gail Hay", "in_attendance"), ("Ivor Dunn", "in_attendance"), ("Jo Kemp", "in_attendance")} <= found


def test_attending_label_lists_officers_in_attendance():
    found = attendance_of(
        "MINUTE of MEETING of the EDUCATION COMMITTEE\n\nPresent: Councillors Ann Lowe (Convener), Ben Ray and Cara Sim.\n\n"
        "Attending: Gail Hay, Head of Education; Ivor Dunn, Legal Services.\n\nApologies: Councillor Dan Hale.\n"
    )
    assert {("Gail Hay", "in_attendance"), ("Ivor Dunn", "in_attendance"), ("Councillor Dan Hale", "apologies")} <= found


def test_bilingual_apologies_label_opens_an_apologies_list():
    found = attendance_of(
        "COFNODION / MINUTES\nLlanfair Community Council\n\nPresent: Cllr Ann Lowe (Chair), Cllr Ben Ray\n"
        "Apologies / Ymddiheuriadau: Cllr Dan Hale\n"
    )
    assert ("Cllr Dan Hale", "apologies") in found


def test_numbered_apologies_from_names_were_accepted():
    found = attendance_of(
        HEAD + "Present: Cllr Lowe, Cllr Ray\n\n1. Apologies from Cllr Sim and Cllr Hale were accepted.\n2. Declarations of interest\n"
    )
    assert {("Cllr Sim", "apologies"), ("Cllr Hale", "apologies")} <= found


def test_apologies_from_lower_case_words_name_nobody():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray\n\n1. Apologies from members absent were noted.\n")
    assert not any(attendance == "apologies" for _, attendance in found)


def test_esquire_after_each_name_keeps_every_name():
    found = attendance_of(HEAD + "Present: P. Webb Esq. (Chairman), J. Oakes Esq., K. Lyle Esq.\n\n1. Apologies\n")
    assert {name for name, _ in found} == {"P. Webb Esq", "J. Oakes Esq", "K. Lyle Esq"}


def test_apologies_for_absence_run_in_after_a_present_list():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray, Cllr Sim 1. Apologies for absence: Cllr Hale 2. Declarations of interest: none\n")
    assert found == {("Cllr Lowe", "present"), ("Cllr Ray", "present"), ("Cllr Sim", "present"), ("Cllr Hale", "apologies")}


def test_following_members_were_present_closing_the_heading_sentence_opens_the_list():
    found = attendance_of(
        "A meeting of the Finance Committee was held on Tuesday 3 June 2025 at 7pm in the Town Hall, when the following "
        "members were present:-\n\nCllr A Lowe, Town Mayor\nCllr B Ray\nCllr C Sim\n\nOfficer: The Town Clerk\n\n"
        "1. Apologies for absence\nApologies for absence had been received from Cllrs D Hale and E Marsh.\n"
    )
    assert {("Cllr A Lowe", "present"), ("Cllr B Ray", "present"), ("Cllr C Sim", "present"), ("Cllr D Hale", "apologies")} <= found


def test_group_labels_alone_on_their_lines_part_a_present_list_and_observers_are_present():
    found = attendance_of(
        "MINUTES OF THE SCHOOLS FORUM\n\nPRESENT\nSchool members:\nAnn Lowe, Ben Ray (Chair), Cara Sim,\nDan Hale\n"
        "Non school members:\nEve Marsh, Fay Moss\nSubstitutes:\nGus Orr\nObservers:\nHal Pike, Ida Quin\nOfficers:\nJo Kemp\n\n"
        "Apologies\nLen Mott\n"
    )
    assert found == {
        ("Ann Lowe", "present"), ("Ben Ray", "present"), ("Cara Sim", "present"), ("Dan Hale", "present"), ("Eve Marsh", "present"),
        ("Fay Moss", "present"), ("Gus Orr", "present"), ("Hal Pike", "present"), ("Ida Quin", "present"),
        ("Jo Kemp", "in_attendance"), ("Len Mott", "apologies"),
    }


def test_capital_present_inside_a_paragraph_before_initials():
    found = attendance_of(
        "DRAINAGE BOARD A meeting of the Board was held at the Village Hall on 4 June 2025 at 2.00 pm. PRESENT A Lowe Esq., "
        "B Ray Esq., Cllr C Sim, Mrs D Hale. 12. APOLOGIES FOR ABSENCE Apologies were received from E Marsh Esq. and Cllr F Moss. 13. MINUTES\n"
    )
    assert {("A Lowe Esq", "present"), ("B Ray Esq", "present"), ("Cllr C Sim", "present"), ("Mrs D Hale", "present")} <= found
    assert ("Cllr F Moss", "apologies") in found


def test_apologies_for_non_attendance():
    found = attendance_of(
        "MINUTES OF THE BOARD\n\nPresent: Mr A Lowe (Chairman), Mr B Ray\n\n1. APOLOGIES FOR NON-ATTENDANCE\n"
        "Apologies for non-attendance were received from Mr D Hale and Mrs E Marsh.\n"
    )
    assert {("Mr D Hale", "apologies"), ("Mrs E Marsh", "apologies")} <= found


def test_councillors_present_label_titles_bare_surnames_and_a_clerk_line_is_in_attendance():
    found = attendance_of(HEAD + "Councillors present: Lowe (Chair), Ray, Sim and Hale\nClerk: Mrs G Hay\n\n1. Apologies\n")
    assert found == {
        ("Councillor Lowe", "present"), ("Councillor Ray", "present"), ("Councillor Sim", "present"), ("Councillor Hale", "present"),
        ("Mrs G Hay", "in_attendance"),
    }


def test_post_dash_titled_name_in_attendance():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray\nIn attendance: Clerk – Mrs G Hay; RFO – Mr I Dunn\n\n1. Apologies\n")
    assert {("Mrs G Hay", "in_attendance"), ("Mr I Dunn", "in_attendance")} <= found


def test_messrs_then_dotted_initial_names_run_together():
    found = attendance_of(
        "MINUTES of the Board\n\nPresent: A.B. Lowe Esq. (Chairman) Messrs: C. D. Ray E. Sim F. G. Hale Mrs H. Marsh "
        "1. APOLOGIES Apologies were received from:- Messrs: J. Moss K. Orr\n"
    )
    assert {("Mr C. D. Ray", "present"), ("Mr E. Sim", "present"), ("Mr F. G. Hale", "present"), ("Mrs H. Marsh", "present")} <= found
    assert {("Mr J. Moss", "apologies"), ("Mr K. Orr", "apologies")} <= found


def test_a_degree_after_a_name_is_no_initials_name():
    from extractors.readers.name_runs import run_on_parts

    assert run_on_parts("Ann Lowe B.Sc.") == [(0, "Ann Lowe B.Sc.")]


def test_other_attendance_label_lists_people_in_attendance():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray\nOther attendance: Mrs G Hay (Clerk), PCSO I Dunn\n\n1. Apologies\n")
    assert {("Mrs G Hay", "in_attendance"), ("PCSO I Dunn", "in_attendance")} <= found


def test_a_status_printed_as_each_line_s_post_gives_its_attendance():
    found = attendance_of(
        HEAD + "Attendance:\nCllr A Lowe – Present\nCllr B Ray – Apologies\nCllr C Sim – Absent\nCllr D Hale – Present\n\n1. Minutes\n"
    )
    assert found == {("Cllr A Lowe", "present"), ("Cllr B Ray", "apologies"), ("Cllr D Hale", "present")}


def test_attendance_tables_with_columns_apart_by_spaces_or_tabs():
    spaced = attendance_of(
        "Attendance details\n\nAttendee              Role          Attendance\nCouncillor Ann Lowe   Chair         Present\n"
        "Councillor Ben Ray    Member        Apologies\nGail Hay              Officer       In attendance\n"
    )
    assert spaced == {("Councillor Ann Lowe", "present"), ("Councillor Ben Ray", "apologies"), ("Gail Hay", "in_attendance")}
    tabbed = attendance_of("Attendance details\n\nAttendee\tRole\tAttendance\nCouncillor Ann Lowe\tChair\tPresent\nCouncillor Ben Ray\tMember\tApologies\n")
    assert tabbed == {("Councillor Ann Lowe", "present"), ("Councillor Ben Ray", "apologies")}


def test_absent_with_apologies_label_gives_apologies():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray\nAbsent with apologies: Cllr Sim, Cllr Hale\n\n1. Minutes\n")
    assert {("Cllr Sim", "apologies"), ("Cllr Hale", "apologies")} <= found


def test_welsh_word_before_the_english_label():
    found = attendance_of(
        "COFNODION / MINUTES\nLlanfair Community Council\n\nYn bresennol / Present: Cllr Ann Lowe (Chair), Cllr Ben Ray\n"
        "Ymddiheuriadau / Apologies: Cllr Dan Hale\n"
    )
    assert found == {("Cllr Ann Lowe", "present"), ("Cllr Ben Ray", "present"), ("Cllr Dan Hale", "apologies")}


def test_numbered_apologies_and_substitutions_heading_opens_an_apologies_list():
    found = attendance_of(
        "MINUTES OF THE AREA PLANNING COMMITTEE\n\nPresent: Councillors Lowe (Chair), Ray and Sim\n\n"
        "1. Apologies for absence and substitutions\nCouncillor Hale (Councillor Marsh substituting)\n\n2. Minutes\n"
    )
    assert {("Councillor Hale", "apologies"), ("Councillor Marsh", "present")} <= found


def test_apologies_label_closed_by_a_semicolon():
    found = attendance_of(HEAD + "Present: Cllrs B Hunt, J Lake\n\nApologies; H Wood\n")
    assert ("H Wood", "apologies") in found


def test_present_label_after_a_dashed_rule_inside_a_paragraph():
    found = attendance_of("BOARD MINUTES of the Board held on Wednesday 4 June 2025 ------- Present: A. Lowe Esq. (Chairman) Mr B. Ray 1. APOLOGIES\n")
    assert {("A. Lowe Esq", "present"), ("Mr B. Ray", "present")} <= found


def test_also_attending_label_lists_people_in_attendance():
    found = attendance_of(
        "MINUTES OF THE POLICE AND CRIME PANEL\n\nPresent: Councillor A Lowe (Chair), Mrs C Sim (Independent Member)\n\n"
        "Also attending: Mr D Hale (Police and Crime Commissioner), Ms E Marsh (Chief Executive, OPCC)\n\n1. Apologies\n"
    )
    assert {("Mr D Hale", "in_attendance"), ("Ms E Marsh", "in_attendance"), ("Mrs C Sim", "present")} <= found


def test_apologies_received_label_gives_apologies():
    found = attendance_of(HEAD + "Present: Cllr Lowe, Cllr Ray\nApologies received: Cllr Sim, Cllr Hale\n\n1. Minutes\n")
    assert {("Cllr Sim", "apologies"), ("Cllr Hale", "apologies")} <= found


def test_an_elected_post_after_a_name_in_a_semicolon_list_is_no_entry():
    found = attendance_of(HEAD + "Present: Cllr Lowe\nIn attendance: Gail Hay, Clerk; Ivor Dunn, Locum Clerk; Jo Kemp, Ward Councillor\n")
    assert not {name for name, _ in found} & {"Locum Clerk", "Ward Councillor"}
    assert {("Gail Hay", "in_attendance"), ("Ivor Dunn", "in_attendance")} <= found


def test_lists_that_name_nobody_give_no_attendees():
    assert attendance_of(HEAD + "Present: Cllr Lowe\nIn attendance: 5 members of the public\nApologies: None received.\nAbsent: None\n") == {
        ("Cllr Lowe", "present")
    }
    assert attendance_of("AGENDA\n\n1. Apologies for absence\nMembers are asked to send apologies to the Clerk by noon.\n") == set()
    assert attendance_of("REPORT TO CABINET\n\nOfficers: recommend that the scheme is approved.\nPresent position: the budget is balanced.\n") == set()


def test_councillors_then_a_comma_before_titled_names_is_a_group_label():
    found = attendance_of(
        "Minutes\n\n1          Present\n\nCouncillors, Mr Al Owen (Chair), Mrs Bea Barr & Mr Cy Foy (Clerk).\n\n2          Apologies\n\nNone\n"
    )
    assert found == {("Mr Al Owen", "present"), ("Mrs Bea Barr", "present"), ("Mr Cy Foy", "in_attendance")}


def test_numbered_attendance_heading_with_a_sub_labelled_run_on_list():
    found = attendance_of(
        "Minutes of the Meeting Held at the Hall on Monday 2 June 2025.\n1.00 ATTENDANCE : Community Councillors: Chair Ann Lowe, "
        "Ben Ray and Cara Sim. Clerk: Dan Hale\n2.00 APOLOGIES : None\n"
    )
    assert {("Ann Lowe", "present"), ("Ben Ray", "present"), ("Cara Sim", "present")} <= found
