"""Run every extractor over a parsed document and assemble the contract's JSON facts."""

from __future__ import annotations

from pathlib import Path

from extractors import kind, structure
from schemas.facts import ExtractedFacts
from schemas.parsed import ParsedDocument


def extract_facts(document: ParsedDocument) -> ExtractedFacts:
    """All facts of one document in the contract format."""
    found = structure.extract_structure(document)
    return ExtractedFacts(
        document=Path(document.path).name,
        kind=kind.classify(document),
        **structure.to_contract(found),
    )
