"""notebooks/funding_trends.ipynb runs end to end against the samples' warehouse."""

from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from analysis_helpers import sample_warehouse
from conftest import ROOT


def test_the_funding_notebook_runs_and_plots(tmp_path_factory, monkeypatch):
    warehouse = sample_warehouse(tmp_path_factory)
    monkeypatch.setenv("PAPERS_WAREHOUSE", str(warehouse))
    notebook = nbformat.read(ROOT / "notebooks" / "funding_trends.ipynb", as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), "commit the notebook without outputs"
    NotebookClient(notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 3
    tables = "".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "2026/27" in tables and "amount_and_status_changed" in tables
    assert "warehouse: " + str(warehouse) in "".join(o.get("text", "") for o in outputs)
