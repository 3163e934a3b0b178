"""Cheap word checks that skip sentence splitting must never skip a block the full rule would match."""

import pytest

from extractors.grants.project_recipients import _LEAD_WORD, _RECIPIENTS_WERE


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the twelve recipients were Alder Choir, Beech Radio and Cedar Club.",
        "The successful applicants were Alder Choir, Beech Radio and Cedar Club.",
        "The organisations selected included Alder Choir, Beech Radio and Cedar Club.",
        "Those benefitting from the spring funding include; Alder Choir; Beech Radio; Cedar Club.",
        "The fund will be shared by local projects including Alder Choir, Beech Radio and Cedar Club.",
        "Groups awarded in this round, including Alder Choir, Beech Radio and Cedar Club.",
        "The round sees several charities benefit, including Alder Choir, Beech Radio and Cedar Club.",
    ],
)
def test_recipient_lead_word_check_keeps_every_lead(sentence):
    assert _RECIPIENTS_WERE.search(sentence)
    assert _LEAD_WORD.search(sentence)


def test_recipient_lead_word_check_skips_plain_prose():
    assert not _LEAD_WORD.search("The committee noted the report on street lighting and agreed the next steps.")
