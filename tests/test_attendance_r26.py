"""Round 26 attendance classes: titles glued to the name before them in PDF text, a chair's line above an
'In attendance' list of members, 'Present: –' (a dash after the label's colon), a numbered 'Apologies' item
heading followed straight by titled names, and tier councillors' and 'The Clerk:' labels under a present list.
Our own words, names and bodies."""

from test_attendance_round3 import attendance_of

HEAD = "Minutes of the meeting of Ashby Parish Council held on 4th March 2024 at 7.30pm\n\n"


def test_titles_glued_to_the_name_before_split_the_run():
    text = "Present: Councillor A Lowe Councillor B RayCouncillor C Sim Councillor D HaleCouncillor E Pike\n\n1. Welcome\n"
    assert attendance_of(text, HEAD) == [
        ("Councillor A Lowe", "present"),
        ("Councillor B Ray", "present"),
        ("Councillor C Sim", "present"),
        ("Councillor D Hale", "present"),
        ("Councillor E Pike", "present"),
    ]


def test_officers_glued_after_their_posts_are_each_an_entry():
    text = "Present: Cllr A Lowe, Cllr B Ray\n\nIn attendance: Mr C Kay, Chief ExecutiveMrs D Hay, Head of FinanceMiss E Dunn, Clerk\n\n1. Welcome\n"
    assert attendance_of(text, HEAD) == [
        ("Cllr A Lowe", "present"),
        ("Cllr B Ray", "present"),
        ("Mr C Kay", "in_attendance"),
        ("Mrs D Hay", "in_attendance"),
        ("Miss E Dunn", "in_attendance"),
    ]


def test_a_name_with_a_capital_inside_is_not_split():
    text = "Present: Cllr A McDonald, Cllr B MacMrs\n\n1. Welcome\n"
    assert [n for n, _ in attendance_of(text, HEAD)][:1] == ["Cllr A McDonald"]


def test_in_the_chair_line_above_an_in_attendance_list_of_members():
    text = (
        "In the Chair: Councillor A Lowe\n\nIn attendance: (Councillors)\n\n"
        "Councillor B Ray Councillor C Sim Councillor D Hale\n\n1. APOLOGIES\n\nApologies were received from Councillor Pike.\n"
    )
    assert attendance_of(text, HEAD) == [
        ("Councillor A Lowe", "present"),
        ("Councillor B Ray", "present"),
        ("Councillor C Sim", "present"),
        ("Councillor D Hale", "present"),
        ("Councillor Pike", "apologies"),
    ]


def test_in_attendance_under_a_present_list_keeps_its_kind():
    text = "Present: Councillor A Lowe (Chair)\n\nIn attendance: Councillor B Ray, Councillor C Sim, Councillor D Hale\n\n1. Welcome\n"
    assert attendance_of(text, HEAD) == [
        ("Councillor A Lowe", "present"),
        ("Councillor B Ray", "in_attendance"),
        ("Councillor C Sim", "in_attendance"),
        ("Councillor D Hale", "in_attendance"),
    ]


def test_dash_after_the_labels_colon():
    text = "Present: – Cllr Ann Lowe (Chair), Bob Ray, Carol Sim.\nApologies: – Dan Hale, Eve Pike.\nPolice Report:\n"
    assert attendance_of(text, HEAD) == [
        ("Cllr Ann Lowe", "present"),
        ("Bob Ray", "present"),
        ("Carol Sim", "present"),
        ("Dan Hale", "apologies"),
        ("Eve Pike", "apologies"),
    ]


def test_numbered_apologies_heading_followed_by_titled_names():
    text = "1. The Mayor’s Business Received\n\n2. Apologies Councillors Lowe,\n\nRay and Sim\n\n3. Declarations of Interest\nNone.\n"
    assert attendance_of(text, HEAD) == [
        ("Councillor Lowe", "apologies"),
        ("Councillor Ray", "apologies"),
        ("Councillor Sim", "apologies"),
    ]


def test_numbered_apologies_heading_before_other_words_names_nobody():
    text = "2. Apologies Officers Report\nThe report was noted.\n\n3. Apologies Mrs\n"
    assert attendance_of(text, HEAD) == []


def test_tier_councillor_and_the_clerk_labels_under_a_present_list():
    text = (
        "Present: Mr A Lowe (Chairman).\n\nMr B Ray; Mrs C Sim; & Mr D Hale.\n\nDistrict Councillor: Mrs E Pike; and Mr F Dunn.\n\n"
        "County Councillor: Dr G Kay.\n\nThe Clerk: Mr H Ball & Mrs J Moss (Burial Clerk).\n\n1. Apologies\n"
    )
    assert attendance_of(text, HEAD) == [
        ("Mr A Lowe", "present"),
        ("Mr B Ray", "present"),
        ("Mrs C Sim", "present"),
        ("Mr D Hale", "present"),
        ("Mrs E Pike", "in_attendance"),
        ("Mr F Dunn", "in_attendance"),
        ("Dr G Kay", "in_attendance"),
        ("Mr H Ball", "in_attendance"),
        ("Mrs J Moss", "in_attendance"),
    ]


def test_parish_councillors_label_stays_members():
    text = "Parish Councillors: Cllr A Lowe, Cllr B Ray, Cllr C Sim\n\n1. Welcome\n"
    assert all(kind == "present" for _, kind in attendance_of(text, HEAD))


def test_present_label_glued_in_run_on_pdf_text():
    text = (
        ". Eastby Borough Council CabinetMinutesMonday 4 March 2024PRESENTCouncillor Ann Lowe, Leader (+ Housing)Councillor Bob Ray, "
        "Deputy LeaderCouncillor Carol Sim, Member for Parks12. MINUTESRESOLVED: That the minutes be confirmed.\n"
    )
    assert attendance_of(text, HEAD) == [
        ("Councillor Ann Lowe", "present"),
        ("Councillor Bob Ray", "present"),
        ("Councillor Carol Sim", "present"),
    ]


def test_present_word_glued_to_other_words_is_no_label():
    text = "The report was PRESENTED to the board.\nUNREPRESENTCouncillor\n"
    assert attendance_of(text, HEAD) == []
