"""Model cards: one details table per model, and the index of all cards, in the page's
language. Facts come from data/bedrock.yml; every value is escaped."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from babel.dates import format_skeleton
from markupsafe import Markup, escape

from .formatting import babel_locale, compact_count, count, long_date
from .model_table import yes_no
from .schema import Facts, Model, Strings


def model_card(model: Model, facts: Facts, words: Strings, locale: str) -> Markup:
    cards = words.cards
    rows = [
        (cards.name, escape(model.name)),
        (cards.base_id, Markup("<code>{}</code>").format(model.bedrock_id)),
        (cards.profile_ids, Markup("<br>").join(Markup("<code>{}</code>").format(model.profile_id(geo))
                                                for geo in model.geos)),
        (cards.hosting, escape(facts.hosting.platform)),
        (cards.provider, escape(facts.hosting.provider)),
        (cards.release_date, escape(long_date(model.release_date, locale))),
        (cards.knowledge_cutoff, escape(_month(model.knowledge_cutoff, locale) or cards.not_published)),
        (cards.context_window, escape(count(model.context_window, locale))),
        (cards.max_output_tokens, escape(count(model.max_output_tokens, locale))),
        (cards.context_1m.format(tokens=compact_count(facts.context_1m.window_tokens, locale)),
         yes_no(model.supports_1m_context, words)),
        (cards.status, escape(status(model, words, locale))),
        (cards.open_source, yes_no(facts.hosting.open_source, words)),
    ]
    body = Markup("\n").join(Markup("<tr><th scope=\"row\">{}</th><td>{}</td></tr>").format(label, value)
                             for label, value in rows)
    return Markup(
        '<p>{intro}</p>\n\n<div class="md-typeset__scrollwrap"><div class="md-typeset__table">\n'
        '<table data-table="model-card" data-model="{key}">\n'
        "<thead><tr><th>{field}</th><th>{value}</th></tr></thead>\n<tbody>\n{body}\n</tbody>\n"
        "</table>\n</div></div>"
    ).format(intro=_intro(model, words, locale), key=model.key, field=cards.field,
             value=cards.value, body=body)


def card_index(models: list[Model], words: Strings, locale: str, card_url: Callable[[str], str]) -> Markup:
    cards = words.cards
    rows = Markup("\n").join(
        Markup('<tr data-model="{0}"><td><a href="{1}">{2}</a></td><td><code>{3}</code></td>'
               "<td>{4}</td><td>{5}</td></tr>").format(
            m.key, card_url(m.key), m.name, m.bedrock_id, long_date(m.release_date, locale),
            status(m, words, locale))
        for m in models)
    return Markup(
        "<p>{intro}</p>\n\n"
        '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">\n'
        '<table data-table="model-cards">\n<thead><tr><th>{name}</th><th>{base_id}</th>'
        "<th>{released}</th><th>{status}</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n</div></div>"
    ).format(intro=cards.index_intro, name=cards.name, base_id=cards.base_id,
             released=cards.release_date, status=cards.status, rows=rows)


def _intro(model: Model, words: Strings, locale: str) -> str:
    if model.status == "retired":
        return words.cards.intro_retired.format(name=model.name, date=long_date(model.retirement_date, locale))
    return words.cards.intro.format(name=model.name)


def status(model: Model, words: Strings, locale: str) -> str:
    cards = words.cards
    if model.status == "active":
        return cards.active
    if model.status == "retired":
        return cards.retired.format(date=long_date(model.retirement_date, locale))
    text = cards.deprecated.format(date=long_date(model.deprecation_date, locale))
    if model.retirement_date:
        text += " · " + cards.retirement_planned.format(date=long_date(model.retirement_date, locale))
    return text


def _month(year_month: str | None, locale: str) -> str | None:
    if year_month is None:
        return None
    year, month = map(int, year_month.split("-"))
    return format_skeleton("yMMMM", dt.date(year, month, 1), locale=babel_locale(locale))
