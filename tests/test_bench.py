"""Promise: `make bench` works. Its quick form (one run of each figure, one language, small
scales) runs every step the full benchmark runs, so a change that breaks one fails here; the
figures themselves are never asserted (this machine is shared; README, Benchmark)."""

from __future__ import annotations

import json
import subprocess
import sys

from site_build import ROOT

FIGURES = {"P1": ["ours", "bare", "ratio", "without_twins", "twins_ratio", "profile_shares"],
           "P2": ["ours", "bare", "ratio", "failed", "failed_ratio"],
           "P3": ["snippets"], "P4": ["four_locales", "one_locale", "sizes", "marginal_ratio"], "W": ["watch"]}
ROWS = ["P1 overhead ours ÷ bare", "P1 twins ours ÷ without", "P1 profiled build: who spends it",
        "P2 save → served, ours (fr)", "P2 failed ÷ good rebuild",
        "P3 snippet checks, setup", "P4 four ÷ one", "P4 guide x3", "W facts watch"]


def test_the_quick_benchmark_measures_every_figure(tmp_path):
    results = tmp_path / "results.json"
    run = subprocess.run([sys.executable, "-m", "bench.run", "--quick", "--results", str(results)], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    printed = run.stdout.splitlines()
    assert [row for row in ROWS if not any(line.startswith(row) for line in printed)] == []
    figures = json.loads(results.read_text(encoding="utf-8"))["figures"]
    missing = {name: [key for key in keys if key not in figures.get(name, {})] for name, keys in FIGURES.items()}
    assert not any(missing.values()), missing
    assert figures["P1"]["ours"]["median"] > 0 and figures["P2"]["ours"]["median"] > 0
    shares = figures["P1"]["profile_shares"]
    assert shares["pagefind"] > 0 and abs(sum(shares[k] for k in ("stack", "pagefind", "macros", "hooks",
                                                                   "mkdocs-macros", "mkdocs-static-i18n")) - 1) < 0.01
