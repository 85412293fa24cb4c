"""derek's command line: a thin layer over the library.

Exit status: 0 all went well, 1 some inputs failed (each named on stderr), 2 bad usage (a bad option,
date, type or limit), 3 ``derek serve`` cannot listen on its address, 4 a package derek needs is not installed,
130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from derek.collector import tune_for_batch
from derek.errors import DependencyError, DerekError, InputError
from derek.kb.export import FORMATS, TABLES
from derek.kb.validate import Refused

if TYPE_CHECKING:
    from pathlib import Path

    from rich.progress import Progress

    from derek.kb import KnowledgeBase
    from derek.kb.aliases import Applied

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_CANNOT_LISTEN = 0, 1, 2, 3
EXIT_INCOMPLETE_INSTALL = 4  # a package derek needs is missing: reinstall derek
EXIT_STATUS_HELP = ("Exit status: 0 all went well, 1 some inputs failed (named on stderr), 2 bad usage, "
                    "3 serve cannot listen on its address, 4 a package derek needs is not installed, "
                    "130 interrupted.")


def strict_json(value: object) -> str:
    """One line of strict JSON (no NaN or Infinity; non-ASCII text as it is)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _report(err: InputError | DerekError | ValueError) -> None:
    print(f"derek: error: {err}", file=sys.stderr)


# --- commands -----------------------------------------------------------------------------


def cmd_process(args: argparse.Namespace, out: TextIO) -> int:
    from derek.digest import render_digest
    from derek.run import process_stream

    failed = 0
    workers = _worker_count(args.workers, args.files)
    for item in process_stream(args.files, workers=workers, tokens=False):  # neither output shows the tokens
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
    from derek.kb import KnowledgeBase
    from derek.kb.embeddings import model_installed

    # embed by default when the model is there; asked for by name (--embed), its absence is an error said at once
    embed = model_installed() if args.embed is None else args.embed
    if args.embed:
        from derek.kb.embeddings import require_embedder

        require_embedder()
    if not _any_input_exists(args.paths):
        return EXIT_SOME_FAILED  # nothing to read: no knowledge base is created
    progress, total = _ingest_progress(args.paths, quiet=args.quiet or not sys.stderr.isatty())
    with KnowledgeBase(args.db) as kb, progress:
        task = progress.add_task("ingest", total=total)

        def failed(error: InputError) -> None:
            _report(error)
            progress.advance(task)

        summary = kb.ingest(args.paths, on_error=failed, on_article=lambda _: progress.advance(task),
                            workers=_worker_count(args.workers, args.paths))
        _apply_corrections_file(kb, args.db, out)
    print(
        f"{summary.added} added, {summary.present} already present, {summary.failed} failed → {args.db}",
        file=out,
    )
    if embed:
        code = _embed(args.db, args.quiet, out)
        if code != EXIT_OK:
            return code
    elif args.embed is None:
        from derek.kb.embeddings import NOT_INSTALLED

        print(f"not embedded: {NOT_INSTALLED}; search ranks by BM25 only", file=out)
    else:
        print(f"not embedded (--no-embed): `derek embed --db {args.db}` adds the vectors later", file=out)
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


