import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from extractors.readers.fiscal_year import financial_year_of, find_financial_years, format_year, is_comparison


def years(text, meeting_date=None):
    return [m.year for m in find_financial_years(text, meeting_date=meeting_date)]


def test_printed_forms():
    assert years("Crime Reduction Grant 2025/26") == ["2025/26"]
    assert years("in 2023-4 and 2024-2025") == ["2023/24", "2024/25"]
    assert years("For 2023/2024, the sessions") == ["2023/24"]
    assert years("the FY24/25 return") == ["2024/25"]
    assert years("allocations for 2026–27") == ["2026/27"]
    assert years("funding for the period 1 April 2026 to 31 March 2027.") == ["2026/27"]
    assert years("accounts for the year ending 31 March 2026") == ["2025/26"]
    assert years("the decade 1999/00") == ["1999/00"]


def test_spans_index_the_text():
    text = "Funding for the period 1 April 2026 to 31 March 2027 is £39,600."
    (match,) = find_financial_years(text)
    assert text[match.start : match.end] == match.text == "1 April 2026 to 31 March 2027"
    assert match.form == "period"


def test_plan_periods_dates_and_acts_are_not_years():
    assert years("Police and Crime Plan 2025-2029 and Making Kent Safer plan 2022-25") == []
    assert years("Licensing Act 2003, decision 2024/031, meeting on 31/03/2025") == []


def test_slash_pair_that_is_not_consecutive_is_flagged_not_guessed():
    (match,) = find_financial_years("grant 2024/26 approved")
    assert match.year is None and match.problem


def test_relative_years_need_the_meeting_date():
    text = "this financial year; the new financial year; next financial year; last year"
    assert years(text) == []
    assert years(text, dt.date(2026, 3, 31)) == ["2025/26", "2026/27", "2026/27", "2024/25"]
    assert years(text, dt.date(2025, 7, 23)) == ["2025/26", "2025/26", "2026/27", "2024/25"]


def test_financial_year_of_a_date():
    assert financial_year_of(dt.date(2026, 3, 31)) == "2025/26"
    assert financial_year_of(dt.date(2026, 4, 1)) == "2026/27"
    assert format_year(1999) == "1999/00"


@given(st.text())
def test_never_raises(text):
    for match in find_financial_years(text, meeting_date=dt.date(2024, 5, 1)):
        assert text[match.start : match.end] == match.text


@given(st.integers(min_value=1990, max_value=2098), st.sampled_from(["{a}/{b2}", "{a}-{b2}", "{a}/{b}", "FY{a2}/{b2}"]))
def test_every_printed_form_reads_back(first, form):
    text = "Grant " + form.format(a=first, b=first + 1, a2=f"{first % 100:02d}", b2=f"{(first + 1) % 100:02d}") + " ends"
    if form.startswith("FY") and first < 2000:
        return
    assert years(text) == [format_year(first)]


def test_years_printed_as_comparisons_are_marked():
    text = "grant for 2024/25, unchanged from 2023/24; up on 2022/23; as last year; the same level as 2021/22"
    found = find_financial_years(text, meeting_date=dt.date(2024, 6, 1))
    assert [(m.year, is_comparison(text, m)) for m in found] == [
        ("2024/25", False), ("2023/24", True), ("2022/23", True), ("2023/24", True), ("2021/22", True),
    ]
