"""`make bench`: build, rebuild and check speed, against the bare stack, in one run.

Prints a table with each figure's goal beside it and writes bench/results.json. Every figure
is the median of --runs runs (3 by default) with min and max; compared variants run in turns.
Nothing here asserts: a missed goal is reported, and profiled (docs: README, Benchmark).
`--quick` (what `make test` runs, so that the benchmark never rots unseen): one run of each
figure, no warm-up, French alone, the guide ×1, ×2, ×3 for P4, snippets of one page and no
`make test` for P3; its figures say only that every step still works. L scores P1's build of
ours instead of building the site again."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from site_build import GUARD, PROJECT_PARTS, ROOT, SITE_URL, TOOL_PARTS, copy_project

from .bare import make_bare
from .lighthouse import lighthouse_scores, rows as lighthouse_rows
from .profile import build_profile, shares
from .scale import page_count, scaled_project
from .serve import rebuild_times
from .timing import PYTHON, Figure, environment, in_turns, mkdocs_build, restrict_to
from .twins import project_without_twins

RESULTS = Path(__file__).resolve().parent / "results.json"
SERVED_LOCALE, EDITED_PAGE = "fr", "logging"
SERVE_ROOT = "http://127.0.0.1:8000/"  # mkdocs serve mounts the site at its URL's path: the root


@dataclass(frozen=True)
class Plan:
    runs: int
    warmup: bool = True
    sizes: tuple[int, ...] = (1, 10, 50)  # P4: the guide ×N
    snippet_pages: tuple[str, ...] = ()  # P3: every page when empty
    make_test: bool = True  # P3
    locale: str | None = None  # every build of one language only
    watch_latency: float | None = None  # W: seconds per answer (None: bench/facts_watch.py's)
    lighthouse_pages: tuple[str, ...] = ()  # L: every kind of page when empty


QUICK = Plan(runs=1, warmup=False, sizes=(1, 2, 3), snippet_pages=("setup",), make_test=False, locale="fr",
             watch_latency=0.0, lighthouse_pages=("guide fr/endpoints",))


def p1_overhead(work: Path, plan: Plan) -> dict:
    configs = make_bare(work / "bare")
    bare_env = environment(PYTHONPATH=f"{ROOT}:{GUARD}")
    without_twins = project_without_twins(work / "p1-without-twins")
    figures = in_turns({
        # One language built alone (--quick) goes where the whole site has it, as L serves it.
        "ours": (mkdocs_build(work / "p1-ours" / (plan.locale or "")), ROOT, environment()),
        "bare": ([PYTHON, "-m", "bench.bare_build", *map(str, configs)], work / "bare", bare_env),
        "without_twins": (mkdocs_build(work / "p1-without-twins-site"), without_twins, environment()),
    }, plan.runs, plan.warmup)
    profiled = build_profile(work)
    return {"ours": figures["ours"], "bare": figures["bare"],
            "ratio": figures["ours"].ratio(figures["bare"]), "goal": 1.10,
            "without_twins": figures["without_twins"],
            "twins_ratio": figures["ours"].paired_ratio(figures["without_twins"]), "goal_twins_ratio": 1.10,
            "profile_seconds": profiled, "profile_shares": shares(profiled)}


def p2_authoring(work: Path, plan: Plan) -> dict:
    project = copy_project(work / "p2-ours", PROJECT_PARTS + TOOL_PARTS)
    ours_served = ([PYTHON, "-m", "author_server"], project,
                   environment(BUILD_ONLY_LOCALE=SERVED_LOCALE, SITE_URL=SERVE_ROOT),
                   project / "docs" / SERVED_LOCALE / f"{EDITED_PAGE}.md", f"{EDITED_PAGE}/", plan.runs)
    ours = rebuild_times(*ours_served)
    failed = rebuild_times(*ours_served, mistake=True)  # `make serve` shows a failed build in the page
    bare_folder = work / "bare"
    config = bare_folder / f"{SERVED_LOCALE}.yml"
    served = bare_folder / "serve.yml"  # the same language, served at the root like ours
    served.write_text(config.read_text(encoding="utf-8").replace(
        f"site_url: {SERVE_ROOT}{SERVED_LOCALE}/", f"site_url: {SERVE_ROOT}"), encoding="utf-8")
    bare = rebuild_times([PYTHON, "-m", "mkdocs", "serve", "--strict", "-f", str(served)], bare_folder,
                         environment(), bare_folder / "docs" / SERVED_LOCALE / f"{EDITED_PAGE}.md",
                         f"{EDITED_PAGE}/", plan.runs)
    return {"ours": ours, "bare": bare, "ratio": ours.ratio(bare), "goal_seconds": 1.0,
            "failed": failed, "failed_ratio": failed.ratio(ours), "goal_failed_ratio": 1.0}


def p3_checks(plan: Plan) -> dict:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    only = (["--pages", *plan.snippet_pages] if plan.snippet_pages else []) + \
        (["--locale", plan.locale] if plan.locale else [])
    figures = in_turns({"snippets": ([PYTHON, "-m", "snippet_runner", *only], ROOT, env)}, plan.runs, plan.warmup)
    result = {"snippets": figures["snippets"], "pages": list(plan.snippet_pages), "goal_snippets_seconds": 20.0}
    if plan.make_test:
        test = in_turns({"make_test": (["make", "--no-print-directory", "test"], ROOT, env)}, plan.runs, warmup=False)
        result.update(make_test=test["make_test"], goal_make_test_seconds=150.0)
    return result


def watch_figure(plan: Plan) -> dict:
    """A full facts watch, offline, with a normal connection's delay per page (bench/facts_watch.py)."""
    from .facts_watch import GOAL_SECONDS, LATENCY
    latency = LATENCY if plan.watch_latency is None else plan.watch_latency
    command = [PYTHON, "-m", "bench.facts_watch", "--latency", str(latency)]
    figures = in_turns({"watch": (command, ROOT, environment())}, plan.runs, plan.warmup)
    return {"watch": figures["watch"], "latency": latency, "goal_seconds": GOAL_SECONDS}


