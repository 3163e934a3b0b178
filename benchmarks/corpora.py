"""The benchmark's three corpora: generated packs, the rendered sample papers repeated, and a mix.

Real publication repeats itself: a report is printed in its agenda pack and published alone, and a
re-published version differs by a byte. ``samples`` and ``mixed`` make that repetition measurable:

* ``generated``: ``corpus.write_corpus`` packs (varied names, amounts and dates from a seed);
* ``samples``: the rendered sample papers in ``raw/samples/`` copied ``copies`` times, each copy
  made a new document by a trailing PDF comment after ``%%EOF`` (readers ignore it), so the
  content repeats while every file hashes differently;
* ``mixed``: generated packs plus about one near-duplicate for every four packs (20 % of the
  corpus): alternately the middle pages of a pack saved alone (the same paper in a pack and on
  its own) and a re-published copy of a whole pack (one trailing byte sequence different).

Every corpus is byte-identical for the same arguments, and files already written are kept.
"""

from __future__ import annotations

from pathlib import Path

from corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "raw" / "samples"
CORPORA = ("generated", "samples", "mixed")


def _republished(source: Path, target: Path, tag: str) -> Path:
    """``source``'s bytes plus a trailing comment: the same PDF to a reader, a new file to a hash."""
    if not target.exists():
        target.write_bytes(source.read_bytes() + f"\n% republished copy {tag}\n".encode())
    return target


def _extracted(source: Path, target: Path) -> Path:
    """The middle third of ``source``'s pages saved as a PDF of their own (a paper published alone)."""
    if target.exists():
        return target
    import pypdfium2 as pdfium

    pack = pdfium.PdfDocument(source.read_bytes())
    alone = pdfium.PdfDocument.new()
    try:
        count = len(pack)
        first = count // 3
        alone.import_pages(pack, list(range(first, max(first + 1, 2 * count // 3))))
        with target.open("wb") as handle:
            alone.save(handle)
    finally:
        alone.close()
        pack.close()
    return target


def samples_corpus(out: Path, copies: int) -> list[Path]:
    """``copies`` of every rendered sample paper, each copy a distinct file of the same content."""
    out.mkdir(parents=True, exist_ok=True)
    sources = sorted(SAMPLES.glob("*.pdf"))
    if not sources:
        raise SystemExit(f"no rendered sample papers in {SAMPLES} (make render-samples writes them)")
    return [
        _republished(source, out / f"{source.stem}_copy{copy:04d}.pdf", f"{copy}")
        for copy in range(copies)
        for source in sources
    ]


def mixed_corpus(out: Path, docs: int, seed: int, processes: int = 1) -> list[Path]:
    """``docs`` generated packs and ``docs // 4`` near-duplicates of them, alternating kinds."""
    packs = write_corpus(out, docs, seed, processes)
    extra = []
    for index, pack in enumerate(packs[: docs // 4]):
        if index % 2 == 0:
            extra.append(_extracted(pack, out / f"{pack.stem}_alone.pdf"))
        else:
            extra.append(_republished(pack, out / f"{pack.stem}_v2.pdf", "v2"))
    return packs + extra


def build(kind: str, out: Path, docs: int, seed: int, processes: int = 1) -> tuple[Path, list[Path]]:
    """(folder, files) of corpus ``kind``; ``docs`` is packs for generated/mixed, copies for samples."""
    if kind == "generated":
        folder = out / f"corpus-seed{seed}-{docs}"
        return folder, write_corpus(folder, docs, seed, processes)
    if kind == "samples":
        folder = out / f"samples-x{docs}"
        return folder, samples_corpus(folder, docs)
    if kind == "mixed":
        folder = out / f"mixed-seed{seed}-{docs}"
        return folder, mixed_corpus(folder, docs, seed, processes)
    raise SystemExit(f"unknown corpus {kind!r}: one of {', '.join(CORPORA)}")
