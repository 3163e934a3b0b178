"""notebooks/funding_trends.ipynb runs end to end against the samples' warehouse."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from analysis_helpers import bodies_warehouse, sample_warehouse
from conftest import ROOT


def _run(monkeypatch, warehouse, body: str | None = None) -> list:
    monkeypatch.setenv("PAPERS_WAREHOUSE", str(warehouse))
    if body:
        monkeypatch.setenv("PAPERS_BODY", body)
    else:
        monkeypatch.delenv("PAPERS_BODY", raising=False)
    notebook = nbformat.read(ROOT / "notebooks" / "funding_trends.ipynb", as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), "commit the notebook without outputs"
    NotebookClient(notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"], [o for o in outputs if o.get("output_type") == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 4
    return outputs


def test_the_notebook_takes_a_body_and_compares_bodies(tmp_path_factory, monkeypatch):
    outputs = _run(monkeypatch, bodies_warehouse(tmp_path_factory), "Eastbrook")
    printed = "".join(o.get("text", "") for o in outputs)
    assert "body: Eastbrook Community Safety Partnership Board (community_safety_partnership)" in printed
    assert any(name in printed for name in ("Lantern Walks for Safer Evenings 2024/25", "Cycle Theft Marking Days 2024/25"))
    tables = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "Northmoor" in tables and "Riverview" in tables  # the comparison holds every body


def test_the_funding_notebook_runs_and_plots(tmp_path_factory, monkeypatch):
    warehouse = sample_warehouse(tmp_path_factory)
    outputs = _run(monkeypatch, warehouse)
    tables = "".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "2026/27" in tables and "amount_and_status_changed" in tables
    assert "warehouse: " + str(warehouse) in "".join(o.get("text", "") for o in outputs)


@pytest.mark.parametrize("where", ["root", "notebooks", "elsewhere"])
def test_jupyter_execute_runs_the_notebook_from_any_folder(tmp_path_factory, tmp_path, where: str):
    """Issue 21: from the repository root or notebooks/, the kernel (started in notebooks/) did not
    find the warehouse; it runs from anywhere with the path given, and from the project's folders
    with a path relative to the project root."""
    warehouse = sample_warehouse(tmp_path_factory)
    link = ROOT / "warehouse" / f".test-notebook-{uuid.uuid4().hex}.duckdb"
    # The committed notebook itself, so its kernel starts in notebooks/; outputs go to a copy beside it.
    notebook = ROOT / "notebooks" / "funding_trends.ipynb"
    copy = notebook.with_name(f".executed-{uuid.uuid4().hex}.ipynb")
    link.symlink_to(warehouse)
    try:
        cwd = {"root": ROOT, "notebooks": ROOT / "notebooks", "elsewhere": tmp_path}[where]
        given = str(warehouse) if where == "elsewhere" else str(link.relative_to(ROOT))
        # The kernel imports this checkout's code, not whichever checkout the environment installed (a git worktree).
        env = {**os.environ, "PAPERS_WAREHOUSE": given, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        env.pop("PAPERS_BODY", None)
        run = subprocess.run(
            [str(Path(sys.executable).with_name("jupyter")), "execute", "--timeout=300", f"--output={copy.stem}",
             os.path.relpath(notebook, cwd)],
            cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
        )
        assert run.returncode == 0, run.stderr[-3000:]
        executed = nbformat.read(copy, as_version=4)
        printed = "".join(o.get("text", "") for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", []))
        assert "warehouse: " + str(warehouse if where == "elsewhere" else ROOT / given) in printed
    finally:
        link.unlink()
        copy.unlink(missing_ok=True)


def test_without_a_path_the_warehouse_is_the_projects_whatever_the_working_directory(tmp_path, monkeypatch):
    from pipeline.analytics import warehouse_path

    monkeypatch.delenv("PAPERS_WAREHOUSE", raising=False)
    monkeypatch.chdir(tmp_path)
    assert warehouse_path() == ROOT / "warehouse" / "papers.duckdb"
    (tmp_path / "mine.duckdb").touch()
    assert warehouse_path("mine.duckdb") == Path("mine.duckdb")


def test_the_executed_notebook_is_published_as_html_with_its_outputs(tmp_path_factory, tmp_path):
    """What `make notebook-html` runs: nbconvert executes the notebook and writes HTML with its charts."""
    warehouse = sample_warehouse(tmp_path_factory)
    env = {**os.environ, "PAPERS_WAREHOUSE": str(warehouse)}
    env.pop("PAPERS_BODY", None)
    run = subprocess.run(
        [str(Path(sys.executable).with_name("jupyter")), "nbconvert", "--to", "html", "--execute",
         "--ExecutePreprocessor.timeout=300", "--output-dir", str(tmp_path), "--output", "trends.html",
         str(ROOT / "notebooks" / "funding_trends.ipynb")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    html = (tmp_path / "trends.html").read_text(encoding="utf-8")
    assert html.count("<img") >= 4 and f"warehouse: {warehouse}" in html
