"""Promise: every page of every language — guide pages, model cards, translation status, the
root's language chooser and the not-found pages — passes axe-core's WCAG 2.x A/AA and
best-practice rules, its colours in the light and in the dark scheme alike. No critical or
serious violation anywhere; a moderate or minor one only where ALLOWED_MODERATE says why, and
an entry there that no page needs any more fails too. What axe found, rule by rule, lands in
test-artifacts/accessibility/<scheme>.json for people to read."""

from __future__ import annotations

import fcntl
import json
from collections import defaultdict

import pytest

from reader_search.searchers import PagefindSearcher
from site_build import ARTIFACTS, LOCALES

from .page_walk import AXE, GROUPS, SCHEMES, TAGS, in_both_schemes, walked
from .test_browser_search import every_query

# Moderate or minor rules we live with, each with the reason. Empty: none so far.
ALLOWED_MODERATE: dict[str, str] = {}
BLOCKING = {"critical", "serious"}

@pytest.fixture(scope="module")
def axe_source() -> str:
    assert AXE.is_file(), f"{AXE} is missing: `npm ci` installs it (`make test` runs it)"
    return AXE.read_text(encoding="utf-8")


class Findings:
    """What axe reported, per scheme: rule -> impact -> page -> nodes, and where to look."""

    def __init__(self):
        self.found = {scheme: defaultdict(lambda: defaultdict(dict)) for scheme in SCHEMES.values()}
        self.examples: dict = defaultdict(list)  # (scheme, rule) -> (page, help, first nodes)

    def add(self, scheme: str, page: str, violations: list[dict]) -> None:
        for violation in violations:
            for node in violation["nodes"]:
                counts = self.found[scheme][violation["id"]][node["impact"]]
                counts[page] = counts.get(page, 0) + 1
            self.examples[scheme, violation["id"]].append((page, violation["help"], violation["nodes"][:3]))

    def unanswered(self) -> dict[str, set[str]]:
        """Per scheme, the rules that are critical or serious anywhere, or moderate and unlisted."""
        return {scheme: {rule for rule, impacts in found.items()
                         if BLOCKING & impacts.keys() or rule not in ALLOWED_MODERATE}
                for scheme, found in self.found.items()}

    def report(self, rules: dict[str, set[str]]) -> str:
        lines = ["axe-core found:"]
        for scheme, rule in sorted((s, r) for s, found in rules.items() for r in found):
            impacts = ", ".join(f"{impact} on {len(pages)} pages"
                                for impact, pages in self.found[scheme][rule].items())
            examples = self.examples[scheme, rule]
            lines.append(f"- {rule}, {scheme} scheme ({impacts}): {examples[0][1]}")
            for page, _, nodes in examples[:3]:
                lines.append(f"    {page}: " + "; ".join(f"{n['target']} [{n['impact']}]" for n in nodes))
        return "\n".join(lines)


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g or "root")
def test_axe_finds_nothing_we_have_not_answered_for(browser, served_site, site, tmp_path_factory, worker_id, group):
    # Each page loaded once (tests/page_walk.py): checked, switched to the other scheme with the
    # reader's toggle, which changes colours only, and checked again by the rules that read colours.
    findings, unswitched = Findings(), {}
    walk = walked(tmp_path_factory, worker_id, browser, served_site, site, group)
    for page, runs in walk["axe"].items():
        if sorted(runs) != sorted(SCHEMES):
            unswitched[page] = list(runs)
            continue
        for scheme, violations in runs.items():
            findings.add(SCHEMES[scheme], page, violations)
    everywhere = record(tmp_path_factory, worker_id, group, findings.found, len(walk["pages"]))

    assert unswitched == {}, f"the palette toggle did not switch the scheme: {unswitched}"
    unanswered = findings.unanswered()
    assert not any(unanswered.values()), findings.report(unanswered)
    if everywhere is not None:
        stale = sorted(set(ALLOWED_MODERATE) - everywhere)
        assert stale == [], f"ALLOWED_MODERATE lists rules no page breaks any more: {stale}"


def record(tmp_path_factory, worker_id, group: str, found: dict, pages: int) -> set[str] | None:
    """Add this group's findings to the run's record and rewrite each scheme's artifact from
    every group recorded so far. Once all groups are in (whichever test is last, on whichever
    xdist worker), return every rule found anywhere; else None."""
    shared = tmp_path_factory.getbasetemp()
    shared = (shared if worker_id == "master" else shared.parent) / "accessibility"
    shared.mkdir(exist_ok=True)
    with open(shared / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        (shared / f"{group or 'root'}.json").write_text(json.dumps({"pages": pages, "found": found}))
        parts = [json.loads(path.read_text()) for path in shared.glob("*.json")]
        version = json.loads(AXE.with_name("package.json").read_text())["version"]
        folder = ARTIFACTS / "accessibility"
        folder.mkdir(parents=True, exist_ok=True)
        for scheme in SCHEMES.values():
            merged: dict = defaultdict(lambda: defaultdict(dict))
            for part in parts:
                for rule, impacts in part["found"][scheme].items():
                    for impact, counts in impacts.items():
                        merged[rule][impact].update(counts)
            (folder / f"{scheme}.json").write_text(json.dumps(
                {"axe-core": version, "tags": TAGS, "pages_checked": sum(p["pages"] for p in parts),
                 "violations": merged}, indent=1, ensure_ascii=False, sort_keys=True))
        if len(parts) < len(GROUPS):
            return None
        return {rule for part in parts for found in part["found"].values() for rule in found}


@pytest.mark.parametrize("locale", LOCALES)
def test_the_search_dialog_with_its_results_passes_too(browser, served_site, axe_source, locale):
    """The search dialog exists only once opened: checked open, with results, in both schemes."""
    searcher = PagefindSearcher(browser, served_site, locale, init_script=axe_source)
    try:
        searcher.results(every_query(locale)[0][0])
        runs = in_both_schemes(searcher.page)
    finally:
        searcher.close()
    assert sorted(runs) == sorted(SCHEMES)
    found = {scheme: [(v["id"], v["nodes"][:3]) for v in violations
                      if {n["impact"] for n in v["nodes"]} & BLOCKING or v["id"] not in ALLOWED_MODERATE]
             for scheme, violations in runs.items()}
    assert not any(found.values()), found
