"""The build benchmark of issue 5 (``make bench``): every case measured side by side in
one run on this machine, each at least three times, the median reported.

(a) floor      papermill on an empty notebook + ``jupyter nbconvert --to html`` of a
               one-cell notebook + WeasyPrint PDF of a one-page HTML, each a subprocess;
(b) plain      papermill on each ``notebooks/NN-*.ipynb`` in turn for the seed (article=seed,
               data_dir unset so each notebook extracts the tables itself, figures_dir a
               temporary folder), then ``jupyter nbconvert --to html`` on each executed
               notebook (one call per notebook), then ONE PDF: a python -c that joins the
               seven HTML pages (the first page's head, every page's body) and lets
               WeasyPrint lay it out, as the briefing is one PDF;
(c) cold       ``claimbrief build <seed> --force`` in a fresh temporary project
               (CLAIMBRIEF_ROOT; notebooks/, uv.lock, the seed and its YAML copied;
               build/, report/ and figures/ deleted before each run);
(d) unchanged  the same command again, nothing changed (without --force);
(e) touched    after appending a space to a markdown cell of 06-assessment.ipynb in the
               temporary project: the notebook runs again, the page comes out the same,
               and the last PDF is kept (its inputs hash the same);
(e2) edited    after appending a word to that cell: the notebook runs again and the PDF
               is laid out anew (reported beside e, with its ratio to c);
(f) extraction 1,000 generated ~400-word articles (scripts/bench_extract.py's generator)
               extracted in one process (one thread); the bar's "per core" rate is
               articles per CPU-second of that process, the wall-clock rate beside it;
(g) memory     of each cold build (c), sampled from /proc every 50 ms: the peak RSS of the
               build process itself (VmHWM), the largest peak among its kernels and other
               descendants, the largest sum of RSS over the whole process tree at one
               moment, and ru_maxrss from wait4 (the largest single process of the tree,
               what ``/usr/bin/time -v`` reports).

Cases run round-robin (a, b, c, d, e; then again) so drift on a shared machine hits them
alike.  Prints a table, the ratios and the issue's bars, and writes report/bench.json.

    python scripts/bench.py [--repeat N] [--scale] [--skip-main]

``--scale`` also builds 5, 10 and 20 generated articles (with metadata) cold with one
``claimbrief build`` each and reports seconds per article (several minutes).

``--dossier`` adds the dossier's cases (issue 13), ratios in one run: one generated
article's cold briefing; a dossier of 20 generated articles cold, and again after one of
them changed; a dossier of 1,000 generated articles (HTML only), its peak memory and the size
of its HTML (``--dossier-articles 0`` leaves that one out: ``--skip-main --dossier
--dossier-articles 0`` measures the two ratios alone, in a few minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin" if (ROOT / ".venv" / "bin").is_dir() else Path(sys.executable).parent
PYTHON = str(BIN / "python")
sys.path.insert(0, str(Path(__file__).resolve().parent))

BARS = {  # name: (value key, comparison, limit)
    "cold <= 0.5 x plain": ("c_over_b", "<=", 0.5),
    "cold <= 2.5 x floor": ("c_over_a", "<=", 2.5),
    "unchanged <= 0.05 x cold": ("d_over_c", "<=", 0.05),
    "one notebook touched <= 0.4 x cold": ("e_over_c", "<=", 0.4),
    "peak memory <= 1 GiB": ("peak_memory_mib", "<=", 1024),
    "extraction >= 50 articles/s/core": ("articles_per_second", ">=", 50),
}


# ---- processes -------------------------------------------------------------------------


class CommandFailed(RuntimeError):
    pass


def _run(cmd: list[str], *, cwd: Path, env: dict | None = None) -> float:
    """Run ``cmd``; return its wall time in seconds; raise with its stderr if it fails."""
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    if done.returncode:
        raise CommandFailed(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr[-3000:]}")
    return seconds


def _proc_status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of ``pid`` in KiB (empty when it has gone)."""
    found = {}
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    key, value = line.split(":", 1)
                    found[key] = int(value.split()[0])
    except OSError:
        pass
    return found


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    return children


