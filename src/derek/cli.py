"""derek's command line: a thin layer over the library.

Exit status: 0 all went well, 1 some inputs failed (each named on stderr), 2 bad usage,
4 a package derek needs is not installed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from derek.collector import tune_for_batch
from derek.errors import DependencyError, DerekError, InputError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INCOMPLETE_INSTALL = 4  # a package derek needs is missing: reinstall derek


def strict_json(value: object) -> str:
    """One line of strict JSON (no NaN or Infinity; non-ASCII text as it is)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _report(err: InputError | DerekError) -> None:
    print(f"derek: error: {err}", file=sys.stderr)


# --- commands -----------------------------------------------------------------------------


def cmd_process(args: argparse.Namespace, out: TextIO) -> int:
    from derek.digest import render_digest
    from derek.run import process_stream

    failed = 0
    for item in process_stream(args.files, workers=args.workers, tokens=False):  # neither output shows them
        if isinstance(item, InputError):
            _report(item)
            failed += 1
            continue
        try:
            text = render_digest(item) if args.format == "text" else strict_json(item.to_dict())
        except (DerekError, ValueError) as exc:  # a document that cannot be printed costs itself, not the batch
            _report(InputError(item.source.path or "<input>", f"cannot be printed ({exc})"))
            failed += 1
            continue
        out.write(text + "\n")
        out.flush()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def cmd_ingest(args: argparse.Namespace, out: TextIO) -> int:
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from derek.kb import KnowledgeBase

    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        transient=True,
        disable=args.quiet or not sys.stderr.isatty(),
    )
    with KnowledgeBase(args.db) as kb, progress:
        task = progress.add_task("ingest", total=None)
        summary = kb.ingest(args.paths, on_error=_report, on_article=lambda _: progress.advance(task),
                            workers=args.workers)
    print(
        f"{summary.added} added, {summary.present} already present, {summary.failed} failed → {args.db}",
        file=out,
    )
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from dataclasses import asdict

    from derek.kb import KnowledgeBase

    with KnowledgeBase(args.db, readonly=True) as kb:
        hits = kb.search(
            args.query,
            limit=args.limit,
            date_from=args.date_from,
            date_to=args.date_to,
            entity=int(args.entity) if args.entity and args.entity.isdigit() else args.entity,
            event_type=args.event_type,
            publisher=args.publisher,
        )
    if args.json:
        for h in hits:
            out.write(strict_json(asdict(h)) + "\n")
        return EXIT_OK
    if not hits:
        print(f"no articles match {args.query!r}", file=out)
        return EXIT_OK
    if out.isatty():
        from rich.console import Console
        from rich.markup import escape

        console = Console(file=out, highlight=False)
        for rank, h in enumerate(hits, 1):
            console.print(f"[bold]{rank:2d}.[/bold] [cyan]{h.date or '----------'}[/cyan] "
                          f"[bold]{escape(h.title or '(untitled)')}[/bold]  [dim]({h.doc_id})[/dim]")
            snippet = "".join(f"[bold yellow]{escape(t)}[/bold yellow]" if m else escape(t) for t, m in h.snippet_parts)
            console.print(f"    {snippet}")
        return EXIT_OK
    for rank, h in enumerate(hits, 1):
        print(f"{rank:2d}. {h.date or '----------'} {h.title or '(untitled)'}  ({h.doc_id})", file=out)
        print(f"    {h.snippet}", file=out)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    from derek.web.server import serve

    serve(db=args.db, host=args.host, port=args.port)
    return EXIT_OK


def cmd_tag(args: argparse.Namespace, out: TextIO) -> int:
    from derek.ingest.conll import format_columns, read_token_file
    from derek.ner import tag_sentences

    sents = read_token_file(args.file)
    out.write(format_columns(sents, tag_sentences(sents), " "))
    return EXIT_OK


