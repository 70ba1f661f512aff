"""The model ID table: one row per model a reader can still call, one column per geo.
Built as HTML so every data value passes through one escape."""

from __future__ import annotations

from typing import Callable

from markupsafe import Markup, escape

from .formatting import long_date
from .schema import GEOS, Model, Strings


def model_table(models: list[Model], words: Strings, locale: str, card_url: Callable[[str], str]) -> str:
    head = "".join(f"<th><code>{escape(geo)}</code></th>" for geo in GEOS)
    rows = "\n".join(_row(model, words, locale, card_url(model.key)) for model in models)
    # Material's own wrapper for wide tables: the table scrolls instead of squeezing the IDs.
    return (
        '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">\n'
        '<table data-table="model-ids">\n'
        f"<caption>{escape(words.table.caption)}</caption>\n"
        f"<thead><tr><th>{escape(words.table.model)}</th><th>{escape(words.table.base_id)}</th>"
        f"{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n</div></div>"
    )


def _row(model: Model, words: Strings, locale: str, card: str) -> str:
    cells = "".join(f'<td data-geo="{geo}">{yes_no(geo in model.geos, words)}</td>' for geo in GEOS)
    return (f'<tr data-model="{escape(model.key)}"><td><a href="{escape(card)}">{escape(model.name)}</a>'
            f"{deprecation_mark(model, words, locale)}</td>"
            f"<td><code>{escape(model.bedrock_id)}</code></td>{cells}</tr>")


def yes_no(value: bool, words: Strings) -> Markup:
    return escape(words.answer_yes if value else words.answer_no)


def deprecation_mark(model: Model, words: Strings, locale: str) -> Markup:
    """⚠️ with a tooltip naming the deprecation date, for deprecated models only."""
    if model.status != "deprecated":
        return Markup("")
    sentence = words.deprecated_on.format(date=long_date(model.deprecation_date, locale))
    return Markup(' <span class="deprecated" title="{0}" aria-label="{0}" role="img">⚠️</span>'
                  ).format(sentence)
