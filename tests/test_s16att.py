"""Attendance read on layouts of police and crime panels, parish and community councils (session 16), our own words."""

from __future__ import annotations

from extractors.proceedings.attendance_fallback import fallback_attendance


def _names(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end in fallback_attendance(text)]


def test_fallback_titles_and_post_words_come_from_the_name_reader():
    """The fallback's titles are the name reader's personal titles ('Mx' too); a post word ends a name."""
    text = "Present:\nMx Robin Hale, Cllr Ann Lowe Portfolio Holder, Mrs B Ray (Clerk)\n"
    assert _names(text) == [("present", "Mx Robin Hale"), ("present", "Cllr Ann Lowe"), ("in_attendance", "Mrs B Ray")]
