"""Attendance classes from a fresh set of real pages (round 19): a woman's courtesy title inside a shared
'Councillors' list, apologies 'presented on behalf of ... and received from ...', 'Name, Post - Body' entries
under an 'Also in attendance' heading, a 'Councillors:' line under a bare 'Present:' label, a letterhead's
'Clerk: ... | Email:' contact line; our own invented words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document

HEAD = "Minutes of the meeting of Elmbrook District Council held on 4 March 2025 at 7.00 pm\n\n"


def attendance_of(text, head=HEAD):
    doc = document(head + text)
    return {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}


def roles_of(text, head=HEAD):
    doc = document(head + text)
    return {a.name: a.role for a in extract_attendance(doc, split_papers(doc))}


# A woman's courtesy title inside a shared 'Councillors' list.

def test_courtesy_title_last_in_a_shared_councillors_list_takes_the_plural():
    found = attendance_of("1. Apologies\nApologies for absence were received from Councillors A B Lowe, C Ray and Mrs D E Sim.\n")
    assert {("Councillor C Ray", "apologies"), ("Councillor Mrs D E Sim", "apologies")} <= found


def test_names_after_a_courtesy_title_still_share_the_plural():
    found = attendance_of("Present: Councillor G Pike (Chairman); Councillors Mrs. H. Webb, J.K. Dane, Ms. L. Moss and M.N. Cole.\n")
    assert {("Councillor Mrs. H. Webb", "present"), ("Councillor J.K. Dane", "present"),
            ("Councillor Ms. L. Moss", "present"), ("Councillor M.N. Cole", "present")} <= found


def test_mr_in_a_councillors_list_keeps_his_own_title():
    found = attendance_of("1. Apologies\nApologies were received from Councillors Ada Price, R. Moss and Mr T Lane.\n")
    assert ("Mr T Lane", "apologies") in found


def test_a_clerk_in_a_councillors_list_takes_no_councillor_title():
    found = attendance_of("Present: Councillors P Burt, Q Dunn and Mrs R Hale (Clerk).\n")
    assert ("Mrs R Hale", "present") in found or ("Mrs R Hale", "in_attendance") in found
    assert not any(name == "Councillor Mrs R Hale" for name, _ in found)


def test_courtesy_title_after_a_new_from_takes_no_plural():
    found = attendance_of("1. Apologies\nApologies were received from Councillors Ray and Sim, and from Mrs Tia Hale.\n")
    assert ("Mrs Tia Hale", "apologies") in found


def test_courtesy_title_under_a_councillors_heading_line_stays_as_printed():
    found = attendance_of("Present:\nCouncillors\nMrs J Alder (Chairman)\nK Birch\n\n1. Minutes\n")
    assert ("Mrs J Alder", "present") in found


# Apologies 'presented on behalf of ... and received from ...'.

def test_apologies_presented_on_behalf_of_and_received_from():
    found = attendance_of(
        "1. Apologies\nApologies for absence were presented on behalf of Councillor A Lowe (Northfield) and Mr B Ray, "
        "independent co-opted member and received from Councillor C Sim (Eastwood).\n"
    )
    assert {("Councillor A Lowe", "apologies"), ("Mr B Ray", "apologies"), ("Councillor C Sim", "apologies")} <= found


def test_report_presented_on_behalf_of_an_officer_is_no_apology():
    found = attendance_of("4. Budget\nThe report was presented on behalf of the Director by Ann Webb.\n")
    assert not any(kind == "apologies" for _, kind in found)


# 'Name, Post - Body' under an 'Also in attendance' heading.

def test_post_after_a_comma_runs_past_a_dash_to_the_body():
    text = (
        "Also in attendance\n\n \n\n·  Ann Webb, County Secretary and Solicitor - Elmshire County Council\n\n"
        "·  Tom Pike, Senior Support Officer - Elmshire County Council\n\n1.\n\nApologies\n"
    )
    roles = roles_of(text)
    assert roles.get("Ann Webb") == "County Secretary and Solicitor - Elmshire County Council"
    assert roles.get("Tom Pike") == "Senior Support Officer - Elmshire County Council"


def test_double_barrelled_name_with_a_dashed_ward_is_not_cut_at_the_comma_rule():
    roles = roles_of("Present:\nCouncillor Lee Hart-Dunn - Riverside Ward\nCouncillor Ann Cole - Hilltop Ward\n\n1. Minutes\n")
    assert roles.get("Councillor Lee Hart-Dunn") == "Riverside Ward"


# A 'Councillors:' line under a bare 'Present:' label; the clerk's own label line; a letterhead contact line.

PARISH_HEAD = (
    "March 2025 Minutes\n\nClerk: Mr T Hale | Email: clerk@example.org | Tel: 01234 000000 Address: Elmbrook Hall, "
    "Church Lane, Elmbrook Green, EB1 2CD\nServing the village\n\nFULL PARISH MEETING OF THE COUNCIL\n\n4 March 2025 – 7pm\n\nMINUTES\n\n"
)


def test_councillors_line_under_a_bare_present_label_in_any_paper():
    found = attendance_of(
        "Present:\n\nCouncillors: Cllr. Lowe (Chair), Cllr. Ray, Cllr. Sim.\n\nClerk and RFO: Mr T Hale   Members of the public:  4\n\n"
        "Meeting commenced at 7pm.\n",
        head=PARISH_HEAD,
    )
    assert {("Cllr. Lowe", "present"), ("Cllr. Ray", "present"), ("Cllr. Sim", "present"), ("Mr T Hale", "in_attendance")} <= found


def test_letterhead_contact_line_records_nobody():
    found = attendance_of("Present:\n\nCouncillors: Cllr. Lowe (Chair), Cllr. Ray.\n\nMeeting commenced at 7pm.\n", head=PARISH_HEAD)
    assert not any("Elmbrook" in name or "Church" in name for name, _ in found)


def test_councillors_label_in_an_agenda_without_present_lists_nobody():
    found = attendance_of("Agenda for the meeting on 4 March 2025\n\nCouncillors: Cllr. Lowe, Cllr. Ray, Cllr. Sim.\n\n1. Apologies\n", head="")
    assert found == set()


# 'Officials:' heading; a 'Name - Post, Body' line opening a one-name-a-line list; two-word police and fire ranks.

def test_officials_heading_lists_officers_in_attendance():
    found = attendance_of(
        "Members:\nAnn Lowe (Chairman)\nBob Ray\nOfficials:\nCy Sim - Director Communities\nDi Hale - Governance Officer\n"
        "Apologies:\nEd Pike - Northfield\n\n1 SEDERUNT AND APOLOGIES\n",
        head="Licensing Sub Committee Minutes\n\nDate:\nTuesday 4 March 2025\n\nAttendance Details\n\n",
    )
    assert {("Cy Sim", "in_attendance"), ("Di Hale", "in_attendance"), ("Ed Pike", "apologies")} <= found
    assert ("Di Hale", "present") not in found


def test_officials_inside_prose_is_no_label():
    found = attendance_of("2. Parking\nOfficials agreed to review the signs.\n\nPresent: Cllr A Lowe\n")
    assert not any(kind == "in_attendance" for _, kind in found)


def test_name_dash_post_with_commas_opens_no_comma_list():
    text = ("In attendance:\nTom Hale - Local Services Officer, Fire and Rescue Service\n"
            "Jo Pike - Elmshire Police Authority\n\n1. Minutes\n")
    roles = roles_of(text)
    assert roles.get("Tom Hale") == "Local Services Officer, Fire and Rescue Service"
    assert roles.get("Jo Pike") == "Elmshire Police Authority"


def test_two_word_rank_opens_one_name():
    found = attendance_of("In attendance:\nDivisional Commander Ian Boyd - Elmshire Police\nArea Commander Sue Dale - Elmshire Fire\n\n1. Minutes\n")
    assert {("Divisional Commander Ian Boyd", "in_attendance"), ("Area Commander Sue Dale", "in_attendance")} <= found


# Substitutes and deputies in other words.

def test_in_attendance_as_the_deputy_for_a_council_is_present():
    found = attendance_of(
        "3. Apologies\nIt was noted that Cllr Ian Webb was in attendance as the deputy for Northfield Council. "
        "Cllr Joy Dale was in attendance from Item 7, as the deputy for Eastwood Borough Council.\n"
    )
    assert {("Cllr Ian Webb", "present"), ("Cllr Joy Dale", "present")} <= found


def test_in_attendance_as_an_officer_is_no_substitute():
    found = attendance_of("3. Budget\nIt was noted that Tom Hale was in attendance as the deputy treasurer.\n")
    assert ("Tom Hale", "present") not in found


def test_advised_that_he_was_a_substitute_member_in_place_of():
    found = attendance_of("2. Substitutes\nCouncillor Pike advised that he was a substitute member of the Committee in place of Councillor Ray.\n")
    assert ("Councillor Pike", "present") in found


def test_following_substitute_member_was_made():
    found = attendance_of(
        "2. Appointment of Substitute Members\nPursuant to the constitution the appointment of the following substitute member was made:\n"
        "Councillor T Webb for Councillor J Dale.\n"
    )
    assert ("Councillor T Webb", "present") in found
    assert not any(name == "Councillor J Dale" and kind == "present" for name, kind in found)


# An 'ABSENT:' label inside run-on text.

def test_absent_label_inside_run_on_text_ends_the_present_list():
    found = attendance_of(
        "MINUTES OF MEETING OF THE ELMSHIRE POLICING BOARD HELD ON 4 MARCH 2025. PRESENT: Mrs Ann Lowe (Chair) Mr Bob Ray "
        "Mrs Cy Sim ABSENT: Mrs Di Hale IN ATTENDANCE: Mr Ed Pike, Chief Executive\n", head="",
    )
    assert ("Mrs Cy Sim", "present") in found
    assert not any("Hale" in name or "ABSENT" in name for name, _ in found)


def test_absent_in_a_sentence_is_no_label():
    found = attendance_of("Present: Cllr A Lowe, Cllr B Ray and Cllr C Sim who was absent for item 3.\n")
    assert ("Cllr C Sim", "present") in found
