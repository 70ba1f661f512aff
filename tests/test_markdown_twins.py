"""Promise: every page of every language has a Markdown twin beside it, linked from its head,
holding the facts of its HTML page (every paragraph, cell and heading, every code block and
link, no Jinja, no theme markup); each language has an llms.txt in llmstxt.org's form that
lists every twin in reading order with its summary, and an llms-full.txt with every twin in
that order; the root's llms.txt leads to the four; a changed fact reaches the twins."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from site_build import LOCALES, PAGES, ROOT, SITE_URL, html, load_yaml
from site_build.pages import built_pages
from site_build.project import i18n_languages, site_config

from .mutations import HTML_NAME, NEW_MODEL

TWIN = "index.html.md"
ENCODING = "utf-8-sig"  # the files open with a byte order mark (hooks/twin_pages.py says why)
BOM = "\ufeff".encode("utf-8")
FENCE = re.compile(r"^(?P<fence>`{3,})(?P<language>\S*)\n(?P<code>.*?)\n(?P=fence)$", re.S | re.M)
LINK = re.compile(r"\]\(<?(?P<url>[^)\s>]+)>?\)")
ENTRY = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>\S+)\)(?:: (?P<notes>.+))?$")
LINKED = re.compile(r"(?<!\\)\[(.*?)(?<!\\)\]\(<?[^)\s>]+>?\)")
PARAGRAPH_LIKE = "p, h1, h2, h3, h4, h5, h6, th, td, dt, caption, li"


def every_page(site: Path):
    """(locale, page address, built file) of every page, the root's chooser included."""
    yield "", "", site / "index.html"
    for locale in LOCALES:
        for address in built_pages(site, locale):
            yield locale, f"{locale}/{address}", site / locale / address / "index.html"


def languages() -> dict[str, dict]:
    return {language["locale"]: language for language in i18n_languages(site_config())}


def flat(text: str) -> str:
    """Text without white space, for comparing what a reader reads on both sides."""
    return re.sub(r"\s+", "", text)


def markdown_text(markdown: str) -> str:
    """The reader's text of Markdown: link targets, emphasis, code ticks, line breaks, table
    pipes and escapes gone (enough to compare with the HTML's text)."""
    text = LINKED.sub(r"\1", markdown)
    text = text.replace("<br>", "").replace("\\\n", "").replace("**", "").replace("`", "")
    text = re.sub(r"(?<!\\)\|", "", text)
    return flat(re.sub(r"\\([\\`*_\[\]<|])", r"\1", text))


def without_heading_marks(markdown: str) -> str:
    return re.sub(r"^#+ ", "", markdown.strip(), flags=re.M)


def test_every_page_has_its_twin_beside_it_and_linked_from_its_head(site):
    pages = list(every_page(site))
    assert len(pages) > 4 * len(PAGES)
    for locale, address, path in pages:
        twin = path.with_name(TWIN)
        assert twin.is_file(), f"{address or '/'}: no {TWIN} beside the page"
        assert twin.read_bytes().startswith(BOM + b"# "), f"{address}: no UTF-8 byte order mark, then the title"
        document = html(path)
        title = document.select_one("article h1").get_text().replace("¶", "").strip()
        assert twin.read_text(encoding=ENCODING).startswith(f"# {title}\n"), f"{address}: the twin opens otherwise"
        alternate = document.select('head link[rel="alternate"][type="text/markdown"]')
        assert [link["href"] for link in alternate] == [SITE_URL + address + TWIN], address
        covering = SITE_URL + (f"{locale}/" if locale else "") + "llms.txt"
        assert [link["href"] for link in document.select('head link[rel="describedby"]')] == [covering], address


