"""The site root: a language chooser, which is also every page's hreflang x-default.
Readers whose browser prefers one of the guide's languages are sent straight to it."""

from __future__ import annotations

import json

from markupsafe import Markup, escape

from .words import Strings


def language_chooser(strings: dict[str, Strings]) -> Markup:
    items = Markup("\n").join(
        Markup('<li><a href="{0}/" hreflang="{0}" lang="{0}"><strong>{1}</strong> — {2}</a></li>')
        .format(locale, words.language_name, words.read_in_language)
        for locale, words in strings.items())
    return Markup('<ul class="language-chooser">\n{}\n</ul>\n{}').format(
        items, _redirect_script(list(strings)))


def _redirect_script(locales: list[str]) -> Markup:
    # The chooser is the site root: assets/ is next to it. No match leaves it on screen.
    return Markup(
        '<script src="assets/preferred-language.js"></script>\n'
        "<script>var language = guidePreferredLanguage({0});\n"
        "if (language) location.replace(language + '/');</script>"
    ).format(Markup(json.dumps(locales)))
