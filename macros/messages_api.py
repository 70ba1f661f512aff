"""The Messages-API integration in a page's language: its model table, its feature lists,
and the notice that marks a page of the legacy integration. Every data value is escaped."""

from __future__ import annotations

from typing import Callable

from markupsafe import Markup, escape

from .formatting import count, long_date, names_list
from .model_table import SCROLLING
from .schema import Model
from .words import Strings


def messages_api_table(models: list[Model], words: Strings, locale: str,
                       card_url: Callable[[str], str]) -> Markup:
    """One row per model: its ID (as bedrock-mantle takes it), the geos of its inference
    profiles on bedrock-runtime, its release date, context window and maximum output."""
    api, cards = words.messages_api, words.cards
    rows = Markup("\n").join(
        Markup('<tr data-model="{key}"><td><a href="{card}">{name}</a></td><td><code>{id}</code></td>'
               '<td class="geo-list">{geos}</td><td>{released}</td><td>{context}</td><td>{output}</td></tr>'
               ).format(key=m.key, card=card_url(m.key), name=m.name, id=m.messages_api_id,
                        geos=Markup(" ").join(Markup("<code>{}</code>").format(geo) for geo in m.geos),
                        released=long_date(m.release_date, locale), context=count(m.context_window, locale),
                        output=count(m.max_output_tokens, locale))
        for m in models)
    head = Markup("").join(Markup("<th>{}</th>").format(label) for label in (
        words.table.model, api.model_id, api.profiles, cards.release_date, cards.context_window,
        cards.max_output_tokens))
    return SCROLLING.format(Markup(
        '<table data-table="messages-api-models">\n<caption>{caption}</caption>\n'
        "<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>").format(
            caption=api.caption, head=head, rows=rows))


def feature_list(features: list[str], words: Strings) -> Markup:
    """A Markdown bullet list of features, named in the page's language."""
    return Markup("\n").join(Markup("- {}").format(words.messages_api.features[f]) for f in features)


def legacy_notice(words: Strings, link: str) -> Markup:
    """An admonition at the top of a legacy page that sends readers of newer models on."""
    api = words.messages_api
    link = Markup("[{}]({})").format(api.legacy_notice_link, link)
    text = escape(api.legacy_notice).replace(escape("{link}"), link)
    return Markup('!!! info "{title}"\n\n    {text}').format(title=api.legacy_notice_title, text=Markup(text))


def integration_names(model: Model, words: Strings, locale: str) -> str:
    return names_list([words.messages_api.integrations[i] for i in model.integrations], locale)
