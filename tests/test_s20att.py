"""Attendance on council meeting pages and parish minutes never studied before (session 20, s25/s26): whole lists the
readers did not open. Our own words, names and bodies."""

from structure_helpers import attendance_kinds as _kinds

from extractors.proceedings.post_then_name import post_then_name
from extractors.readers.name_runs import run_on_parts


def _expect(kinds: dict[str, str], names: tuple[str, ...], kind: str) -> None:
    """Every one of ``names`` was read with attendance ``kind``."""
    assert {name: kinds.get(name) for name in names} == dict.fromkeys(names, kind), kinds


def _by_surname(kinds: dict[str, str], surnames: tuple[str, ...], kind: str) -> None:
    """One name ending in each of ``surnames`` was read, with attendance ``kind`` (a courtesy title may or may not take
    the list's shared one)."""
    found = {surname: [k for name, k in kinds.items() if name.endswith(f" {surname}")] for surname in surnames}
    assert found == {surname: [kind] for surname in surnames}, kinds


# A meeting page's present list under its label: the body's group named alone on a line, entries a line with blank lines
# between, then labels naming members of other groups in attendance.
GROUPED = """\
Eastmere Borough Council
Executive Minutes
Monday, 2nd March, 2026

Attendance Details

Present:

Executive

Councillor Ann Lowe, Leader of the Council;

Councillor Bob Ray, Deputy Leader;

Councillors Cai Sim, Dan Hale,

Eli Moss and Kim Bell.

Other Ruling Group Members in attendance:

Councillors Fay Dunn, Gus Pike,

Hal Tate.

Shadow Executive Members in attendance: Councillors Ian Webb,

Jo Kerr.

Apologies for absence:
There were no apologies for absence.

A12/26 MINUTES
The minutes were signed.
"""


def test_a_group_named_alone_under_the_present_label_opens_its_list():
    kinds = _kinds(GROUPED)
    _expect(kinds, ("Councillor Ann Lowe", "Councillor Bob Ray", "Councillor Cai Sim", "Councillor Eli Moss", "Councillor Kim Bell"), "present")
    assert not any("Executive" == name for name in kinds), kinds


def test_members_of_other_groups_labelled_in_attendance_attend():
    kinds = _kinds(GROUPED)
    _expect(kinds, ("Councillor Fay Dunn", "Councillor Hal Tate", "Councillor Ian Webb", "Councillor Jo Kerr"), "in_attendance")


def test_a_committee_members_in_attendance_label_stays_present():
    kinds = _kinds(
        "MINUTES OF THE EASTMERE PANEL HELD ON 3 MARCH 2026\nMembers in attendance:\nCouncillor Ann Lowe, Councillor Bob Ray\n\n"
        "1. MINUTES\nAgreed.\n"
    )
    _expect(kinds, ("Councillor Ann Lowe", "Councillor Bob Ray"), "present")


# An 'Attendance' item of a meeting page with no 'Minutes:' line: people one a line under headings naming officers and
# guests, a post after a dash, a wide gap or a comma, two people sharing one line.
ITEM = """\
Agenda and minutes

Tuesday, 3rd March, 2026 10.00 am

No. Item

Attendance / Presenoldeb


Officers at the table


Ann Lowe, Assistant Chief Executive (Resources)

Bob Ray, Deputy Monitoring Officer


Other Officers


Cai Sim,

Dan Hale


Other people in attendance

Eli Moss -

Fay Dunn - Opening prayer

Gus Pike & Hal Tate  Youth Forum

Apologies for Absence / Ymddiheuriadau am absenoldeb

2.1       Apologies for absence were received from Councillors Ian Webb and Jo Kerr.
"""


def test_an_attendance_item_with_officers_headings_and_no_minutes_line_gives_in_attendance():
    kinds = _kinds(ITEM)
    _expect(kinds, ("Ann Lowe", "Bob Ray", "Cai Sim", "Dan Hale", "Eli Moss", "Fay Dunn", "Gus Pike", "Hal Tate"), "in_attendance")
    _expect(kinds, ("Councillor Ian Webb", "Councillor Jo Kerr"), "apologies")


# A parish's minute number glued to its label, the plural title with its colon after it, 'Also' run on before a titled
# name, and two names of initials run together with no comma.
GLUED = """\
MINUTES OF THE MEETING OF NETHERBY COMMUNITY COUNCIL HELD ON 4 MARCH 2026

12.PRESENT Councillors: A Lowe, B Ray, Mrs C Sim & D Hale Also PCSO Eli Moss & two members of the public

13. APOLOGIES Apologies for absence were received from Councillors: Mrs F Dunn G Pike, Mrs H Tate & I Webb

14. MINUTES The minutes were agreed.
"""


def test_a_glued_item_number_and_a_plural_title_after_the_label_give_the_title_to_each_name():
    kinds = _kinds(GLUED)
    _expect(kinds, ("Councillor A Lowe", "Councillor B Ray", "Councillor D Hale"), "present")
    _by_surname(kinds, ("Sim",), "present")


def test_also_run_on_before_a_titled_name_gives_in_attendance():
    assert _kinds(GLUED).get("PCSO Eli Moss") == "in_attendance"


def test_two_names_of_initials_run_together_are_two_entries():
    kinds = _kinds(GLUED)
    _by_surname(kinds, ("Dunn", "Pike", "Tate", "Webb"), "apologies")
    assert not any("Dunn G" in name for name in kinds), kinds
    assert run_on_parts("Mrs F Dunn G Pike") == [(0, "Mrs F Dunn "), (11, "G Pike")]
    assert run_on_parts("Cllr A B Lowe") == [(0, "Cllr A B Lowe")]


