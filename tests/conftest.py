"""One strict build of the real project per test session, shared by every test that
only reads the site. Tests that change the project build their own temporary copy."""

from __future__ import annotations

import pytest

from .project import ROOT, Build, build


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> Build:
    return build(ROOT, tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site(site_build):
    assert site_build.returncode == 0, f"the strict build failed:\n{site_build.log}"
    return site_build.site
