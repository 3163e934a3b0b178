"""Parsers: bytes of a PDF, HTML page, text or Word file to pages with offsets (and OCR's pure half)."""
