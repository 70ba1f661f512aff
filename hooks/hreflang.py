"""mkdocs hook: make the theme's hreflang alternates absolute and add x-default.

Material prints `<link rel="alternate" href=".." hreflang="..">` with page-relative
URLs; search engines want absolute ones, and an x-default pointing at the root's
language chooser for readers whose language the guide does not have."""

from __future__ import annotations

import re
from urllib.parse import urljoin

ALTERNATE = re.compile(r'<link rel="alternate" href="(?P<href>[^"]*)" hreflang="(?P<lang>[^"]*)">')


def on_post_page(output: str, page, config) -> str:
    base = page.canonical_url or config.site_url
    if not base:
        return output
    root = config.site_url or base

    def absolute(match: re.Match) -> str:
        return f'<link rel="alternate" href="{urljoin(base, match["href"])}" hreflang="{match["lang"]}">'

    output, count = ALTERNATE.subn(absolute, output)
    if count:
        x_default = f'<link rel="alternate" href="{root}" hreflang="x-default">'
        output = output.replace("</head>", f"    {x_default}\n  </head>", 1)
    return output
