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


def test_also_in_attendance_with_colon_breaks_a_flattened_line():
    text = "Ms D Hart, Democratic Services Officer Also in attendance: Eastby Fire Service (EFS) Mr. M Bell, Chief Officer"
    assert any(b.startswith("Also in attendance:") for b in _breaks(text))


def test_also_present_inside_a_sentence_is_no_label():
    text = "the members were also present: Councillor A Lowe spoke first"
    assert not _breaks(text)


def _entries(text: str) -> list[str]:
    from extractors.proceedings.attendance_entries import list_entries

    return [text[s:e] for s, e in list_entries(text, [(0, len(text), True)])]


def test_organisation_heading_its_people_is_no_part_of_a_name():
    text = "Mr. B Moss, Director of Operations Westby Health and Care Trust Mr Sean Dale, Chief Executive Mrs Ann Cole, Director"
    names = _entries(text)
    assert "Mr Sean Dale" in names and "Mrs Ann Cole" in names


def test_org_initials_in_brackets_before_a_title():
    assert "Mr. M Bell" in _entries("Eastby Fire Service (EFS) Mr. M Bell, Chief Officer")


def test_a_surname_before_a_title_is_kept_apart():
    # 'Ann Lowe Mr Bob Ray': a person's name before a title is no organisation: both read.
    names = _entries("Ann Lowe Mr Bob Ray, Clerk")
    assert any("Bob Ray" in n for n in names)
