"""Promise: site_build/server.py serves a built site as GitHub Pages does. By default every
byte as built (what the browser tests read); with `compress`, text gzipped for a client that
accepts it, as Pages sends it (what bench/lighthouse.py measures), and the rest as it is."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request

import pytest

from site_build.server import SiteServer

FILES = {"index.html": b"<!doctype html><title>home</title>" + b"<p>words</p>" * 200,
         "404.html": b"<!doctype html><title>not found</title>" + b"<p>lost</p>" * 200,
         "assets/site.css": b"body { color: black; }\n" * 100,
         "assets/search.js": b"console.log('search');\n" * 100,
         "pagefind/fragment/fr_1.pf_fragment": gzip.compress(b"already compressed", mtime=0)}


@pytest.fixture
def site(tmp_path):
    for name, body in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(body)
    return tmp_path


def get(url: str, gzip_accepted: bool) -> tuple[int, str | None, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_accepted else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Encoding"), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Encoding"), error.read()


@pytest.mark.parametrize("compress", [False, True])
def test_text_is_gzipped_only_when_asked_and_accepted(site, compress):
    server = SiteServer(site, "/guide/", compress=compress) if compress else SiteServer(site, "/guide/")
    try:
        for path, name in [("", "index.html"), ("assets/site.css", None), ("assets/search.js", None),
                           ("pagefind/fragment/fr_1.pf_fragment", None), ("no/such/page/", "404.html")]:
            name = name or path
            for accepted in (False, True):
                status, encoding, body = get(server.url + path, accepted)
                assert status == (404 if "no/such" in path else 200)
                gzipped = compress and accepted and not name.endswith(".pf_fragment")
                assert encoding == ("gzip" if gzipped else None), (path, accepted)
                assert (gzip.decompress(body) if gzipped else body) == FILES[name], (path, accepted)
    finally:
        server.close()
