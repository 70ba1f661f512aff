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
from .messages_api import integration_names
from .model_table import SCROLLING
from .schema import Facts, Model
from .words import Strings


def model_card(model: Model, facts: Facts, words: Strings, locale: str) -> Markup:
    cards, today = words.cards, facts.facts_checked
    ids = [(cards.messages_api_id, model.messages_api_id), (cards.base_id, model.bedrock_id)]
    rows = [
        (cards.name, escape(model.name)),
        (cards.integration, escape(integration_names(model, words, locale))),
        *((label, Markup("<code>{}</code>").format(value)) for label, value in ids if value),
        *([(cards.profile_ids, Markup("<br>").join(Markup("<code>{}</code>").format(model.profile_id(geo))
                                                   for geo in model.geos))] if model.geos else []),
        (cards.hosting, escape(facts.hosting.platform)),
        (cards.provider, escape(facts.hosting.provider)),
        (cards.release_date, escape(long_date(model.release_date, locale))),
        (cards.knowledge_cutoff, escape(_month(model.knowledge_cutoff, locale) or cards.not_published)),
        (cards.context_window, escape(count(model.context_window, locale))),
        (cards.max_output_tokens, escape(count(model.max_output_tokens, locale))),
        (cards.status, escape(lifecycle_text(model, today, words, locale))),
    ]
    body = Markup("\n").join(Markup('<tr><th scope="row">{}</th><td>{}</td></tr>').format(label, value)
                             for label, value in rows)
    table = Markup('<table data-table="model-card" data-model="{key}">\n'
                   "<thead><tr><th>{field}</th><th>{value}</th></tr></thead>\n<tbody>\n{body}\n</tbody>\n"
                   "</table>").format(key=model.key, field=cards.field, value=cards.value, body=body)
    intro = cards.intro_retired if facts.status(model) == "retired" else cards.intro
    return Markup("<p>{intro}</p>\n\n{table}\n\n{sources}").format(
        intro=intro.format(name=model.name), table=SCROLLING.format(table),
        sources=card_sources(model, facts, words, locale))


def card_sources(model: Model, facts: Facts, words: Strings, locale: str) -> Markup:
    """The official pages behind the card, each with the facts it gives, and when they were read."""
    items = Markup("\n").join(
        Markup('<li><a href="{url}">{shown}</a><br>{facts}</li>').format(
            url=facts.sources[name], shown=facts.sources[name].removeprefix("https://"),
            facts=names_list([words.cards.fact_label(fact) for fact in given], locale))
        for name, given in model.sources.items())
    checked = sentence(words.cards.sources_checked.format(date=long_date(facts.facts_checked, locale)), words)
    return Markup('<h2 id="sources">{title}</h2>\n<ul class="card-sources">\n{items}\n</ul>\n<p>{checked}</p>'
                  ).format(title=words.cards.sources, items=items, checked=checked)


def card_index(models: list[Model], today: dt.date, words: Strings, locale: str,
               card_url: Callable[[str], str]) -> Markup:
    cards = words.cards
    rows = Markup("\n").join(
        Markup('<tr data-model="{0}"><td><a href="{1}">{2}</a></td><td>{3}</td>'
               "<td>{4}</td><td>{5}</td></tr>").format(
            m.key, card_url(m.key), m.name, integration_names(m, words, locale),
            long_date(m.release_date, locale), lifecycle_text(m, today, words, locale))
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
