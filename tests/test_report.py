"""`papers report`: one self-contained HTML file whose charts render in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from analysis_helpers import sample_warehouse
from pipeline.cli import app
from pipeline.report import THEME_COLOURS

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
    assert page.count('<svg class="chart"') == 2
    assert "£6,095 → £5,595" in page and "withdrawn (£2,000)" in page


def test_the_charts_render_in_headless_chromium(report: Path, tmp_path: Path):
    dom = _run_chromium(tmp_path, "--dump-dom", report.as_uri())
    assert 'data-charts-rendered="2/2"' in dom.stdout, dom.stderr[-2000:]
    shot = tmp_path / "report.png"
    _run_chromium(tmp_path, "--window-size=1200,1500", f"--screenshot={shot}", report.as_uri())
    image = Image.open(shot).convert("RGB")
    colours = {image.getpixel((x, y)) for x in range(0, image.width, 3) for y in range(0, image.height, 3)}
    bar_colours = {tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in THEME_COLOURS.values()}
    assert len(bar_colours & colours) >= 4, "the theme bars are not on the screenshot"