def _embed(db: str, quiet: bool, out: TextIO) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from derek.kb import KnowledgeBase
    from derek.kb.embeddings import embed_missing, missing_count, require_embedder

    model = require_embedder()
    with KnowledgeBase(db) as kb:
        todo = missing_count(kb.conn)
        progress = Progress(TextColumn("embedding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            transient=True, disable=quiet or not sys.stderr.isatty())
        with progress:
            task = progress.add_task("embed", total=todo)
            summary = embed_missing(kb.conn, model, on_batch=lambda n: progress.advance(task, n))
    print(f"{summary.embedded} embedded, {summary.already} already had vectors → {db}", file=out)
    return EXIT_OK


def cmd_embed(args: argparse.Namespace, out: TextIO) -> int:
    return _embed(args.db, args.quiet, out)


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from dataclasses import asdict

    from derek.kb import KnowledgeBase

    with KnowledgeBase(args.db, readonly=True) as kb:
        event_type = _checked_search(kb, args)
        hits = kb.search(
            args.query,
            limit=args.limit,
            date_from=args.date_from,
            date_to=args.date_to,
            entity=int(args.entity) if args.entity and args.entity.isdigit() else args.entity,
            event_type=event_type,
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
    from derek.web.server import CannotListen, serve

    try:
        serve(db=args.db, host=args.host, port=args.port)
    except CannotListen as exc:
        _report(exc)
        return EXIT_CANNOT_LISTEN
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from derek.kb import KnowledgeBase
    from derek.kb.export_folder import export_to

    with KnowledgeBase(args.db, readonly=True) as kb:
        written = export_to(kb.conn, args.format, Path(args.to), args.table or None)
    for name, path, rows in written:
        print(f"{name}: {rows} rows → {path}", file=out)
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


def cmd_alias(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from derek.kb import KnowledgeBase
    from derek.kb.aliases import (
        Merge,
        Split,
        apply_corrections,
        default_file,
        find_entities,
        read_corrections,
        write_corrections,
    )

    path = Path(args.file) if args.file else default_file(args.db)
    corrections = read_corrections(path)
    if args.action == "list":
        for m in corrections.merges:
            print(f"merge {m.name} → {m.into}", file=out)
        for s in corrections.splits:
            print(f"split {s.name}" + (f" from {s.source}" if s.source else ""), file=out)
        return EXIT_OK
    with KnowledgeBase(args.db) as kb:
        if args.action == "add":
            for name in (args.name, args.same_as):
                if not find_entities(kb.conn, name):
                    raise Refused(f"no entity in {args.db} is called {name!r} (nor has that id)")
            corrections.merges.append(Merge(args.name, args.same_as))
        elif args.action == "split":
            corrections.splits.append(Split(args.name, args.source))
        done = apply_corrections(kb.conn, corrections)
    if args.action in ("add", "split"):
        write_corrections(path, corrections)
    _print_applied(done, path, out)
    return EXIT_OK


def _print_applied(done: Applied, path: Path, out: TextIO) -> None:
    for drop, keep in done.merged:
        print(f"merged entity {drop} into {keep}", file=out)
    for source, new in done.split:
        print(f"split entity {new} off entity {source}", file=out)
    for note in done.notes:
        print(f"note: {note}", file=out)
    print(f"{len(done.merged)} merged, {len(done.split)} split; corrections kept in {path}", file=out)


def _apply_corrections_file(kb: KnowledgeBase, db: str, out: TextIO) -> None:
    """After an ingest, apply the corrections beside the database (when there are any) to the new articles too."""
    from derek.kb.aliases import apply_corrections, default_file, read_corrections

    path = default_file(db)
    corrections = read_corrections(path)
    if corrections:
        done = apply_corrections(kb.conn, corrections)
        if done.merged or done.split:
            print(f"entity corrections from {path}: {len(done.merged)} merged, {len(done.split)} split", file=out)


# --- checks and helpers -------------------------------------------------------------------


def _checked_search(kb: KnowledgeBase, args: argparse.Namespace) -> str | None:
    """The stored spelling of ``--type``; Refused (exit 2) for an unknown type or an empty date range."""
    from derek.kb import validate

    validate.check_date_range(args.date_from, args.date_to)
    return validate.event_type(kb.conn, args.event_type) if args.event_type else None


def _date(value: str) -> str:
    from derek.kb.validate import Refused, check_date

    try:
        return check_date(value)
    except Refused as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _limit(value: str) -> int:
    from derek.kb.validate import Refused, check_limit

    try:
        return check_limit(int(value))
    except ValueError as exc:
        message = str(exc) if isinstance(exc, Refused) else f"{value!r} is not a whole number"
        raise argparse.ArgumentTypeError(message) from None


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"port must be between 1 and 65535, not {port}")
    return port


def _any_input_exists(paths: list[str]) -> bool:
    """False, each path named on stderr, when not one of ``paths`` exists (``-`` always does)."""
    import os

    if any(p == "-" or os.path.lexists(p) for p in paths):
        return True
    for p in paths:
        _report(InputError(p, "no such file or directory; nothing was ingested and no knowledge base was created"))
    return False


# One file of these holds many articles, so counting files does not count articles.
_MANY_ARTICLE_SUFFIXES = (".jsonl", ".ndjson", ".json", ".xml", ".rss", ".atom", ".gz")


def _article_count(paths: list[str]) -> int | None:
    """How many articles ``paths`` hold, when every input is one article a file; None when unknown."""
    from derek.ingest.inputs import iter_input_paths

    count = 0
    for item in iter_input_paths(paths):
        if isinstance(item, str) and (item == "-" or item.lower().endswith(_MANY_ARTICLE_SUFFIXES)):
            return None
        count += 1
    return count


def _ingest_progress(paths: list[str], quiet: bool) -> tuple[Progress, int | None]:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    total = None if quiet else _article_count(paths)
    counted = [MofNCompleteColumn(), TextColumn("articles"), TimeElapsedColumn(), TextColumn("ETA"),
               TimeRemainingColumn()] if total is not None else [TextColumn("{task.completed} articles"),
                                                                TimeElapsedColumn()]
    progress = Progress(TextColumn("ingesting"), BarColumn(), *counted, transient=True, disable=quiet)
    return progress, total


# --- the parser ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="derek",
        description="derek reads Kazakh-language news and turns it into facts with evidence: "
        "people and their posts, events and who took part, quotes with their speakers, numbers.",
        epilog=EXIT_STATUS_HELP,
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
                       "Re-ingesting the same article adds nothing. Then gives the articles without one a vector "
                       "of their title and lead, so that search also ranks by meaning, in any language.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or feeds; '-' reads stdin")
    p.add_argument("--db", default="derek.db", help="the SQLite knowledge base (default: ./derek.db)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--embed", action=argparse.BooleanOptionalAction, default=None,
                   help="then embed the articles for cross-lingual search, as `derek embed` (the default when the "
                   "model is installed; --embed makes its absence an error); --no-embed skips it, which ingests "
                   "faster (search by meaning then waits for `derek embed`)")
    _add_workers(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("embed", help="embed stored articles for cross-lingual (semantic) search",
                       description="Give every stored article without one a dense vector of its title and lead "
                       "(multilingual-e5-small), so that search also ranks by meaning, in any language. "
                       "Incremental: stop it at any time and run it again to go on. `derek ingest` does it already "
                       "unless told --no-embed.")
    p.add_argument("--db", default="derek.db", help="the SQLite knowledge base (default: ./derek.db)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_embed)

    p = sub.add_parser("search", help="search the knowledge base",
                       description="Search stored articles: Kazakh in any inflection, Cyrillic or Latin.")
    p.add_argument("query", metavar="QUERY", help="words to look for; search syntax is never interpreted")
    p.add_argument("--db", default="derek.db", help="the SQLite knowledge base (default: ./derek.db)")
    p.add_argument("--limit", type=_limit, default=10, help="at most this many hits, 1 to 500 (default 10)")
    p.add_argument(
        "--from", dest="date_from", metavar="DATE", type=_date,
        help="only articles dated on or after DATE (YYYY[-MM[-DD]])",
    )
    p.add_argument("--to", dest="date_to", metavar="DATE", type=_date, help="only articles dated on or before DATE")
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
    p.add_argument("--port", type=_port, default=8000, help="port to listen on (default 8000)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("export", help="write the knowledge base as flat tables (CSV, JSON Lines, Parquet, TSV)",
                       description="One file per table (articles, entities, mentions, roles, quotes, events, "
                       "participants, claims) in DIR; --format events-tsv writes one GDELT-style events.tsv, a row "
                       "per event and actor pair. Columns: docs/export.md.")
    p.add_argument("--db", default="derek.db", help="the SQLite knowledge base (default: ./derek.db)")
    p.add_argument("--format", choices=FORMATS, default="csv", help="csv (default), jsonl, parquet or events-tsv")
    p.add_argument("--to", required=True, metavar="DIR", help="the folder to write (created when missing)")
    p.add_argument("--table", action="append", choices=list(TABLES), metavar="TABLE",
                   help="only this table (repeatable; default: every table)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("alias", help="correct entities: merge two, or split a wrong merge (kept across re-ingest)",
                       description="Corrections live in a small TOML file beside the database (derek.db → "
                       "derek.aliases.toml); each is applied now and again after every `derek ingest`.")
    p.add_argument("action", choices=("add", "split", "list", "apply"),
                   help="add NAME SAME_AS: NAME is the same entity as SAME_AS; split NAME [--from ENTITY]: articles "
                   "that write NAME get an entity of their own; list; apply: apply the file again")
    p.add_argument("name", nargs="?", metavar="NAME", help="a name as written, or a knowledge-base id")
    p.add_argument("same_as", nargs="?", metavar="SAME_AS", help="for add: the entity NAME is (name or id)")
    p.add_argument("--from", dest="source", metavar="ENTITY", help="for split: the entity NAME was merged into")
    p.add_argument("--db", default="derek.db", help="the SQLite knowledge base (default: ./derek.db)")
    p.add_argument("--file", metavar="TOML", help="the corrections file (default: beside the database)")
    p.set_defaults(func=cmd_alias)

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


def _workers(value: str) -> int | str:
    if value == "auto":
        return value
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more) or 'auto'")
    return int(value)


def _add_workers(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=_workers, default="auto", metavar="N",
                   help="analyse articles on N processes, results in input order; 'auto' (the default) uses "
                   "every core when the input files hold 256 KiB or more, else one process")


def _worker_count(value: int | str, paths: Sequence[str]) -> int:
    if isinstance(value, int):
        return value
    from derek.parallel import auto_workers

    return auto_workers(paths)


def _version() -> str:
    from derek import __version__

    return __version__


def _check_alias_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if getattr(args, "func", None) is not cmd_alias:
        return
    wanted = {"add": 2, "split": 1, "list": 0, "apply": 0}[args.action]
    given = sum(x is not None for x in (args.name, args.same_as))
    if given != wanted:
        parser.error(f"alias {args.action} takes {wanted} name{'s' if wanted != 1 else ''}, not {given}")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _check_alias_arguments(parser, args)
    stream = out or sys.stdout
    tune_for_batch()
    try:
        code: int = args.func(args, stream)
        return code
    except Refused as exc:
        _report(exc)
        return EXIT_USAGE
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
