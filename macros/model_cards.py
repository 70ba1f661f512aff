"""Model cards: one details table per model, with the official pages its facts come from,
and the index of all cards, in the page's language. Facts come from data/bedrock.yml;
every value is escaped."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from babel.dates import format_skeleton
from markupsafe import Markup, escape

from .formatting import babel_locale, count, long_date, names_list
from .lifecycle import lifecycle_text, sentence
from .vendor_links import html_link
from .messages_api import endpoint_names, integration_names
from .model_table import SCROLLING
from .request_rules import effort_text, retention_text, sampling_text, thinking_text
from .schema import Facts, Model
from .words import Strings


def model_card(model: Model, facts: Facts, words: Strings, locale: str) -> Markup:
    cards, today = words.cards, facts.facts_checked
    retired = facts.status(model) == "retired"
    missing = escape(cards.not_published)
    ids = [(cards.messages_api_id, model.messages_api_id), (cards.base_id, model.bedrock_id)]
    rows = [
        (cards.name, escape(model.name)),
        *([] if retired else [(cards.access, escape(words.access.full[model.access]))]),
        (cards.integration, escape(integration_names(model, words, locale))),
        *([(cards.endpoints, endpoint_names(model, words, locale))] if model.messages_api_id else []),
        *((label, Markup("<code>{}</code>").format(value)) for label, value in ids if value),
        *([(cards.profile_ids, _profiles(model, missing))] if _has_profiles(model) else []),
        (cards.hosting, escape(facts.hosting.platform)),
        (cards.provider, escape(facts.hosting.provider)),
        (cards.release_date, _or(model.release_date, lambda day: long_date(day, locale), missing)),
        (cards.knowledge_cutoff, _or(model.knowledge_cutoff, lambda month: _month(month, locale), missing)),
        (cards.context_window, _or(model.context_window, lambda number: count(number, locale), missing)),
        (cards.max_output_tokens, _or(model.max_output_tokens, lambda number: count(number, locale), missing)),
        *([] if retired else [
            (cards.sampling, sampling_text(model.request_rules, words, locale)),
            (cards.thinking, thinking_text(model.request_rules, words, locale)),
            (cards.effort, effort_text(model.request_rules, words, locale)),
            (cards.data_retention, retention_text(model, facts, words, locale))]),
        (cards.status, escape(lifecycle_text(model, today, words, locale))),
    ]
    body = Markup("\n").join(Markup('<tr><th scope="row">{}</th><td>{}</td></tr>').format(label, value)
                             for label, value in rows)
    table = Markup('<table data-table="model-card" data-model="{key}">\n'
                   "<thead><tr><th>{field}</th><th>{value}</th></tr></thead>\n<tbody>\n{body}\n</tbody>\n"
                   "</table>").format(key=model.key, field=cards.field, value=cards.value, body=body)
    intro = (cards.intro_retired_spared if model.retirement_spares else cards.intro_retired) if retired \
        else cards.intro
    return Markup("<p>{intro}</p>\n\n{table}\n\n{sources}").format(
        intro=intro.format(name=model.name), table=SCROLLING.format(table),
        sources=card_sources(model, facts, words, locale))


def _or(value, shown: Callable, missing: Markup) -> Markup:
    """A fact as the card shows it, or the words for one no page we read publishes."""
    return missing if value is None else escape(shown(value))


def _has_profiles(model: Model) -> bool:
    """Whether a card has a profiles row: it lists them, or bedrock-runtime may serve the model
    (it does, or no page says which endpoints do) and they are not published."""
    return bool(model.geos) or bool(model.messages_api_id) and (model.endpoints is None or model.serves("runtime"))


def _profiles(model: Model, missing: Markup) -> Markup:
    if model.geos is None:
        return missing
    return Markup("<br>").join(Markup("<code>{}</code>").format(model.profile_id(geo)) for geo in model.geos)


# Facts a source may vouch for that no row of a card shows (the legacy guide's flags about its
# own examples and prices), and those a retired model's card leaves out with their rows.
NOT_ON_CARDS = ("examples_default_global", "regional_price_premium")
NOT_ON_RETIRED_CARDS = ("access", "sampling", "thinking", "effort", "data_retention")


def card_sources(model: Model, facts: Facts, words: Strings, locale: str) -> Markup:
    """The official pages behind the card, each with the facts it shows, and when they were read."""
    retired = facts.status(model) == "retired"
    hidden = NOT_ON_CARDS + (NOT_ON_RETIRED_CARDS if retired else ())
    given = {name: [fact for fact in model_facts if fact not in hidden] for name, model_facts in model.sources.items()}
    retention = facts.data_retention
    if model.requires_data_retention is None and not retired:
        # The row follows from the data retention page, and from AWS's list where that decides.
        pages = [retention.rules_page] + ([retention.models_list] if facts.retention_required(model) is None else [])
        for name in pages:
            given.setdefault(name, []).append("data_retention")
    items = Markup("\n").join(
        Markup("<li>{link}<br>{facts}</li>").format(
            link=html_link(facts, name, None, locale, words.english_page),
            facts=names_list(_in_running_text(dict.fromkeys(words.cards.fact_label(fact) for fact in shown)), locale))
        for name, shown in given.items() if shown)
    checked = sentence(words.cards.sources_checked.format(date=long_date(facts.facts_checked, locale)), words)
    return Markup('<h2 id="sources">{title}</h2>\n<ul class="card-sources">\n{items}\n</ul>\n<p>{checked}</p>'
                  ).format(title=words.cards.sources, items=items, checked=checked)


def _in_running_text(labels) -> list[str]:
    """Field labels listed in one phrase: each after the first in lower case, as a word inside a
    sentence is ("Nom du modèle, ID … et fenêtre de contexte"); a name keeps its capital."""
    labels = list(labels)
    return labels[:1] + [label[:1].lower() + label[1:] if _common_noun_first(label) else label for label in labels[1:]]


def _common_noun_first(label: str) -> bool:
    """A label that starts like a sentence (« Date de sortie »), not with a name (Bedrock, ID)
    or in a script without case."""
    first = label.split(" ")[0]
    return first[1:].islower() and first.isalpha() and not any(ord(c) > 0x2E80 for c in label)


def card_index(models: list[Model], today: dt.date, words: Strings, locale: str,
               card_url: Callable[[str], str]) -> Markup:
    cards = words.cards
    rows = Markup("\n").join(
        Markup('<tr data-model="{0}"><td><a href="{1}">{2}</a></td><td>{3}</td>'
               "<td>{4}</td><td>{5}</td></tr>").format(
            m.key, card_url(m.key), m.name, integration_names(m, words, locale),
            long_date(m.release_date, locale) if m.release_date else cards.not_published,
            lifecycle_text(m, today, words, locale))
        for m in models)
    table = Markup('<table data-table="model-cards">\n<thead><tr><th>{name}</th><th>{integration}</th>'
                   "<th>{released}</th><th>{status}</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
                   ).format(name=cards.name, integration=cards.integration, released=cards.release_date,
                            status=cards.status, rows=rows)
    return Markup("<p>{intro}</p>\n\n{table}").format(intro=cards.index_intro, table=SCROLLING.format(table))


def _month(year_month: str | None, locale: str) -> str | None:
    if year_month is None:
        return None
    year, month = map(int, year_month.split("-"))
    return format_skeleton("yMMMM", dt.date(year, month, 1), locale=babel_locale(locale))
