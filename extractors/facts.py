"""Run every extractor over a parsed document and assemble the contract's JSON facts."""

from __future__ import annotations

from pathlib import Path

from extractors import kind
from schemas.facts import ExtractedFacts
from schemas.parsed import ParsedDocument


def extract_facts(document: ParsedDocument) -> ExtractedFacts:
    """All facts of one document; lists stay empty until their extractor exists."""
    return ExtractedFacts(document=Path(document.path).name, kind=kind.classify(document))
