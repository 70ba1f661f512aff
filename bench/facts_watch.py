"""The facts watch's figure for `make bench`: a full watch of every page in `sources:`, read
offline from the record served on 127.0.0.1 with a delay per answer standing in for a normal
connection (pages the record lacks are served as short stand-ins, so every page is read).
`python -m bench.facts_watch [--latency 0.5]` prints the seconds and the page count."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from facts_watch import record, watch
from facts_watch.fetch import Reader, markdown_version, path_of
from facts_watch.replay import Answer, Replay, recorded_answers
from macros.loading import load_facts

ROOT = Path(__file__).resolve().parent.parent

GOAL_SECONDS = 60.0
LATENCY = 0.5  # seconds per answer: a large documentation page on a normal connection


def every_page(recorded: dict, latency: float) -> dict[str, Answer]:
    answers = recorded_answers(recorded)
    for name, url in load_facts(ROOT).sources.items():
        answers.setdefault(path_of(markdown_version(url) or url), Answer(f"# {name}\n\nA stand-in.\n"))
    for answer in answers.values():
        answer.delay = latency
    return answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=LATENCY)
    latency = parser.parse_args().latency
    facts, recorded = load_facts(ROOT), record.load(ROOT)
    with Replay(every_page(recorded, latency)) as replay:
        started = time.perf_counter()
        result = watch.run(recorded, facts, Reader(via=replay.url))
        elapsed = time.perf_counter() - started
    unread = [p.name for p in result.pages if p.state in ("gone", "unreadable")]
    if unread:
        raise SystemExit(f"the benchmark's pages could not all be read: {', '.join(unread)}")
    print(f"{len(result.pages)} pages in {elapsed:.2f} s ({latency:g} s per answer)")


if __name__ == "__main__":
    main()
