"""One strict build of the real project per test session, shared by every test that
only reads the site. Tests that change the project build their own temporary copy.
The test process itself runs under the same loopback-only guard as the snippets."""

from __future__ import annotations

import importlib.util
import os
from urllib.parse import urlsplit

import pytest

from site_build import GUARD, ROOT, SITE_URL, Build, build
from site_build.server import CHROMIUM_FLAGS, SiteServer

from . import mutations, published_site
from .browser import chromium_path
from .support import once_per_run

os.environ["LOOPBACK_GUARD_LABEL"] = "the test process"
_guard = importlib.util.spec_from_file_location(
    "loopback_guard", GUARD / "sitecustomize.py")
_guard.loader.exec_module(importlib.util.module_from_spec(_guard))


# The longest tests first, so that the last minutes of a run are short tests on both xdist
# workers rather than one long one on one of them (measured with --durations). The first two
# build their own copies, so the other worker meanwhile builds the shared site.
LONGEST_FIRST = (
    "tests/test_bench.py",
    "tests/test_author_mistakes.py::test_a_fifth_language",
    "tests/test_browser_accessibility.py::test_axe",
    "tests/test_snippets_run.py::test_every_block_of_every_language",
    "tests/test_snippets_run.py::test_a_broken_sample",
    "tests/test_translations.py::test_pages_with_notices",
    "tests/test_properdocs_build.py",
)


def pytest_collection_modifyitems(items):
    def rank(item) -> int:
        return next((i for i, prefix in enumerate(LONGEST_FIRST) if item.nodeid.startswith(prefix)),
                    len(LONGEST_FIRST))
    items.sort(key=rank)


def pytest_sessionstart(session):
    if hasattr(session.config, "workerinput"):
        return  # xdist workers: the controller checks once
    published_site.forget()
    if refusals := published_site.refusals():
        pytest.exit("\n".join(refusals), returncode=pytest.ExitCode.USAGE_ERROR)


def pytest_sessionfinish(session):
    """In a publishing run, what is left to deploy must be byte for byte what the tests read."""
    if hasattr(session.config, "workerinput") or not (changes := published_site.changes()):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    for change in ["the tested site must not be deployed:", *changes]:
        reporter.write_line(change, red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _build_the_site(scratch):
    built = build(ROOT, published_site.folder(scratch / "site"))
    if built.returncode == 0:
        published_site.record(built.site)
    return built


@pytest.fixture(scope="session")
def site_build(tmp_path_factory, worker_id) -> Build:
    return once_per_run(tmp_path_factory, worker_id, "site", _build_the_site)


@pytest.fixture(scope="session")
def edited_pages_build(tmp_path_factory, worker_id) -> Build:
    return once_per_run(tmp_path_factory, worker_id, "edited-pages", mutations.edited_pages)


@pytest.fixture(scope="session")
def edited_data_build(tmp_path_factory, worker_id) -> Build:
    return once_per_run(tmp_path_factory, worker_id, "edited-data", mutations.edited_data)


@pytest.fixture(scope="session")
def fifth_language(tmp_path_factory, worker_id) -> dict:
    return once_per_run(tmp_path_factory, worker_id, "fifth-language", mutations.fifth_language)


@pytest.fixture(scope="session")
def notices_build(tmp_path_factory, worker_id) -> Build:
    """The guide with recorded out-of-date sections and broken samples (mutations.notices_build)."""
    return once_per_run(tmp_path_factory, worker_id, "translation-notices", mutations.notices_build)


@pytest.fixture(scope="session")
def notices_site(notices_build):
    assert notices_build.returncode == 0, notices_build.log
    return notices_build.site


@pytest.fixture(scope="session")
def site(site_build):
    assert site_build.returncode == 0, f"the strict build failed:\n{site_build.log}"
    return site_build.site


@pytest.fixture(scope="session")
def served_site(site):
    """The site served on 127.0.0.1 under the path it was built for. Absolute URLs name its
    published host, which the browser never reaches: a page that loads from it fails."""
    server = SiteServer(site, urlsplit(SITE_URL).path)
    yield server.url
    server.close()


@pytest.fixture(scope="module")
def fake():
    """A fake Bedrock for one test module (its request log grows with the module's tests)."""
    from fake_bedrock import FakeBedrock

    with FakeBedrock() as server:
        yield server


@pytest.fixture
def no_aws_config(monkeypatch):
    """boto3 and botocore read no profile, file or instance metadata of the machine."""
    for name in ("AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        monkeypatch.setenv(name, "/dev/null")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()
