"""mkdocs hook: site search with Pagefind, one index per language.

Why Pagefind and not Material's lunr search: tests/test_browser_search.py runs readers'
queries through both (Pagefind's extended build cuts Chinese and Japanese into words when it
indexes, stems Russian and French, and loads only the index fragments a query needs).

- Each guide page's article is indexed (`data-pagefind-body`); Pagefind files it under the
  page's `<html lang>`, so a reader searches their own language only. Section permalinks and
  the code-copy buttons are not text.
- The root's language chooser is indexed on its own, into `pagefind-chooser/`: its search box
  searches that and all four languages.
- Every page, each language's not-found page included, gets a search button in the header
  where Material's was, and the words of data/i18n/<locale>.yml `search`. The button is ours:
  docs/assets/search.js loads Pagefind's component UI (176 KB of script) only when a reader
  first opens the search, and hands it the words.
- The index is written once, after the last language is built, by the pinned extended
  binary, offline; the same pages give the same bytes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import serving
from model_cards import FOLDER as CARDS
from search_words import terms_with_words, with_search_words
from site_data import ARTICLE, guide_locales, locale_prefix, site_path, strings, style_guide
from markupsafe import escape
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url
from pagefind_bin_extended import get_executable  # extended: Chinese and Japanese words

BUNDLE = "pagefind"
ROOT_BUNDLE = "pagefind-chooser"  # beside, not inside, the other: Pagefind would not merge them
NOT_TEXT = ".headerlink, .md-code__nav, .md-clipboard"  # permalinks and code buttons
HEADER_END = re.compile(r"(\s*</nav>\s*</header>)")
SHORTCUT = "/"  # the key Material's search opened with
# A model card is short and names its facts in every row: at full weight, and with Pagefind's
# preference for short pages, the cards outranked the guide's own page on its topic
# (推論プロファイル, profil d’inférence). The model's name still leads to its card.
CARD_WEIGHT = 0.5
RANKING = {"pageLength": 0.2}  # Pagefind's default is 0.75


def on_pre_build(config) -> None:
    """The language's style guide, read before any page: one that cannot be read stops the
    build with its one line (raised while a page is built, mkdocs adds a line of its own)."""
    style_guide(config, config.theme["language"])


def on_post_page(output: str, page, config) -> str:
    card = page.file.src_uri.split("/")[-2:-1] == [CARDS] and not page.is_index
    weight = f' data-pagefind-weight="{CARD_WEIGHT}"' if card else ""
    indexed = ARTICLE.replace(">", f" data-pagefind-body{weight}>", 1)
    start, end = output.find(ARTICLE), output.find("</article>")
    if 0 <= start < end:
        terms = terms_with_words(style_guide(config, config.theme["language"]))
        output = output[:start] + indexed + with_search_words(output[start + len(ARTICLE):end], terms) + output[end:]
    return with_search(output, get_relative_url(".", page.url or "."), config)


@event_priority(-40)  # before hooks/not_found.py writes each language's copy
def on_post_template(output: str, template_name: str, config) -> str:
    """Each language's not-found page, served at any address: absolute paths. (The site's
    own 404.html is a bare page in every language, without the theme's header.)"""
    if template_name != "404.html" or not locale_prefix(config):
        return output
    return with_search(output, site_path(config).rstrip("/"), config)


def with_search(output: str, root: str, config) -> str:
    """The page with the search button in its header and the search's small loader; `root`
    is the site's root, relative to the page or absolute."""
    locale = config.theme["language"]
    settings = {"words": search_words(config, locale), "site": root, "ranking": RANKING}
    if not locale_prefix(config) and locale not in guide_locales(config):
        settings["bundle"] = f"{root}/{ROOT_BUNDLE}/"
        settings["merge"] = [{"bundlePath": f"{root}/{BUNDLE}/", "language": each.lower()}
                             for each in guide_locales(config)]
    else:
        settings["bundle"] = f"{root}/{BUNDLE}/"
    head = (f'<link rel="stylesheet" href="{root}/assets/search.css">'
            f'<script src="{root}/assets/search.js" defer></script>'
            f'<script id="search-settings" type="application/json">{script_json(settings)}</script>')
    output = output.replace("</head>", head + "</head>", 1)
    output, found = HEADER_END.subn(lambda m: search_button(settings["words"]) + m[1], output, count=1)
    if not found:
        raise PluginError("search: no place for the search button (Material's header changed?)")
    return output


def search_button(words: dict) -> str:
    """A real button from the first paint, the size it keeps once Pagefind has loaded (no
    layout shift); its text is hidden on narrow screens, so its name is in aria-label too."""
    label = escape(words.get("placeholder", "Search"))
    return (f'<div class="md-header__option site-search">'
            f'<button type="button" class="site-search__button" aria-label="{label}" aria-haspopup="dialog" '
            f'aria-expanded="false" aria-keyshortcuts="{SHORTCUT}">'
            f'<span class="site-search__icon" aria-hidden="true"></span>'
            f'<span class="site-search__text">{label}</span>'
            f'<span class="site-search__key" aria-hidden="true">{SHORTCUT}</span></button></div>')


def search_words(config, locale: str) -> dict:
    """The language's search words; the root chooser has none, so Pagefind's English stays."""
    words = strings(config, locale)
    return dict(words["search"]) if words else {}


def script_json(value) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language
def on_post_build(config) -> None:
    if config.plugins["i18n"].building:  # one language of several: the others are to come
        return
    if config.plugins["i18n"].config.build_only_locale:  # one language, at the root
        bundles = {BUNDLE: "**/*.html"}
    else:
        bundles = {BUNDLE: "{" + ",".join(f"{locale}/**/*.html" for locale in guide_locales(config)) + "}",
                   ROOT_BUNDLE: "index.html"}
    site = Path(config.site_dir)
    if serving.serving():  # a save is served before Pagefind has indexed it (hooks/serving.py)
        serving.index_rebuilt(site, bundles, index)
        return
    for bundle, glob in bundles.items():
        index(site, bundle, glob)


def index(site: Path, bundle: str, glob: str, background: bool = False) -> None:
    command = [str(get_executable()), "--site", str(site), "--output-subdir", bundle, "--glob", glob,
               "--exclude-selectors", NOT_TEXT, "--quiet"]
    if background and shutil.which("nice"):  # the next rebuild comes first
        command = ["nice", "-n", "10", *command]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or "Error" in result.stdout + result.stderr:
        raise PluginError(f"search: Pagefind could not index {site} ({glob}):\n"
                          f"{result.stdout}{result.stderr}")
    steady_entry(site / bundle / "pagefind-entry.json")


def steady_entry(path: Path) -> None:
    """Pagefind lists the languages in a different order on every run: sort them, so the
    same pages give the same bytes."""
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["languages"] = dict(sorted(entry["languages"].items()))
    path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
