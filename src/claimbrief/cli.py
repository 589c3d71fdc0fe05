"""The command line: ``claimbrief extract | evaluate | build | dossier | review``.

Imports are deferred to the command that needs them so ``claimbrief --help`` answers
at once.  Every error a user can cause is a :class:`~claimbrief.errors.ClaimbriefError`:
it is printed as one sentence on stderr and the exit code is 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one sentence on stderr and exit code 2."""

    def error(self, message: str):
        self.exit(2, f"claimbrief: {message} (see claimbrief --help).\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="claimbrief",
        description="Turn a news article into an analyst's briefing: claims, figures, dates and places.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="extract the six tables of an article as CSV")
    p.add_argument("article", type=Path, help="the article text (its metadata is the same path with .yaml)")
    p.add_argument("--out", type=Path, required=True, help="folder for sentences.csv, claims.csv, ... (created)")
    p.add_argument("--published", help="publication date YYYY-MM-DD, overriding the metadata")

    p = sub.add_parser("evaluate", help="score the extraction against gold files")
    p.add_argument("gold", type=Path, nargs="+", help="gold YAML files (format: shared/gold/README.md)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--misses", action="store_true", help="list what was missed or extra, per article")

    p = sub.add_parser("build", help="build the briefing (HTML, PDF, CSV) of articles")
    _build_options(p, "run every notebook again, ignoring the cache",
                   "title of the briefing (default: the article's title from its metadata)")
    p.add_argument("--published", help="publication date YYYY-MM-DD, overriding the metadata")

    p = sub.add_parser("dossier", help="compare several articles on one story (HTML, PDF, CSV)",
                       description="Compare articles on one story source by source: figures that agree or conflict, "
                                   "claims relayed or corroborated, what changed.  Writes "
                                   "report/dossiers/NAME/dossier.html, dossier.pdf and data/*.csv.")
    _build_options(p, "extract, compare and run every notebook again", "title of the dossier (default: 'Dossier: NAME')")
    p.add_argument("--name", required=True, help="the dossier's name: its folder under report/dossiers/")

    p = sub.add_parser("review", help="the analyst's review file of an article: start it, check it, add decisions",
                       description="Without an action: write seeds/<name>.review.yaml to start from (every row with "
                                   "its id and values as comments; an existing file only gets the new rows appended "
                                   "as comments).  With one action: record that decision in the file.")
    p.add_argument("article", type=Path, help="the article text")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--check", action="store_true", help="list decisions that no longer find their row (exit 1 if any)")
    what.add_argument("--list", nargs="?", const="all", metavar="TABLE",
                      help="print the rows (claims, figures, dates, places; default all) with their ids")
    what.add_argument("--accept", metavar="ID", help="the row is right as extracted")
    what.add_argument("--correct", metavar="ID", help="set columns of the row (with --set COLUMN=VALUE)")
    what.add_argument("--reject", metavar="ID", help="the row is not a claim / figure / date / place (say why: --note)")
    what.add_argument("--add", metavar="TABLE", help="a row the extraction missed (with --sentence, --mention, --set)")
    p.add_argument("--set", action="append", default=[], metavar="COLUMN=VALUE", help="a column's value (repeat)")
    p.add_argument("--sentence", help="--add: the sentence's exact text (or words only it holds)")
    p.add_argument("--mention", help="--add: the row's exact words in the sentence")
    p.add_argument("--note", help="why (shown in the briefing's appendix)")
    p.add_argument("--reviewer", help="who decides (default: $CLAIMBRIEF_REVIEWER, else the user name)")
    return parser


def _build_options(p: argparse.ArgumentParser, force_help: str, title_help: str) -> None:
    """The options a briefing's and a dossier's build share."""
    p.add_argument("articles", type=Path, nargs="*", help="article texts (default: every seeds/*.txt)")
    p.add_argument("--force", action="store_true", help=force_help)
    p.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: number of cores, at most 3)")
    p.add_argument("--timeout", type=float, default=600, help="seconds one notebook may run (default 600)")
    p.add_argument("--build-timeout", type=float, default=3600, help="seconds the whole build may run (default 3600)")
    p.add_argument("--title", help=title_help)
    p.add_argument("--no-pdf", action="store_true", help="write the HTML only")


def _extract(args) -> int:
    from .article import read_article
    from .extract import extract
    from .tables import write_tables

    from .language import ENGLISH, not_extracted_note

    article = read_article(args.article, published=args.published)
    tables = extract(article)
    for path in write_tables(tables, args.out):
        print(path)
    code, basis = article.language
    if code != ENGLISH:
        print(not_extracted_note(code, basis), file=sys.stderr)
    return 0


