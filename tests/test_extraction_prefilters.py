"""Cheap word checks that skip sentence splitting must never skip a block the full rule would match."""

import pytest

from extractors.grants.project_recipients import _LEAD_WORD, _RECIPIENTS_WERE, may_have_lead


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
    assert may_have_lead(sentence) and may_have_lead(sentence.upper()) and may_have_lead(sentence + " –")


def test_recipient_lead_word_check_skips_plain_prose():
    plain = "The committee noted the report on street lighting and agreed the next steps."
    assert not _LEAD_WORD.search(plain)
    assert not may_have_lead(plain) and not may_have_lead(plain + " –")


def _spacy_sentence(text: str, start: int) -> str:
    """What ``dated_events._sentence`` read before its shortcut: spaCy's sentence holding ``start``."""
    from extractors.readers.nlp import span_doc

    doc, _ = span_doc(text)
    found = next((s.text for s in doc.sents if s.start_char <= start < s.end_char), text)
    return " ".join(found.split())


@pytest.mark.parametrize(
    "text",
    [
        "Meeting date 12 March 2025 in the Willow Room",
        "Meeting date 12 March 2025 in the Willow Room ",
        "Meeting date   12 March 2025\tin the   Willow Room  ",
    ],
)
def test_dated_event_sentence_without_full_stop_is_its_window(text):
    from extractors.proceedings.dated_events import _sentence

    start = text.index("12")
    assert _sentence(text, start, start + 13, 0, len(text)) == _spacy_sentence(text, start)


def test_dated_event_sentence_one_over_the_limit_still_asks_spacy():
    from extractors.proceedings.dated_events import _LONGEST_SENTENCE, _sentence

    text = "Held on 12 March 2025 " + "x" * (_LONGEST_SENTENCE - 22) + " "
    assert len(text) == _LONGEST_SENTENCE + 1
    assert _sentence(text, 8, 21, 0, len(text)) == _spacy_sentence(text, 8)


def test_recipient_lead_word_check_keeps_letters_the_pattern_folds():
    for text in ("the \u017fhared fund", "the chosen groups", "recIpients were", "RECIPIENTS WERE £"):
        assert may_have_lead(text) == bool(_LEAD_WORD.search(text)) is True
    assert may_have_lead("rec\u0131p\u0130ents were") is bool(_LEAD_WORD.search("rec\u0131p\u0130ents were"))
