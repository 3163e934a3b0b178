"""Attendance recall classes over all dev sets (round 18): apology sentences whose subjects carry other titles
('Honorary Aldermen', 'also District Councillor', 'received for Councillor'), the 'Apologises' misprint, and an
'Also:' label after a list; our own invented words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document

HEAD = "Minutes of the meeting of Elmbrook Parish Council held on 4 March 2025 at 7.00 pm\n\nPresent: Cllr A Lowe (Chair), Cllr B Ray\n\n"


def attendance_of(text):
    doc = document(HEAD + text)
    return {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}


def test_honorary_aldermen_after_councillors_share_their_own_title():
    found = attendance_of("1. Apologies were received from Councillors Ray and Sim, and from Honorary Aldermen Tom Hale, Joan Webb and Ann Pike.\n")
    assert {("Councillor Sim", "apologies"), ("Honorary Alderman Tom Hale", "apologies"),
            ("Honorary Alderman Joan Webb", "apologies"), ("Honorary Alderman Ann Pike", "apologies")} <= found


def test_also_before_a_titled_name_in_an_apology_list_is_no_part_of_the_name():
    found = attendance_of("1. Apologies for absence were received from Parish Councillors Burton and Kent and also District Councillor Hale\n")
    assert ("District Councillor Hale", "apologies") in found


def test_apologies_received_for_a_titled_name():
    found = attendance_of("1. Apologies for absence were received for Councillor H. Pike, Deputy Leader, and the Interim Director of Works.\n")
    assert ("Councillor H. Pike", "apologies") in found


def test_apologies_received_for_an_item_names_nobody():
    found = attendance_of("5. Planning\nApologies were received for the late papers on item 5.\n")
    assert not any(kind == "apologies" for _, kind in found)


def test_misprinted_apologises_were_received_from():
    found = attendance_of("1. Apologises were received from Dr Peter Sims\n")
    assert ("Dr Peter Sims", "apologies") in found


def test_also_label_after_a_present_list_gives_in_attendance_and_after_apologies_gives_apologies():
    doc = document(
        "Minutes of the meeting of Elmbrook Community Council held on 4 March 2025\n\n1 Present\n\n"
        "Councillors, Mr Ed Lowe (Chair), Mrs Ann Ray & Mr J Sim (Clerk). Also: County Councilor Mr Tom Hale\n\n"
        "2 Apologies\n\nwere received from: Councillors Mr Bob Pike & Mr Les Webb. Also: County Councilor Mr Joe Dane\n"
    )
    found = {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}
    assert {("County Councilor Mr Tom Hale", "in_attendance"), ("County Councilor Mr Joe Dane", "apologies"),
            ("Mrs Ann Ray", "present")} <= found


def test_also_inside_prose_names_nobody():
    found = attendance_of("2. Matters arising\nThe Chair noted the report. Also: the bins need emptying weekly.\n")
    assert found == {("Cllr A Lowe", "present"), ("Cllr B Ray", "present")}


def test_clerk_named_after_a_count_of_the_public_is_in_attendance():
    found = attendance_of("1 member of the public, Jo Lane-Hale (JLH) Clerk\n\n1. Apologies\n")
    assert ("Jo Lane-Hale", "in_attendance") in found


def test_clerk_named_after_electors_present_in_addition():
    doc = document(HEAD + "Two electors present, in addition Ann Pike Clerk\n\n2. Minutes\n")
    found = [a for a in extract_attendance(doc, split_papers(doc)) if a.name == "Ann Pike"]
    assert [(a.attendance, a.role) for a in found] == [("in_attendance", "Clerk")]


def test_count_of_the_public_and_the_clerk_unnamed_names_nobody():
    found = attendance_of("Two electors present, in addition the Clerk\nThree members of the public, Cllr Ann Pike Clerk to the Board\n")
    assert found == {("Cllr A Lowe", "present"), ("Cllr B Ray", "present")}


def test_district_and_county_councillor_is_one_title_on_its_line_and_in_a_comma_list():
    found = attendance_of("In Attendance:\nMrs S Lowe – Parish Clerk\nDistrict and County Councillor Hale\nThree Members of the Public\n\n1. Welcome\n")
    assert ("District and County Councillor Hale", "in_attendance") in found
    found = attendance_of("In attendance: Mrs S Lowe (Clerk), District and County Councillor Hale\n")
    assert ("District and County Councillor Hale", "in_attendance") in found


def test_councillors_joined_by_and_stay_two_entries():
    found = attendance_of("In attendance: District Councillor Hale and County Councillor Pike\n")
    assert {("District Councillor Hale", "in_attendance"), ("County Councillor Pike", "in_attendance")} <= found


def test_the_clerk_and_the_assistant_to_the_clerk_in_a_present_list_are_in_attendance():
    doc = document(
        HEAD.split("Present")[0] + "PRESENT: Councillor D. Lowe (chairman), Councillors Mrs G. Ray, J. Sim, and S. Hale and the clerk "
        "A. Pike and the assistant to the clerk Mrs J. Dane. There were apologies from Councillor P. Webb.\n"
    )
    found = {(a.name, a.attendance, a.role) for a in extract_attendance(doc, split_papers(doc))}
    assert {("A. Pike", "in_attendance", "clerk"), ("Mrs J. Dane", "in_attendance", "assistant to the clerk"),
            ("Councillor S. Hale", "present", None)} <= found
    assert not any(name.startswith("Mrs J. Dane") and kind == "present" for name, kind, _ in found)


def test_the_clerk_without_a_name_names_nobody():
    found = attendance_of("In attendance: Mrs S Lowe (Clerk), the clerk reported on the accounts\n")
    assert not any("reported" in name or name.lower().startswith("the") for name, _ in found)


def test_clerk_label_and_council_group_labels_inside_a_run_on_attendance_line():
    doc = document(
        "Minutes of the meeting of Elmbrook Community Council\n\n1.00 ATTENDANCE : Community Councillors: Chair Brian Lowe, Julie Ray "
        "and Ceri Hale. Clerk: Ceri Dane County Councillors: None Present One member of public. 2.00 APOLOGIES : Community "
        "Councillors: Linda Pike County Councillors: Jon Webb, Ben Cole\n"
    )
    found = {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}
    assert {("Julie Ray", "present"), ("Ceri Dane", "in_attendance"), ("Linda Pike", "apologies"),
            ("County Councillor Jon Webb", "apologies"), ("County Councillor Ben Cole", "apologies")} <= found
    assert not any(name.startswith("None") or "Present" in name for name, _ in found)


def test_name_with_its_own_initials_after_another_names_initials_starts_a_new_entry():
    found = attendance_of("In attendance: Councillors S Lowe (SL) Chair, C Sim (CS) G Hale (GH), D Pike (DP).\n")
    assert {("Councillor C Sim", "in_attendance"), ("Councillor G Hale", "in_attendance")} <= found


def test_initials_then_a_post_stay_one_entry():
    doc = document(HEAD.split("Present")[0] + "Present: Ann Lee (AL) Clinical Chair, Bob Roe (BR) Finance Lead\n")
    found = {(a.name, a.role) for a in extract_attendance(doc, split_papers(doc))}
    assert found == {("Ann Lee", "Clinical Chair"), ("Bob Roe", "Finance Lead")}


def test_the_temporary_clerk_after_a_name_in_a_members_list_is_in_attendance_without_the_members_title():
    doc = document(
        HEAD.split("Present")[0] + "In Attendance\nCouncillors S Lowe (SL) Chair, P Ray (PR), C Sim (CS), Kerry Dane (KD), "
        "the temporary clerk, was in attendance.\n1) Apologies – Councillors S Webb.\n"
    )
    found = {(a.name, a.attendance, a.role) for a in extract_attendance(doc, split_papers(doc))}
    assert ("Kerry Dane", "in_attendance", "temporary clerk") in found and ("Councillor C Sim", "present", None) in found
    assert not any("Dane" in name and kind == "present" for name, kind, _ in found)


def test_a_titled_councillor_before_the_clerk_sentence_stays_present():
    found = attendance_of("2. Present: Cllr Hale, Cllr Pike, the clerk was in attendance.\n")
    assert ("Cllr Pike", "present") in found


def test_a_list_runs_on_past_a_group_label_sentence_to_more_titled_names():
    doc = document(
        "A meeting of the Board was held at Elm Hall on Wednesday 18th June 2025 at 2.00 pm. PRESENT D Lowe Esq., F Ray Esq., "
        "Elected Members. Cllr M Hale, Cllr P Pike, C. Dane Esq., Appointed Members. 457. APOLOGIES FOR ABSENCE Apologies were "
        "received from C Apps Esq., Elected Members.\n"
    )
    found = {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}
    assert {("Cllr M Hale", "present"), ("Cllr P Pike", "present"), ("C. Dane Esq", "present"), ("D Lowe Esq", "present")} <= found
    assert not any("Members" in name for name, _ in found)


def test_a_stray_full_stop_before_the_last_name_of_a_line():
    doc = document(HEAD.split("Present")[0] + "Present: R Lowe (Chairman), M. Ray, B. Sim, A. Hale. P. Pike\n\n1. Apologies\n")
    found = {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}
    assert ("P. Pike", "present") in found and ("A. Hale", "present") in found


def test_a_sentence_after_the_list_names_nobody_more():
    doc = document(HEAD.split("Present")[0] + "Present: Cllr A Lowe, Cllr B Ray. Mr Smith.\nPresent: Cllr C Sim. Cllr Sim welcomed everyone to the meeting.\n")
    found = {a.name for a in extract_attendance(doc, split_papers(doc))}
    assert "Mr Smith" not in found and not any("welcomed" in name for name in found)
