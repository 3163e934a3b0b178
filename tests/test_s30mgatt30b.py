"""Session 30 (mgatt30b): attendance labels of flattened council minutes, split or run on."""

from extractors.proceedings.attendance_labels import INLINE_LABEL, matched_kind


def _labels(text: str) -> list[tuple[str, str]]:
    return [(matched_kind(m), text[m.end() : m.end() + 8]) for m in INLINE_LABEL.finditer(text)]


def test_label_split_around_its_first_entry_gives_in_attendance():
    # 'Officers in' / 'Attendance:' printed on two lines of a label cell, the first officer between them.
    text = "Councillors Ashby and Jessop Officers in Mr P Rowan, Chief Executive Attendance: Dr Keane, Planning Manager"
    assert ("in_attendance", "Mr P Row") in _labels(text)


def test_officers_in_without_the_rest_of_the_label_is_no_label():
    text = "Councillors Ashby and Jessop Officers in Planning Services reported on the site visit."
    assert not _labels(text)


def test_split_label_rest_too_far_is_no_label():
    text = ("Jessop Officers in Mr P Rowan, Chief Executive of the Westmere and Northby Joint Waste and Recycling "
            "Partnership Board Attendance: Dr Keane")
    assert not _labels(text)