def _descendants(pid: int) -> list[int]:
    tree, todo, found = _children_map(), [pid], []
    while todo:
        for child in tree.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _run_measured(cmd: list[str], *, cwd: Path, env: dict, interval: float = 0.05) -> tuple[float, dict]:
    """Run ``cmd`` while sampling the memory of its process tree; (seconds, memory in MiB)."""
    log = tempfile.TemporaryFile(mode="w+")
    started = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=log)
    peaks: dict[int, int] = {}  # pid -> VmHWM (KiB), last seen
    tree_sum = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            total = 0
            for pid in [process.pid] + _descendants(process.pid):
                status = _proc_status(pid)
                if status:
                    peaks[pid] = max(peaks.get(pid, 0), status.get("VmHWM", 0))
                    total += status.get("VmRSS", 0)
            tree_sum[0] = max(tree_sum[0], total)
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    # wait4 on this child alone: ru_maxrss is the largest RSS of it and the descendants it reaped
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stop.set()
    sampler.join()
    log.seek(0)
    output = log.read()
    log.close()
    if process.returncode:
        raise CommandFailed(f"{' '.join(cmd)} exited {process.returncode}:\n{output[-3000:]}")
    children_maxrss = usage.ru_maxrss  # KiB
    others = [kib for pid, kib in peaks.items() if pid != process.pid]
    memory = {
        "build_process_mib": round(peaks.get(process.pid, 0) / 1024, 1),
        "largest_child_mib": round(max(others, default=0) / 1024, 1),
        "children_seen": len(others),
        "tree_sum_mib": round(tree_sum[0] / 1024, 1),
        "ru_maxrss_mib": round(children_maxrss / 1024, 1),
    }
    return seconds, memory


# ---- the cases --------------------------------------------------------------------------


