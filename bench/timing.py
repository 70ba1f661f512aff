"""Run commands and time them: every figure is the median of several runs, with min and max.
Variants that are compared are run in turns (A B A B …), so both see the same machine."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from site_build import build_environment

PYTHON = sys.executable


@dataclass(frozen=True)
class Figure:
    runs: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    def ratio(self, other: "Figure") -> float:
        return self.median / other.median

    def paired_ratio(self, other: "Figure") -> float:
        """The median of the ratios of runs made in the same turn: for two variants that
        differ by a few per cent, steadier on a shared machine than the ratio of medians."""
        return statistics.median(mine / theirs for mine, theirs in zip(self.runs, other.runs))

    def as_dict(self) -> dict:
        return {"median": round(self.median, 3), "min": round(min(self.runs), 3),
                "max": round(max(self.runs), 3), "runs": [round(r, 3) for r in self.runs]}

    def __str__(self) -> str:
        return f"{self.median:6.2f} s  [{min(self.runs):.2f}–{max(self.runs):.2f}]"


# `--quick` builds one language only, everywhere (restrict_to); a figure may still ask for another.
_ONLY_LOCALE: dict[str, str] = {}


def restrict_to(locale: str) -> None:
    _ONLY_LOCALE["BUILD_ONLY_LOCALE"] = locale


def environment(**extra: str) -> dict[str, str]:
    """What the benchmark's builds see: the tests' build environment."""
    return build_environment(LOOPBACK_GUARD_LABEL="the benchmark", **{**_ONLY_LOCALE, **extra})


def run(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    """Seconds one command took; a failure stops the benchmark with its output."""
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} (in {cwd}) failed:\n{result.stdout}{result.stderr}")
    return elapsed


def in_turns(variants: dict[str, tuple[list[str], Path, dict]], runs: int,
             warmup: bool = True) -> dict[str, Figure]:
    """Each variant `runs` times, taking turns; first, unless told not to, one uncounted
    warm-up run each (file caches, byte-compiled imports, jieba's dictionary cache)."""
    times: dict[str, list[float]] = {name: [] for name in variants}
    for round_ in range(runs + int(warmup)):
        for name, (command, cwd, env) in variants.items():
            elapsed = run(command, cwd, env)
            if round_ or not warmup:
                times[name].append(elapsed)
    return {name: Figure(tuple(values)) for name, values in times.items()}


def mkdocs_build(site: Path) -> list[str]:
    return [PYTHON, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)]
