"""The fetcher's settings and the TOML file that lists sites, committees, window and schedule.

``papers.example.toml`` at the top of the repository is the commented example.
Relative paths in the file are read from the file's own folder, so a scheduled
run finds the same warehouse whatever its working directory.
"""

from __future__ import annotations

import datetime as dt
import tomllib
import zoneinfo
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.fetch.errors import ConfigError

DEFAULT_USER_AGENT = (
    "committee-papers/0.1 (scheduled fetch of public committee papers; "
    "set fetch.user_agent in papers.toml to add a contact address)"
)


class _Config(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FetchSettings(_Config):
    """Politeness and safety limits of every request."""

    user_agent: str = Field(default=DEFAULT_USER_AGENT, min_length=8, description="User-Agent header sent.")
    min_interval_seconds: float = Field(default=1.0, ge=0, description="Least time between two requests to a site.")
    requests_per_minute: int | None = Field(
        default=None, ge=1, description="At most this many requests to a host in any minute (none: the interval alone)."
    )
    timeout_seconds: float = Field(default=30.0, gt=0, description="Connect and read timeout of one request.")
    max_seconds: float = Field(default=300.0, gt=0, description="Longest one request (a page or a download, with its redirects and retries) may take in total.")
    max_bytes: int = Field(default=100_000_000, gt=0, description="Largest file accepted.")
    retries: int = Field(default=3, ge=0, le=10, description="Retries of a transient error (network, 429, 502-504).")
    backoff_seconds: float = Field(default=2.0, ge=0, description="First retry delay; doubles on each retry.")
    days_back: int = Field(default=90, ge=0, description="Default window: meetings up to this many days ago...")
    days_ahead: int = Field(default=60, ge=0, description="...and up to this many days ahead.")

    def window(self, today: dt.date, since: dt.date | None = None, until: dt.date | None = None) -> tuple[dt.date, dt.date]:
        start = since or today - dt.timedelta(days=self.days_back)
        end = until or today + dt.timedelta(days=self.days_ahead)
        if end < start:
            raise ConfigError(f"the window ends ({end}) before it starts ({start})")
        return start, end


def check_site_url(url: str) -> str:
    """A ModernGov site's base URL, normalised to end with '/'; raises ConfigError when unusable."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"site {url!r}: give the site's address, e.g. https://democracy.kent.gov.uk")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ConfigError(f"site {url!r}: no credentials, query or fragment, just the site's address")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"{parts.scheme}://{parts.netloc.lower()}{path}"


def _site_url(value: str) -> str:
    try:
        return check_site_url(value)
    except ConfigError as error:
        raise ValueError(str(error)) from None


class Source(_Config):
    """One committee of one site: what a poll fetches."""

    site_url: str = Field(description="Base URL of the ModernGov site.")
    committee_id: int = Field(gt=0, description="Committee id (CId), e.g. 519.")
    requests_per_minute: int | None = Field(default=None, ge=1, description="This site's own budget, over fetch's.")

    @field_validator("site_url")
    @classmethod
    def _site(cls, value: str) -> str:
        return _site_url(value)


class SiteConfig(_Config):
    url: str = Field(description="Base URL of the ModernGov site.")
    committees: list[int] = Field(min_length=1, description="Committee ids (CId) to poll.")
    requests_per_minute: int | None = Field(default=None, ge=1, description="This site's own budget, over fetch's.")

    @field_validator("url")
    @classmethod
    def _site(cls, value: str) -> str:
        return _site_url(value)


class ScheduleConfig(_Config):
    cron: str = Field(default="0 6 * * *", description="When to poll, a five-field cron expression.")
    timezone: str = Field(default="Europe/London", description="IANA time zone the cron expression is read in.")
    deployment: str = Field(default="moderngov-daily", min_length=1, description="Name of the Prefect deployment.")

    @field_validator("cron")
    @classmethod
    def _cron(cls, value: str) -> str:
        if len(value.split()) != 5:
            raise ValueError(f"{value!r} is not a five-field cron expression (minute hour day month weekday)")
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value


class PapersConfig(_Config):
    warehouse: str = Field(default="warehouse/papers.duckdb", description="DuckDB warehouse file.")
    raw: str = Field(default="raw", description="Folder the downloads go to (raw/<site>/<committee>/<date>/).")
    schedule: ScheduleConfig = Field(default_factory=ScheduleConfig)
    fetch: FetchSettings = Field(default_factory=FetchSettings)
    sites: list[SiteConfig] = Field(default_factory=list)

    def sources(self) -> list[Source]:
        return [
            Source(site_url=site.url, committee_id=c, requests_per_minute=site.requests_per_minute)
            for site in self.sites for c in site.committees
        ]


def load_config(path: str | Path) -> PapersConfig:
    """Read and validate the TOML file; relative warehouse and raw paths are made absolute from its folder."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"no configuration file {path}: copy papers.example.toml and edit it") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path} is not valid TOML: {error}") from None
    try:
        config = PapersConfig.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top level)"
        raise ConfigError(f"{path}: {where}: {first['msg']}") from None
    base = path.resolve().parent
    return config.model_copy(
        update=dict(warehouse=str(base / config.warehouse), raw=str(base / config.raw))
    )
