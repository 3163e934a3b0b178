"""Session 30 (mgatt30): attendance labels of flattened council minutes."""

from extractors.readers.runon_attendance import label_breaks


def _breaks(text: str) -> list[str]:
    return [text[i + 1 : i + 20] for i in label_breaks(text, 0, len(text))]


def test_in_the_chair_label_breaks_a_flattened_line():
    text = "Minutes of a Meeting held in the Oak Room, Townhall, Eastby In the Chair: Councillor A Lowe In attendance: (Councillors) Councillor B Ray"
    assert any(b.startswith("In the Chair:") for b in _breaks(text))


def test_in_the_chair_in_a_sentence_is_no_label():
    text = "The deputy sat in the Chair: Councillor A Lowe arrived later."
    assert not any(b.startswith("in the Chair") for b in _breaks(text))


def test_in_the_chair_without_a_titled_name_is_no_label():
    text = "Minutes of the Board, Eastby In the Chair: vacant until the election of a new member"
    assert not any(b.startswith("In the Chair") for b in _breaks(text))
