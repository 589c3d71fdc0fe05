"""The notebooks are thin, parameterised and committed clean."""

import ast
import json

import papermill
import pytest

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def test_there_is_a_notebook_per_section():
    assert len(NOTEBOOKS) >= 5


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [], f"{path.name} has outputs"
            assert cell["execution_count"] is None, f"{path.name} has execution counts"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_thin_with_documented_parameters(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    tagged = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            tree = ast.parse("".join(cell["source"]))
            defs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))]
            assert not defs, f"{path.name} defines functions or classes"
    params = papermill.inspect_notebook(str(path))
    for name in ("article", "published", "data_dir", "figures_dir"):
        assert name in params
    for name, info in params.items():
        assert info["help"].strip(), f"{path.name}: parameter {name} has no comment"
    assert any(c["cell_type"] == "markdown" and "".join(c["source"]).startswith("## ") for c in nb["cells"])