@pytest.mark.parametrize("locale", LOCALES)
def test_a_twin_holds_the_facts_of_its_page(site, locale):
    for _, address, path in (page for page in every_page(site) if page[0] == locale):
        article = html(path).select_one("article.md-content__inner")
        for tools in article.select(".page-twin"):  # the copy button and the twin's own link
            tools.decompose()
        twin = path.with_name(TWIN).read_text(encoding=ENCODING)
        for junk in ("{{", "{%", "<div", "<span", "¶", "headerlink", "page-twin"):
            assert junk not in twin, f"{address}: {junk!r} in the twin"
        blocks = article.select("pre > code")
        fenced = list(FENCE.finditer(twin))
        assert [block.get_text().rstrip("\n") for block in blocks] == [f["code"] for f in fenced], address
        languages_of = [next((c[9:] for c in block.find_parent("div")["class"] if c.startswith("language-")), "")
                        for block in blocks]
        assert languages_of == [f["language"] for f in fenced], f"{address}: a code block lost its language"
        prose = FENCE.sub("", twin)
        links = Counter(urljoin(SITE_URL + address, a["href"]) for a in article.select("a[href]")
                        if "headerlink" not in a.get("class", []))
        assert Counter(LINK.findall(prose)) == links, f"{address}: the twin's links differ from the page's"
        assert all(url.startswith(("https://", "http://")) for url in LINK.findall(prose)), address
        text = markdown_text(prose)
        for element in article.select(PARAGRAPH_LIKE):
            if element.find(["p", "ul", "ol", "pre", "table", "div"]):
                continue  # its parts are checked one by one
            shown = flat(element.get_text().replace("¶", ""))
            assert shown in text, f"{address}: {element.name} {element.get_text()[:80]!r} is not in the twin"
        for sign in article.select("[role=img][aria-label]"):  # a sign's meaning is in its label
            assert flat(sign["aria-label"]) in text, f"{address}: {sign['aria-label']!r} is not in the twin"
        breaks = prose.count("<br>") + prose.count("\\\n")
        signs = len(article.select("[role=img][aria-label]"))  # each on a line of its own
        assert breaks == len(article.select("br")) + signs, f"{address}: the twin lost line breaks the page has"
        rows = len(article.select("tr"))
        assert len(re.findall(r"^\|.*\|$", prose, re.M)) == rows + len(article.select("table")), \
            f"{address}: the twin's tables have other rows than the page's"


def parse_llms(text: str, where: str) -> dict:
    """An llms.txt as llmstxt.org describes it: H1, blockquote, paragraphs, then H2 sections of
    `- [title](url): notes` lines. Anything else fails, naming the line."""
    blocks = text.rstrip("\n").split("\n\n")
    assert text.endswith("\n") and not text.endswith("\n\n"), where
    assert re.fullmatch(r"# \S.*", blocks[0]), f"{where}: no H1 first"
    assert re.fullmatch(r"> \S.*", blocks[1]), f"{where}: no blockquote summary after the H1"
    found = {"name": blocks[0][2:], "summary": blocks[1][2:], "details": [], "sections": []}
    for block in blocks[2:]:
        if block.startswith("## "):
            found["sections"].append((block[3:], []))
        elif found["sections"]:
            for line in block.split("\n"):
                entry = ENTRY.match(line)
                assert entry, f"{where}: {line!r} is not a file list entry"
                found["sections"][-1][1].append(entry.groupdict())
        else:
            assert not block.startswith("#"), f"{where}: a heading other than H2: {block!r}"
            found["details"].append(block)
    return found


def served_file(site: Path, url: str) -> Path:
    assert url.startswith(SITE_URL), f"{url} is not on the site"
    return site / urlsplit(url).path[len(urlsplit(SITE_URL).path):]


@pytest.mark.parametrize("locale", LOCALES)
def test_llms_txt_lists_every_twin_of_the_language_in_reading_order(site, locale):
    language = languages()[locale]
    words = load_yaml(ROOT / f"data/i18n/{locale}.yml")
    llms = parse_llms((site / locale / "llms.txt").read_text(encoding=ENCODING), f"{locale}/llms.txt")
    assert (llms["name"], llms["summary"]) == (language["site_name"], language["site_description"])
    assert any(f"]({SITE_URL}{locale}/llms-full.txt)" in block for block in llms["details"])
    [(pages_heading, pages), (cards_heading, cards)] = llms["sections"]
    assert (pages_heading, cards_heading) == (words["twin"]["llms_pages"], words["cards"]["title"])
    nav = [SITE_URL + f"{locale}/" + (p.removesuffix("index") if p.endswith("index") else p + "/") + TWIN
           for p in PAGES]
    assert [entry["url"] for entry in pages] == nav, "the pages are not in the navigation's order"
    model_keys = [m["key"] for m in load_yaml(ROOT / "data/bedrock.yml")["models"]]
    assert [entry["url"] for entry in cards] == [f"{SITE_URL}{locale}/model-cards/{key}/{TWIN}" for key in model_keys]
    twins = {p.relative_to(site).as_posix() for p in (site / locale).rglob(TWIN)}
    listed = [served_file(site, entry["url"]).relative_to(site).as_posix() for entry in pages + cards]
    assert sorted(listed) == sorted(twins), "llms.txt does not list every twin of the language once"
    for entry in pages + cards:
        twin = served_file(site, entry["url"]).read_text(encoding=ENCODING)
        assert twin.startswith(f"# {entry['title']}\n"), entry
        assert entry["notes"] and "{" not in entry["notes"], f"{entry['url']}: no summary"
    assert pages[0]["notes"] == language["site_description"]


