"""mkdocs-macros entry point: load and validate the data once, then expose small pure
functions to the pages. Nothing here computes; it only wires data, locale and page."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs_macros.errors import format_error

import posixpath

from translations.sections import page_sections

from . import (chooser, claude_platform, formatting, messages_api, model_cards, prose, request_rules, snippets,
               translation_notices, vendor_links)
from .model_table import model_table as table_html
from .loading import DataError, SiteData, load_site_data
from .schema import IntegrationName


class PageError(Exception):
    """A macro failed on a page; the message names locale, page, macro and cause."""


@format_error.register
def _one_line(error: PageError, markdown: str, page) -> str:
    # mkdocs-macros prints a traceback for other errors; ours already say what and where.
    return str(error)


def guide_locales(conf) -> list[str]:
    """The guide's languages: every i18n language but the root's language chooser."""
    return [lang.locale for lang in conf.plugins["i18n"].config.languages if lang.link != "/"]


def site_data(env) -> tuple[Path, SiteData]:
    """The project's root and its validated data (read once per version of the files)."""
    root = Path(env.conf.config_file_path).parent
    try:
        return root, load_site_data(root, guide_locales(env.conf))
    except DataError as error:
        raise PluginError(str(error)) from None  # each line names its file and field


def current_locale(env) -> str:
    return env.conf.plugins["i18n"].current_language


def page_link(env, locale: str, page: str, anchor: str) -> str:
    """A section of a page in a language, relative to the page being rendered."""
    path = "" if page == "index" else page.removesuffix("index") if page.endswith("/index") else f"{page}/"
    return posixpath.relpath(f"{locale}/{path}", env.page.url or ".") + f"/#{anchor}"


def on_post_page_macros(env) -> None:
    """Each section this language has not caught up on gets its notice, after the macros ran."""
    _, site = site_data(env)
    locale, src = current_locale(env), env.page.file.src_uri
    if locale not in site.strings or not src.startswith(f"{locale}/"):
        return
    page = src.removeprefix(f"{locale}/").removesuffix(".md")
    env.markdown = translation_notices.with_notices(
        env.markdown, site.translations.get(page, {}), locale, site.strings[locale],
        lambda other, anchor: page_link(env, other, page, anchor))


