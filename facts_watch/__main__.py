"""`make facts-watch`: read every official page the data cites and say what changed since the
record. `make facts-watch-record`: record the pages as they read now (after re-checking the
facts) and move `facts_checked`. Exit status: 0 all clear, 1 something needs a look, 2 the
watch could not run (bad data or record, no credentials for the catalog)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from pathlib import Path

from macros.loading import DataError, load_facts

from . import catalog, record, watch
from .fetch import Reader
from .record import Recorded, RecordedPage
from .replay import Replay, recorded_answers
from .report import render

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = _parser()
    options = parser.parse_args(argv)
    options.command = options.pages.pop(0) if options.pages[:1] in (["record"], ["watch"]) else "watch"
    if problem := _conflict(options):
        parser.error(problem)
    try:
        facts = load_facts(root)
        unknown = sorted(set(options.pages or []) - set(facts.sources))
        if unknown:
            raise DataError(f"no page named {', '.join(unknown)} in data/bedrock.yml sources")
        recorded = record.load(root)
        if options.no_pages:
            result = watch.Watch([], {})
        else:
            with _reader(options, recorded) as reader:
                result = watch.run(recorded, facts, reader, options.pages, recorded_only=options.offline)
        if options.command == "record":
            return _record(root, facts, recorded, result, options.pages)
        if options.catalog:
            result.catalog_checked = facts.watch.catalog_regions
            result.catalog = _catalog(facts)
        days = sorted({r.page.recorded.isoformat() for r in recorded.values()})
        on = f"recorded {', '.join(days) or 'never'}"
        print(render(result, dt.date.today(), on + (", offline: the recorded copies on 127.0.0.1" if options.offline
                                                     else "")))
        if options.markdown:
            _write(options.markdown, _fit(render(result, dt.date.today(), on, markdown=True)))
    except DataError as error:
        print(error, file=sys.stderr)
        return 2
    return 1 if result.needs_a_look else 0


def _conflict(options) -> str:
    """Options that cannot go together, said before anything is read."""
    if options.command == "record" and (options.offline or options.no_pages or options.catalog):
        return "record reads the pages from the web (or --via a mirror): not with --offline, --no-pages or --catalog"
    if options.no_pages and not options.catalog:
        return "--no-pages checks nothing without --catalog"
    return ""


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise DataError(f"{path}: the Markdown report could not be written ({error.strerror})") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m facts_watch", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="*", metavar="[record] page",
                        help="`record` to record; then names in `sources:` (default: every page)")
    parser.add_argument("--offline", action="store_true", help="read the recorded copies, served on 127.0.0.1")
    parser.add_argument("--via", help="read every page through this mirror: <via>/<host>/<path>")
    parser.add_argument("--catalog", action="store_true",
                        help="also compare Bedrock's catalog (read-only calls; AWS credentials from the environment)")
    parser.add_argument("--no-pages", action="store_true", help="read no page (with --catalog: the catalog only)")
    parser.add_argument("--markdown", type=Path, help="also write the report as Markdown to this file")
    parser.add_argument("--timeout", type=_seconds, default=20, help="seconds per request (default 20)")
    parser.add_argument("--backoff", type=_seconds, default=2, help="seconds before the first retry (default 2)")
    return parser


# A GitHub issue's body holds at most 65,536 characters; the workflow adds a footer and, with
# a role set, the catalog's report.
ISSUE_ROOM = 55_000


def _fit(report: str) -> str:
    """The Markdown report, cut at a line to fit an issue, saying where the rest is."""
    if len(report) <= ISSUE_ROOM:
        return report
    cut = report[:ISSUE_ROOM].rsplit("\n", 1)[0]
    if cut.count("```") % 2:
        cut += "\n  ```"
    return cut + "\n\n… The report is longer than an issue can hold: the whole of it is in the run's log.\n"


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0
    if not 0 < seconds <= 600:
        raise argparse.ArgumentTypeError(f"{value!r}: give seconds, more than 0 and at most 600")
    return seconds


@contextlib.contextmanager
def _reader(options, recorded: dict[str, Recorded]):
    if options.offline:
        with Replay(recorded_answers(recorded)) as replay:
            yield Reader(options.timeout, backoff=options.backoff, via=replay.url)
    else:
        yield Reader(options.timeout, backoff=options.backoff, via=options.via)


def _record(root: Path, facts, pages: dict[str, Recorded], result: watch.Watch, named: list[str]) -> int:
    today = dt.date.today()
    # A moved page is recorded once `sources:` names its new address.
    unread = [p for p in result.pages if not p.read_from or p.state in ("gone", "unreadable", "moved")]
    for page in result.pages:
        if page not in unread:
            note = pages[page.name].page.note if page.name in pages and page.state == "unchanged" else None
            pages[page.name] = Recorded(RecordedPage(url=page.url, read_from=page.read_from, recorded=today,
                                                     note=note), page.sections)
    record.save(root, {name: r for name, r in pages.items() if name in facts.sources})
    for page in unread:
        print(f"not recorded: {page.name} {page.url}: {page.state}: {page.detail}", file=sys.stderr)
    print(f"recorded {len(result.pages) - len(unread)} pages in {record.FOLDER}/")
    if unread:
        print("facts_checked stays: some pages could not be read", file=sys.stderr)
        return 1
    if named:
        print(f"facts_checked stays: only {', '.join(named)} were recorded; record every page "
              "(make facts-watch-record) once the watch finds no other change")
        return 0
    record.move_facts_checked(root, today)
    print(f"facts_checked: {today.isoformat()}")
    return 0


def _catalog(facts) -> list[str]:
    import boto3  # only for --catalog: the page watch needs no AWS SDK
    from botocore.exceptions import BotoCoreError, ClientError
    try:
        listings = catalog.read(facts.watch.catalog_regions, lambda region: boto3.client("bedrock", region_name=region))
    except (BotoCoreError, ClientError) as error:
        raise DataError(f"Bedrock's catalog could not be read: {error}") from None
    return catalog.differences(facts, listings)


if __name__ == "__main__":
    sys.exit(main())
