"""The one spaCy pipeline: blank English with a sentencizer, built once per process.

It needs no model download, so it always works offline. Rule components
(Matcher, SpanRuler, PhraseMatcher) are created by each extractor on top of
``nlp().vocab``. spaCy refuses texts over ``nlp.max_length`` (1M characters; a
500-page pack is ~1.3M), so extractors tokenise a paper or a page at a time:
``span_doc`` returns a Doc plus the offset to add to its character indices.
"""

from __future__ import annotations

from functools import lru_cache

from typing import TYPE_CHECKING

from extractors.errors import DocumentError

if TYPE_CHECKING:  # spaCy loads on first use: a run with nothing to parse never needs it
    from spacy.language import Language
    from spacy.tokens import Doc

VERSION = "1"
# spaCy's 1M default guards the parser and NER (~1 GB per 100k characters); a blank
# pipeline with a sentencizer needs a few hundred bytes per token, so one paper may be
# one long line of 10M characters. Longer spans fail their document with a clear reason.
MAX_CHARS = 10_000_000


@lru_cache(maxsize=1)
def nlp() -> Language:
    import spacy

    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.max_length = MAX_CHARS
    return pipeline


def span_doc(text: str, start: int = 0, end: int | None = None) -> tuple[Doc, int]:
    """Tokenise ``text[start:end]``; a token's document offset is ``token.idx + start``."""
    end = len(text) if end is None else end
    if end - start > MAX_CHARS:
        raise DocumentError(f"a paper of {end - start:,} characters is too long for rule matching (limit {MAX_CHARS:,})")
    return nlp()(text[start:end]), start
