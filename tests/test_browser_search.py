"""Promise: a reader searching in their own language finds the right page of that language,
and only pages of that language.

Each query below is what a reader might type, with the pages that answer it; the first
result must be one of them. How the set-up was decided (hooks/localized_search.py):

- Word segmentation (jieba) helps. First result right for the queries below, 2026-11-23:
  zh-TW 13 of 13 with jieba, 10 with Japanese TinySegmenter alone, 5 with no segmentation
  (a word in mid-sentence, 資料駐留 or 濫用, is found only once something cut the sentence
  into words); ja 13 of 13 with jieba and TinySegmenter, 11 without jieba (モデルの有効化,
  a query of the pages of then, found nothing). Re-measured on the pages of 2026-12-01: for
  Japanese jieba is a wash (see DECIDED_BY_THE_SET_UP).
- No stemmer: ru 10 of 10 and fr 10 of 10 without one; 0 and 2 with lunr's stemmer,
  because Material sends every query word as a prefix query, which lunr never stems.
test_the_rejected_set_up_finds_less re-runs the losing side of both decisions and writes
the comparison to test-artifacts/search/<locale>-rejected.txt.

LIMITS records what readers get where Material's query handling, not our set-up, falls
short: it cuts a query only at spaces and between Chinese characters (never at the last
one), so a Japanese word mixing kanji and katakana is one term that matches nothing."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .browser import ARTIFACTS, SiteServer, screenshot_path
from .project import LOCALES, ROOT, SITE_URL, Build, build, copy_project, once_per_run, validated_facts

FACTS = validated_facts()
# Pages that say a model is deprecated: the table's note, the cards' index (a status column) and
# the cards of models not yet retired.
DEPRECATED = {"models", "model-cards"} | {f"model-cards/{m.key}" for m in FACTS.listed_models
                                          if m.deprecation_date}
MODELS_OR_ENDPOINTS = {"models", "endpoints"}
# The Messages-API page has its own sections on installing the SDKs, authentication and profiles.
INSTALL = {"setup", "messages-api"}
CREDENTIALS = {"setup", "requests", "messages-api"}
PROFILES = MODELS_OR_ENDPOINTS | {"messages-api"}

QUERIES = {
    "ja": [
        ("料金", {"endpoints"}),
        ("ログ", {"logging"}),
        ("認証情報", CREDENTIALS),
        ("コンテキストウィンドウ", {"features"}),
        ("非推奨", DEPRECATED),
        ("グローバルエンドポイント", {"endpoints"}),
        ("モデル アクセス", {"models"}),
        ("引用", {"features"}),
        ("ベータヘッダー", {"features"}),
        ("アクティビティ", {"logging"}),
        ("インストール", INSTALL),
        ("不正利用", {"logging"}),
        ("データレジデンシー", {"endpoints"}),
        ("期間", {"messages-api", "logging"}),
    ],
    "zh-TW": [
        ("價格", {"endpoints"}),
        ("記錄", {"logging"}),
        ("憑證", CREDENTIALS),
        ("上下文視窗", {"features"}),
        ("棄用", DEPRECATED),
        ("區域端點", {"endpoints"}),
        ("PDF 檔案", {"features"}),
        ("引用", {"features"}),
        ("安裝", {"setup"}),
        ("資料駐留", {"endpoints"}),
        ("濫用", {"logging"}),
        ("請求本文", {"requests"}),
        ("版面配置", {"features"}),
    ],
    "ru": [
        ("логирование", {"logging"}),
        ("доступ к моделям", {"models"}),
        ("конечная точка", {"endpoints"}),
        ("стоимость", {"endpoints"}),
        ("учётные данные", {"setup", "requests"}),
        ("устаревшие", DEPRECATED),
        ("профиль инференса", MODELS_OR_ENDPOINTS),
        ("журнал", {"logging"}),
        ("злоупотребления", {"logging"}),
        ("установка", INSTALL),
    ],
    "fr": [
        ("journalisation", {"logging"}),
        ("requêtes", {"requests"}),
        # setup: the runtime environment; messages-api: code execution, a server tool it lacks
        ("exécution", {"setup", "messages-api"}),
        ("tarification", {"endpoints"}),
        ("identifiants", {"setup", "requests"}),
        ("point de terminaison", {"endpoints"}),
        ("déprécié", DEPRECATED),
        ("préfixe", PROFILES),
        ("citations", {"features"}),
        ("installer", INSTALL),
        ("profil d’inférence", PROFILES),
    ],
}

# (locale, query, first result readers get, why). None: nothing is found.
LIMITS = [
    ("ja", "推論プロファイル", None, "kanji + katakana stay one term; 推論 プロファイル finds the cards"),
    ("ja", "モデルへのアクセス", None, "katakana + へ + の + katakana stay one term; モデル アクセス is in QUERIES"),
    ("zh-TW", "推論設定檔", "setup", "cut into 推論 and 設定 (檔 dropped); 設定 titles the setup page"),
]


class Searcher:
    """The search box of one language's home page, typed into like a reader does."""

    def __init__(self, browser, site_url: str, locale: str):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.site_url, self.locale = site_url, locale
        self.page.goto(f"{site_url}{locale}/")
        self.box = self.page.locator("input.md-search__input")
        self.box.click()
        # What the result line says while the box is empty, in this language.
        self.placeholder = self.page.evaluate(
            "JSON.parse(document.getElementById('__config').textContent)"
            ".translations['search.result.placeholder']")

    def _settle(self, condition: str) -> None:
        self.page.wait_for_function(
            f"p => document.querySelector('.md-search-result__meta').innerText {condition} p",
            arg=self.placeholder)

    def pages(self, query: str) -> list[str]:
        """The result pages, best first, as paths inside the language ('models', 'index')."""
        self.box.fill("")
        self.box.press("End")  # Material reads the box on keyup
        self._settle("===")
        self.box.fill(query)
        self.box.press("End")
        self._settle("!==")
        urls = self.page.eval_on_selector_all(
            ".md-search-result__list > li", "items => items.map(i => i.querySelector('a').href)")
        everything = self.page.eval_on_selector_all(".md-search-result__list a", "as => as.map(a => a.href)")
        prefix = f"{urlsplit(self.site_url).path}{self.locale}/"
        strangers = [url for url in everything if not urlsplit(url).path.startswith(prefix)]
        assert strangers == [], f"{self.locale}: {query!r} found pages of another language: {strangers}"
        return [urlsplit(url).path.removeprefix(prefix).strip("/") or "index" for url in urls]

    def close(self) -> None:
        self.context.close()


