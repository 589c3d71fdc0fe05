"""The dossier's per-notebook cache and its capped tables.

Each dossier notebook declares the comparison's files it reads (metadata
``claimbrief.tables``); the build keys it on their hashes.  Here each notebook runs in
this process on the fixture story's tables (read lazily by ``DossierTables``, which
records what it read), and must read nothing it does not declare; then a build after one
article changed runs again only the notebooks whose declared tables changed; and the long
tables are cut to their first rows, with a sentence pointing to the CSV, in a large dossier.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

STORY = FIXTURES / "dossier"
NOTEBOOKS = sorted((ROOT / "notebooks" / "dossier").glob("[0-9][0-9]-*.ipynb"))


@pytest.fixture(scope="module")
def story_tables(tmp_path_factory) -> Path:
    """The fixture story's comparison, written as the build writes it."""
    import yaml

    from claimbrief.dossier.compare import compare
    from claimbrief.dossier.inputs import read_articles
    from claimbrief.dossier.tables import inputs_frame, write_dossier
    from claimbrief.register import read_register

    gold = yaml.safe_load((STORY / "dossier.gold.yaml").read_text(encoding="utf-8"))
    register = read_register()
    read = read_articles([STORY / a for a in gold["articles"]], register)
    folder = tmp_path_factory.mktemp("tables")
    write_dossier(compare(read, register), inputs_frame([{"article": a.name, "file": None, "text_sha256": a.sha256}
                                                         for a in read]), folder)
    return folder


def _run_cells(notebook: Path, data_dir: Path, figures: Path) -> set[str]:
    """Run ``notebook``'s code cells here on ``data_dir``; the files its context read."""
    from IPython.display import display  # noqa: F401 - the cells' own import, outside a kernel

    nb = json.loads(notebook.read_text(encoding="utf-8"))
    namespace: dict = {}
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        exec(compile(source, str(notebook), "exec"), namespace)  # noqa: S102 - the project's own notebook
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            namespace.update(data_dir=str(data_dir), figures_dir=str(figures), name="cache")
    return set(namespace["ctx"].dossier.read)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_notebook_reads_only_the_tables_it_declares(notebook, story_tables, tmp_path, capsys):
    from claimbrief.dossier_build import notebook_tables

    declared = notebook_tables(notebook)
    assert "*" not in declared, f"{notebook.name} declares no claimbrief.tables in its metadata"
    read = _run_cells(notebook, story_tables, tmp_path)
    assert read, "the notebook read no table: is it still run on data_dir?"
    assert read <= set(declared), f"{notebook.name} reads {sorted(read - set(declared))} without declaring them"


def test_a_long_table_shows_its_first_rows_and_names_its_csv():
    import pandas as pd

    from claimbrief.dossier import sections

    frame = pd.DataFrame({"Claim": [f"claim <{i}>" for i in range(sections.MAX_ROWS + 7)]})
    out = sections.ledger_html(frame, "claims.csv")
    assert out.count("<tr>") == sections.MAX_ROWS + 1  # the header and the first rows
    assert "claim &lt;0&gt;" in out and f"claim &lt;{sections.MAX_ROWS}&gt;" not in out
    assert f"The first {sections.MAX_ROWS:,} rows of {sections.MAX_ROWS + 7:,} are shown" in out
    assert "data/claims.csv" in out
    short = sections.ledger_html(frame.head(3), "claims.csv")
    assert short.count("<tr>") == 4 and "data/claims.csv" not in short


def test_every_table_of_the_notebooks_is_capped():
    for notebook in NOTEBOOKS:
        text = notebook.read_text(encoding="utf-8")
        assert "sections.html_table(" not in text, f"{notebook.name} shows a table with no cap (use ledger_html)"