@pytest.mark.parametrize("locale", LOCALES)
def test_llms_full_holds_every_twin_in_the_order_of_llms_txt(site, locale):
    llms = parse_llms((site / locale / "llms.txt").read_text(encoding=ENCODING), f"{locale}/llms.txt")
    entries = [entry for _, section in llms["sections"] for entry in section]
    text = (site / locale / "llms-full.txt").read_text(encoding=ENCODING)
    assert len(re.findall(r"^# ", FENCE.sub("", text), re.M)) == 1, "llms-full.txt has more than one H1"
    parts = re.split(r"\n\n---\n\n<(\S+)>\n\n", text)
    assert [url + TWIN for url in parts[1::2]] == [entry["url"] for entry in entries]
    for url, part in zip(parts[1::2], parts[2::2]):
        twin = served_file(site, url + TWIN).read_text(encoding=ENCODING)
        assert without_heading_marks(part) == without_heading_marks(twin), f"{url}: not its twin"
        assert FENCE.findall(part) == FENCE.findall(twin), f"{url}: a code block changed"
        assert part.startswith("## "), f"{url}: the page's title is not an H2 in llms-full.txt"


def test_the_root_llms_txt_leads_to_every_language(site):
    assert all((site / path).read_bytes().startswith(BOM + b"# ")
               for path in ["llms.txt", *(f"{locale}/{name}" for locale in LOCALES for name in ("llms.txt", "llms-full.txt"))])
    llms = parse_llms((site / "llms.txt").read_text(encoding=ENCODING), "llms.txt")
    config = site_config()
    assert (llms["name"], llms["summary"]) == (config["site_name"], config["site_description"])
    assert [heading for heading, _ in llms["sections"]] == [languages()[locale]["name"] for locale in LOCALES]
    for locale, (_, entries) in zip(LOCALES, llms["sections"]):
        assert [e["url"] for e in entries] == [f"{SITE_URL}{locale}/llms.txt", f"{SITE_URL}{locale}/llms-full.txt"]
        assert all(served_file(site, e["url"]).is_file() and e["notes"] for e in entries)


def test_a_changed_fact_reaches_the_twins_and_data_stays_text(edited_data_build):
    assert edited_data_build.returncode == 0, edited_data_build.log
    site, key, name = edited_data_build.site, NEW_MODEL["key"], HTML_NAME[1]
    for locale in LOCALES:
        card = (site / locale / "model-cards" / key / TWIN).read_text(encoding=ENCODING)
        assert NEW_MODEL["bedrock_id"] in card, f"{locale}: the new model's card twin lacks its ID"
        assert f"{SITE_URL}{locale}/model-cards/{key}/{TWIN}" in (site / locale / "llms.txt").read_text(encoding=ENCODING)
        models = (site / locale / "models" / TWIN).read_text(encoding=ENCODING)
        assert NEW_MODEL["bedrock_id"] in models
        # A display name with markup is text in the twin, as on the page: escaped, never live.
        assert r'Claude \<img src=x onerror="alert(1)"> \*Sonnet\* 4' in models, f"{locale}: {name!r} unescaped"
        assert not re.search(r"(?<!\\)<img", models), f"{locale}: live markup from the data in the twin"
        llms = (site / locale / "llms.txt").read_text(encoding=ENCODING)
        assert r'- [Claude \<img src=x onerror="alert(1)"> \*Sonnet\* 4](' in llms, f"{locale}: the card's title in llms.txt"
