"""Session 23 layouts of s36/s37 (our own words): a members' grid of pipe-ruled name cells and its two-cell minute rows,
parish minutes numbered by running minute numbers from their opening sentence with a present list of posts before
dashes, and a grant budget's table whose header names each column's kind."""

from __future__ import annotations

from structure_helpers import attendance_kinds, document

from extractors.extraction import reflowed_document
from extractors.grants import funding
from extractors.grants.allocation_columns import column_totals
from extractors.grants.funding_layout import FundingLayout
from extractors.proceedings.attendance_initialled_lines import initialled_lines
from extractors.proceedings.attendance_name_grid import name_grid
from extractors.proceedings.attendance_post_groups import post_groups
from extractors.proceedings.attendance_witnesses import witnesses
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.structure import extract_structure
from tests.funding_helpers import document as funding_document

_GRID = """\
MEMBERS IN ATTENDANCE

|A Abbott |C D Fenwick |K Mallory |
|B J Ashcombe |E F Garrow(Chairman) |L M Norcott |
|C Birkin |G H Holt | |
| |

|Upon consideration of the agenda, decisions were reached as follows:- |
|1. |ELECTION OF CHAIRMAN |
| |The Chairman called for nominations. |
|2. |APPOINTMENT OF COMMITTEES |
| |The committees were appointed. |
"""


def test_ruled_name_grid_read_column_by_column() -> None:
    names = [_GRID[s:e] for s, e in name_grid(_GRID, 0, len(_GRID))]
    assert names == ["A Abbott", "B J Ashcombe", "C Birkin", "C D Fenwick", "E F Garrow(Chairman)", "G H Holt", "K Mallory", "L M Norcott"]
    kinds = attendance_kinds(_GRID)
    assert kinds["E F Garrow"] == "present" and kinds["L M Norcott"] == "present"


def test_ruled_grid_needs_its_label_and_name_cells() -> None:
    unlabelled = _GRID.replace("MEMBERS IN ATTENDANCE", "Schedule of members")
    assert name_grid(unlabelled, 0, len(unlabelled)) == []
    places = "Present\n\n|Eastby Hall |North Road |\n|Mill Lane |Fell Green |\n|Oak Close |Ash Row |\n"
    assert name_grid(places, 0, len(places)) == []


def test_two_cell_minute_rows_are_items() -> None:
    items = find_minuted_items(_GRID)
    assert [(i.number, i.title) for i in items] == [("1", "ELECTION OF CHAIRMAN"), ("2", "APPOINTMENT OF COMMITTEES")]


_RUNNING = """\
Monday 1st March 2027
4410. CONFIRMED minutes of an ordinary meeting of the Hollowmere Parish Council held on
Monday 1st March 2027 at 7.30pm at the Reading Room, Hollowmere.
4411. Present:
Chairman – A.B Quenby (Alan), Vice Chairman – C. Dorling (Cath)
Parish Councillors – E Farrant (Ed), G. Hulme (Gina) K Lutton (Kay)
Deputy Clerk – O. Penrose (Olly)
County Councillor for Hollowmere – R Sutter (Rob)
4412. Apologies for Absence – none were received.
4413. Approval of the Minutes – The minutes of the previous
meeting were APPROVED.
4414. Planning – no applications were received.
"""


def test_running_number_opens_the_minutes_sentence() -> None:
    found = extract_structure(reflowed_document(document(_RUNNING)))
    assert [(m.body, m.date.isoformat(), m.time) for m in found.meetings] == [("Hollowmere Parish Council", "2027-03-01", "19:30")]
    assert [(i.number, i.title) for i in found.agenda_items] == [
        ("4411", "Present"), ("4412", "Apologies for Absence"), ("4413", "Approval of the Minutes"), ("4414", "Planning"),
    ]


def test_post_groups_give_kinds_and_roles() -> None:
    found = {_RUNNING[s:e]: (kind, role) for kind, s, e, role in post_groups(_RUNNING, 0, len(_RUNNING))}
    assert found == {
        "A.B Quenby": ("present", "Chairman"), "C. Dorling": ("present", "Vice Chairman"), "E Farrant": ("present", None),
        "G. Hulme": ("present", None), "K Lutton": ("present", None), "O. Penrose": ("in_attendance", "Deputy Clerk"),
        "R Sutter": ("in_attendance", "County Councillor for Hollowmere"),
    }


def test_post_of_no_known_kind_is_not_read() -> None:
    text = "Present:\nWebsite Volunteer – A Lowe (Ann)\nChairman – B Ray (Bob)\n"
    assert [(text[s:e], kind) for kind, s, e, _ in post_groups(text, 0, len(text))] == [("B Ray", "present")]


_COLUMNS = """\
The Panel noted the projects proposed for 2026 / 2027.

Spend to date
Investment Priority Total Allocation 2026/2027   Actual spend to date 10 March 2027   Left to allocate
Communities and Place   £12000.00   £8000.50  £3999.50
Local Business  £2500.00  £600.00  £1900.00

The Panel approved all projects and associated spend to date.
"""


def _allocations(text: str) -> list[tuple]:
    found = funding.to_contract(funding.extract_funding(funding_document(text)))["allocations"]
    return sorted((a.kind, float(a.amount), a.financial_year) for a in found)


