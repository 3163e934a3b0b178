"""Tables flattened to one cell per line with a text column between the name and the amount."""

from decimal import Decimal

from test_projects import projects

TABLE = (
    "The Commissioner may award grants that reduce crime in the county.\n"
    "The community safety awards which will be made in 2031-32 are set out below. Outcomes will shape the "
    "approach to commissioning in 2032-33.\n"
    "Organisation |\n"
    "Type of Funding |\n"
    "Amount |\n"
    "Ashmoor District Council |\n"
    "Community Safety Funding |\n"
    "£61,400 |\n"
    "Kestle Borough Council |\n"
    "Community Safety Funding |\n"
    "£58,250 |\n"
    "Ashmoor Youth Justice Team |\n"
    "Preventing Youth Offending |\n"
    "£90,010 |\n"
    "Total |\n"
    "|\n"
    "£209,660 |\n"
)


def test_text_column_between_name_and_amount_keeps_the_rows():
    assert [(p[0], p[1]) for p in projects(TABLE)] == [
        ("Ashmoor District Council", Decimal("61400")),
        ("Kestle Borough Council", Decimal("58250")),
        ("Ashmoor Youth Justice Team", Decimal("90010")),
    ]


def test_year_of_the_sentence_pointing_at_the_table_over_a_later_year():
    assert {p[2] for p in projects(TABLE)} == {"2031/32"}


def test_wrapped_tail_of_the_lead_in_is_no_header_cell():
    wrapped = TABLE.replace("Outcomes will shape the approach to commissioning in 2032-33.\n",
                            "Outcomes will shape the\napproach to commissioning in 2032-33.\n")
    assert {p[2] for p in projects(wrapped)} == {"2031/32"}


def test_grants_which_will_be_made_are_approved():
    assert {p[4] for p in projects(TABLE)} == {"approved"}
