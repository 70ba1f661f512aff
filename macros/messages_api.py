"""The Messages-API integration in a page's language: its model table, its feature lists,
and the notice that marks a page of the legacy integration. Every data value is escaped."""

from __future__ import annotations

import re
from typing import Callable

from markupsafe import Markup, escape

from .formatting import names_list
from .model_table import SCROLLING, yes_no
from .schema import Model
from .words import Strings


def messages_api_table(models: list[Model], words: Strings, locale: str,
                       card_url: Callable[[str], str]) -> Markup:
    """One row per model: its ID (as bedrock-mantle takes it), the geos of its inference
    profiles on bedrock-runtime, and whether bedrock-mantle serves it. Who may call it is the
    page's Access section and each model's card (with dates and sizes): with a column for it,
    the table was wider than a desktop's content column in Russian and French."""
    api, missing = words.messages_api, escape(words.cards.not_published)
    rows = Markup("\n").join(
        Markup('<tr data-model="{key}"><td><a href="{card}">{name}</a></td><td><code>{id}</code></td>'
               '<td class="geo-list">{runtime}</td><td>{mantle}</td></tr>').format(
            key=m.key, card=card_url(m.key), name=m.name, id=m.messages_api_id,
            runtime=_runtime_cell(m, words, missing),
            mantle=missing if m.endpoints is None else yes_no(m.serves("mantle"), words))
        for m in models)
    head = Markup("").join(Markup("<th>{}</th>").format(_endpoints_whole(label)) for label in (
        words.table.model, api.model_id, api.profiles, api.mantle))
    return SCROLLING.format(Markup(
        '<table data-table="messages-api-models">\n<caption>{caption}</caption>\n'
        "<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>").format(
            caption=api.caption, head=head, rows=rows))


ENDPOINT_NAME = re.compile(r"bedrock-(?:runtime|mantle)")


def _endpoints_whole(label: str) -> Markup:
    """A header with an endpoint's name in it: the name never breaks at its hyphen."""
    return Markup(ENDPOINT_NAME.sub(lambda m: f'<span class="endpoint-name">{m[0]}</span>', str(escape(label))))


def _runtime_cell(model: Model, words: Strings, missing: Markup) -> Markup:
    """The geos of its bedrock-runtime profiles; No where bedrock-runtime does not serve it."""
    if model.endpoints is not None and not model.serves("runtime"):
        return yes_no(False, words)
    if model.geos is None:
        return missing
    return Markup(" ").join(Markup("<code>{}</code>").format(geo) for geo in model.geos)


def endpoint_names(model: Model, words: Strings, locale: str) -> Markup:
    """The Messages-API endpoints that serve a model, as code, or that none is published."""
    if model.endpoints is None:
        return escape(words.cards.not_published)
    return Markup(names_list([str(Markup("<code>bedrock-{}</code>").format(e)) for e in model.endpoints], locale))


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
