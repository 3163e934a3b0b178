"""Shared readers every extractor uses: money, dates, financial years, spans, names, sentences."""
