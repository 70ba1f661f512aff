"""mkdocs hook: finish each page's HTML for its language.

- Material prints hreflang alternates with page-relative URLs; search engines want absolute
  ones, plus an x-default pointing at the root's language chooser.
- Python-Markdown's toc extension gives every section permalink one title, in English;
  each language's title comes from data/i18n/<locale>.yml (`permalink_title`).
- The colour-scheme toggle's label is one English name per palette in mkdocs.yml; each
  language's comes from `theme.switch_to`, and `theme.skip_link` replaces the theme's words
  for "skip to content" where a language's readers would write them otherwise.
- Material titles a language's home page "<site name> - <site name>": once is enough."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from site_data import strings
from markupsafe import escape

ALTERNATE = re.compile(r'<link rel="alternate" href="(?P<href>[^"]*)" hreflang="(?P<lang>[^"]*)">')
PERMALINK = re.compile(r'(<a class="headerlink" href="#[^"]*" title=")Permanent link(")')
SKIP_LINK = re.compile(r'(<a href="[^"]*" class="md-skip">)[^<]*(</a>)')


def on_post_page(output: str, page, config) -> str:
    output = absolute_alternates(output, page.canonical_url or config.site_url, config.site_url)
    return localized_chrome(output, config)


def localized_chrome(output: str, config) -> str:
    """The theme's words in the page's language (also used for the not-found pages)."""
    words = strings(config, config.theme["language"])
    if words:  # the root chooser keeps the English words
        output = PERMALINK.sub(lambda m: f"{m[1]}{escape(words['permalink_title'])}{m[2]}", output)
        output = palette_labels(output, config.theme.get("palette") or [], words["theme"]["switch_to"])
        if words["theme"].get("skip_link"):
            output = SKIP_LINK.sub(lambda m: f"{m[1]}{escape(words['theme']['skip_link'])}{m[2]}", output)
    doubled = f"<title>{escape(config.site_name)} - {escape(config.site_name)}</title>"
    return output.replace(doubled, f"<title>{escape(config.site_name)}</title>", 1)


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
