"""Names printed with the surname (or the whole page) in capitals give the same people as mixed case."""

from extractors.proceedings.attendance import extract_attendance
from extractors.proceedings.split import split_papers
from structure_helpers import document


def people(text):
    doc = document(text)
    return [(a.name.lower(), a.attendance) for a in extract_attendance(doc, split_papers(doc))]


def same_people(mixed, capitals):
    found = people(mixed)
    assert found and found == people(capitals)


def test_bare_pairs_with_capital_surnames():
    same_people(
        "MINUTES OF THE BOARD MEETING held at Eastby Hall on 3 May 2021 at 10am PRESENT Tom Vale Ann Crook "
        "Rhys Polden Jo Markle Apologies: Ben Tully Ivy Norrow Minutes of Last Meeting 1. Agreed.",
        "MINUTES OF THE BOARD MEETING held at Eastby Hall on 3 May 2021 at 10am PRESENT Tom VALE Ann CROOK "
        "Rhys POLDEN Jo MARKLE Apologies: Ben TULLY Ivy NORROW Minutes of Last Meeting 1. Agreed.",
    )


def test_bare_pairs_stop_at_a_capitals_word_in_a_given_name_place():
    assert people(
        "MINUTES OF THE BOARD MEETING held at Eastby Hall on 3 May 2021 PRESENT Tom Vale Ann Crook Rhys Polden "
        "Jo Markle Apologies: Ben Tully Ivy Norrow REFDOC 1 Welcome\n1. Agreed."
    )[-2:] == [("ben tully", "apologies"), ("ivy norrow", "apologies")]


def test_dotted_initials_run_with_capital_surnames():
    same_people(
        "MINUTES of a Meeting of the Drainage Board held at Eastby on Monday 3 May 2021\n"
        "Present: K. L. Marsh Esq. (Chairman)\nMessrs: J. A. Penner P. Dowle B. Frith C. Gantry\n"
        "1. APOLOGIES\nNone.",
        "MINUTES of a Meeting of the Drainage Board held at Eastby on Monday 3 May 2021\n"
        "Present: K. L. Marsh Esq. (Chairman)\nMessrs: J. A. PENNER P. DOWLE B. FRITH C. GANTRY\n"
        "1. APOLOGIES\nNone.",
    )


def test_lone_capital_surname_after_a_title_at_a_list_end():
    same_people(
        "MINUTES of the Panel held on Monday 3 May 2021\nPRESENT: Councillors Ames and Birch\n"
        "Apologies for absence were received from Councillor Crane and were noted.\n1. MINUTES\nAgreed.",
        "MINUTES of the Panel held on Monday 3 May 2021\nPRESENT: Councillors AMES and BIRCH\n"
        "Apologies for absence were received from Councillor CRANE and were noted.\n1. MINUTES\nAgreed.",
    )


def test_title_before_a_capitals_heading_is_no_person():
    assert people(
        "MINUTES of the Panel held on Monday 3 May 2021\nPRESENT: Councillors Ames and Birch\n"
        "Apologies for absence were received from Councillors APPOINTMENT OF VICE-CHAIR\n1. MINUTES\nAgreed."
    ) == [("councillor ames", "present"), ("councillor birch", "present")]


def test_officers_run_on_post_then_capital_surname():
    same_people(
        "MINUTES of the Planning Committee held on Monday 3 May 2021\nPresent Councillors: Ann Lowe and Ben Ray\n"
        "Officers Present Tom Pike, Principal Planning Officer Jo Turvey, Borough Solicitor Kim Hale, Democratic Services Officer\n"
        "1. APOLOGIES\nNone.",
        "MINUTES of the Planning Committee held on Monday 3 May 2021\nPresent Councillors: Ann LOWE and Ben RAY\n"
        "Officers Present Tom PIKE, Principal Planning Officer Jo TURVEY, Borough Solicitor Kim HALE, Democratic Services Officer\n"
        "1. APOLOGIES\nNone.",
    )


def test_plural_trustees_before_capital_surnames():
    same_people(
        "Minutes of the meeting of the Hall Charity Trustees held on 3rd May 2021\n"
        "Present: Trustees Lowe (Chair), Ray, Pike and the Clerk\n1. Apologies\nNone.",
        "Minutes of the meeting of the Hall Charity Trustees held on 3rd May 2021\n"
        "Present: Trustees LOWE (Chair), RAY, PIKE and the Clerk\n1. Apologies\nNone.",
    )


