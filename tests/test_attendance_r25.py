"""Round 25 attendance robustness: a list printed in capitals in a mixed-case page, name particles in lower case.
Our own words, names and bodies."""

from test_attendance_round3 import attendance_of

HEAD = "Minutes of the meeting of Ashby Harbour Trust held on 4th March 2024 at 7.30pm\n\n"


def test_present_list_in_capitals_reads_as_mixed_case_with_names_as_printed():
    text = "PRESENT: CLLRS: MR. T. GANDY (CHAIRMAN), MRS. P. ORMOND, K. BRISCOE and 5 members of the public\n1. Apologies for absence\nCllr. Vane sent apologies.\n"
    assert attendance_of(text, HEAD) == [
        ("CLLR MR. T. GANDY", "present"),
        ("CLLR MRS. P. ORMOND", "present"),
        ("CLLR K. BRISCOE", "present"),
        ("Cllr. Vane", "apologies"),
    ]


def test_capitals_list_without_colon_ends_at_the_first_lower_case_word():
    text = "PRESENT CLLRS LOWTHER, MRS HADDON, CLLR PENROSE. Two residents attended.\n\n1. Apologies for absence: none\n"
    assert attendance_of(text, HEAD) == [
        ("CLLR LOWTHER", "present"),
        ("CLLR MRS HADDON", "present"),
        ("CLLR PENROSE", "present"),
    ]


def test_capitals_heading_alone_is_no_list():
    text = "APOLOGIES FOR ABSENCE\nApologies were received from Councillor Ann Loder.\n\nDECLARATIONS OF INTEREST\nNone.\n"
    assert attendance_of(text, HEAD) == [("Councillor Ann Loder", "apologies")]


def test_capitals_acronyms_in_a_mixed_case_list_stay_out():
    text = "Present: Cllr A Tait (Chair), Cllr B Rudd.\n\nNKDC UPDATE, CCTV\nThe report was noted.\n"
    assert attendance_of(text, HEAD) == [("Cllr A Tait", "present"), ("Cllr B Rudd", "present")]


def test_lower_case_particle_inside_a_one_name_a_line_list():
    text = "Attendees\n\nDame Hilary Vost (Chair)\nOmar Pell\nRicardo da Silva\nLena Fosse\nPieter van der Walt\nTom Birtles\n\nApologies\n\nKate Lund\n\nIntroductions\n\n1.0 The Chair opened the meeting.\n"
    assert attendance_of(text, "Board meeting minutes 4 March 2024\n\n") == [
        ("Dame Hilary Vost", "present"),
        ("Omar Pell", "present"),
        ("Ricardo da Silva", "present"),
        ("Lena Fosse", "present"),
        ("Pieter van der Walt", "present"),
        ("Tom Birtles", "present"),
        ("Kate Lund", "apologies"),
    ]


def test_particle_in_a_comma_list_and_after_a_title():
    text = "Present: Councillor Ines de Souza, Cllr van Hout and Mr Rhodri ap Gwyn.\n\n1. Welcome\n"
    assert attendance_of(text, HEAD) == [
        ("Councillor Ines de Souza", "present"),
        ("Cllr van Hout", "present"),
        ("Mr Rhodri ap Gwyn", "present"),
    ]


def test_particle_never_ends_a_name():
    from extractors.readers.names import looks_like_name

    assert looks_like_name("Ricardo da Silva") and looks_like_name("Ms O’Donnell") and looks_like_name("Cllr McTavish")
    assert not looks_like_name("Ricardo da") and not looks_like_name("de Silva") and not looks_like_name("Omar van")


JOINT = "Minutes of a meeting of the ELMVALE CEMETERY JOINT COMMITTEE held at the Chapel, Elmford on Friday 3rd May 2024 at 2.00 p.m.\n"


def test_representing_sub_heading_under_a_plural_title_is_no_name():
    text = "Present: Representing Elmvale District Council\nCouncillors Tarrant, Pugh and Hemsley (Chairman)\nRepresenting Southmoor Borough Council\nCouncillors Ollerton and Briggs.\n\n1. Apologies\n"
    assert attendance_of(text, JOINT) == [
        ("Councillor Tarrant", "present"),
        ("Councillor Pugh", "present"),
        ("Councillor Hemsley", "present"),
        ("Councillor Ollerton", "present"),
        ("Councillor Briggs", "present"),
    ]


def test_plural_title_cut_at_the_end_of_the_page_is_no_name():
    text = "Present: Representing Elmvale District Council\nCouncillors Tarrant, Pugh and Hemsley (Chairman)\nRepresenting Southmoor Borough Council\nCouncillors Olle"
    assert attendance_of(text, JOINT) == [
        ("Councillor Tarrant", "present"),
        ("Councillor Pugh", "present"),
        ("Councillor Hemsley", "present"),
    ]


def test_last_line_of_a_complete_list_stays_a_name():
    text = "Present: Cllr A Voss (Chair), Cllr D Mellor\nMr B Lyle\n"
    assert attendance_of(text, JOINT) == [("Cllr A Voss", "present"), ("Cllr D Mellor", "present"), ("Mr B Lyle", "present")]


def test_dash_spaced_on_one_side_parts_name_and_post():
    text = "Apologies for Absence\n\nApologies were received from Councillor Tarrant-Hughes and Rob Pellow -Treasurer.\n\nPresent: Cllr A Voss (Chair), Jo Ferris- Secretary, Mr B Lyle.\n"
    assert attendance_of(text, JOINT) == [
        ("Councillor Tarrant-Hughes", "apologies"),
        ("Rob Pellow", "apologies"),
        ("Cllr A Voss", "present"),
        ("Jo Ferris", "present"),
        ("Mr B Lyle", "present"),
    ]


