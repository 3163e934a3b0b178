"""Small builders shared by the money extractors' tests."""

from __future__ import annotations

import json
from pathlib import Path

from schemas.parsed import ParsedDocument


def document(*pages: str, tables=None) -> ParsedDocument:
    return ParsedDocument.from_page_texts(
        list(pages), tables=tables, sha256="0" * 64, path="variant.txt", format="text", parser="test"
    )


def contract_json(contract: dict) -> dict:
    return {name: [json.loads(item.model_dump_json()) for item in items] for name, items in contract.items()}


def gold(stem: str, shared: Path) -> dict:
    return json.loads((shared / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def funding_contract(*pages: str, tables=None) -> dict:
    """The funding extractor's contract (allocations, projects, ...) of a document of ``pages``."""
    from extractors.grants import funding

    return funding.to_contract(funding.extract_funding(document(*pages, tables=tables)))


def project_pairs(text: str) -> list[tuple[str, float | None]]:
    """(name, amount) of every project the funding extractor reads from one page of ``text``."""
    result = funding_contract(text)
    return [(p.name, float(p.amount) if p.amount is not None else None) for p in result["projects"]]
