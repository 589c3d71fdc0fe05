"""The command line: ``claimbrief extract | evaluate | build``.

Imports are deferred to the command that needs them so ``claimbrief --help`` answers
at once.  Every error a user can cause is a :class:`~claimbrief.errors.ClaimbriefError`:
it is printed as one sentence on stderr and the exit code is 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
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
    p.add_argument("articles", type=Path, nargs="*", help="article texts (default: every seeds/*.txt)")
    p.add_argument("--force", action="store_true", help="run every notebook again, ignoring the cache")
    p.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: number of cores)")
    p.add_argument("--published", help="publication date YYYY-MM-DD, overriding the metadata")
    p.add_argument("--timeout", type=float, default=600, help="seconds one notebook may run (default 600)")
    p.add_argument("--build-timeout", type=float, default=3600, help="seconds the whole build may run (default 3600)")
    p.add_argument("--title", help="title of the briefing (default: the article's title from its metadata)")
    p.add_argument("--no-pdf", action="store_true", help="write the HTML only")
    return parser


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
    from .evaluate import evaluate, format_report

    scores, total = evaluate(args.gold)
    if args.json:
        print(json.dumps({"articles": [s.as_dict() for s in scores], "micro": total.as_dict()}, indent=2))
    else:
        print(format_report(scores, total, show_misses=args.misses))
    return 0


def _build(args) -> int:
    from .build import build

    build(args.articles, force=args.force, jobs=args.jobs, published=args.published,
          timeout=args.timeout, pdf=not args.no_pdf, build_timeout=args.build_timeout, title=args.title)
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
    handlers = {"extract": _extract, "evaluate": _evaluate, "build": _build}
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


if __name__ == "__main__":
    sys.exit(main())