def cmd_lemmatize(args: argparse.Namespace, out: TextIO) -> int:
    from derek.ingest.conll import format_columns, read_token_file
    from derek.morph import lemmatize_sentences

    sents = read_token_file(args.file)
    out.write(format_columns(sents, lemmatize_sentences(sents), "\t"))
    return EXIT_OK


# --- the parser ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="derek",
        description="derek reads Kazakh-language news and turns it into facts with evidence: "
        "people and their posts, events and who took part, quotes with their speakers, numbers.",
        epilog="Exit status: 0 all went well, 1 some inputs failed (named on stderr), 2 bad usage, "
        "4 a package derek needs is not installed.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("process", help="print one JSON document (or a readable digest) per article",
                       description="Read articles (text, dated text, JSON Lines, HTML, RSS/Atom, "
                       "directories, .gz; '-' is stdin) and print one JSON document per line.")
    p.add_argument("files", nargs="+", metavar="FILE", help="article files or directories; '-' reads stdin")
    p.add_argument("--format", choices=("json", "text"), default="json",
                   help="json: one derek.document/1 object per line (default); text: a readable digest")
    _add_workers(p)
    p.set_defaults(func=cmd_process)

    p = sub.add_parser("ingest", help="add articles to the knowledge base",
                       description="Process articles and store them in the knowledge base. "
                       "Re-ingesting the same article adds nothing.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or feeds; '-' reads stdin")
    p.add_argument("--db", default="derek.db", help="the SQLite knowledge base (default: ./derek.db)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_workers(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="search the knowledge base",
                       description="Search stored articles: Kazakh in any inflection, Cyrillic or Latin.")
    p.add_argument("query", metavar="QUERY", help="words to look for; search syntax is never interpreted")
    p.add_argument("--db", default="derek.db", help="the SQLite knowledge base (default: ./derek.db)")
    p.add_argument("--limit", type=int, default=10, help="at most this many hits (default 10)")
    p.add_argument(
        "--from", dest="date_from", metavar="DATE", help="only articles dated on or after DATE (YYYY[-MM[-DD]])",
    )
    p.add_argument("--to", dest="date_to", metavar="DATE", help="only articles dated on or before DATE")
    p.add_argument("--entity", help="only articles that mention this entity (a name or a knowledge-base id)")
    p.add_argument("--type", dest="event_type", metavar="EVENT_TYPE",
                   help="only articles with an event of this type (meeting, visit, agreement, call, ...)")
    p.add_argument("--publisher", help="only articles from this publisher")
    p.add_argument("--json", action="store_true", help="one JSON object per hit")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("serve", help="the web UI and JSON API",
                       description="Serve the knowledge base in a browser and as a JSON API under /api.")
    p.add_argument("--db", default="derek.db", help="the SQLite knowledge base (default: ./derek.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("tag", help="named entities for pre-tokenised text (IOB2)",
                       description="One token a line, a blank line between sentences; prints "
                       "`token LABEL` with the same lines (KazNERD's 25 classes).")
    p.add_argument("file", metavar="FILE", help="token file; '-' reads stdin")
    p.set_defaults(func=cmd_tag)

    p = sub.add_parser("lemmatize", help="lemmas for pre-tokenised text",
                       description="One token a line, a blank line between sentences; prints "
                       "`token<TAB>lemma` with the same lines (UD Kazakh conventions).")
    p.add_argument("file", metavar="FILE", help="token file; '-' reads stdin")
    p.set_defaults(func=cmd_lemmatize)
    return parser


def _workers(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


def _add_workers(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=_workers, default=1, metavar="N",
                   help="analyse articles on N processes, results in input order (default 1)")


def _version() -> str:
    from derek import __version__

    return __version__


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    stream = out or sys.stdout
    tune_for_batch()
    try:
        code: int = args.func(args, stream)
        return code
    except InputError as exc:
        _report(exc)
        return EXIT_SOME_FAILED
    except DependencyError as exc:
        _report(exc)
        return EXIT_INCOMPLETE_INSTALL
    except DerekError as exc:
        _report(exc)
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
