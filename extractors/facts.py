"""The facts of one document in the contract format (``papers extract``)."""

from __future__ import annotations

from pathlib import Path

from extractors.grants import funding
from extractors.proceedings import structure
from extractors.extraction import extract_document
from schemas.extraction import DocumentExtraction
from schemas.facts import ExtractedFacts
from schemas.parsed import ParsedDocument


def to_facts(document: ParsedDocument, extraction: DocumentExtraction) -> ExtractedFacts:
    return ExtractedFacts(
        document=Path(document.path).name,
        kind=extraction.kind,
        **structure.to_contract(extraction.structure),
        **funding.to_contract(extraction.funding),
    )


def extract_facts(document: ParsedDocument) -> ExtractedFacts:
    """All facts of one document in the contract format."""
    return to_facts(document, extract_document(document))
