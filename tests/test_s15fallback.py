"""The fallback readers of agenda items and attendance, read only where the primary readers find nothing: the
longest run of item lines numbered in order, and titled names under an attendance label. Our own words."""

from extractors.proceedings.agenda_fallback import fallback_items
from extractors.proceedings.attendance_fallback import fallback_attendance


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in fallback_items(text)]


def _people(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], kind) for kind, start, end in fallback_attendance(text)]


def test_the_longest_numbered_run_with_descriptions_between():
    text = (
        "Brookford Harbour Board\n1. Apologies for absence\nTo receive any apologies.\n"
        "2. Minutes of the last meeting (Pages 3 - 8)\n3. Mooring fees  The treasurer will report.\n"
        "4. Dredging – A report of the engineer\n"
    )
    assert _items(text) == [
        ("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Mooring fees"), ("4", "Dredging"),
    ]


def test_a_run_may_open_past_one_and_keep_its_printed_numbers():
    text = "Item 07 Welcome\nItem 08 Minutes: approved as read\nItem 09 Correspondence\n"
    assert _items(text) == [("07", "Welcome"), ("08", "Minutes"), ("09", "Correspondence")]


def test_lettered_numbers_run_with_their_letter():
    assert _items("A1 Apologies\nA2 Declarations of interest\nA3 Budget\nB1 Other\n") == [
        ("A1", "Apologies"), ("A2", "Declarations of interest"), ("A3", "Budget"),
    ]


def test_sentences_and_short_runs_are_no_items():
    assert _items("1. That the plan be approved.\n2. That the fee was agreed.\n3. That the clerk writes.\n") == []
    assert _items("1. Apologies\n2. Minutes\n") == []


def test_a_report_outline_is_no_agenda():
    assert _items("1. Purpose of the report\n2. Background\n3. Recommendations\n4. Financial implications\n") == []


def test_a_gap_too_wide_ends_the_run():
    filler = "Some words of the minute.\n" * 100
    assert _items(f"1. Apologies\n2. Minutes\n{filler}3. Budget\n") == []


def test_titled_names_under_labels_each_of_their_kind():
    text = (
        "Present: Cllr A Lowe (Chair), Councillor Bob Ray and Mrs C Dee\n\nMr D Eve MBE\n"
        "In attendance:\nMs F Gee - Clerk\nApologies: Dr H Ian; Sir J Kay\nThe meeting opened at 7pm.\n"
    )
    assert _people(text) == [
        ("Cllr A Lowe", "present"), ("Councillor Bob Ray", "present"), ("Mrs C Dee", "present"), ("Mr D Eve", "present"),
        ("Ms F Gee", "in_attendance"), ("Dr H Ian", "apologies"), ("Sir J Kay", "apologies"),
    ]


def test_a_label_over_prose_or_plural_titles_gives_no_one():
    assert _people("Present: the chair said Mr A Lowe would be late.\n") == []
    assert _people("Present: Councillors Lowe, Ray and Dee\n") == []
    assert _people("Those attending:\n\nCllr K Lowe\n\nCllr G Ray\n") == [("Cllr K Lowe", "present"), ("Cllr G Ray", "present")]


def test_the_fallback_run_must_hold_standard_business():
    from extractors.proceedings.agenda_fallback import fallback_readings
    from extractors.proceedings.split import split_papers
    from extractors.proceedings.structure import _fallback_business
    from structure_helpers import document

    priorities = document("Our strategy\n\n1. Safer streets\n2. Cleaner parks\n3. Better buses\n")
    business = document("Harbour Board\n\n1. Apologies\n2. Mooring fees\n3. Minutes of the last meeting\n")
    assert _fallback_business(fallback_readings(priorities, split_papers(priorities))[0]) == []
    assert [item.title for item in _fallback_business(fallback_readings(business, split_papers(business))[0])] == [
        "Apologies", "Mooring fees", "Minutes of the last meeting",
    ]
    welcome = document("Harbour Board\n\n1. Welcome\n2. Election of Chair\n3. Apologies to the neighbours\n")
    assert _fallback_business(fallback_readings(welcome, split_papers(welcome))[0]) == []


def test_names_in_brackets_sentences_and_staff_posts():
    text = (
        "Apologies were received from Cllr A Lowe (substituted by Cllr B Ray) and Cllr C Dee.\n"
        "Cllr E Fox declared an interest in item 4.\n"
    )
    assert _people(text) == [("Cllr A Lowe", "apologies"), ("Cllr C Dee", "apologies")]
    assert _people("Attendees: Cllr G Hill (Chair) Cllr J Kay Mrs L Moss (Clerk)\n") == [
        ("Cllr G Hill", "present"), ("Cllr J Kay", "present"), ("Mrs L Moss", "in_attendance"),
    ]
    assert _people("Also present: Councillor N Oak (Elmside Parish Council)\n") == [("Councillor N Oak", "in_attendance")]
    assert _people("Members: Councillor P Rye Leader, Brookford Borough Council Councillor S Tay Leader, Elmside Council\n") == []
    assert _people("Present: Councillor P Rye Leader, Brookford Borough Council Councillor S Tay Leader, Elmside Council\n") == [
        ("Councillor P Rye", "present"), ("Councillor S Tay", "present"),
    ]
