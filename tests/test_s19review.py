"""Regressions found by the session's review: a glued date read out of a code, a planning term read as a title, a
won bid read as an ask."""

from __future__ import annotations

import datetime as dt

from extractors.readers.dates import find_dates
from extractors.readers.names import looks_like_name


def _dates(text: str) -> list[dt.date]:
    return [span.date for span in find_dates(text)]


def test_regression_glued_date_is_not_read_out_of_a_code_in_capitals() -> None:
    assert dt.date(2020, 3, 19) not in _dates("Recovery plan after COVID19 March 2020 onwards")


def test_regression_glued_date_after_a_lower_case_word_is_still_read() -> None:
    assert _dates("Minutes of the Tarn Board14 June 2019 at 10.00am") == [dt.date(2019, 6, 14)]


def test_regression_dco_is_no_personal_title() -> None:
    assert not looks_like_name("DCO Examination", honorific_required=True)
    assert looks_like_name("ACO Dan Hale", honorific_required=True)


def test_regression_a_successful_bid_is_no_request() -> None:
    from extractors.grants.allocation_cues import requested

    assert not requested("The partnership made a successful bid for ", "")
    assert requested("The club lodged its bid for ", "")
