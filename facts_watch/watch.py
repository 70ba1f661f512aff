"""The watch itself: read every watched page (a few at a time), compare each with the record,
and collect what needs a look. Pure of printing: report.py says it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from macros.consistency import citations
from macros.schema import Facts

from .compare import PageReport, bedrock_ids, compare
from .fetch import Reader

WORKERS = 8  # pages read at once, across hosts (fetch.PER_HOST caps each host)


@dataclass
class Watch:
    pages: list[PageReport]
    cited_by: dict[str, list[str]]  # page name -> facts citing it, for a reader
    new_ids: dict[str, list[str]] = field(default_factory=dict)  # Bedrock ID the data lacks -> pages
    catalog: list[str] = field(default_factory=list)  # differences from Bedrock's own catalog
    catalog_checked: list[str] = field(default_factory=list)  # the Regions it was read in

    @property
    def needs_a_look(self) -> bool:
        return any(p.needs_a_look for p in self.pages) or bool(self.new_ids or self.catalog)


def cited_by(facts: Facts, name: str) -> list[str]:
    """What in the data cites a page, for a reader: 'Claude Opus 4.6: release_date, …'."""
    grouped: dict[str, list[str]] = {}
    models = {f"models[{i}]": m for i, m in enumerate(facts.models)}  # citations' names for them
    for where, fact in citations(facts, name):
        if model := models.get(where):
            grouped.setdefault(f"{model.name} ({model.key})", []).append(fact)
        elif where == "watch":
            grouped.setdefault("watch.sources: where new models appear first", [])
        else:
            grouped.setdefault(where, [])
    return [f"{who}: {', '.join(facts_given)}" if facts_given else who for who, facts_given in grouped.items()]


def run(recorded: dict, facts: Facts, reader: Reader, only: list[str] | None = None,
        recorded_only: bool = False) -> Watch:
    """Read and compare every page in `sources` (all a fact cites, and the index pages in
    `watch.sources`), or those named in `only`. `recorded_only`: leave unrecorded pages unread
    (offline, the web holds nothing else). `recorded` is record.load()'s."""
    pages = {name: url for name, url in facts.sources.items() if not only or name in only}
    sections = {name: _recorded_sections(recorded, name, url) for name, url in pages.items()}
    to_read = {name: url for name, url in pages.items() if sections[name] is not None or not recorded_only}
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        fetched = dict(zip(to_read, pool.map(reader.read_safely, to_read.values())))
    reports = [compare(name, fetched[name], sections[name]) if name in fetched
               else PageReport(name, url, "not recorded", "no copy recorded yet") for name, url in pages.items()]
    mentioned: dict[str, list[str]] = {}
    for report in reports:
        for model_id in sorted(bedrock_ids(report.sections)):
            mentioned.setdefault(model_id, []).append(report.name)
    known = known_ids(facts)
    return Watch(reports, {name: cited_by(facts, name) for name in pages},
                 {i: where for i, where in mentioned.items() if i not in known})


def _recorded_sections(recorded: dict, name: str, url: str):
    """The record of a page, if it was recorded at the address the data cites now."""
    page = recorded.get(name)
    return page.sections if page and page.page.url == url else None


def known_ids(facts: Facts) -> set[str]:
    """Every Bedrock model ID the data has, and those it leaves out on purpose."""
    ids = {i for m in facts.models for i in (m.bedrock_id, m.messages_api_id) if i}
    return ids | set(facts.watch.ids_left_out)
