"""A model's lifecycle in words: deprecated or retired since a date, or planned for one,
compared with the day the facts were checked, and ended the language's way."""

from __future__ import annotations

import datetime as dt

from .formatting import long_date, names_list
from .schema import UNPUBLISHED, Model
from .words import Strings

FINAL_PUNCTUATION = ".。!?！？"


def sentence(text: str, words: Strings) -> str:
    """The text as a sentence: the language's full stop, unless a value already ends in one
    (a Russian date ends with "г.")."""
    return text if text.endswith(tuple(FINAL_PUNCTUATION)) else text + words.full_stop


def between_sentences(words: Strings) -> str:
    """What follows a full stop before the next sentence: nothing after "。", a space after "."."""
    return "" if words.full_stop == "。" else " "


def sentences(texts: list[str], words: Strings) -> str:
    return between_sentences(words).join(sentence(text, words) for text in texts)


def lifecycle_texts(model: Model, today: dt.date, words: Strings, locale: str) -> list[str]:
    """What to say about a model's lifecycle on a given day, in order, without punctuation."""
    said = words.lifecycle
    date = lambda day: long_date(day, locale)  # noqa: E731
    if model.retirement_date == UNPUBLISHED:
        return [said.retired_undated]
    spared = [said.still_served_in.format(regions=names_list(model.retirement_spares, locale))
              ] if model.retirement_spares else []
    if model.retirement_date and model.retirement_date <= today:
        return [said.retired.format(date=date(model.retirement_date)), *spared]
    texts = []
    if model.deprecation_date:
        template = said.deprecated if model.deprecation_date <= today else said.deprecation_planned
        texts.append(template.format(date=date(model.deprecation_date)))
    if model.retirement_date:
        texts.append(said.retirement_planned.format(date=date(model.retirement_date)))
    if not texts and model.eol_no_sooner_than and model.eol_no_sooner_than > today:
        # AWS's floor says something only while it lies ahead.
        return [said.active, said.eol_not_before.format(date=date(model.eol_no_sooner_than))]
    return texts + spared or [said.active]


def lifecycle_text(model: Model, today: dt.date, words: Strings, locale: str) -> str:
    """The lifecycle as a table cell or a card row says it: a status label alone (active, or
    retired on no published date), like any one-word cell, has no full stop; anything more is
    written as sentences."""
    texts = lifecycle_texts(model, today, words, locale)
    labels = (words.lifecycle.active, words.lifecycle.retired_undated)
    return texts[0] if len(texts) == 1 and texts[0] in labels else sentences(texts, words)