def _evaluate(args) -> int:
    from .evaluate import evaluate, format_dossier_report, format_report, is_dossier_gold, score_dossier

    # a dossier gold (several articles compared) is recognised by its keys and scored on its own
    dossiers = [score_dossier(p) for p in args.gold if is_dossier_gold(p)]
    articles = [p for p in args.gold if not is_dossier_gold(p)]
    scores, total = evaluate(articles) if articles else ([], None)
    if args.json:
        out = {"articles": [s.as_dict() for s in scores], "micro": total.as_dict() if total else None}
        if dossiers:
            out["dossiers"] = [d.as_dict() for d in dossiers]
        print(json.dumps(out, indent=2))
    else:
        parts = [format_report(scores, total, show_misses=args.misses)] if articles else []
        parts += [format_dossier_report(d, show_misses=args.misses) for d in dossiers]
        print("\n\n".join(parts))
    return 0


def _build(args) -> int:
    from .build import build

    build(args.articles, force=args.force, jobs=args.jobs, published=args.published,
          timeout=args.timeout, pdf=not args.no_pdf, build_timeout=args.build_timeout, title=args.title)
    return 0


def _dossier(args) -> int:
    from .dossier_build import build_dossier

    build_dossier(args.articles, args.name, force=args.force, jobs=args.jobs, timeout=args.timeout,
                  build_timeout=args.build_timeout, pdf=not args.no_pdf, title=args.title)
    return 0


def _review(args) -> int:
    from .errors import ReviewError
    from .review import Review, review_lock, starting_text, write_atomically

    settings = {}
    for item in args.set:
        column, sep, value = item.partition("=")
        if not sep or not column.strip():
            raise ReviewError(f"--set {item!r} is not COLUMN=VALUE (e.g. --set certainty=hedged).")
        settings[column.strip()] = value
    acting = args.accept or args.correct or args.reject or args.add
    if (settings or args.sentence or args.mention) and not (args.correct or args.add):
        raise ReviewError("--set, --sentence and --mention go with --correct or --add.")
    rv = Review(args.article, reviewer=args.reviewer)
    if args.check:
        stale = rv.stale()
        for r in stale.itertuples():
            print(f"{rv.path.name}: {r.action} {r.id} ({r.table}) no longer applies: {r.reason}")
        if len(stale):
            return 1
        print(f"{rv.path.name}: every decision finds its row ({len(rv.decisions)} decision(s)).")
        return 0
    if args.list:
        import pandas as pd

        tables = ("claims", "figures", "dates", "places") if args.list == "all" else (args.list,)
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 60):
            for table in tables:
                print(f"== {table}")
                print(rv.rows(table).to_string(index=False))
        return 0
    if args.accept:
        rv.accept(args.accept, note=args.note)
    elif args.correct:
        if not settings:
            raise ReviewError("--correct needs at least one --set COLUMN=VALUE (e.g. --set certainty=hedged).")
        rv.correct(args.correct, note=args.note, **settings)
    elif args.reject:
        rv.reject(args.reject, note=args.note)
    elif args.add:
        if not args.sentence:
            raise ReviewError("--add needs --sentence (the exact text of the sentence the row is in).")
        row_id = rv.add(args.add, args.sentence, mention=args.mention, note=args.note, **settings)
        print(f"{rv.path}: added {row_id}")
        return 0
    if acting:
        print(f"{rv.path}: {'accept' if args.accept else 'correct' if args.correct else 'reject'} "
              f"{acting} recorded")
        return 0
    with review_lock(rv.path):  # another writer's decision is never lost
        existing = rv.path.read_bytes().decode("utf-8-sig") if rv.path.is_file() else None
        text, count = starting_text(rv.article.path.name, rv.machine, rv.article.text, existing)
        if count:
            write_atomically(rv.path, text)
    if existing is not None and count == 0:
        print(f"{rv.path}: every row is already in the file; nothing written.")
    else:
        print(f"{rv.path}: {'started with' if existing is None else 'appended'} {count} row(s) as comments.")
    for r in rv.outcome.sources.itertuples():
        if r.registered is not True:
            print(f"not in the register: {r.claimant}; to grade it, add to sources.yaml under 'sources:'\n  {r.entry}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.version:
        from . import __version__

        print(f"claimbrief {__version__}")
        return 0
    if not args.command:
        parser.print_help()
        return 2
    import signal

    from .errors import ClaimbriefError

    def _terminate(signum, frame):  # SIGTERM ends the build like Ctrl-C: cleanly, report untouched
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _terminate)
    handlers = {"extract": _extract, "evaluate": _evaluate, "build": _build, "dossier": _dossier, "review": _review}
    try:
        return handlers[args.command](args)
    except ClaimbriefError as exc:
        print(f"claimbrief: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("claimbrief: interrupted; the last good report is unchanged.", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"claimbrief: {exc.strerror or exc} ({exc.filename or 'file system'}).", file=sys.stderr)
        return 2
    except Exception as exc:  # a fault of claimbrief itself: one sentence, not a traceback
        if os.environ.get("CLAIMBRIEF_DEBUG"):
            raise
        print(f"claimbrief: internal error ({type(exc).__name__}: {str(exc)[:200]}); the last good report is "
              "unchanged. Run again with CLAIMBRIEF_DEBUG=1 to see where, and report it.", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