def _notebook(cells: list) -> dict:
    return {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                        "name": "python3"},
                                         "language_info": {"name": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


def _markdown(source: str, ident: str) -> dict:
    return {"cell_type": "markdown", "id": ident, "metadata": {}, "source": source}


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


PDF_OF_ONE_PAGE = ("import sys, weasyprint; "
                   "weasyprint.HTML(string='<html><body><h1>Floor</h1><p>One page.</p></body></html>')"
                   ".write_pdf(sys.argv[1])")

# The plain pipeline's PDF: the first page's <head>, then the <body> of every page, as one document.
PDF_OF_PAGES = """
import re, sys, weasyprint
pages = [open(p, encoding='utf-8').read() for p in sys.argv[2:]]
head = re.search(r'<head.*?</head>', pages[0], re.S).group(0)
bodies = [re.search(r'<body[^>]*>(.*)</body>', p, re.S).group(1) for p in pages]
weasyprint.HTML(string='<!DOCTYPE html><html>' + head + '<body>' + ''.join(bodies) + '</body></html>',
                base_url='.').write_pdf(sys.argv[1])
"""


class Bench:
    def __init__(self, work: Path):
        self.work = work
        self.seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
        self.notebooks = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
        self.project = self._project(work / "project", [self.seed])
        self.env = dict(os.environ, CLAIMBRIEF_ROOT=str(self.project), PYTHONHASHSEED="0")
        self.env.pop("SOURCE_DATE_EPOCH", None)
        floor = work / "floor"
        floor.mkdir()
        _write_json(floor / "empty.ipynb", _notebook([]))
        _write_json(floor / "one-cell.ipynb", _notebook([_markdown("# One cell\n\nOne paragraph.", "one")]))
        self.floor_dir = floor

    @staticmethod
    def _project(folder: Path, articles: list[Path]) -> Path:
        (folder / "seeds").mkdir(parents=True)
        shutil.copytree(ROOT / "notebooks", folder / "notebooks",
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        shutil.copyfile(ROOT / "uv.lock", folder / "uv.lock")
        for article in articles:
            shutil.copyfile(article, folder / "seeds" / article.name)
            meta = article.with_suffix(".yaml")
            if meta.is_file():
                shutil.copyfile(meta, folder / "seeds" / meta.name)
        return folder

    # (a)
    def floor(self) -> dict[str, float]:
        out = self.floor_dir
        parts = {
            "papermill_empty": _run([str(BIN / "papermill"), "empty.ipynb", "empty.out.ipynb"], cwd=out, env=self.env),
            "nbconvert_one_cell": _run([str(BIN / "jupyter"), "nbconvert", "--to", "html", "one-cell.ipynb"],
                                       cwd=out, env=self.env),
            "weasyprint_one_page": _run([PYTHON, "-c", PDF_OF_ONE_PAGE, "one-page.pdf"], cwd=out, env=self.env),
        }
        return {"total": sum(parts.values()), **parts}

    # (b)
    def plain(self) -> dict[str, float]:
        out = Path(tempfile.mkdtemp(prefix="plain-", dir=self.work))
        figures = out / "figures"
        papermill = nbconvert = 0.0
        executed = []
        for notebook in self.notebooks:
            target = out / notebook.name
            papermill += _run([str(BIN / "papermill"), str(notebook), str(target), "-p", "article", str(self.seed),
                               "-p", "figures_dir", str(figures)], cwd=self.project, env=self.env)
            executed.append(target)
        for target in executed:
            nbconvert += _run([str(BIN / "jupyter"), "nbconvert", "--to", "html", str(target)], cwd=out, env=self.env)
        pages = [str(t.with_suffix(".html")) for t in executed]
        pdf = _run([PYTHON, "-c", PDF_OF_PAGES, str(out / "plain.pdf"), *pages], cwd=out, env=self.env)
        shutil.rmtree(out, ignore_errors=True)
        return {"total": papermill + nbconvert + pdf, "papermill": papermill, "nbconvert": nbconvert, "pdf": pdf}

    def _build(self, *extra: str) -> list[str]:
        return [str(BIN / "claimbrief"), "build", str(self.project / "seeds" / self.seed.name), *extra]

    # (c) and (g)
    def cold(self) -> tuple[float, dict]:
        for folder in ("build", "report", "figures"):
            shutil.rmtree(self.project / folder, ignore_errors=True)
        return _run_measured(self._build("--force"), cwd=self.project, env=self.env)

    # (d)
    def unchanged(self) -> float:
        return _run(self._build(), cwd=self.project, env=self.env)

    # (e)
    def touched(self, addition: str = " ") -> float:
        path = self.project / "notebooks" / "06-assessment.ipynb"
        nb = json.loads(path.read_text(encoding="utf-8"))
        cell = next(c for c in nb["cells"] if c["cell_type"] == "markdown")
        if isinstance(cell["source"], list):
            cell["source"][-1] += addition
        else:
            cell["source"] += addition
        _write_json(path, nb)
        return _run(self._build(), cwd=self.project, env=self.env)

    # (e2)
    def edited(self) -> float:
        self.edits = getattr(self, "edits", 0) + 1
        return self.touched(f" Edit {self.edits}.")


# (f), run in a fresh process: python scripts/bench.py --extract-worker N R
def _extract_worker(count: int, rounds: int) -> None:
    from bench_extract import generated_articles

    from claimbrief.article import read_article
    from claimbrief.extract import extract

    seed = read_article(sorted((ROOT / "seeds").glob("*.txt"))[0])
    extract(seed)  # loads the gazetteer and the lexicon once
    articles = generated_articles(count, seed.published)
    seconds, cpu = [], []
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        for article in articles:
            extract(article)
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu}))


