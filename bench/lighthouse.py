"""L: Lighthouse's mobile performance score, one page of each kind, served on 127.0.0.1 the
way GitHub Pages serves it (gzip), with Debian's chromium. Lighthouse is pinned in
package.json (`npm ci` puts it in node_modules/.bin; LIGHTHOUSE=… names another binary).

`python -m bench.lighthouse [--runs N]` measures it alone; `make bench` with the rest."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from site_build import ROOT, SITE_URL, built_site
from site_build.server import CHROMIUM_FLAGS, SiteServer, chromium_executable

GOAL = 95
# One page of each kind: a language's home, guide pages, a model card, the root's chooser and
# a language's not-found page (the site's 404.html shows it in place, but with status 404,
# which Lighthouse refuses to score).
PAGES = {"home": "zh-TW/", "guide ja/models": "ja/models/", "guide ru/endpoints": "ru/endpoints/",
         "guide fr/endpoints": "fr/endpoints/", "model card": "zh-TW/model-cards/{card}/",
         "root chooser": "", "not-found page": "ja/404.html"}
METRICS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP",
           "total-blocking-time": "TBT", "cumulative-layout-shift": "CLS"}


def lighthouse_binary() -> Path:
    binary = Path(os.environ.get("LIGHTHOUSE") or ROOT / "node_modules/.bin/lighthouse")
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"{binary} is missing: `npm ci` installs Lighthouse (pinned in package.json)")
    return binary


def audit(binary: Path, url: str) -> dict:
    """One Lighthouse run of `url`: its performance score (0–100) and main metrics, in ms."""
    command = [str(binary), url, "--only-categories=performance", "--output=json", "--output-path=stdout",
               "--quiet", f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300,
                            env={**os.environ, "CHROME_PATH": chromium_executable()})
    if result.returncode != 0:
        raise SystemExit(f"lighthouse {url} failed:\n{result.stderr[-3000:]}")
    report = json.loads(result.stdout)
    score = report["categories"]["performance"]["score"]
    if score is None:
        raise SystemExit(f"lighthouse {url}: no score ({report.get('runtimeError')})")
    return {"score": round(score * 100), **{name: report["audits"][key]["numericValue"]
                                            for key, name in METRICS.items()}}


def first_card(site: Path) -> str:
    return sorted(path.name for path in (site / "zh-TW/model-cards").iterdir() if path.is_dir())[0]


def lighthouse_scores(runs: int, site: Path | None = None, pages: tuple[str, ...] = (), mount: str = "/") -> dict:
    """Each page `runs` times, the pages in turns; per page the median score with min and
    max, and the median of each metric. `site`: a site already built, served at `mount`
    (the root unless told), else the project is built. `pages`: names of PAGES to measure
    (default: all)."""
    if site is not None:
        return scores(site, mount, runs, pages)
    with built_site() as built:
        return scores(built, urlsplit(SITE_URL).path, runs, pages)


def scores(site: Path, mount: str, runs: int, pages: tuple[str, ...] = ()) -> dict:
    binary = lighthouse_binary()
    server = SiteServer(site, mount, compress=True)
    try:
        paths = {name: path.format(card=first_card(site)) if "{card}" in path else path
                 for name, path in PAGES.items() if not pages or name in pages}
        found: dict[str, list[dict]] = {name: [] for name in paths}
        for _ in range(runs):
            for name, path in paths.items():
                found[name].append(audit(binary, server.url + path))
    finally:
        server.close()
    pages = {}
    for name, results in found.items():
        scored = [result["score"] for result in results]
        pages[name] = {"path": paths[name], "score": statistics.median(scored), "min": min(scored),
                       "max": max(scored), "runs": scored,
                       **{metric: round(statistics.median(r[metric] for r in results), 3) for metric in METRICS.values()}}
    return {"pages": pages, "goal_score": GOAL}


def rows(figure: dict) -> list[tuple[str, str, str, str]]:
    """The table's rows: score per page, with its metrics, against the goal."""
    goal = figure["goal_score"]
    return [(f"L Lighthouse mobile, {name} (/{page['path']})",
             f"{page['score']:3.0f}  [{page['min']}–{page['max']}]  LCP {page['LCP'] / 1000:.1f} s, "
             f"TBT {page['TBT']:.0f} ms, CLS {page['CLS']:.2f}",
             f"≥ {goal}", "✓" if page["score"] >= goal else "✗")
            for name, page in figure["pages"].items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per page")
    parser.add_argument("--site", type=Path, help="a site already built for the root (default: build it)")
    options = parser.parse_args()
    figure = lighthouse_scores(options.runs, options.site)
    for row in rows(figure):
        print("  ".join(row))


if __name__ == "__main__":
    main()