def define_env(env) -> None:
    root, site = site_data(env)
    facts, values = site.facts, snippets.slot_values(site.facts)

    def locale() -> str:
        return current_locale(env)

    def words():
        if locale() not in site.strings:
            raise PageError(f"{where()}: locale {locale()} has no data/i18n/{locale()}.yml")
        return site.strings[locale()]

    def where() -> str:
        page = getattr(env, "page", None)
        return f"locale {locale()}, page {page.file.src_uri if page else '?'}"

    def checked(function):
        """Register a macro whose errors name the locale and page they happened on."""
        def macro(*args, **kwargs):
            try:
                return function(*args, **kwargs)
            except (prose.FactError, snippets.SnippetError, ValueError) as error:
                call = f"{function.__name__}({', '.join(map(repr, args))})"
                raise PageError(f"{where()}: {call}: {error}") from None
        macro.__name__ = function.__name__
        env.macro(macro)

    def card_url(key: str) -> str:
        """The card of a model, relative to the page being rendered."""
        return posixpath.relpath(f"{locale()}/model-cards/{key}/", env.page.url or ".") + "/"

    def model_or_error(key):
        """A model by key; 'example' is the samples' model, a dotted path a fact naming one."""
        if "." in key:
            key = prose.fact_value(facts, key)
        model = facts.example_model if key == "example" else facts.model(key)
        if model is None:
            raise prose.FactError(f"no model with key '{key}'")
        return model

    @checked
    def model_table():
        return table_html(facts.listed_models, facts.facts_checked, words(), locale(), card_url)

    @checked
    def messages_api_table():
        return messages_api.messages_api_table(facts.messages_api_models, words(), locale(), card_url)

    @checked
    def claude_platform_table():
        return claude_platform.comparison_table(facts, words(), locale())

    @checked
    def request_rules_table():
        return request_rules.rules_table(facts.messages_api_models, words(), locale(), card_url)

    @checked
    def retention_modes():
        return request_rules.retention_modes(facts, words())

    @checked
    def doc_link(name, text):
        """A link to a vendor's documentation page named in the data, in the reader's language
        where the vendor publishes it."""
        return vendor_links.doc_link(facts, name, text, locale(), words().english_page)

    @checked
    def features(group):
        if group not in ("supported", "unsupported"):
            raise prose.FactError(f"features group must be 'supported' or 'unsupported', not '{group}'")
        return messages_api.feature_list(getattr(facts.messages_api, f"{group}_features"), words())

    @checked
    def legacy_notice():
        # A Markdown link to the page's source, so mkdocs checks it like any other.
        return messages_api.legacy_notice(words(), "messages-api.md")

    @checked
    def model_card(key):
        return model_cards.model_card(model_or_error(key), facts, words(), locale())

    @checked
    def model_card_index():
        return model_cards.card_index(facts.models, facts.facts_checked, words(), locale(), card_url)

    @checked
    def model_names(flag):
        return prose.model_names(prose.models_with(facts, flag), locale())

    @checked
    def model_name(key="example"):
        return prose.text(model_or_error(key).name)

    @checked
    def fact(path):
        return prose.text(prose.fact_value(facts, path))

    @checked
    def code(path):
        return prose.code(prose.fact_value(facts, path))

    @checked
    def code_list(path):
        return prose.code_list(prose.fact_values(facts, path), locale())

    @checked
    def model_id(kind="global"):
        """The samples' model ID: legacy `global` or `regional`; Messages API `mantle` or `runtime`;
        Claude Platform on AWS `platform`."""
        slots = {"global": "global_model_id", "regional": "regional_model_id",
                 "mantle": "messages_api_model_id", "runtime": "messages_api_profile_id",
                 "platform": "platform_model_id"}
        if kind not in slots:
            raise prose.FactError(f"model_id kind must be one of {', '.join(slots)}, not '{kind}'")
        return prose.code(values[slots[kind]])

    @checked
    def endpoint_url(endpoint, path=""):
        """An endpoint's base URL in the examples' Region, optionally with a path of the API."""
        if endpoint not in ("runtime", "mantle"):
            raise prose.FactError(f"endpoint must be 'runtime' or 'mantle', not '{endpoint}'")
        suffix = prose.fact_value(facts, f"messages_api.{path}") if path else ""
        return prose.code(values[f"{endpoint}_base_url"] + suffix)

    @checked
    def date(path):
        return prose.text(formatting.long_date(prose.fact_value(facts, path), locale()))

    @checked
    def percent(path):
        return prose.text(formatting.percent(prose.fact_value(facts, path), locale()))

    @checked
    def days(path):
        return prose.text(formatting.duration(prose.fact_value(facts, path), "day", locale()))

    @checked
    def minutes(path):
        return prose.text(formatting.duration(prose.fact_value(facts, path), "minute", locale()))

    @checked
    def hours(path):
        return prose.text(formatting.duration(prose.fact_value(facts, path), "hour", locale()))

    @checked
    def integration_id(key, integration):
        """A model's ID on one integration: `messages_api` or `legacy`."""
        model = model_or_error(key)
        value = model.id_on(integration) if integration in IntegrationName.__args__ else None
        if value is None:
            raise prose.FactError(f"model '{key}' has no ID on integration '{integration}'")
        return prose.code(value)

    @checked
    def tokens(path):
        return prose.text(formatting.compact_count(prose.fact_value(facts, path), locale()))

    @checked
    def geographies():
        names = [words().geo_names[geo] for geo in prose.regional_geos(facts)]
        return prose.text(formatting.names_list(names, locale()))

    @checked
    def code_sample(sample):
        return snippets.code_sample(root, sample, values, words().comments)

    @checked
    def translation_status():
        return translation_notices.status(
            site.translations, locale(), words(), lambda page: page_sections(root / "docs", locale(), page),
            lambda page, anchor: page_link(env, locale(), page, anchor))

    @checked
    def language_chooser():
        return chooser.language_chooser(site.strings)
