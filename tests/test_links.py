"""Promise: every internal link of every language resolves — hrefs, srcs, fragments, the
language switcher, hreflang alternates and the sitemap — and external links are listed
(checked online only by `make linkcheck-external`)."""

from __future__ import annotations

import http.server
import threading

from checks.external import status_of
from checks.links import check_links
from site_build import SITE_URL


def test_every_internal_link_resolves(site):
    problems, external = check_links(site, SITE_URL)
    assert problems == []
    assert external and all(url.startswith("https://") for url in external)
    assert not any(url.startswith(SITE_URL) for url in external)


def test_broken_targets_are_reported_with_their_page(site, tmp_path):
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    page = copy / "ru/models/index.html"
    html = page.read_text(encoding="utf-8")
    html = html.replace("</article>", '<a href="../endpoints/#no-such-section">x</a>'
                                      '<a href="../no-such-page/">y</a></article>', 1)
    html = html.replace('hreflang="fr">', 'hreflang="fr" data-broken>', 1).replace(
        f'{SITE_URL}fr/models/', f'{SITE_URL}fr/modeles/', 1)
    page.write_text(html, encoding="utf-8")
    problems, _ = check_links(copy, SITE_URL)
    assert sorted(problems) == [
        "ru/models/index.html: <a href='../endpoints/#no-such-section'> points to #no-such-section, "
        "which ru/endpoints/ does not have",
        "ru/models/index.html: <a href='../no-such-page/'> points to ru/no-such-page/, which the build "
        "does not have",
        f"ru/models/index.html: <link href='{SITE_URL}fr/modeles/'> points to "
        "fr/modeles/, which the build does not have",
    ]


def test_the_sitemap_is_checked(site, tmp_path):
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    sitemap = copy / "sitemap.xml"
    sitemap.write_text(sitemap.read_text(encoding="utf-8").replace("/ja/logging/", "/ja/journal/", 1),
                       encoding="utf-8")
    problems, _ = check_links(copy, SITE_URL)
    assert problems and all(p.startswith("sitemap.xml: ") and "ja/journal/" in p for p in problems)


def test_external_checker_reports_status_per_url():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self):
            self.send_response(200 if self.path == "/ok" else 404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        assert status_of(f"{base}/ok") == "ok 200"
        assert status_of(f"{base}/gone") == "broken 404"
    finally:
        server.shutdown()
