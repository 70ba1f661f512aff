"""Shared browser-test helpers: Debian's chromium driven by playwright, and where screenshots go.
Without chromium the tests skip loudly — unless REQUIRE_BROWSER=1 (CI), where that is a failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from site_build import ARTIFACTS
from site_build.server import chromium_executable



def screenshot_path(name: str) -> Path:
    """Where a screenshot named `name` goes, for people to look at."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}.png"


def chromium_path() -> str:
    path = chromium_executable()
    if not os.access(path, os.X_OK):
        message = (f"NO BROWSER: {path} is not there, so the browser tests cannot run "
                   "(`make test` installs Debian's chromium; CHROMIUM=… points elsewhere)")
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message + "; REQUIRE_BROWSER=1 makes this a failure")
        pytest.skip(message)
    return path
