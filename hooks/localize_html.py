"""mkdocs hook: finish each page's HTML for its language.

- Material prints hreflang alternates with page-relative URLs; search engines want absolute
  ones, plus an x-default pointing at the root's language chooser.
- Python-Markdown's toc extension gives every section permalink one title, in English;
  each language's title comes from data/i18n/<locale>.yml (`permalink_title`)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import yaml
from markupsafe import escape

ALTERNATE = re.compile(r'<link rel="alternate" href="(?P<href>[^"]*)" hreflang="(?P<lang>[^"]*)">')
PERMALINK = re.compile(r'(<a class="headerlink" href="#[^"]*" title=")Permanent link(")')


def on_post_page(output: str, page, config) -> str:
    output = absolute_alternates(output, page.canonical_url or config.site_url, config.site_url)
    title = permalink_title(Path(config.config_file_path).parent, config.theme["language"])
    if title:
        output = PERMALINK.sub(lambda m: f"{m[1]}{escape(title)}{m[2]}", output)
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


def permalink_title(root: Path, locale: str) -> str | None:
    """None for the root chooser, which has no strings file and keeps the English title."""
    path = root / "data" / "i18n" / f"{locale}.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["permalink_title"] if path.exists() else None