def p4_scaling(work: Path, plan: Plan) -> dict:
    """One language built alone, and the four-language guide ×1, ×10, ×50, in turns: the ×1
    build is the four-language figure (the same build, not measured twice)."""
    sizes = plan.sizes
    projects = {n: scaled_project(work / f"p4-x{n}", n) for n in sizes}
    variants = {"one": (mkdocs_build(work / "p4-one"), projects[1], environment(BUILD_ONLY_LOCALE="ja"))}
    variants.update({f"x{n}": (mkdocs_build(work / f"p4-x{n}-site"), projects[n], environment())
                     for n in sizes})
    built = in_turns(variants, plan.runs, plan.warmup)
    pages = {n: page_count(work / f"p4-x{n}-site") for n in sizes}
    t = {n: built[f"x{n}"].median for n in sizes}
    # Seconds per added page from the first size to the second, and from the second to the third:
    # equal when growth is linear.
    small, middle, large = sizes
    early = (t[middle] - t[small]) / (pages[middle] - pages[small])
    late = (t[large] - t[middle]) / (pages[large] - pages[middle])
    return {"four_locales": built["x1"], "one_locale": built["one"],
            "locale_ratio": built["x1"].ratio(built["one"]), "goal_locale_ratio": 4.2,
            "sizes": {f"x{n}": {"pages": pages[n], "build": built[f"x{n}"],
                                "growth": built[f"x{n}"].ratio(built["x1"])} for n in sizes},
            "marginal_ratio": late / early, "goal_marginal_ratio": 1.25}


def verdict(value: float, goal: float) -> str:
    return "✓" if value <= goal else "✗"


