"""Promise: every internal link of every language resolves — hrefs, srcs, fragments, the
language switcher, hreflang alternates and the sitemap — and external links are listed
and `make linkcheck-external` reports each one's status."""

from __future__ import annotations

from checks import external as external_links
from checks.links import check_links
from facts_watch.fetch import path_of
from facts_watch.replay import Answer, Replay
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


def test_the_external_link_check_reports_each_link_of_the_site(site, capsys):
    """`make linkcheck-external` on the built site, against a mirror on 127.0.0.1 that has every
    external page but one: that one is reported broken with the pages linking to it, exit 1."""
    _, external = check_links(site, SITE_URL)
    gone = sorted(external)[0]
    answers = {path_of(url.split("#")[0]): Answer("a page") for url in external if url != gone}
    with Replay(answers) as mirror:
        assert external_links.main(["--site-dir", str(site), "--via", mirror.url]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert f"{'broken 404':<24} {gone}  ({', '.join(sorted(external[gone]))})" in printed
    assert sum(line.startswith("ok 200") for line in printed) == len(external) - 1
    assert printed[-1] == f"{len(external)} external links, 1 not ok"
