"""Chromium and tesseract are opt-in system packages: without them their tests skip and say why (issue 21)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

SYSTEM_PROGRAMS = ("chromium", "chromium-browser", "tesseract")


def _path_without_system_programs(tmp_path: Path) -> str:
    """A PATH that holds every program of the current PATH except chromium and tesseract."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if not folder or not Path(folder).is_dir():
            continue
        for program in Path(folder).iterdir():
            target = bin_dir / program.name
            if program.name not in SYSTEM_PROGRAMS and not target.exists() and not target.is_symlink():
                target.symlink_to(program)
    return str(bin_dir)


def test_without_chromium_and_tesseract_their_tests_skip_with_the_reason_and_the_rest_pass(tmp_path: Path):
    env = {**os.environ, "PATH": _path_without_system_programs(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "tests/test_report.py", "tests/test_ocr.py"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=900,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert "chromium is not installed: `make deps-system`" in run.stdout
    assert "tesseract is not installed: `make deps-system`" in run.stdout
    assert " passed" in run.stdout.splitlines()[-1]


def test_make_test_never_installs_system_packages_and_deps_system_does():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_target = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    deps_target = makefile.split("\ndeps-system:", 1)[1].split("\n\n", 1)[0]
    assert "apt-get" not in test_target and "apt-get install" in deps_target
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("make deps-system") < ci.index("make test")
