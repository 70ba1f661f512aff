"""Promise: `make serve` keeps the search while an author writes, and serves what a build
writes. A save is served without waiting for Pagefind (hooks/serving.py): the rebuilt site has
the last index at once, and Pagefind's fresh one, with the words just written, replaces it a
moment later. A rebuild reuses the theme's compiled templates and gives the same pages."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from urllib.parse import urlsplit

from bench.serve import fetch, free_port
from reader_search.searchers import PagefindSearcher
from site_build import GUARD, ROOT, build_environment, copy_project

LOCALE, PAGE = "fr", "logging"
WORD = "zorglubexpress"  # in no page, no dictionary


def wait_until(condition, what: str, server: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert server.poll() is None, f"mkdocs serve stopped:\n{server.stdout.read()}"
        assert time.monotonic() < deadline, f"{what} did not happen in {seconds} s"
        time.sleep(0.05)


def test_a_save_is_served_then_found_by_the_search(browser, tmp_path):
    project = copy_project(tmp_path / "project")
    port = free_port()
    root = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, env=build_environment(BUILD_ONLY_LOCALE=LOCALE, SITE_URL=root),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        entry = f"{root}pagefind/pagefind-entry.json"
        wait_until(lambda: fetch(entry), "the first build, indexed", server)
        first = fetch(entry)
        page = project / "docs" / LOCALE / f"{PAGE}.md"
        page.write_text(page.read_text(encoding="utf-8") + f"\n{WORD}\n", encoding="utf-8")
        wait_until(lambda: WORD in fetch(f"{root}{PAGE}/"), "serving the save", server)
        assert fetch(f"{root}pagefind/pagefind-entry.json"), "the rebuilt site has no index"
        wait_until(lambda: fetch(entry) not in ("", first), "the fresh index", server, seconds=60)
        searcher = PagefindSearcher(browser, root, "")
        try:
            assert [urlsplit(url).path for url in searcher.results(WORD)] == [f"/{PAGE}/"]
        finally:
            searcher.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


# Builds in one process as `mkdocs serve` rebuilds (hooks loaded again for each), and as
# `mkdocs build` builds; what each wrote, the search index aside, and how many templates
# the serve rebuilds kept compiled.
REBUILDS = """
import filecmp, json, os, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
import serving

def written(site, command, times):
    serving.command = command
    for _ in range(times):
        config = load_config(site_dir=site)
        build(config, serve_url=config.site_url if command == "serve" else None)
    return {str(p.relative_to(site)): p.read_bytes() for p in Path(site).rglob("*")
            if p.is_file() and "pagefind" not in p.parts[len(Path(site).parts)]}

built, served = written(sys.argv[1], "build", 1), written(sys.argv[2], "serve", 3)
print(json.dumps({"compiled": len(serving.templates._compiled), "pages": len(built),
                  "differ": sorted(set(built) ^ set(served) | {n for n in built if built[n] != served.get(n)})}))
"""


def test_a_serve_rebuild_keeps_the_compiled_templates_and_writes_what_a_build_writes(tmp_path):
    result = subprocess.run([sys.executable, "-c", REBUILDS, str(tmp_path / "built"), str(tmp_path / "served")],
                            cwd=ROOT, capture_output=True, text=True, timeout=300,
                            env=build_environment(BUILD_ONLY_LOCALE=LOCALE, PYTHONPATH=f"{ROOT / 'hooks'}:{GUARD}"))
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.splitlines()[-1])
    assert found["pages"] > 30 and found["differ"] == []
    assert found["compiled"] > 0, "every rebuild compiled the theme's templates again"
