"""`papers report`: one self-contained HTML file whose charts render in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from analysis_helpers import bodies_warehouse, sample_warehouse
from pipeline.cli import app
from pipeline.report import BODY_COLOURS, THEME_COLOURS

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(app, ["report", "--warehouse", str(sample_warehouse(tmp_path_factory)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("chromium is not installed: `make deps-system` installs Debian's chromium package")
    return found


def _run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    profile.mkdir()
    return subprocess.run(
        [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


def test_the_report_is_one_file_that_fetches_nothing(report: Path):
    page = report.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert page.count('<svg class="chart"') == 3
    assert "£6,095 → £5,595" in page and "withdrawn (£2,000)" in page


def test_the_charts_render_in_headless_chromium(report: Path, tmp_path: Path):
    dom = _run_chromium(tmp_path, "--dump-dom", report.as_uri())
    assert 'data-charts-rendered="3/3"' in dom.stdout, dom.stderr[-2000:]
    shot = tmp_path / "report.png"
    _run_chromium(tmp_path, "--window-size=1200,1500", f"--screenshot={shot}", report.as_uri())
    image = Image.open(shot).convert("RGB")
    colours = {image.getpixel((x, y)) for x in range(0, image.width, 3) for y in range(0, image.height, 3)}
    bar_colours = {tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in THEME_COLOURS.values()}
    assert len(bar_colours & colours) >= 4, "the theme bars are not on the screenshot"


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def test_the_report_compares_five_bodies_in_a_chart_that_renders_in_chromium(tmp_path_factory, tmp_path: Path):
    """Issue 18: one bar per body and year, one colour per body; the year table has a row per body and year."""
    out = tmp_path / "bodies.html"
    result = CliRunner().invoke(app, ["report", "--warehouse", str(bodies_warehouse(tmp_path_factory)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.count('data-mark="body-bar"') == 6
    assert "Riverview Community Safety Partnership 2024/25: grant £26,500" in page
    assert "Southfield Community Safety Partnership 2023/24: grant £41,000" in page
    dom = _run_chromium(tmp_path, "--dump-dom", out.as_uri())
    assert 'data-charts-rendered="3/3"' in dom.stdout, dom.stderr[-2000:]
    shot = tmp_path / "bodies.png"
    _run_chromium(tmp_path, "--window-size=1200,1500", f"--screenshot={shot}", out.as_uri())
    image = Image.open(shot).convert("RGB")
    colours = {image.getpixel((x, y)) for x in range(0, image.width, 2) for y in range(0, image.height, 2)}
    assert len({_rgb(c) for c in BODY_COLOURS[:5]} & colours) >= 5, "the five bodies' bars are not on the screenshot"


def test_report_and_trends_of_one_body_by_its_alias(tmp_path_factory, tmp_path: Path):
    warehouse = str(bodies_warehouse(tmp_path_factory))
    out = tmp_path / "riverview.html"
    result = CliRunner().invoke(app, ["report", "--warehouse", warehouse, "--out", str(out), "--body", "RVCSP"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Funding trends across years – Riverview Community Safety Partnership" in page or "– Riverview Community Safety Partnership" in page
    table = page.split("<h2>Funding per body and year</h2>", 1)[1].split("</table>", 1)[0]
    assert "Riverview" in table and "Southfield" not in table and "£26,500" in table
    trends = CliRunner().invoke(app, ["trends", "--warehouse", warehouse, "--body", "riverview community safety partnership"])
    assert trends.exit_code == 0, trends.output
    assert "26,500" in trends.output and "39,750" not in trends.output
    every = CliRunner().invoke(app, ["trends", "--warehouse", warehouse])
    assert every.exit_code == 0 and "26,500" in every.output and "39,750" in every.output
    unknown = CliRunner().invoke(app, ["trends", "--warehouse", warehouse, "--body", "Partnership"])
    assert unknown.exit_code == 2 and "matches several bodies" in unknown.output


def _axis_years(svg: str) -> list[str]:
    return re.findall(r'class="axis">(\d{4}/\d{2})</text>', svg)


def test_regression_chart_years_the_theme_chart_and_the_timeline_show_the_same_years():
    """Issue 21: one year had no bar but was on the timeline's axis, another the other way round."""
    import datetime as dt

    from pipeline.report import chart_years, theme_chart, timeline_chart

    years = [{"body_id": "b", "body": "B", "financial_year": "2023/24", "grant_total": 100.0},
             {"body_id": "b", "body": "B", "financial_year": "2025/26", "grant_total": 90.0}]
    history = [{"project_id": "p", "project_name": "Lights", "financial_year": "2023/24", "paper_date": dt.date(2022, 11, 3),
                "sequence": 1, "paper_kind": "report", "path": "a.pdf", "printed_page": 2, "amount": 50.0, "status": "approved",
                "change": "first_seen", "previous_amount": None}]
    slots = chart_years(years, history)
    assert [row["financial_year"] for row in slots] == ["2022/23", "2023/24", "2024/25", "2025/26"]
    themes_svg = theme_chart(slots, [])
    timeline_svg = timeline_chart(history, [row["financial_year"] for row in slots])
    assert _axis_years(themes_svg) == _axis_years(timeline_svg) == ["2022/23", "2023/24", "2024/25", "2025/26"]
    assert themes_svg.count("no figures") == 2


def test_the_sample_report_charts_share_their_years(report: Path):
    html = report.read_text(encoding="utf-8")
    svgs = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    themes = next(svg for svg in svgs if 'aria-label="Funding per year by theme"' in svg)
    timeline = next(svg for svg in svgs if 'aria-label="Project timeline"' in svg)
    assert _axis_years(themes) and _axis_years(themes) == _axis_years(timeline)
