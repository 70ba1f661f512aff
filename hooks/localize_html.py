"""mkdocs hook: finish each page's HTML for its language.

- Material prints hreflang alternates with page-relative URLs; search engines want absolute
  ones, plus an x-default pointing at the root's language chooser.
- Python-Markdown's toc extension gives every section permalink one title, in English;
  each language's title comes from data/i18n/<locale>.yml (`permalink_title`).
- The colour-scheme toggle's label is one English name per palette in mkdocs.yml; each
  language's comes from `theme.switch_to`, and `theme.skip_link` replaces the theme's words
  for "skip to content" where a language's readers would write them otherwise.
- Material reads the previous/next links aloud as "<direction>: <page>" and titles pages
  "<page> - <site>" in every language; each language's form comes from `theme.footer_link` and
  `theme.title` (ja "前：…", fr "Suivant : …", ru "… — …"), and a language may replace the
  theme's direction words and its header and footer landmark names. A language's home page
  is titled with the site's name once (Material writes "<site> - <site>")."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from site_data import strings
from markupsafe import escape

ALTERNATE = re.compile(r'<link rel="alternate" href="(?P<href>[^"]*)" hreflang="(?P<lang>[^"]*)">')
PERMALINK = re.compile(r'(<a class="headerlink" href="#[^"]*" title=")Permanent link(")')
SKIP_LINK = re.compile(r'(<a href="[^"]*" class="md-skip">)[^<]*(</a>)')
FOOTER_LINK = re.compile(
    r'(?P<start><a href="[^"]*" class="md-footer__link md-footer__link--(?P<way>prev|next)" aria-label=")'
    r'[^"]*(?P<middle>">.*?<span class="md-footer__direction">\s*)(?P<direction>[^<]*?)'
    r'(?P<before_page>\s*</span>\s*<div class="md-ellipsis">\s*)(?P<page>.*?)(?P<end>\s*</div>)', re.S)
LANDMARK = re.compile(r'(<nav class="md-(?P<where>header|footer)__inner md-grid" aria-label=")[^"]*(")')
TITLE = re.compile(r"<title>(?P<title>.*?)</title>", re.S)
HEADING = re.compile(r'<h[1-6] id="(?P<id>[^"]+)"[^>]*>(?P<inner>.*?)</h[1-6]>', re.S)
NO_BREAK = "\u00a0\u202f"


def on_page_content(html: str, page, config, files) -> str:
    """The table of contents names each section with its heading's own spaces: the toc
    extension folds a no-break space into an ordinary one ("Quel point de terminaison ?"
    would wrap before its "?" and break French typography)."""
    headings = {m["id"]: re.sub(r"<[^>]*>", "", m["inner"].split('<a class="headerlink"')[0]).strip()
                for m in HEADING.finditer(html)}
    items = list(page.toc)
    while items:
        item = items.pop()
        items += item.children
        heading = headings.get(item.id)
        if heading and heading != item.title and _folded(heading) == _folded(item.title):
            item.title = heading
    return html


def _folded(text: str) -> str:
    return " ".join(re.sub(f"[{NO_BREAK}]", " ", text).split())


def on_post_page(output: str, page, config) -> str:
    output = absolute_alternates(output, page.canonical_url or config.site_url, config.site_url)
    return localized_chrome(output, config)


def localized_chrome(output: str, config) -> str:
    """The theme's words in the page's language (also used for the not-found pages)."""
    words = strings(config, config.theme["language"])
    site = str(escape(config.site_name))
    theme = words["theme"] if words else None  # the root chooser keeps the English words
    if theme:
        output = PERMALINK.sub(lambda m: f"{m[1]}{escape(words['permalink_title'])}{m[2]}", output)
        output = palette_labels(output, config.theme.get("palette") or [], theme["switch_to"])
        if theme.get("skip_link"):
            output = SKIP_LINK.sub(lambda m: f"{m[1]}{escape(theme['skip_link'])}{m[2]}", output)
        output = FOOTER_LINK.sub(lambda m: footer_link(m, theme), output)
        output = LANDMARK.sub(lambda m: f"{m[1]}{escape(theme[m['where']])}{m[3]}"
                              if theme.get(m["where"]) else m[0], output)
    return TITLE.sub(lambda m: f"<title>{page_title(m['title'], site, theme)}</title>", output, count=1)


def footer_link(found: re.Match, theme: dict) -> str:
    """A previous/next link: its direction word and its spoken label in the language's form."""
    direction = escape(theme.get("previous_page" if found["way"] == "prev" else "next_page") or found["direction"])
    label = theme["footer_link"].format(direction=direction, page=found["page"])
    return (f"{found['start']}{label}{found['middle']}{direction}{found['before_page']}"
            f"{found['page']}{found['end']}")


def page_title(title: str, site: str, theme: dict | None) -> str:
    """Material's "<page> - <site>" in the language's form; the site's name alone, once, on a
    home page."""
    page = title.removesuffix(f" - {site}")
    if page == title or page == site:
        return site if page == site else title
    return theme["title"].format(page=page, site=site) if theme else title


def palette_labels(output: str, palette: list[dict], switch_to: dict[str, str]) -> str:
    """Each palette's toggle switches to the next palette: it is labelled with that scheme's words."""
    for option, following in zip(palette, palette[1:] + palette[:1]):
        name = escape(option["toggle"]["name"])
        label = escape(switch_to[following["scheme"]])
        output = output.replace(f'title="{name}"', f'title="{label}"').replace(
            f'aria-label="{name}"', f'aria-label="{label}"')
    return output


def absolute_alternates(output: str, base: str | None, root: str | None) -> str:
    if not base:
        return output
    output, count = ALTERNATE.subn(
        lambda m: f'<link rel="alternate" href="{urljoin(base, m["href"])}" hreflang="{m["lang"]}">',
        output)
    if count:
        x_default = f'<link rel="alternate" href="{root or base}" hreflang="x-default">'
        output = output.replace("</head>", f"    {x_default}\n  </head>", 1)
    return output