def table(results: dict) -> list[str]:
    rows = [("figure", "median [min–max]", "goal", "")]
    if "P1" in results:
        p1 = results["P1"]
        rows += [("P1 full build, ours", str(p1["ours"]), "", ""),
                 ("P1 full build, bare stack", str(p1["bare"]), "", ""),
                 ("P1 overhead ours ÷ bare", f"{p1['ratio']:6.2f}", f"≤ {p1['goal']:.2f}", verdict(p1["ratio"], p1["goal"])),
                 ("P1 full build, without twins and llms.txt", str(p1["without_twins"]), "", ""),
                 ("P1 twins ours ÷ without", f"{p1['twins_ratio']:6.2f}", f"≤ {p1['goal_twins_ratio']:.2f}",
                  verdict(p1["twins_ratio"], p1["goal_twins_ratio"]))]
        share = p1["profile_shares"]
        rows.append(("P1 profiled build: who spends it",
                     f"ours {share['ours']:.0%}, Pagefind {share['pagefind']:.0%}, mkdocs-macros {share['mkdocs-macros']:.0%}, "
                     f"mkdocs-static-i18n {share['mkdocs-static-i18n']:.0%}, stack {share['stack']:.0%}", "", ""))
    if "P2" in results:
        p2 = results["P2"]
        rows += [(f"P2 save → served, ours ({SERVED_LOCALE})", str(p2["ours"]), f"≤ {p2['goal_seconds']:.1f} s",
                  verdict(p2["ours"].median, p2["goal_seconds"])),
                 ("P2 save → served, bare stack", str(p2["bare"]), "", ""),
                 (f"P2 save with a mistake → failure shown ({SERVED_LOCALE})", str(p2["failed"]), "", ""),
                 ("P2 failed ÷ good rebuild", f"{p2['failed_ratio']:6.2f}", f"≤ {p2['goal_failed_ratio']:.2f}",
                  verdict(p2["failed_ratio"], p2["goal_failed_ratio"])),
                 ("P2 ours ÷ bare", f"{p2['ratio']:6.2f}", "", "")]
    if "P3" in results:
        p3 = results["P3"]
        rows += [("P3 snippet checks" + (f", {', '.join(p3['pages'])}" if p3["pages"] else ", every page"), str(p3["snippets"]), f"≤ {p3['goal_snippets_seconds']:.0f} s",
                  verdict(p3["snippets"].median, p3["goal_snippets_seconds"])),
                 ] + ([("P3 make test, warm", str(p3["make_test"]), f"≤ {p3['goal_make_test_seconds']:.0f} s",
                        verdict(p3["make_test"].median, p3["goal_make_test_seconds"]))] if "make_test" in p3 else [])
    if "P4" in results:
        p4 = results["P4"]
        rows += [("P4 build, one locale (ja)", str(p4["one_locale"]), "", ""),
                 ("P4 build, four locales", str(p4["four_locales"]), "", ""),
                 ("P4 four ÷ one", f"{p4['locale_ratio']:6.2f}", f"≤ {p4['goal_locale_ratio']:.1f}",
                  verdict(p4["locale_ratio"], p4["goal_locale_ratio"]))]
        for size, figure in p4["sizes"].items():
            rows.append((f"P4 guide {size} ({figure['pages']} pages)", f"{figure['build']}  ×{figure['growth']:.1f}", "", ""))
        small, middle, large = p4["sizes"]
        rows.append((f"P4 s/page {middle}→{large} ÷ {small}→{middle}", f"{p4['marginal_ratio']:6.2f}",
                     f"≤ {p4['goal_marginal_ratio']:.2f} (linear)", verdict(p4["marginal_ratio"], p4["goal_marginal_ratio"])))
    if "W" in results:
        w = results["W"]
        rows.append((f"W facts watch, every page, {w['latency']:g} s/page", str(w["watch"]),
                     f"≤ {w['goal_seconds']:.0f} s", verdict(w["watch"].median, w["goal_seconds"])))
    if "L" in results:
        rows += lighthouse_rows(results["L"])
    width = [max(len(row[i]) for row in rows) for i in range(4)]
    return ["  ".join(cell.ljust(width[i]) for i, cell in enumerate(row)).rstrip() for row in rows]


def plain(value):
    """Figures as numbers with min and max, for results.json."""
    if isinstance(value, Figure):
        return value.as_dict()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return round(value, 3) if isinstance(value, float) else value


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (at least 3)")
    parser.add_argument("--only", default="P1,P2,P3,P4,W,L",
                        help="figures to measure, e.g. P1,P4 (W: the facts watch; L: Lighthouse)")
    parser.add_argument("--quick", action="store_true", help="one run of everything, small (what make test runs)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the figures")
    options = parser.parse_args(argv)
    if options.runs < 3 and not options.quick:
        parser.error("--runs: a median needs at least 3 runs")
    plan = QUICK if options.quick else Plan(runs=options.runs)
    if plan.locale:
        restrict_to(plan.locale)
    wanted = set(options.only.upper().split(","))
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        work = Path(folder)
        if wanted & {"P1", "P2"}:
            results["P1"] = p1_overhead(work, plan)  # P2 serves P1's bare project
        if "P2" in wanted:
            results["P2"] = p2_authoring(work, plan)
        if "P3" in wanted:
            results["P3"] = p3_checks(plan)
        if "P4" in wanted:
            results["P4"] = p4_scaling(work, plan)
        if "W" in wanted:
            results["W"] = watch_figure(plan)
        if "L" in wanted:
            # P1's last build of ours is scored as it is, not built again.
            built = work / "p1-ours" if "P1" in results else None
            results["L"] = lighthouse_scores(plan.runs, built, plan.lighthouse_pages, urlsplit(SITE_URL).path)
    if "P1" not in wanted:
        results.pop("P1", None)
    if options.quick:
        print(f"--quick: one run of each figure, {plan.locale} alone: these figures only show that every step works")
    print("\n".join(table(results)))
    record = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "platform": platform.platform()},
              "runs": plan.runs, "quick": options.quick, "figures": plain(results)}
    options.results.parent.mkdir(parents=True, exist_ok=True)
    options.results.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten to {options.results}")


if __name__ == "__main__":
    main()
