"""One strict build of the real project per test session, shared by every test that
only reads the site. Tests that change the project build their own temporary copy.
The test process itself runs under the same loopback-only guard as the snippets."""

from __future__ import annotations

import importlib.util
import os

import pytest

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
