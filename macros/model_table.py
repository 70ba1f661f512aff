"""The model ID table: one row per model a reader can still call, one column per geo.
Built as HTML so every data value passes through one escape."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from markupsafe import Markup, escape

from .lifecycle import lifecycle_text
from .schema import GEOS, Model
from .words import Strings


# Material's own wrapper for wide tables: the table scrolls instead of squeezing its cells.
SCROLLING = Markup('<div class="md-typeset__scrollwrap"><div class="md-typeset__table">\n{}\n</div></div>')


def model_table(models: list[Model], today: dt.date, words: Strings, locale: str,
                card_url: Callable[[str], str]) -> str:
    head = "".join(f"<th><code>{escape(geo)}</code></th>" for geo in GEOS)
    rows = "\n".join(_row(model, today, words, locale, card_url(model.key)) for model in models)
    return SCROLLING.format(Markup(
        '<table data-table="model-ids">\n'
        f"<caption>{escape(words.table.caption)}</caption>\n"
        f"<thead><tr><th>{escape(words.table.model)}</th><th>{escape(words.table.base_id)}</th>"
        f"{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"))


def _row(model: Model, today: dt.date, words: Strings, locale: str, card: str) -> str:
    cells = "".join(f'<td data-geo="{geo}">{yes_no(geo in model.geos, words)}</td>' for geo in GEOS)
    return (f'<tr data-model="{escape(model.key)}"><td><a href="{escape(card)}">{escape(model.name)}</a>'
            f"{lifecycle_mark(model, today, words, locale)}</td>"
            f"<td><code>{escape(model.bedrock_id)}</code></td>{cells}</tr>")


def yes_no(value: bool, words: Strings) -> Markup:
    return escape(words.answer_yes if value else words.answer_no)


def lifecycle_mark(model: Model, today: dt.date, words: Strings, locale: str) -> Markup:
    """⚠️ for a model that is deprecated or has a deprecation planned, with a tooltip that
    gives the dates in the right tense; it takes keyboard focus, so the keyboard shows them too."""
    if model.deprecation_date is None:
        return Markup("")
    text = lifecycle_text(model, today, words, locale)
    return Markup(' <span class="deprecated" tabindex="0" title="{0}" aria-label="{0}" role="img">⚠️</span>').format(text)
