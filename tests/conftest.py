"""One strict build of the real project per test session, shared by every test that
only reads the site. Tests that change the project build their own temporary copy.
The test process itself runs under the same loopback-only guard as the snippets."""

from __future__ import annotations

import importlib.util
import os

import pytest

from .browser import CHROMIUM_FLAGS, SiteServer, chromium_path
from .project import ROOT, Build, build

os.environ["LOOPBACK_GUARD_LABEL"] = "the test process"
_guard = importlib.util.spec_from_file_location(
    "loopback_guard", ROOT / "tests/snippets/guard/sitecustomize.py")
_guard.loader.exec_module(importlib.util.module_from_spec(_guard))


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> Build:
    return build(ROOT, tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site(site_build):
    assert site_build.returncode == 0, f"the strict build failed:\n{site_build.log}"
    return site_build.site


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    """The site built for, and served at, a local address (absolute URLs must match it)."""
    folder = tmp_path_factory.mktemp("served") / "site"
    folder.mkdir()
    server = SiteServer(folder)
    built = build(ROOT, folder, SITE_URL=server.url)
    assert built.returncode == 0, built.log
    yield server.url
    server.close()


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()
