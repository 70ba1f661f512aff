"""What only `mkdocs serve` does, kept across its rebuilds: mkdocs loads the hooks anew for
each rebuild, this module is imported once (hooks/serve_rebuilds.py and
hooks/pagefind_search.py use it); `mkdocs build` uses none of it. A save must be served
within a second (P2 in `make bench`), and the server holds every request until the rebuild is
over; so:

- the theme's templates are compiled once (a Jinja bytecode cache: a template edited is
  compiled again), not at every rebuild, a fifth of a rebuild's time;
- the search index comes after. The first build is indexed before anything is served; a
  rebuild gets the last index at once (a copy, kept outside the site folder, which each rebuild
  empties), and Pagefind indexes the rebuilt pages in the background, from hard links to them
  (the next rebuild may already be deleting the files), at low priority; the fresh index then
  replaces the one served. Until then (about 0.1 s with one language, 1 s with four), a
  reader searches the pages as they were at the previous save."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Callable

import jinja2
import jinja2.bccache

log = logging.getLogger("mkdocs.hooks.search")

command = "build"  # hooks/serve_rebuilds.py's on_startup says which mkdocs command runs
_cache: Path | None = None  # the last index of each bundle
_lock = threading.Lock()  # the cache, and the index served
_wanted = threading.Condition()
_job: tuple | None = None  # the latest rebuild's pages waiting for Pagefind; only the latest counts


def serving() -> bool:
    return command == "serve"


class _CompiledTemplates(jinja2.BytecodeCache):
    """In memory, for the life of the server; Jinja checks each template's source against it."""

    def __init__(self):
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._compiled:
            bucket.bytecode_from_string(self._compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()


templates = _CompiledTemplates()


def index_rebuilt(site: Path, bundles: dict[str, str], index: Callable[..., None]) -> None:
    """`bundles`: each index's folder and the pages it indexes (a glob); `index(site, bundle,
    glob, background)` runs Pagefind."""
    global _cache, _job
    if _cache is None:  # the first build: indexed before it is served
        for bundle, glob in bundles.items():
            index(site, bundle, glob)
        _cache = Path(tempfile.mkdtemp(prefix="search-index-", dir=site.parent))
        atexit.register(_forget)
        _keep(site, _cache, bundles)
        threading.Thread(target=_work, daemon=True, name="search index").start()
        return
    pages = Path(tempfile.mkdtemp(prefix="search-pages-", dir=site.parent))
    with _lock:  # the worker may be putting an index in place
        _keep(_cache, site, bundles)
        shutil.copytree(site, pages, copy_function=_link, dirs_exist_ok=True, ignore=_not_pages)
    with _wanted:
        if _job:
            shutil.rmtree(_job[0], ignore_errors=True)
        _job = (pages, site, bundles, index)
        _wanted.notify()


def _work() -> None:
    global _job
    while True:
        with _wanted:
            _wanted.wait_for(lambda: _job is not None)
            (pages, site, bundles, index), _job = _job, None
        try:
            for bundle, glob in bundles.items():
                index(pages, bundle, glob, background=True)
            with _lock:
                _keep(pages, _cache, bundles)
                _keep(pages, site, bundles)
        except Exception as error:  # noqa: BLE001 - a warning now would fail the next strict rebuild
            log.info(f"search: the index was not refreshed ({error}); the next save tries again")
        finally:
            shutil.rmtree(pages, ignore_errors=True)


def _forget() -> None:
    for folder in [_cache, _job and _job[0]]:
        if folder:
            shutil.rmtree(folder, ignore_errors=True)


def _not_pages(folder: str, names: list[str]) -> list[str]:
    return [name for name in names if not name.endswith(".html") and not (Path(folder) / name).is_dir()]


def _link(source: str, target: str) -> None:
    """A hard link (its pages and indexes are replaced, never written in place), else a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _keep(source: Path, target: Path, bundles: dict[str, str]) -> None:
    """Each bundle of `source` in `target`, in place of the one there."""
    for bundle in bundles:
        fresh, old = target / f".{bundle}-new", target / f".{bundle}-old"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(source / bundle, fresh, copy_function=_link)
        if (target / bundle).exists():
            os.replace(target / bundle, old)
        os.replace(fresh, target / bundle)
        shutil.rmtree(old, ignore_errors=True)
