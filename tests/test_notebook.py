"""notebooks/funding_trends.ipynb runs end to end against the samples' warehouse."""

from __future__ import annotations

import nbformat
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
