"""`papers fetch` then `papers status` as a user runs them against a fake site, and the TOML configuration."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from badinputs import text_pdf
from conftest import ROOT
from fakesite import FakeModernGov
from pipeline.fetch.config import load_config
from pipeline.fetch.errors import ConfigError
from pipeline.status import warehouse_status
from test_cli import papers


def test_papers_fetch_then_status_show_the_new_documents_and_versions(tmp_path: Path):
    site = FakeModernGov(tmp_path / "site").start()
    config = tmp_path / "papers.toml"
    config.write_text("[fetch]\nmin_interval_seconds = 0\nbackoff_seconds = 0.01\nmax_bytes = 2_000_000\n")
    warehouse = tmp_path / "w.duckdb"
    fetch = ["fetch", "--site", site.base, "--committee", "519", "--since", "2026-01-01", "--until", "2026-02-28",
             "--raw", str(tmp_path / "raw"), "--warehouse", str(warehouse), "--config", str(config), "--runner", "local"]
    try:
        first = papers(*fetch)
        site.republish("/mgConvert2PDF.aspx", text_pdf(tmp_path / "v2.pdf", ["Working Group Update", "Revised"]).read_bytes())
        second = papers(*fetch)
    finally:
        site.stop()
    assert first.returncode == 1, first.stderr  # some files failed or were refused: said, and exit 1
    assert "1 meetings (0 cancelled); files 6 new, 0 changed, 0 unchanged, 0 skipped, 3 refused, 2 failed" in first.stdout
    assert "failed    2026-01-15 Appendix B - server error: HTTP 500 Internal Server Error" in first.stdout
    assert "ingest into" in first.stdout and "6 loaded" in first.stdout
    assert "files 0 new, 1 changed, 5 unchanged" in second.stdout and "1 loaded" in second.stdout

    status = papers("status", "--warehouse", str(warehouse))
    assert status.returncode == 0, status.stderr
    assert "fetched from ModernGov: 6 current files (7 versions, 1 re-published, 0 not yet ingested)" in status.stdout
    assert "re-published papers: new versions" in status.stdout and "Working Group Update July 2024" in status.stdout
    assert "files not fetched in the last poll" in status.stdout and "off-site link to partner.example.org" in status.stdout
    report = json.loads(json.dumps(warehouse_status(warehouse), default=str))
    assert report["schema_version"] >= 3
    assert report["fetched"]["files"] == {"versions": 7, "current": 6, "republished": 1, "not_ingested": 0}
    assert report["documents_by_status"] == [{"status": "loaded", "documents": 7, "pages": report["documents_by_status"][0]["pages"]}]


def test_fetch_with_the_local_runner_never_imports_prefect(tmp_path: Path):
    config = tmp_path / "papers.toml"
    config.write_text("[fetch]\nretries = 0\n")
    code = (
        "import sys; from typer.testing import CliRunner; from pipeline.cli import app; "
        "r = CliRunner().invoke(app, ['fetch', '--site', 'http://127.0.0.1:1', '--committee', '519', '--runner', 'local', "
        f"'--config', {str(config)!r}, '--raw', {str(tmp_path / 'raw')!r}, '--warehouse', {str(tmp_path / 'w.duckdb')!r}]); "
        "print(r.exit_code, 'prefect' in sys.modules); print(r.output)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.stdout.split()[:2] == ["1", "False"], out.stdout + out.stderr
    assert "not polled http://127.0.0.1:1/ committee 519" in out.stdout and "nothing new to ingest" in out.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--committee", "519"], "--committee needs --site"),
        (["--site", "ftp://democracy.kent.gov.uk", "--committee", "519"], "give the site's address"),
        ([], "nothing to fetch"),
        (["--site", "https://democracy.kent.gov.uk", "--committee", "519", "--runner", "spark"], "unknown runner"),
    ],
)
def test_fetch_refuses_bad_options_with_one_line(args: list[str], message: str):
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["fetch", *args])
    assert result.exit_code == 2 and message in result.output


def test_the_example_configuration_is_valid_and_polls_kent_519_daily_at_six():
    config = load_config(ROOT / "papers.example.toml")
    assert [(s.site_url, s.committee_id) for s in config.sources()] == [("https://democracy.kent.gov.uk/", 519)]
    assert (config.schedule.cron, config.schedule.timezone) == ("0 6 * * *", "Europe/London")
    assert config.warehouse == str(ROOT / "warehouse" / "papers.duckdb") and config.raw == str(ROOT / "raw")
    assert "mailto:" in config.fetch.user_agent


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[sites]]\nurl = 'https://x.gov.uk'\ncommittees = []\n", "sites.0.committees"),
        ("[fetch]\nmax_byts = 5\n", "fetch.max_byts"),
        ("[schedule]\ncron = 'daily'\n", "five-field cron"),
        ("[schedule]\ntimezone = 'Mars/Olympus'\n", "unknown time zone"),
        ("[[sites]]\nurl = 'https://x.gov.uk/?a=1'\ncommittees = [1]\n", "no credentials, query or fragment"),
        ("sites = [", "not valid TOML"),
    ],
)
def test_a_bad_configuration_names_the_field(tmp_path: Path, text: str, message: str):
    path = tmp_path / "papers.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_the_example_configuration_is_where_the_readme_says(tmp_path: Path):
    shutil.copy(ROOT / "papers.example.toml", tmp_path / "papers.toml")
    assert load_config(tmp_path / "papers.toml").warehouse == str(tmp_path / "warehouse" / "papers.duckdb")
    assert "papers serve --config papers.toml" in (ROOT / "README.md").read_text()


def test_a_config_polls_several_councils_each_with_its_own_rate_limit(tmp_path: Path):
    """Issue 19: `papers fetch --config papers.toml` polls several councils and committees, each site with
    its own requests-per-minute budget over the [fetch] one."""
    path = tmp_path / "papers.toml"
    path.write_text(
        "[fetch]\nrequests_per_minute = 30\n\n"
        "[[sites]]\nurl = 'https://democracy.example-one.gov.uk'\ncommittees = [519, 520]\nrequests_per_minute = 10\n\n"
        "[[sites]]\nurl = 'https://committees.example-two.gov.uk'\ncommittees = [7]\n"
    )
    config = load_config(path)
    assert config.fetch.requests_per_minute == 30
    assert [(s.site_url, s.committee_id, s.requests_per_minute) for s in config.sources()] == [
        ("https://democracy.example-one.gov.uk/", 519, 10),
        ("https://democracy.example-one.gov.uk/", 520, 10),
        ("https://committees.example-two.gov.uk/", 7, None),
    ]