def test_hyphenated_surname_is_no_dash():
    text = "Present: Cllr Ann Lowe-Tarrant, Cllr Bev Pugh-Ross and Mr Carl Ede.\n\n1. Welcome\n"
    assert attendance_of(text, JOINT) == [("Cllr Ann Lowe-Tarrant", "present"), ("Cllr Bev Pugh-Ross", "present"), ("Mr Carl Ede", "present")]


PARISH = "Minutes of the meeting of Ashby Parish Council held on 4th March 2024 at 7.30pm\n\n"


def test_and_list_on_the_line_under_an_own_line_label():
    text = "Present: Cllr A Lowe (Chair), Cllr B Ray\n\nAlso Present\nMr Tom Pugh and Mrs Jo Hart\n\n1. Apologies\n"
    assert attendance_of(text, PARISH) == [
        ("Cllr A Lowe", "present"),
        ("Cllr B Ray", "present"),
        ("Mr Tom Pugh", "in_attendance"),
        ("Mrs Jo Hart", "in_attendance"),
    ]


def test_name_and_counted_public_under_an_own_line_label():
    text = "Present: Cllr A Lowe (Chair), Cllr B Ray\n\nAlso Present\nMr Tom Pugh and four further members of the public\n\n1. Apologies\n"
    assert attendance_of(text, PARISH) == [("Cllr A Lowe", "present"), ("Cllr B Ray", "present"), ("Mr Tom Pugh", "in_attendance")]


def test_and_inside_a_post_opens_no_list():
    text = "Present:\nCllr A Lowe (Chair)\nCllr B Ray\n\nIn attendance:\nMr W Tarrant Clerk and Finance Officer to the Council\nMrs P Ode Assistant Clerk and Events Officer\n\n1. Apologies\n"
    assert attendance_of(text, PARISH) == [
        ("Cllr A Lowe", "present"),
        ("Cllr B Ray", "present"),
        ("Mr W Tarrant", "in_attendance"),
        ("Mrs P Ode", "in_attendance"),
    ]


def test_place_before_a_tier_title_is_no_name():
    text = "Present: Cllr A Lowe (Chair), Cllr B Ray\n\nAlso Present\nEastvale North Ward Councillor Mr Tom Pugh and three members of the public\n\n1. Apologies\n"
    assert attendance_of(text, PARISH) == [("Cllr A Lowe", "present"), ("Cllr B Ray", "present"), ("Ward Councillor Mr Tom Pugh", "in_attendance")]


def test_later_in_the_meeting_before_a_titled_name():
    text = "Present: Cllr. A Lowe (Chair), Cllr. B Ray, Cllr. C Sim and later in the meeting Cllr. Mrs D Fenn (7.40 pm)\n\n1. Apologies: none\n"
    assert attendance_of(text, PARISH) == [
        ("Cllr. A Lowe", "present"),
        ("Cllr. B Ray", "present"),
        ("Cllr. C Sim", "present"),
        ("Cllr. Mrs D Fenn", "present"),
    ]


def test_later_as_a_word_of_a_sentence_names_nobody_new():
    text = "Present: Cllr A Lowe (Chair) and Cllr B Ray.\n\n1. Apologies: none\n2. The Clerk would report later.\n"
    assert attendance_of(text, PARISH) == [("Cllr A Lowe", "present"), ("Cllr B Ray", "present")]


def test_label_dash_spaced_on_one_side_opens_the_list():
    text = "1. Apologies -Cllr Tarrant, Cllr Pugh\n2. Minutes of the last meeting were agreed.\n"
    assert attendance_of(text, PARISH) == [("Cllr Tarrant", "apologies"), ("Cllr Pugh", "apologies")]


def test_one_name_a_line_with_posts_after_a_one_sided_dash():
    text = "Present:\nAnn Lowe -Chair\nBob Ray -Vice Chair\nCara Sim- Treasurer\n\n1. Welcome\n"
    assert attendance_of(text, PARISH) == [("Ann Lowe", "present"), ("Bob Ray", "present"), ("Cara Sim", "present")]


def test_apology_sentence_in_capitals_under_a_heading_in_capitals():
    text = "1. APOLOGIES FOR ABSENCE WERE RECEIVED FROM DORA PELL AND ED VANCE.\n\n2. Minutes were agreed.\n"
    assert attendance_of(text, PARISH) == [("DORA PELL", "apologies"), ("ED VANCE", "apologies")]


PANEL = "Grants Panel - Monday, 4th March, 2024 7.00 pm\n\nVenue: Civic Offices, Elmford\n\n"


def test_apology_sentence_without_full_stop_ends_at_its_paragraph():
    text = "To receive any apologies for absence.\n\n\nApologies were received from Councillors Mrs Tarrant, Mrs Pugh and Mrs Voss\n\n\nDeclarations of Interest\n\nTo receive declarations.\n"
    assert attendance_of(text, PANEL) == [
        ("Councillor Mrs Tarrant", "apologies"),
        ("Councillor Mrs Pugh", "apologies"),
        ("Councillor Mrs Voss", "apologies"),
    ]


def test_apology_list_ending_a_line_in_a_comma_runs_over_the_blank_line():
    text = "2.  Apologies for absence were received by Councillor Owen Lloyd Pugh, Sam Hadfield,\n\nMrs Ann B Voss, Bryn Tarrant.\n\n3.  DECLARATION OF INTEREST\n"
    assert attendance_of(text, PANEL) == [
        ("Councillor Owen Lloyd Pugh", "apologies"),
        ("Sam Hadfield", "apologies"),
        ("Mrs Ann B Voss", "apologies"),
        ("Bryn Tarrant", "apologies"),
    ]
