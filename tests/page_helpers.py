"""A page of text read as the evaluation reads a file: written to a temporary file, parsed and its facts extracted."""

from __future__ import annotations

import tempfile
from pathlib import Path

from extractors.facts import extract_facts
from pipeline.read import parse_file
from schemas.facts import ExtractedFacts


def page_facts(page: str, name: str = "page.txt") -> ExtractedFacts:
    """The facts of ``page`` saved as ``name`` (its suffix picks the parser)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(page)
        return extract_facts(parse_file(path))
