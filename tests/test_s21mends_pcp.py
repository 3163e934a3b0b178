"""Regressions of review 21's findings F12-F15 and F17 on the session-21 police and crime panel / parish rules (our
own probe strings): register marks read from initials after a plural title or before a street, a visitor's late
arrival read as a present member, an officers' dashed run swallowing the next apologies line, a noted past
substitution read as present, and capitals that open a sentence read as run-in agenda headings."""

from structure_helpers import attendance_kinds as _kinds, document

from extractors.extraction import reflowed_document

_H = "Minutes of the meeting of Eastby Parish Council held on Tuesday 4 June 2024 at 7.00pm in the Village Hall.\n"


def test_f12_initials_after_a_plural_title_are_no_register_marks():
    kinds = _kinds(_H + "\nPresent: Cllrs P. Ray Smith, A. Lowe, P. Moss Hale and A. Sim.\n")
    assert "Ray Smith" not in kinds and "Moss Hale" not in kinds
    assert kinds.get("Cllr P. Ray Smith") == "present"


def test_f12_initials_before_streets_in_prose_are_no_register_marks():
    kinds = _kinds(
        _H + "\n7. PLANNING\nApplication P. 24/0012 was noted. Ref A. Green Lane, P. Church Street and P. Mill Road "
        "were all supported.\n"
    )
    assert "Church Street" not in kinds and "Mill Road" not in kinds


def test_f13_a_titled_visitor_arriving_late_is_not_a_present_member():
    kinds = _kinds(
        _H + "Present: Cllrs A Lowe (Chairman), B Ray, C Sim.\nIn attendance: Mrs E Hale (Clerk).\n"
        "Mr G Moss arrived at 7.45pm to present the Speedwatch report.\n"
    )
    assert kinds.get("Mr G Moss") != "present"
    kinds = _kinds(_H + "Present: Cllrs A Lowe (Chairman), B Ray, C Sim. Mrs E Hale (Clerk). Dr F Bell arrived at 7.40pm for item 6.\n")
    assert kinds.get("Dr F Bell") != "present"


def test_f14_a_dashed_officers_run_does_not_swallow_the_next_apologies_lines():
    kinds = _kinds(
        _H + "Present: Cllrs A Lowe (Chairman), B Ray, C Sim\nIn attendance: Ann Lowe – Clerk\n"
        "Bob Hale – Responsible Finance Officer\nCy Moss – Footpaths Officer\nApologies: Cllr D Poe\nCllr E Bell\n"
        "1. MINUTES\nThe minutes were approved.\n"
    )
    assert kinds.get("Cllr D Poe") == "apologies"
    assert kinds.get("Cllr E Bell") == "apologies"
    for name in ("Ann Lowe", "Bob Hale", "Cy Moss"):
        assert kinds.get(name) == "in_attendance", name


def test_f15_a_noted_past_substitution_is_not_present():
    kinds = _kinds(
        _H + "3. SUBSTITUTES\nIt was noted Councillor B Ray attended as a substitute at the Planning Committee last month.\n"
    )
    assert "Councillor B Ray" not in kinds


_RUN_IN_H = (
    "MINUTES of the meeting of EASTBY PARISH COUNCIL held on Tuesday 4 June 2024 at 7.30pm in the Village Hall.\n\n"
    "Present were Mr A Lowe (Chairman), Mrs B Ray and Mr C Sim.\n\n"
    "APOLOGIES FOR ABSENCE were received from Mr D Poe.\n\nTHE MINUTES of the previous meeting were approved.\n\n"
)


def _titles(text: str) -> list[str]:
    from extractors.proceedings.structure import extract_structure

    return [item.title for item in extract_structure(reflowed_document(document(text))).agenda_items]


def test_f17_acronyms_opening_a_paragraph_are_no_run_in_headings():
    titles = _titles(
        _RUN_IN_H + "NALC has offered training to new councillors.\n\nHMRC has written about the payroll.\n\n"
        "CCTV cameras at the play area were discussed.\n\nPCSO reports are now monthly.\n"
    )
    assert not {"NALC", "HMRC", "CCTV", "PCSO"} & set(titles)


def test_f17_capitals_emphasis_opening_a_sentence_is_no_run_in_heading():
    titles = _titles(
        _RUN_IN_H + "IT WAS AGREED that the Clerk would write to the County Council.\n\n"
        "THE CHAIRMAN thanked everyone for attending.\n\nA RESIDENT asked about the bus shelter.\n"
    )
    assert not {"IT WAS AGREED", "THE CHAIRMAN", "A RESIDENT"} & set(titles)