def first_results(browser, site_url: str, locale: str, queries, screenshot=None) -> dict[str, list[str]]:
    searcher = Searcher(browser, site_url, locale)
    try:
        found = {query: searcher.pages(query) for query, *_ in queries}
        if screenshot:  # the last query's results, to look at
            searcher.page.screenshot(path=str(screenshot))
        return found
    finally:
        searcher.close()


def record(locale: str, lines: list[str]) -> None:
    folder = ARTIFACTS / "search"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{locale}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("locale", LOCALES)
def test_queries_in_each_language_find_the_right_page(browser, served_site, locale):
    shot = screenshot_path(f"{locale}-search-1280")
    found = first_results(browser, served_site, locale, QUERIES[locale], screenshot=shot)
    record(locale, [f"{q}\t{' '.join(found[q][:5]) or '(nothing)'}" for q, _ in QUERIES[locale]])
    wrong = {query: found[query][:3] for query, right in QUERIES[locale]
             if not found[query] or found[query][0] not in right}
    assert wrong == {}, f"{locale}: first results that do not answer the query: {wrong}"


@pytest.mark.parametrize("locale, query, first, why", LIMITS)
def test_what_readers_get_where_material_falls_short(browser, served_site, locale, query, first, why):
    pages = first_results(browser, served_site, locale, [(query,)])[query]
    assert (pages[0] if pages else None) == first, (
        f"{locale}: {query!r} now gives {pages[:3]} ({why} no longer holds): move it to QUERIES")


def rejected_build(folder: Path) -> Build:
    """The site as the rejected set-up builds it: no Chinese word segmentation (jieba cannot
    be imported) and lunr's full pipeline, stemmer included."""
    project = copy_project(folder / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "pipeline: [stopWordFilter]", "pipeline: [stemmer, stopWordFilter, trimmer]"), encoding="utf-8")
    blocker = folder / "no-jieba"
    blocker.mkdir()
    (blocker / "jieba.py").write_text('raise ImportError("jieba is blocked for this build")\n')
    return build(project, folder / "site", PYTHONPATH=f"{blocker}:{ROOT / 'tests/snippets/guard'}")


@pytest.fixture(scope="session")
def rejected_site(tmp_path_factory, worker_id):
    built = once_per_run(tmp_path_factory, worker_id, "rejected-site", rejected_build)
    assert built.returncode == 0, built.log
    server = SiteServer(built.site, urlsplit(SITE_URL).path)
    yield server.url
    server.close()


# Where the rejected set-up was measured to lose. Japanese is not among them any more: on the
# pages of 2026-12-01, 34 kanji queries found 優先 only with jieba, 期間 and 実行環境 only
# without it; jieba stays for Chinese.
DECIDED_BY_THE_SET_UP = ("zh-TW", "ru", "fr")


@pytest.mark.parametrize("locale", DECIDED_BY_THE_SET_UP)
def test_the_rejected_set_up_finds_less(browser, rejected_site, locale):
    """Ours answers every query (test_queries_in_each_language_find_the_right_page); the
    rejected set-up must miss some."""
    theirs = first_results(browser, rejected_site, locale, QUERIES[locale])
    right = [query for query, pages in QUERIES[locale] if theirs[query][:1] and theirs[query][0] in pages]
    lines = [f"{query}\t{' '.join(theirs[query][:3]) or '(nothing)'}" for query, _ in QUERIES[locale]]
    record(f"{locale}-rejected", lines + [f"right first: {len(right)} of {len(QUERIES[locale])} (ours: all)"])
    assert len(right) < len(QUERIES[locale]), "\n".join(lines)
