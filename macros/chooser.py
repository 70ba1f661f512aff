"""The site root: a language chooser, which is also every page's hreflang x-default.
Readers whose browser prefers one of the guide's languages are sent straight to it."""

from __future__ import annotations

import json

from markupsafe import Markup, escape

from .schema import Strings


def language_chooser(strings: dict[str, Strings]) -> Markup:
    items = Markup("\n").join(
        Markup('<li><a href="{0}/" hreflang="{0}" lang="{0}"><strong>{1}</strong> — {2}</a></li>')
        .format(locale, words.language_name, words.read_in_language)
        for locale, words in strings.items())
    return Markup('<ul class="language-chooser">\n{}\n</ul>\n{}').format(
        items, _redirect_script(list(strings)))


def _redirect_script(locales: list[str]) -> Markup:
    # Match the browser's preferred languages against ours: exact tag first ("zh-TW"),
    # then the primary language ("fr-CA" -> "fr"); no match leaves the chooser on screen.
    return Markup(
        "<script>(function () {{\n"
        "  var ours = {0};\n"
        "  var wanted = navigator.languages || [navigator.language || ''];\n"
        "  for (var i = 0; i < wanted.length; i++) {{\n"
        "    var tag = String(wanted[i]).toLowerCase();\n"
        "    for (var j = 0; j < ours.length; j++) {{\n"
        "      var own = ours[j].toLowerCase();\n"
        "      if (tag === own || tag.split('-')[0] === own.split('-')[0] && own.indexOf('-') < 0\n"
        "          || tag.indexOf('zh-hant') === 0 && own === 'zh-tw') {{\n"
        "        location.replace(ours[j] + '/'); return;\n"
        "      }}\n"
        "    }}\n"
        "  }}\n"
        "}})();</script>"
    ).format(Markup(json.dumps(locales)))