def test_initials_and_capital_surname_after_a_body_and_a_council_label():
    same_people(
        "MINUTES of the Panel held on Monday 3 May 2021\nPresent: Cllr A Lowe, Eastby Council\n"
        "Also Present: J Pike, Westshire Police Authority G Hale, Northby Borough Council\n"
        "Attendance: Community Councillors: Ann Lowe, Ben Ray. Clerk: Kim Dale County Councillors: Jo Pike\n1 WELCOME\nDone.",
        "MINUTES of the Panel held on Monday 3 May 2021\nPresent: Cllr A LOWE, Eastby Council\n"
        "Also Present: J PIKE, Westshire Police Authority G HALE, Northby Borough Council\n"
        "Attendance: Community Councillors: Ann LOWE, Ben RAY. Clerk: Kim DALE County Councillors: Jo PIKE\n1 WELCOME\nDone.",
    )


def test_minutes_wholly_in_capitals_read_as_mixed_case():
    mixed = (
        "Minutes of the meeting of the Eastby Parish Council held on Monday 3 May 2021 at 7pm\n"
        "Present: Councillor J Lowe (Chairman), Councillors A Ray and B Pike, Mrs C Dale (Clerk)\n"
        "1. Apologies for Absence\nApologies were received from Councillor D Hale.\n"
        "2. Declarations of Interest\nNone were declared.\n"
    )
    same_people(mixed, mixed.upper())
    assert [a.name for a in extract_attendance(document(mixed.upper()), split_papers(document(mixed.upper())))][0] == "COUNCILLOR J LOWE"


def test_capitals_headings_in_a_capitals_page_are_no_people():
    text = (
        "MINUTES OF THE MEETING OF THE EASTBY PARISH COUNCIL HELD ON MONDAY 3 MAY 2021 AT 7PM\n"
        "PRESENT: COUNCILLOR J LOWE (CHAIRMAN), COUNCILLOR A RAY\n"
        "1. DECLARATIONS OF INTEREST\nNONE.\n2. PUBLIC PARTICIPATION\nNO MEMBERS OF THE PUBLIC WERE PRESENT.\n"
    )
    assert people(text) == [("councillor j lowe", "present"), ("councillor a ray", "present")]


def test_capitals_page_with_unlabelled_present_after_the_time_and_an_in_attendance_label():
    mixed = (
        "MINUTES OF THE BOARD MEETING held at Eastby Hall on 3rd May 2021 at 1.30pm PRESENT Tom Vale Ann Crook "
        "Rhys Polden Jo Markle In Attendance: Kim Dale Lee Moss Apologies: Ben Tully Ivy Norrow Minutes of Last Meeting "
        "1. The minutes were approved."
    )
    same_people(mixed, mixed.upper())


def test_lone_capital_surname_before_a_sentence_word_in_title_case():
    same_people(
        "MINUTES of the Parish Council held on Monday 3 May 2021\nPresent: Cllr Ames, Cllr Birch\n"
        "1. Apologies for Absence\nApologies for absence were received from Cllr Crane With the absence of the Chairman, "
        "Cllr Ames took the chair.\n2. MINUTES\nAgreed.",
        "MINUTES of the Parish Council held on Monday 3 May 2021\nPresent: Cllr AMES, Cllr BIRCH\n"
        "1. Apologies for Absence\nApologies for absence were received from Cllr CRANE With the absence of the Chairman, "
        "Cllr AMES took the chair.\n2. MINUTES\nAgreed.",
    )


def test_capitals_page_keeps_two_letter_initials_after_a_name():
    mixed = (
        "Minutes of the Governing Body held on 3 May 2021 at Eastby House\nPresent:\n"
        "Dr Ann Wolfe AW Clinical Chair\nBen Ray BR Lay Member\nKim Dale KD Secondary Care Consultant\n"
        "1. Apologies\nNone.\n"
    )
    same_people(mixed, mixed.upper())


def test_capitals_page_with_bracketed_initials_and_an_in_attendance_sentence():
    mixed = (
        "Minutes of the Council Meeting\n3rd May 2021\nVenue Eastby Hall\n1 In Attendance\n"
        "Councillors A Lowe (AL) Chair, B Ray (BR), C Sim (AS), D Hale (DH)\nKim Dale The temporary clerk was in attendance.\n"
        "2 Apologies\nCouncillor E Pike\n3 Declarations of Interest\nNone.\n"
    )
    same_people(mixed, mixed.upper())
