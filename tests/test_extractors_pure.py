"""Extractors are pure (issue 20): no module in extractors/ reads or writes files, runs a program
or imports the warehouse and orchestration layers. Reading files is ``pipeline.read``'s job,
running tesseract ``pipeline.ocr``'s and reading the theme file ``pipeline.derive``'s."""

from __future__ import annotations

import ast

import pytest

from conftest import ROOT

FORBIDDEN_MODULES = frozenset(
    {"duckdb", "prefect", "pipeline", "subprocess", "shutil", "tempfile", "os", "glob", "socket", "urllib", "http", "requests", "httpx"}
)
FORBIDDEN_FROM = frozenset({"importlib.resources"})
FILE_METHODS = frozenset(
    {"read_text", "read_bytes", "write_text", "write_bytes", "unlink", "mkdir", "rmdir", "iterdir", "rglob", "touch", "exists", "is_file", "is_dir"}
)


def io_in(source: str) -> list[str]:
    """What in ``source`` does I/O or imports a layer extractors must not see, one line each."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        else:
            modules = []
        found += [
            f"line {node.lineno}: imports {name}"
            for name in modules
            if name.split(".")[0] in FORBIDDEN_MODULES or any(name == m or name.startswith(m + ".") for m in FORBIDDEN_FROM)
        ]
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name) and node.func.id == "open":
                found.append(f"line {node.lineno}: calls open()")
            elif isinstance(node.func, ast.Attribute) and node.func.attr in FILE_METHODS:
                found.append(f"line {node.lineno}: calls .{node.func.attr}()")
    return found


@pytest.mark.parametrize("path", sorted((ROOT / "extractors").rglob("*.py")), ids=lambda path: path.stem)
def test_no_extractor_module_does_io(path):
    assert io_in(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "source",
    [
        "import subprocess\n",
        "from os import path\n",
        "def f():\n    import duckdb\n",
        "from pipeline.read import parse_file\n",
        "from importlib.resources import files\n",
        "def f(p):\n    return open(p).read()\n",
        "def f(p):\n    return p.read_text(encoding='utf-8')\n",
        "def f(p, b):\n    p.write_bytes(b)\n",
    ],
)
def test_the_check_catches_io(source: str):
    assert len(io_in(source)) == 1


def test_the_check_passes_work_on_values():
    source = "import io\nfrom pathlib import Path\n\ndef f(data: bytes, name: str):\n    return io.BytesIO(data), Path(name).suffix\n"
    assert io_in(source) == []
