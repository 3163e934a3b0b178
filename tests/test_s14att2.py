"""Attendance on ModernGov item pages and fire-authority minutes: a minute restated under its item's 'Decision:'
label (the minute under 'Minutes:' is the record)."""

from extractors.facts import extract_facts
from tests.structure_helpers import document

_RESTATED = (
    "Agenda, decisions and minutes\n\n"
    "Venue: Guild Hall, Brookford\n\n"
    "Items\nNo. Item\n\n"
    "12.\n\nApologies for Absence\n\nPresented By: Chair\n\nDecision:\n\n"
    "Apologies for absence were received from Councillor Theodora Marsh (Elmside) and Ned Vale (Brookford Chamber).\n\n"
    "Minutes:\n\n"
    "Apologies for absence were received from Councillor Theo Marsh (Elmside) and Ned Vale (Brookford Chamber).\n\n"
    "13.\n\nMinutes - 1 May 2025\n\nDecision:\n\nAgreed as a correct record.\n\n"
    "Minutes:\n\nThe minutes of the meeting held on 1 May 2025 were agreed as a correct record.\n"
)


def _attendees(text: str) -> list[tuple[str, str]]:
    return [(a["name"], a["attendance"]) for a in extract_facts(document(text)).model_dump(mode="json")["attendees"]]


def test_a_minute_restated_under_its_decision_label_is_read_from_the_minute() -> None:
    found = _attendees(_RESTATED)
    assert ("Councillor Theo Marsh", "apologies") in found
    assert ("Ned Vale", "apologies") in found
    assert not any("Theodora" in name for name, _ in found)
    assert len(found) == 2


def test_a_decision_block_without_a_minute_after_it_is_still_read() -> None:
    text = _RESTATED.split("Minutes:\n\nApologies")[0].replace("13.\n\n", "")
    found = _attendees(text + "\n")
    assert ("Councillor Theodora Marsh", "apologies") in found


_TITLED_COLUMN = (
    "BROOKFORD FIRE AND RESCUE AUTHORITY\n\n"
    "Minutes of the meeting of Brookford Fire and Rescue Authority held on Monday 3 March 2025 at Guild Hall, Brookford.\n\n"
    "PRESENT\n\n"
    "Councillor \n"
    "A Lowe (Chair) Brookford County Council\n"
    "B R Ray Elmside Borough Council\n"
    "M Ll Pryce Elmside Borough Council\n"
    "T Hale-Moss Brookford County Council\n\n"
    "APOLOGIES\n\n"
    "Councillor \n"
    "C Sim Brookford County Council\n"
    "D Poe Elmside Borough Council\n\n"
    "1 DECLARATIONS OF INTEREST\n\nNone were declared.\n"
)


def test_a_lone_title_under_the_label_titles_each_member_line_after_it() -> None:
    found = _attendees(_TITLED_COLUMN)
    assert ("Councillor A Lowe", "present") in found
    assert ("Councillor B R Ray", "present") in found
    assert ("Councillor M Ll Pryce", "present") in found
    assert ("Councillor T Hale-Moss", "present") in found
    assert ("Councillor C Sim", "apologies") in found
    assert ("Councillor D Poe", "apologies") in found
    assert not any("Council" in name.split()[-1] for name, _ in found)
    assert len(found) == 6


def test_member_lines_of_another_shape_are_not_read_under_a_lone_title() -> None:
    text = _TITLED_COLUMN.replace("A Lowe (Chair) Brookford County Council", "Ann Lowe of the Brookford Forum")
    found = _attendees(text)
    assert not any("Forum" in name or "Ray" in name for name, _ in found if _ == "present")