def test_a_post_after_a_name_and_comma_holds_no_name():
    assert post_then_name("Ann Lowe, Depute Chief Executive: Safer Towns") == []
    assert post_then_name("Borough Solicitor Jo Turvey")


def test_a_verb_after_the_chairs_post_is_no_name():
    kinds = _kinds(
        "MINUTES OF THE MEETING OF NETHERBY TOWN COUNCIL HELD ON 4 MARCH 2026\n"
        "Present : Councillor Ann Lowe, Mayor, Presided. Councillors B Ray, C Sim.\n\n1. MINUTES\nAgreed.\n"
    )
    assert not any("Presided" in name for name in kinds), kinds
    _expect(kinds, ("Councillor B Ray", "Councillor C Sim"), "present")


# A council's minutes page: the chair's titled name with the chair's post in a bracket wrapped onto the next line, over a
# 'Councillors:' heading and one name a line (a degree after one), officers' posts with no names, and an apologies sentence
# whose names sit under a line holding only a glyph the page's font lost.
CHAIRED = """\
Meeting documents

Ordinary Meeting of the Council
Thursday, 5th March, 2026 10.30 am

Please note: all Minutes are subject to approval at the next Meeting

PresentAndReport toReport of

COUNCILLOR A. LOWE (THE CHAIR,
PRESIDING)


Councillors:

B. Ray
C. D. Sim
E. Hale, B.A. (Hons)
F. Moss

Managing Director
Head of Legal Services
Item
No
Item/Resolution Status Action
1. APOLOGIES

Apologies for absence were received from:-

\ufffd

Councillors G. Pike, H. Tate and Corporate Director of Place.
\ufffd

Noted
2. DECLARATIONS OF INTEREST

There were no declarations of interest.
"""


def test_a_chairs_bracketed_post_above_a_councillors_heading_opens_the_members_present():
    kinds = _kinds(CHAIRED)
    _expect(kinds, ("Councillor B. Ray", "Councillor C. D. Sim", "Councillor E. Hale", "Councillor F. Moss"), "present")
    assert [kind for name, kind in kinds.items() if name.lower().endswith("lowe")] == ["present"], kinds


def test_an_apology_sentences_names_under_a_lost_glyph_line_are_read_and_a_post_is_no_name():
    kinds = _kinds(CHAIRED)
    _expect(kinds, ("Councillor G. Pike", "Councillor H. Tate"), "apologies")
    assert not any("Corporate" in name or "Director" in name for name in kinds), kinds


def test_an_apologies_labels_sentence_running_on_under_it_gives_the_names():
    kinds = _kinds(
        "MINUTES OF THE EASTMERE SCRUTINY PANEL HELD ON 3 MARCH 2026\nApologies for absence:\n"
        "were submitted on behalf of Councillors Lowe, Ray and Sim\nDeclarations of interest:\n\nThere were none.\n"
    )
    _expect(kinds, ("Councillor Lowe", "Councillor Ray", "Councillor Sim"), "apologies")


# A parish's present list run on with semicolons: another council's councillors named by its initials before the title,
# then the clerk's label after the last name.
PARISH = """\
NETHERBY PARISH COUNCIL
Minutes of the meeting held on 4 March 2026

Present: Cllr A Lowe (Chairman); Cllr B Ray; Cllr Mrs C Sim; Cllr D Hale; EDC Cllr E Moss; Parish Clerk: Mrs Fay Dunn Public: None

Apologies: Cllr G Pike.

1. Minutes Agreed.
"""


def test_a_councils_initials_before_the_title_give_another_councils_councillor_present():
    # Whoever a present block lists is present, another council's councillor included (session 22).
    kinds = _kinds(PARISH)
    assert kinds.get("EDC Cllr E Moss") == "present", kinds
    _expect(kinds, ("Cllr A Lowe", "Cllr B Ray", "Cllr Mrs C Sim", "Cllr D Hale"), "present")


def test_a_clerks_label_run_on_after_the_last_name_gives_in_attendance():
    kinds = _kinds(PARISH)
    assert [(name, kind) for name, kind in kinds.items() if "Dunn" in name] == [("Mrs Fay Dunn", "in_attendance")], kinds


MAYOR_CHAIR = (
    "EASTMERE COUNCIL\nMINUTES\n\nThe Worshipful the Mayor Councillor Ann Lowe in the Chair\n\n"
    "COUNCILLORS PRESENT:\n\nCouncillors RAY, SIM and HALE.\n\n1. MINUTES\nAgreed.\n"
)
CELL_CHAIR = (
    "Election of Chair Minutes: Councillor B Ray nominated Councillor C Sim. |\nThat Councillor C Sim be elected Chair.\n"
    "Councillor C Sim in the Chair |\nApologies Minutes: Apologies were received from Councillor D Hale. |\n"
)
DOTTED = (
    "NETHERBY PARISH COUNCIL\nMinutes of the meeting held on 4 March 2026\n2) Present:\n"
    "In the Chair A.Lowe, B.Ray, C.Sim, D.Hale, E.D.Councillor F.Moss and G.Pike (clerk).\n3) Apologies\nH Tate\n"
)


def test_the_chair_after_a_civic_post_or_before_a_cells_bar_is_present():
    assert _kinds(MAYOR_CHAIR).get("Councillor Ann Lowe") == "present"
    assert _kinds(CELL_CHAIR).get("Councillor C Sim") == "present"


def test_a_councils_dotted_initials_glued_to_the_title_give_another_councils_councillor():
    kinds = _kinds(DOTTED)
    assert (kinds.get("E.D.Councillor F.Moss"), kinds.get("F.Moss")) == ("present", None), kinds