def test_column_header_names_each_figures_kind() -> None:
    assert _allocations(_COLUMNS) == [
        ("approved_total", 600.0, "2026/27"), ("approved_total", 8000.5, "2026/27"),
        ("grant_total", 2500.0, "2026/27"), ("grant_total", 12000.0, "2026/27"),
        ("remaining", 1900.0, "2026/27"), ("remaining", 3999.5, "2026/27"),
    ]


def test_monitoring_column_makes_no_grant_table() -> None:
    text = _COLUMNS.replace("Left to allocate", "Left to allocate   Variance").replace("£3999.50", "£3999.50  £0.00").replace(
        "£1900.00", "£1900.00  £0.00"
    )
    assert column_totals(FundingLayout(funding_document(text)), set()) == []
    assert len(column_totals(FundingLayout(funding_document(_COLUMNS)), set())) == 6


_WELCOME = """\
1. Welcome and introductions
CC Ann Lowe (AL)
Bob Ray (BR)
Cy Sim (CS)
2. Minutes
"""


def test_initialled_lines_under_welcome_are_present() -> None:
    assert [_WELCOME[s:e] for s, e in initialled_lines(_WELCOME, 0, len(_WELCOME))] == ["CC Ann Lowe (AL)", "Bob Ray (BR)", "Cy Sim (CS)"]
    assert attendance_kinds(_WELCOME) == {"CC Ann Lowe": "present", "Bob Ray": "present", "Cy Sim": "present"}


def test_initialled_lines_need_own_initials_and_heading() -> None:
    acronyms = _WELCOME.replace("(BR)", "(NHS)")
    assert initialled_lines(acronyms, 0, len(acronyms)) == []
    unheaded = _WELCOME.replace("1. Welcome and introductions", "1. Action owners")
    assert initialled_lines(unheaded, 0, len(unheaded)) == []


def test_titled_column_reads_comma_lines_after_posts() -> None:
    text = "Present:\nCouncillors\nA Lowe (Mayor)\nB Ray (Deputy Mayor)\nC Sim, D Tam, E Vale,\nF Webb, and G Yeo\n\nIn attendance:\nH Zee – Town Clerk\n"
    kinds = attendance_kinds(text)
    assert {name: kinds[name] for name in ("Councillor C Sim", "Councillor E Vale", "Councillor F Webb", "Councillor G Yeo")} == dict.fromkeys(
        ("Councillor C Sim", "Councillor E Vale", "Councillor F Webb", "Councillor G Yeo"), "present"
    )


def test_lettered_reference_alone_over_its_title() -> None:
    text = "PCS 1/27\n\nApologies for Absence\n\nNone were received.\n\nPCS 2/27\n\nDeclarations of Interest\n\nNone were declared.\n"
    assert [(i.number, i.title) for i in find_minuted_items(text)] == [("PCS 1/27", "Apologies for Absence"), ("PCS 2/27", "Declarations of Interest")]


def test_officers_attending_label_run_on_in_a_paragraph() -> None:
    text = (
        "Minutes of the meeting held at Shire Hall on 2 March 2027 Present: Ann Lowe (Chairman), Cara Sim and Dan Tam "
        "Officers Attending: Gil Yeo (Police and Crime Commissioner) and Jon Bale (Chief Constable). The Panel met.\n"
    )
    kinds = attendance_kinds(text)
    assert (kinds["Dan Tam"], kinds["Gil Yeo"], kinds["Jon Bale"]) == ("present", "in_attendance", "in_attendance")


def test_flat_row_title_stops_at_its_bracketed_note() -> None:
    text = (
        "No. | Item |\n---|---|\nApologies Minutes: There were none |\n|\n"
        "Deputations (NOTE: The Board is required to receive deputations on a matter before it.)\nMinutes: There were none. |\n|\n"
    )
    titles = [i.title for i in extract_structure(reflowed_document(document(text))).agenda_items]
    assert titles == ["Apologies", "Deputations"]


def test_clerk_line_with_a_count_of_the_public() -> None:
    text = "Present: Cllr Lowe (Chair), Cllr Mrs Ray, Cllrs Sim, Tam, and Vale.\nMrs B. Webb (Clerk) and 4 members of the public.\nThe Chair opened the meeting.\n"
    assert attendance_kinds(text)["Mrs B. Webb"] == "in_attendance"


def test_witnesses_label_lists_those_giving_evidence() -> None:
    text = "Members present:\n\nMr A Lowe (Chairperson)\nMr C Sim\n\nWitnesses:\n\nMs Fay Webb, Eastshire Inspectorate\nMr Gil Yeo, Eastshire Inspectorate\n\n\nReview of Provision\n"
    assert [(text[s:e], body) for s, e, body in witnesses(text, 0, len(text))] == [
        ("Ms Fay Webb", "Eastshire Inspectorate"), ("Mr Gil Yeo", "Eastshire Inspectorate"),
    ]
    kinds = attendance_kinds(text)
    assert (kinds["Ms Fay Webb"], kinds["Mr Gil Yeo"]) == ("in_attendance", "in_attendance")
