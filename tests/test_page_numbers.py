import pytest

from extractors.parsing.page_numbers import printed_page_number


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Body text\n\nPage 29\n", 29),
        ("Body text\n12", 12),
        ("Body\nPage 3 of 12\n", 3),
        ("Body\n- 4 -\n", 4),
        ("Body\nPage 7\nKent County Council\n", 7),
        ("Body text\n4.1 The KCSP is asked to note", None),
        ("Costs rose by 12%\n", None),
        ("Signed off\n2025\n", None),
        ("Body\nPage 2025\n", 2025),
        ("", None),
    ],
)
def test_footer_number(text: str, expected: int | None):
    assert printed_page_number(text) == expected
