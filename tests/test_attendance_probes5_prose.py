"""Attendance probe classes (round 16, recall in prose and label blocks): 'Sederunt' alone on its line, 'There were
present:', a numbered '1) Apologies – names' heading, a minute number run into 'Apologies were received from', a
label closed by an ellipsis, a bilingual Welsh/English title, 'Post: Name.' sentences after an 'In attendance:' label,
the chair's own line above a present label; and near-misses that name nobody. Our own invented words and names."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document

HEAD = "Minutes of the meeting of Elmbrook Town Council held on 4 March 2025 at 7.00 pm\n\n"
PR, AP, IA = "present", "apologies", "in_attendance"


def attendance_of(text):
    doc = document(text)
    return {(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))}


def test_sederunt_alone_on_its_line_opens_the_present_list():
    text = "Minute of Meeting of the Glenmoor Community Council held on 4 March 2025\n\nSederunt\n" \
        "Cllr A Lowe (Convener), Cllr B Ray, Mr H Oakes\n\nIn attendance: Ms J Kerr (Clerk)\n\n1. Minutes\n"
    assert attendance_of(text) == {("Cllr A Lowe", PR), ("Cllr B Ray", PR), ("Mr H Oakes", PR), ("Ms J Kerr", IA)}


def test_there_were_present_label_opens_a_list_on_the_lines_under_it():
    assert attendance_of(HEAD + "There were present:\nCllr A Lowe (Chair)\nCllr B Ray\n\n1. Minutes\n") == {
        ("Cllr A Lowe", PR), ("Cllr B Ray", PR),
    }


def test_a_numbered_apologies_heading_with_a_dash_before_its_names():
    for number, dash in (("1)", "–"), ("2.", "-")):
        text = HEAD + f"Present: Cllr A Lowe\n{number} Apologies {dash} Councillors B Ray and C Sim.\n3) Minutes\n"
        assert attendance_of(text) == {("Cllr A Lowe", PR), ("Councillor B Ray", AP), ("Councillor C Sim", AP)}, number
    assert attendance_of(HEAD + "Present: Cllr A Lowe\n1) Apologies – none.\n2. Apologies - to receive apologies\n") == {("Cllr A Lowe", PR)}


def test_a_minute_number_run_into_the_apology_sentence():
    text = HEAD + "Present: Cllr A Lowe\n\n9Apologies for absence were received from Councillors B.C. Ray and D Sim.\n"
    assert attendance_of(text) == {("Cllr A Lowe", PR), ("Councillor B.C. Ray", AP), ("Councillor D Sim", AP)}


def test_a_label_closed_by_an_ellipsis():
    text = HEAD + "Present … Councillors: Ann Lowe (In the Chair), Bob Ray & Cath Sim.\n\nIn attendance … Dan Hale – Parish Clerk.\n\n1. Minutes\n"
    assert attendance_of(text) == {
        ("Councillor Ann Lowe", PR), ("Councillor Bob Ray", PR), ("Councillor Cath Sim", PR), ("Dan Hale", IA),
    }


def test_a_bilingual_welsh_english_title_keeps_the_english_one():
    text = "Cofnodion / Minutes\n\nYn bresennol / Present: Cynghorydd / Councillor A Lowe, Councillor B Ray\n" \
        "Ymddiheuriadau / Apologies: Councillor C Sim\n\n1. Minutes\n"
    assert attendance_of(text) == {("Councillor A Lowe", PR), ("Councillor B Ray", PR), ("Councillor C Sim", AP)}


def test_post_colon_name_sentences_after_an_in_attendance_label():
    text = HEAD + "Present: Councillors Ann Lowe and Bob Ray.\nIn attendance: Town Clerk: Dan Hale. Ward Councillor: Eve Moss. 4 members of the public\n\n1. Minutes\n"
    assert attendance_of(text) == {("Councillor Ann Lowe", PR), ("Councillor Bob Ray", PR), ("Dan Hale", IA), ("Eve Moss", IA)}


def test_the_chair_s_line_above_a_present_label_is_present():
    text = HEAD + "Chair: | Cllr Ann Lowe |\nParish Councillors: | Cllrs Bob Ray, Cath Sim |\nAlso in attendance: | Dan Hale (Clerk) |\n1. Apologies\n"
    assert attendance_of(text) == {("Cllr Ann Lowe", PR), ("Cllr Bob Ray", PR), ("Cllr Cath Sim", PR), ("Dan Hale", IA)}
    assert attendance_of(HEAD + "Chairman: Cllr Ann Lowe\nPresent: Cllr Bob Ray\n\n1. Apologies\n") == {("Cllr Ann Lowe", PR), ("Cllr Bob Ray", PR)}


def test_near_misses_name_nobody():
    nav = "Skip to main content\nHome > Council and democracy > Meetings\n"
    for text in (
        "Planning Committee\nAgenda\nDate: 4 March 2025\nChair: Cllr Ann Lowe\nVice-Chair: Cllr Bob Ray\n\n1. Apologies\n",
        HEAD + "1. Election of Chair\nChair: Cllr Ann Lowe was elected.\n",
        "Planning Committee\nMembership\nCouncillor A Lowe (Chair)\nCouncillor B Ray\n\nContact: Democratic Services\n",
        HEAD + "Public: 3 members of the public\n\n1. Minutes\n",
        HEAD + "1. Chair's announcements\nThe Chair thanked Cllr A Lowe and Cllr B Ray for their work on the fete.\n",
        HEAD + "1. Minutes\nProposed by Cllr A Lowe, seconded by Cllr B Ray, the minutes were approved.\n",
        "Agenda\n1. Apologies for absence\nTo receive apologies for absence.\n2. Minutes\n",
        nav + "Your councillors\nCllr A Lowe\nCllr B Ray\nCookies\nAccessibility statement\n",
        HEAD + "1. Declarations of interest\nCllr A Lowe declared an interest in item 5.\n",
        "Vacancies\nPresent role: Planning Officer\nSalary: £30,000\n",
    ):
        assert attendance_of(text) == set(), text
