"""mkdocs hook: finish each page's HTML for its language.

- Material prints hreflang alternates with page-relative URLs; search engines want absolute
  ones, plus an x-default pointing at the root's language chooser.
- Python-Markdown's toc extension gives every section permalink one title, in English;
  each language's title comes from data/i18n/<locale>.yml (`permalink_title`)."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from site_data import strings
from markupsafe import escape

ALTERNATE = re.compile(r'<link rel="alternate" href="(?P<href>[^"]*)" hreflang="(?P<lang>[^"]*)">')
PERMALINK = re.compile(r'(<a class="headerlink" href="#[^"]*" title=")Permanent link(")')


def on_post_page(output: str, page, config) -> str:
    output = absolute_alternates(output, page.canonical_url or config.site_url, config.site_url)
    words = strings(config, config.theme["language"])
    if words:  # the root chooser keeps the English title
        output = PERMALINK.sub(lambda m: f"{m[1]}{escape(words['permalink_title'])}{m[2]}", output)
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
