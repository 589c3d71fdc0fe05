"""The dossier's tables on disk: the comparison written once as CSV, read back by the
notebooks (the edge between the comparison process and the dossier's notebooks).

A dossier of a thousand articles is compared once, by one short-lived process
(``python -m claimbrief.dossier``); its notebooks then read these compact tables, never
the articles' own tables.  Besides the tables of :data:`~claimbrief.dossier.TABLES`:

- ``inputs.csv``: every article given, with the SHA-256 of its text and metadata file
  and of its review file and the register (the appendix's provenance);
- ``notes.json``: the sentences a reader must see first (one article only, undated,
  another language, reprints) and the number of pairs compared.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .changes import CHANGE_COLUMNS
from .claims import CONTRADICTION_COLUMNS, REPRINT_COLUMNS, STATEMENT_COLUMNS
from .claims import GROUP_COLUMNS as CLAIM_COLUMNS
from .compare import TABLES, Dossier
from .figures import CONFLICT_COLUMNS, FIGURE_COLUMNS, REVISION_COLUMNS
from .figures import GROUP_COLUMNS as FIGURE_GROUP_COLUMNS
from .inputs import ARTICLE_COLUMNS
from .sources import RELAY_COLUMNS, SOURCE_COLUMNS
from .timeline import PLACE_COLUMNS, TIMELINE_COLUMNS

#: table name -> {column: dtype}, as the comparison makes them
SCHEMAS = {
    "articles": ARTICLE_COLUMNS, "changes": CHANGE_COLUMNS, "sources": SOURCE_COLUMNS, "claims": CLAIM_COLUMNS,
    "statements": STATEMENT_COLUMNS, "relays": RELAY_COLUMNS, "contradictions": CONTRADICTION_COLUMNS,
    "reprints": REPRINT_COLUMNS, "figure_groups": FIGURE_GROUP_COLUMNS, "figures": FIGURE_COLUMNS,
    "conflicts": CONFLICT_COLUMNS, "revisions": REVISION_COLUMNS, "timeline": TIMELINE_COLUMNS,
    "places": PLACE_COLUMNS,
}
INPUT_COLUMNS = {
    "article": "string",          # the article's name (file stem)
    "file": "string",             # its file name
    "text_sha256": "string",
    "metadata_sha256": "string",
    "review_sha256": "string",    # of its review file and the team's register, as the build keys them
}
NOTES_FILE = "notes.json"
INPUTS_FILE = "inputs.csv"


def write_dossier(dossier: Dossier, inputs: pd.DataFrame, folder: Path) -> list[Path]:
    """Write every table of ``dossier`` as ``<folder>/<table>.csv``, ``inputs.csv`` and
    ``notes.json``; return the CSV files written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in [*dossier.frames().items(), ("inputs", inputs)]:
        path = folder / f"{name}.csv"
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        written.append(path)
    (folder / NOTES_FILE).write_text(json.dumps({"notes": dossier.notes, "comparisons": dossier.comparisons},
                                                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return written


def _read(path: Path, schema: dict[str, str]) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    for column, dtype in schema.items():
        if column not in frame:
            frame[column] = pd.NA
        if dtype == "boolean":
            frame[column] = frame[column].map({"True": True, "False": False})
        elif dtype in ("Int64", "Float64"):
            frame[column] = pd.to_numeric(frame[column])
    return frame.astype({c: d for c, d in schema.items()})


def read_dossier(folder: Path) -> tuple[Dossier, pd.DataFrame]:
    """The dossier and its inputs as :func:`write_dossier` wrote them into ``folder``."""
    folder = Path(folder)
    frames = {name: _read(folder / f"{name}.csv", SCHEMAS[name]) for name in TABLES}
    notes = json.loads((folder / NOTES_FILE).read_text(encoding="utf-8"))
    return (Dossier(**frames, notes=list(notes["notes"]), comparisons=int(notes["comparisons"])),
            _read(folder / INPUTS_FILE, INPUT_COLUMNS))


def table_file(name: str) -> str:
    """The file in the comparison's folder that holds ``name`` (a table of :data:`TABLES`,
    ``inputs`` or ``notes``): what a notebook that reads it depends on."""
    return NOTES_FILE if name == "notes" else f"{name}.csv"


class DossierTables:
    """The tables :func:`write_dossier` wrote into ``folder``, each read when first used
    (as the attribute of :class:`~claimbrief.dossier.compare.Dossier` of that name, plus
    ``inputs``): a notebook holds only the tables it shows, and :attr:`read` names the
    files it depended on (the build caches each notebook on the tables it declares)."""

    def __init__(self, folder: Path):
        self._folder = Path(folder)
        self.read: set[str] = set()

    def __getattr__(self, name: str):
        if name.startswith("_") or name == "read":
            raise AttributeError(name)
        if name in ("notes", "comparisons"):
            notes = json.loads((self._folder / NOTES_FILE).read_text(encoding="utf-8"))
            self.notes, self.comparisons = list(notes["notes"]), int(notes["comparisons"])
            self.read.add(table_file("notes"))
        elif name in SCHEMAS or name == "inputs":
            setattr(self, name, _read(self._folder / table_file(name), INPUT_COLUMNS if name == "inputs"
                                      else SCHEMAS[name]))
            self.read.add(table_file(name))
        else:
            raise AttributeError(name)
        return self.__dict__[name]

    def frames(self) -> dict[str, pd.DataFrame]:
        """Table name -> DataFrame (every table read), in the order of :data:`TABLES`."""
        return {name: getattr(self, name) for name in TABLES}


def has_dossier(folder) -> bool:
    """Whether ``folder`` holds a written dossier (its notes and every table)."""
    return folder is not None and (Path(folder) / NOTES_FILE).is_file() and all(
        (Path(folder) / f"{name}.csv").is_file() for name in TABLES)


def inputs_frame(rows: list[dict]) -> pd.DataFrame:
    """The inputs table from ``rows`` (keys: :data:`INPUT_COLUMNS`)."""
    return pd.DataFrame(rows, columns=list(INPUT_COLUMNS)).astype(INPUT_COLUMNS)
