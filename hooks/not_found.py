"""mkdocs hook: a not-found page in every language.

Static hosts answer every missing address with the site's 404.html, and mkdocs-static-i18n
renders the theme's 404 once per language into that one file: the last language built wins,
with another page's language-switcher links. Instead (templates in overrides/):
- each guide language's build writes its own, in its own chrome, to <locale>/404.html, its
  language switcher pointing at each language's home;
- the root chooser's build writes the site's 404.html: the message in every language (what
  readers see without JavaScript) and assets/not-found.js, which shows the reader's
  language version in its place, keeping the address they typed and the 404 status."""

from __future__ import annotations

from pathlib import Path

from localize_html import localized_chrome
from site_data import guide_locales, locale_prefix, site_path, strings
from mkdocs.plugins import event_priority

TEMPLATE = "404.html"


def on_template_context(context, template_name: str, config):
    if template_name != TEMPLATE:
        return context
    locale = config.theme["language"]
    shown = [locale] if locale in guide_locales(config) else guide_locales(config)
    context["not_found"] = [message(config, each) for each in shown]
    context["not_found_site_path"] = site_path(config)
    # Not a page: i18n leaves the last page's switcher links here. Point them at each home.
    # (i18n sets them as an attribute, which the theme reads before the mapping key.)
    config.extra.alternate = [{**alternate, "link": home_url(config, alternate["lang"])}
                              for alternate in config.extra["alternate"]]
    return context


@event_priority(-50)  # after the other hooks have finished the page
def on_post_template(output: str, template_name: str, config) -> str:
    prefix = locale_prefix(config)
    if template_name != TEMPLATE:
        return output
    if not prefix:  # the site's own: the chooser's, or one language's built alone at the root
        return localized_chrome(output, config)
    path = Path(config.site_dir) / prefix / TEMPLATE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(localized_chrome(output, config), encoding="utf-8")
    return ""  # the site's own 404.html is the root chooser's


def message(config, locale: str) -> dict:
    words = strings(config, locale)["not_found"]
    return {"locale": locale, **words, "home_url": home_url(config, locale)}


def home_url(config, locale: str) -> str:
    built_alone = locale_prefix(config) == "" and config.theme["language"] == locale
    return site_path(config) + ("" if built_alone else f"{locale}/")
