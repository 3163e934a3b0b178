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


def _officers(text: str) -> list[str]:
    from extractors.proceedings.attendance_dashed_run import dashed_run

    return [text[s:e] for s, e, _ in dashed_run(text, 0, len(text))[0]]


def test_post_first_dashed_officers_run():
    text = ("Officers Present : Chief Executive - J Rowan Director of Finance and Governance – S Nolan "
            "ICT Officer – A Pryce Member Services Manager – V Quarry\n")
    assert _officers(text) == ["J Rowan", "S Nolan", "A Pryce", "V Quarry"]


def test_post_first_run_label_wrapped_before_present():
    text = "Officers\nPresent : Chief Executive - J Rowan Director of Operations – G Marlow Borough Lawyer – P Orme\n"
    assert _officers(text) == ["J Rowan", "G Marlow", "P Orme"]


def test_post_first_run_needs_a_post_word_before_the_first_dash():
    text = "Officers Present : Westby Road - J Rowan Director of Operations – G Marlow Borough Lawyer – P Orme\n"
    assert _officers(text) == []


def test_post_first_run_of_two_is_no_run():
    text = "Officers Present : Chief Executive - J Rowan Director of Operations – G Marlow\n"
    assert _officers(text) == []


def test_with_a_councillor_substituting_is_present():
    from extractors.proceedings.attendance_table import _SUBSTITUTE

    match = _SUBSTITUTE.search("Apologies were received from Cllrs Fenwick and Garvey with Cllr Hollis substituting.")
    assert match and match["with"] == "Cllr Hollis"


def test_with_no_name_before_substituting_is_none():
    from extractors.proceedings.attendance_table import _SUBSTITUTE

    match = _SUBSTITUTE.search("The item was deferred, with officers substituting a revised report.")
    assert not (match and match["with"])
