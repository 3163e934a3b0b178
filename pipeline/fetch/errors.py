"""Errors of fetching from a ModernGov site.

A ``DownloadError`` costs one file: the poll records its ``outcome`` and reason
and goes on. A ``SiteUnavailable`` stops the poll of one committee. Only the
poll loop, the flow and the CLI catch them.
"""

from __future__ import annotations

from extractors.errors import PapersError


class FetchError(PapersError):
    """Base of the fetcher's errors."""


class ConfigError(FetchError):
    """The TOML configuration is missing, malformed or names something invalid."""


class SiteUnavailable(FetchError):
    """Neither the web service nor the HTML pages gave a committee's meeting list."""


class DownloadError(FetchError):
    """One URL could not be fetched; ``outcome`` is ``failed`` (HTTP, network) or ``refused`` (a safety rule)."""

    outcome = "failed"

    def __init__(self, reason: str, http_status: int | None = None):
        super().__init__(" ".join(reason.split()))
        self.http_status = http_status

    @property
    def reason(self) -> str:
        return str(self)


class TransientError(DownloadError):
    """A network error, timeout, 429 or 5xx gateway error: worth retrying."""


class HttpError(DownloadError):
    """A final HTTP error status (404, 500...): retrying gives the same answer."""


class UnsafeUrl(DownloadError):
    """Not http(s), another host (also after a redirect), credentials in the URL, a login page."""

    outcome = "refused"


class TooLarge(DownloadError):
    """The body is larger than the configured limit."""

    outcome = "refused"


class TooSlow(DownloadError):
    """The request (page or download) was not over by its overall deadline."""

    outcome = "refused"


class WrongContent(DownloadError):
    """The bytes are not a PDF (an HTML error or login page served in its place) or the type is not one we take."""

    outcome = "refused"


class LengthMismatch(DownloadError):
    """The body is shorter or longer than its Content-Length: a cut or padded answer is not kept."""

    outcome = "refused"


class MalformedResponse(FetchError):
    """A web service answer or page that is not the XML or HTML a ModernGov site gives."""
