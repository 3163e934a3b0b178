"""Process: parse and extract one file into its fact rows. Runs in the workers; writes nothing.

Content this process extracted recently is not extracted again (``reuse``): a copy costs its parse."""

from __future__ import annotations

from typing import Sequence

from pydantic import ValidationError

from extractors.errors import DocumentError
from pipeline import search_index
from pipeline.ingest import reuse
from pipeline.ingest.outcomes import Candidate, DocumentResult
from pipeline.ingest.records import page_records, search_units
from pipeline.read import parse_file
from schemas.extraction import DocumentExtraction
from schemas.parsed import ParsedDocument


def extract_document(parsed: ParsedDocument) -> DocumentExtraction:
    """``extractors.extraction.extract_document``, imported on first use: it loads spaCy, which a
    run with nothing to parse never needs (the workers' forkserver imports it up front)."""
    from extractors.extraction import extract_document as extract

    return extract(parsed)


def fact_rows(parsed: ParsedDocument, extraction: DocumentExtraction):
    """``pipeline.rows.fact_rows``, imported on first use: it imports the registry and so every
    extractor, which the ingest process itself never needs (the workers' forkserver preloads it)."""
    from pipeline.rows import fact_rows as rows

    return rows(parsed, extraction)


def process_document(candidate: Candidate) -> DocumentResult:
    """Parse and extract one file. A ``DocumentError`` or an unexpected bug becomes a failed result.

    Records that fail validation quarantine the whole document (status failed, the
    first error as reason): a paper is loaded whole or not at all.
    """
    try:
        parsed = parse_file(candidate.path, ocr=candidate.ocr)
        if parsed.sha256 != candidate.sha256:
            raise DocumentError("the file changed while it was being ingested; run again")
        extraction, cached, key = reuse.CACHE.extract(parsed, extract_document)
        rows = fact_rows(parsed, extraction)
        units = search_units(parsed.sha256, parsed.title, page_records(parsed), rows, count=False)
        search_index.add_terms([search_index.count_unit(unit) for unit in (cached.fill_terms(units) if cached else units)])
        if cached is None:
            reuse.CACHE.put(key, parsed, extraction, units)
        return DocumentResult(candidate, parsed=parsed, extraction=extraction, rows=rows, search_units=units)
    except DocumentError as error:
        return DocumentResult(candidate, status=error.status, error=error.reason)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return DocumentResult(
            candidate, status="failed",
            error=f"quarantined: an extracted {error.title} failed validation at {where}: {first['msg']}",
        )
    except Exception as error:  # a bug must cost one document, never the run
        return DocumentResult(candidate, status="failed", error=f"internal error: {type(error).__name__}: {error}")


def process_batch(candidates: Sequence[Candidate]) -> list[DocumentResult]:
    return [process_document(candidate) for candidate in candidates]