def extraction(count: int, rounds: int) -> dict[str, list[float]]:
    done = subprocess.run([PYTHON, __file__, "--extract-worker", str(count), str(rounds)], cwd=ROOT,
                          capture_output=True, text=True)
    if done.returncode:
        raise CommandFailed(f"extraction benchmark failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---- scale --------------------------------------------------------------------------


def scale(work: Path, sizes: tuple[int, ...] = (5, 10, 20)) -> list[dict]:
    """Build ``n`` generated articles (text + YAML metadata) cold with one command, per size."""
    from bench_extract import generated_texts

    texts = generated_texts(max(sizes), seed=11)
    rows = []
    for n in sizes:
        project = Bench._project(work / f"scale-{n}", [])
        for i, (title, text) in enumerate(texts[:n]):
            (project / "seeds" / f"gen{i:02d}.txt").write_text(text, encoding="utf-8")
            (project / "seeds" / f"gen{i:02d}.yaml").write_text(
                f"title: {title}\npublished: 2024-12-01\npublished_precision: day\nlanguage: en\n", encoding="utf-8")
        env = dict(os.environ, CLAIMBRIEF_ROOT=str(project), PYTHONHASHSEED="0")
        print(f"scale: building {n} articles ...", file=sys.stderr, flush=True)
        seconds, memory = _run_measured([str(BIN / "claimbrief"), "build", "--force"], cwd=project, env=env)
        rows.append({"articles": n, "seconds": round(seconds, 2), "seconds_per_article": round(seconds / n, 2),
                     "memory": memory})
        shutil.rmtree(project, ignore_errors=True)
    return rows


# ---- dossier (issue 13) --------------------------------------------------------------

DOSSIER_BARS = {  # name: (value key, comparison, limit)
    "dossier of 20, cold <= 3 x one article's cold briefing": ("cold20_over_briefing", "<=", 3.0),
    "dossier of 20, one article changed <= 1 x one article's cold briefing": ("changed_over_briefing", "<=", 1.0),
    "dossier of 1,000 articles, peak memory < 2 GiB": ("big_peak_mib", "<", 2048),
}


def _generated_project(folder: Path, n: int, seed: int = 13) -> list[Path]:
    """A project with ``n`` generated articles (text + metadata, one day apart) in seeds/."""
    import datetime as dt

    from bench_extract import generated_texts

    project = Bench._project(folder, [])
    paths = []
    start = dt.date(2024, 11, 1)
    for i, (title, text) in enumerate(generated_texts(n, seed=seed)):
        path = project / "seeds" / f"gen{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        day = start + dt.timedelta(days=i % 300)
        path.with_suffix(".yaml").write_text(f"title: {title}\npublished: {day.isoformat()}\n"
                                             f"outlet: Outlet {i % 7}\nlanguage: en\n", encoding="utf-8")
        paths.append(path)
    return paths


def _peak(memory: dict) -> float:
    return max(memory["tree_sum_mib"], memory["build_process_mib"], memory["largest_child_mib"])


def dossier_cases(work: Path, big: int = 1000) -> dict:
    """(h) one generated article's cold briefing, (i) a dossier of 20 generated articles,
    cold (their tables not extracted yet), (j) the same after one article changed, (k) a
    dossier of ``big`` generated articles (HTML only), its peak memory; ratios in one run."""
    one = _generated_project(work / "dossier-one", 1)
    env = dict(os.environ, CLAIMBRIEF_ROOT=str(one[0].parents[1]), PYTHONHASHSEED="0")
    load: dict[str, list[float]] = {}  # 1-, 5- and 15-minute load averages as each case ends
    print("dossier: one article's cold briefing ...", file=sys.stderr, flush=True)
    briefing, _ = _run_measured([str(BIN / "claimbrief"), "build", "--force", str(one[0])],
                                cwd=one[0].parents[1], env=env)
    load["briefing"] = list(os.getloadavg())
    twenty = _generated_project(work / "dossier-20", 20)
    project = twenty[0].parents[1]
    env = dict(os.environ, CLAIMBRIEF_ROOT=str(project), PYTHONHASHSEED="0")
    command = [str(BIN / "claimbrief"), "dossier", *map(str, twenty), "--name", "bench"]
    print("dossier: 20 articles, cold ...", file=sys.stderr, flush=True)
    cold, cold_memory = _run_measured(command, cwd=project, env=env)
    load["cold20"] = list(os.getloadavg())
    with open(twenty[7], "a", encoding="utf-8") as handle:
        handle.write("\n\nThe ministry said on Friday that 40 more people had been evacuated.\n")
    print("dossier: 20 articles, one changed ...", file=sys.stderr, flush=True)
    changed = _run(command, cwd=project, env=env)
    load["changed"] = list(os.getloadavg())
    values = {"briefing_cold_s": briefing, "cold20_s": cold, "changed_s": changed,
              "cold20_over_briefing": cold / briefing, "changed_over_briefing": changed / briefing,
              "cold20_peak_mib": _peak(cold_memory)}
    big_memory = None
    if big > 0:  # --dossier-articles 0 leaves the large dossier out (the ratios alone, in minutes)
        print(f"dossier: {big} articles (HTML only) ...", file=sys.stderr, flush=True)
        many = _generated_project(work / "dossier-big", big)
        project = many[0].parents[1]
        env = dict(os.environ, CLAIMBRIEF_ROOT=str(project), PYTHONHASHSEED="0")
        big_seconds, big_memory = _run_measured([str(BIN / "claimbrief"), "dossier", "--name", "big", "--no-pdf",
                                                 "--build-timeout", "7200"], cwd=project, env=env)
        load["big"] = list(os.getloadavg())
        html = project / "report" / "dossiers" / "big" / "dossier.html"
        values.update({"big_articles": big, "big_s": big_seconds, "big_peak_mib": _peak(big_memory),
                       "big_html_mib": html.stat().st_size / 2**20})
    bars = {}
    for name, (key, op, limit) in DOSSIER_BARS.items():
        if key not in values:
            continue
        value = values[key]
        bars[name] = {"value": round(value, 3), "limit": limit, "met": value <= limit if op == "<=" else value < limit}
    print()
    print(_table([("dossier case", "seconds", "")] + [
        ("(h) one generated article's cold briefing", f"{briefing:.1f}", ""),
        ("(i) dossier of 20 articles, cold", f"{cold:.1f}", f"= {cold / briefing:.2f} x (h)"),
        ("(j) dossier of 20, one article changed", f"{changed:.1f}", f"= {changed / briefing:.2f} x (h)")]
        + ([(f"(k) dossier of {big} articles, HTML only", f"{values['big_s']:.1f}",
             f"peak memory {values['big_peak_mib']:.0f} MiB (whole tree), HTML {values['big_html_mib']:.1f} MiB")]
           if big > 0 else [])))
    print("load average (1, 5, 15 min) as each case ended: "
          + "; ".join(f"{k} {v[0]:.1f}, {v[1]:.1f}, {v[2]:.1f}" for k, v in load.items()))
    print()
    print(_table([("bar", "value", "")] + [
        (name, f"{bar['value']:.3f}", "met" if bar["met"] else "MISSED") for name, bar in bars.items()]))
    return {"values": {k: round(v, 3) for k, v in values.items()}, "bars": bars,
            "memory_mib": {"cold20": cold_memory, "big": big_memory},
            "load_average": {k: [round(x, 2) for x in v] for k, v in load.items()}}


# ---- report --------------------------------------------------------------------------


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _table(rows: list[tuple[str, str, str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "\n".join(f"{a:<{widths[0]}}  {b:>{widths[1]}}  {c}" for a, b, c in rows)


def _bytecode_state() -> dict:
    """Whether imports here read compiled bytecode (a venv without .pyc files, with
    PYTHONDONTWRITEBYTECODE set, compiles every module in every process)."""
    import importlib.util

    spec = importlib.util.find_spec("pandas")
    source = Path(spec.origin) if spec and spec.origin else None
    cached = bool(source) and Path(importlib.util.cache_from_source(str(source))).is_file()
    return {"cached": cached, "PYTHONDONTWRITEBYTECODE": os.environ.get("PYTHONDONTWRITEBYTECODE"),
            "PYTHONPYCACHEPREFIX": os.environ.get("PYTHONPYCACHEPREFIX")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each case (median reported; default 3)")
    parser.add_argument("--articles", type=int, default=1000, help="generated articles for (f) (default 1000)")
    parser.add_argument("--scale", action="store_true", help="also build 5, 10 and 20 articles (several minutes)")
    parser.add_argument("--skip-main", action="store_true", help="with --scale or --dossier: only those runs")
    parser.add_argument("--dossier", action="store_true",
                        help="also the dossier's cases: 20 articles cold and after one change, 1,000 articles' memory")
    parser.add_argument("--dossier-articles", type=int, default=1000,
                        help="articles of the large dossier (default 1000; 0 leaves it out)")
    parser.add_argument("--extract-worker", nargs=2, type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=ROOT / "report" / "bench.json")
    args = parser.parse_args()
    if args.extract_worker:
        _extract_worker(*args.extract_worker)
        return 0
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    result: dict = {"machine": {"cpus": os.cpu_count(), "load_average_start": list(os.getloadavg()),
                                "bytecode": _bytecode_state()},
                    "repeat": args.repeat}
    if not result["machine"]["bytecode"]["cached"]:
        print("note: the environment holds no compiled bytecode and PYTHONDONTWRITEBYTECODE is "
              f"{os.environ.get('PYTHONDONTWRITEBYTECODE')!r}: every process compiles what it imports "
              "(all cases pay it; see `uv sync --compile-bytecode`)", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="claimbrief-bench-"))
    try:
        if not args.skip_main:
            result.update(_main_cases(work, args))
        if args.dossier:
            result["dossier"] = dossier_cases(work, args.dossier_articles)
        if args.scale:
            result["scale"] = scale(work)
            print("\nscale (cold, one `claimbrief build` for all articles):")
            print(_table([("articles", "seconds", "s/article")] +
                         [(str(r["articles"]), f"{r['seconds']:.1f}", f"{r['seconds_per_article']:.2f}")
                          for r in result["scale"]]))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result["machine"]["load_average_end"] = list(os.getloadavg())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.skip_main and args.out.is_file():  # keep the last main cases beside a new scale run
        previous = json.loads(args.out.read_text())
        result = {**previous, **{k: result[k] for k in ("scale", "dossier") if k in result},
                  "scale_machine": result["machine"]}
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nwritten {args.out}")
    return 0  # a missed bar is reported, not an error: the machine is shared and times drift


def _main_cases(work: Path, args) -> dict:
    bench = Bench(work)
    runs: dict[str, list] = {k: [] for k in ("a", "b", "c", "d", "e", "e2", "g", "f", "f_cpu")}
    for r in range(args.repeat):
        print(f"round {r + 1} of {args.repeat}: floor", file=sys.stderr, flush=True)
        runs["a"].append(bench.floor())
        print(f"round {r + 1} of {args.repeat}: plain pipeline", file=sys.stderr, flush=True)
        runs["b"].append(bench.plain())
        print(f"round {r + 1} of {args.repeat}: claimbrief build cold, unchanged, touched, edited", file=sys.stderr,
              flush=True)
        seconds, memory = bench.cold()
        runs["c"].append(seconds)
        runs["g"].append(memory)
        runs["d"].append(bench.unchanged())
        runs["e"].append(bench.touched())
        runs["e2"].append(bench.edited())
    print(f"extraction of {args.articles} generated articles, {args.repeat} rounds", file=sys.stderr, flush=True)
    measured = extraction(args.articles, args.repeat)
    runs["f"], runs["f_cpu"] = measured["seconds"], measured["cpu_seconds"]

    a = _median([x["total"] for x in runs["a"]])
    b = _median([x["total"] for x in runs["b"]])
    c, d, e, f = (_median(runs[k]) for k in "cdef")
    e2 = _median(runs["e2"])
    f_cpu = _median(runs["f_cpu"])
    memory = {k: max(m[k] for m in runs["g"]) for k in runs["g"][0]}
    # the bar is held against what the machine must hold at once: the whole process tree
    peak = max(memory["tree_sum_mib"], memory["build_process_mib"], memory["largest_child_mib"])
    values = {
        "a_floor_s": a, "b_plain_s": b, "c_cold_s": c, "d_unchanged_s": d, "e_touched_s": e, "f_extract_s": f,
        "e2_edited_s": e2,
        "c_over_b": c / b, "c_over_a": c / a, "d_over_c": d / c, "e_over_c": e / c, "e2_over_c": e2 / c,
        # per core: articles per second of the process's own CPU time (one thread), which a
        # busy shared machine does not dilute; the wall-clock rate is reported beside it
        "articles_per_second": args.articles / f_cpu, "articles_per_wall_second": args.articles / f,
        "f_extract_cpu_s": f_cpu, "peak_memory_mib": peak,
    }
    parts = {
        "a": {k: round(_median([x[k] for x in runs["a"]]), 3) for k in runs["a"][0]},
        "b": {k: round(_median([x[k] for x in runs["b"]]), 3) for k in runs["b"][0]},
    }
    bars = {}
    for name, (key, op, limit) in BARS.items():
        value = values[key]
        bars[name] = {"value": round(value, 3), "limit": limit,
                      "met": value <= limit if op == "<=" else value >= limit}

    rows = [("case", "median", "runs (s)")]
    rows.append(("(a) floor: papermill empty + nbconvert 1 cell + PDF 1 page", f"{a:.2f} s",
                 " ".join(f"{x['total']:.2f}" for x in runs["a"]) + "  parts " +
                 ", ".join(f"{k} {v:.2f}" for k, v in parts["a"].items() if k != "total")))
    rows.append(("(b) plain: papermill x7, nbconvert x7, PDF", f"{b:.2f} s",
                 " ".join(f"{x['total']:.2f}" for x in runs["b"]) + "  parts " +
                 ", ".join(f"{k} {v:.2f}" for k, v in parts["b"].items() if k != "total")))
    rows.append(("(c) claimbrief build --force, cold", f"{c:.2f} s", " ".join(f"{x:.2f}" for x in runs["c"])))
    rows.append(("(d) claimbrief build, nothing changed", f"{d:.2f} s", " ".join(f"{x:.2f}" for x in runs["d"])))
    rows.append(("(e) claimbrief build, 06-assessment touched", f"{e:.2f} s", " ".join(f"{x:.2f}" for x in runs["e"])))
    rows.append(("(e2) claimbrief build, 06-assessment edited", f"{e2:.2f} s",
                 " ".join(f"{x:.2f}" for x in runs["e2"]) + f"  = {e2 / c:.3f} x cold (the page changes: a new PDF)"))
    rows.append((f"(f) extraction of {args.articles} articles, one process", f"{f:.2f} s",
                 " ".join(f"{x:.2f}" for x in runs["f"]) + f"  = {args.articles / f:.1f} articles/s wall, "
                 f"{args.articles / f_cpu:.1f} per CPU-second (CPU {f_cpu:.2f} s)"))
    rows.append(("(g) peak RSS of the cold build, whole tree (max of runs)", f"{peak:.0f} MiB",
                 f"build process {memory['build_process_mib']:.0f}, largest kernel/child "
                 f"{memory['largest_child_mib']:.0f}, whole tree at once {memory['tree_sum_mib']:.0f}, "
                 f"ru_maxrss {memory['ru_maxrss_mib']:.0f} MiB"))
    print()
    print(_table(rows))
    print()
    print(_table([("bar", "value", "")] + [
        (name, f"{bar['value']:.3f}", "met" if bar["met"] else "MISSED") for name, bar in bars.items()]))
    return {"cases": {k: ([{kk: round(vv, 3) for kk, vv in x.items()} for x in v] if v and isinstance(v[0], dict)
                          else [round(x, 3) for x in v]) for k, v in runs.items()},
            "parts": parts, "memory_mib": memory,
            "values": {k: round(v, 3) for k, v in values.items()}, "bars": bars}


if __name__ == "__main__":
    sys.exit(main())
