"""mkdocs hook: every page's Markdown twin, each language's llms.txt and llms-full.txt, the
root's llms.txt, the links to them, and the button that copies a page as Markdown.

- A page's twin is its article as built, in Markdown (markdown_twins/convert.py), beside its
  HTML: `ja/setup/` has `ja/setup/index.html.md`, llmstxt.org's place for a page whose address
  has no file name. Its head links the twin (`rel="alternate" type="text/markdown"`) and the
  llms.txt that covers it (`rel="describedby"`), as llms.txt v2 asks.
- A language's llms.txt lists its pages in the navigation's order, each with the summary the
  home page's contents list gives it (the home page with the language's site_description),
  then the model cards with their first sentence; llms-full.txt holds every twin in that order.
- Every guide page gets a "copy page as Markdown" button and a link to its twin under its
  title, in the page's language (docs/assets/copy-page.js copies the twin itself).

The files open with a UTF-8 byte order mark: a static host (GitHub Pages among them) may send
`.md` and `.txt` without a charset, and a browser would then show Japanese, Chinese and Russian
as mojibake; the mark makes every browser read UTF-8 (llmstxt.org allows it), and a script's
fetch drops it.

A hook, not mkdocs-llmstxt or mkdocs-ask-ai: README, "For assistants", says why."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
from markupsafe import escape
from mkdocs.exceptions import PluginError

from model_cards import FOLDER as CARDS
from site_data import ARTICLE, facts, guide_locales, locale_prefix, project_on_path, strings

project_on_path()
from markdown_twins.convert import TwinError, Writer, twin  # noqa: E402
from markdown_twins.llms import Entry, full, index  # noqa: E402

TWIN = "index.html.md"
ENCODING = "utf-8-sig"  # with the byte order mark: see above
LLMS, LLMS_FULL = "llms.txt", "llms-full.txt"

_built: dict[str, dict] = {}  # this language's pages, by source path: twin, title, address
_order: list[str] = []  # the navigation's pages, in order
_summaries: dict[str, str] = {}  # page address -> the home page's words for it


def on_pre_build(config) -> None:
    """Each language is a build of its own (mkdocs-static-i18n), in one process."""
    _built.clear()
    _order.clear()
    _summaries.clear()


def on_nav(nav, config, files):
    _order[:] = [page.file.src_uri for page in nav.pages]
    return nav


def on_page_content(html: str, page, config, files) -> str:
    url = page.canonical_url or urljoin(config.site_url or "", page.url)
    source = Path(os.path.relpath(page.file.abs_src_path, Path(config.config_file_path).resolve().parent)).as_posix()
    try:
        markdown = twin(html, url)
        if _order and page.file.src_uri == _order[0]:  # the language's home page leads its navigation
            _summaries.update(contents_summaries(html, url))
    except TwinError as error:
        raise PluginError(f"{source}: no Markdown twin: {error}") from None
    # The title as the twin writes it (Markdown-escaped), not the theme's (HTML-escaped for cards).
    title = markdown.split("\n", 1)[0].removeprefix("# ")
    _built[page.file.src_uri] = {"twin": markdown, "title": title, "url": url, "source": source,
                                 "twin_url": url + TWIN, "first": first_paragraph(markdown)}
    return html


def contents_summaries(html: str, url: str) -> dict[str, str]:
    """The home page's contents list: each page's address and the words that describe it."""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    writer, found = Writer(url), {}
    for term in root.iter("dt"):
        link, definition = term.find(".//a"), term.getnext()
        if link is not None and definition is not None and definition.tag == "dd":
            found[urljoin(url, link.get("href"))] = " ".join(writer.blocks(definition))
    return found


def first_paragraph(markdown: str) -> str:
    return next((block for block in markdown.split("\n\n")[1:] if not block.startswith(("#", "|", "`", ">", "-"))), "")


def on_post_page(output: str, page, config) -> str:
    built = _built[page.file.src_uri]
    path = Path(page.file.abs_dest_path + ".md")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(built["twin"], encoding=ENCODING)
    covering = urljoin(config.site_url or "", locale_prefix(config) + LLMS)
    head = (f'<link rel="alternate" type="text/markdown" href="{escape(built["twin_url"])}">'
            f'<link rel="describedby" href="{escape(covering)}">')
    output = output.replace("</head>", head + "</head>", 1)
    words = strings(config, config.theme["language"])
    return with_copy_button(output, words["twin"]) if words else output


def with_copy_button(output: str, words: dict) -> str:
    """Under the article's title: the copy button (shown by its script) and the twin's link."""
    start = output.find(ARTICLE)
    end = output.find("</h1>", start)
    if start < 0 or end < 0:
        raise PluginError("markdown twins: no article title to put the copy button under (Material changed?)")
    tools = (f'<div class="page-twin" data-pagefind-ignore>'
             f'<button type="button" class="page-twin__copy" data-twin="{TWIN}" '
             f'data-copied="{escape(words["copied"])}" data-failed="{escape(words["failed"])}" hidden>'
             f'{escape(words["copy_page"])}</button>'
             f'<a class="page-twin__view" href="{TWIN}" type="text/markdown">{escape(words["view"])}</a>'
             f'<span class="page-twin__status" role="status"></span></div>')
    end += len("</h1>")
    return output[:end] + tools + output[end:]


def on_post_build(config) -> None:
    """At the default priority, before mkdocs-static-i18n (-100) starts the next language."""
    site = Path(config.site_dir)
    prefix = locale_prefix(config)
    locale = config.theme["language"]
    if locale in guide_locales(config):
        folder = site / prefix
        name, summary = config.site_name, config.site_description or ""
        pages, cards = reading_order(config)
        (folder / LLMS).write_text(language_index(config, pages, cards), encoding=ENCODING)
        (folder / LLMS_FULL).write_text(
            full(name, summary, [(_built[p]["url"], _built[p]["twin"]) for p in pages + cards]), encoding=ENCODING)
    elif not config.plugins["i18n"].config.build_only_locale:
        (site / LLMS).write_text(root_index(config), encoding=ENCODING)


def reading_order(config) -> tuple[list[str], list[str]]:
    """The navigation's pages, and the model cards in the data's order."""
    cards = {f"{CARDS}/{model['key']}.md": number for number, model in enumerate(facts(config)["models"])}
    found = sorted((cards[key], source) for source in _built for key in cards if source.endswith(key))
    return [p for p in _order if p in _built], [source for _, source in found]


def language_index(config, pages: list[str], cards: list[str]) -> str:
    words = strings(config, config.theme["language"])
    entries = []
    for source in pages:
        page = _built[source]
        notes = config.site_description if source == pages[0] else _summaries.get(page["url"])
        if not notes:
            raise PluginError(f"{_built[pages[0]]['source']}: the contents list (#guide-contents) has no line for "
                              f"{page['source']}; add one that says what the page holds (llms.txt gives it)")
        entries.append(Entry(page["title"], page["twin_url"], notes))
    card_entries = [Entry(_built[c]["title"], _built[c]["twin_url"], _built[c]["first"]) for c in cards]
    full_url = urljoin(config.site_url or "", locale_prefix(config) + LLMS_FULL)
    details = words["twin"]["llms_details"].format(full=f"[{LLMS_FULL}]({full_url})")
    return index(config.site_name, config.site_description or "",
                 [(words["twin"]["llms_pages"], entries), (words["cards"]["title"], card_entries)], details)


def root_index(config) -> str:
    """The root's llms.txt: each language's files, with its name, title and summary."""
    base = config.site_url or ""
    sections = []
    for language in config.plugins["i18n"].config.languages:
        if language.link == "/":
            continue
        sections.append((language.name, [
            Entry(language.site_name, urljoin(base, f"{language.locale}/{LLMS}"), language.site_description),
            Entry(LLMS_FULL, urljoin(base, f"{language.locale}/{LLMS_FULL}"),
                  strings(config, language.locale)["twin"]["llms_full"])]))
    return index(config.site_name, config.site_description or "", sections)
