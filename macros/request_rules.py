"""What a request to a model must follow, and whether zero data retention refuses it, in the
page's language: one phrase per rule for the model cards, and the Messages-API page's table
of every model's rules. Numbers and lists are formatted by babel; every value is escaped."""

from __future__ import annotations

from typing import Callable

from babel.numbers import format_decimal
from markupsafe import Markup, escape

from .formatting import babel_locale, names_list
from .lifecycle import sentence
from .model_schema import Allowed, Model, RequestRules
from .markup import code, code_list, fill
from .model_table import SCROLLING
from .schema import Facts
from .words import Strings
from .vendor_links import html_link


def _number(value: float, locale: str) -> str:
    """As the cards write it: 1.0, 0.99 (0,99 in fr and ru)."""
    return format_decimal(value, format="0.0###", locale=babel_locale(locale))


def allowed_values(allowed: Allowed | str, words: Strings, locale: str) -> str:
    """'1.0 or unset', 'from 0.99 up to, not including, 1.0, or unset', 'not supported'."""
    said = words.rules
    if allowed == "unsupported":
        return said.unsupported
    if allowed.equals is not None:
        return said.equals.format(value=_number(allowed.equals, locale))
    low = _number(allowed.at_least, locale) if allowed.at_least is not None else None
    high = _number(allowed.below, locale) if allowed.below is not None else None
    if low and high:
        return said.range.format(low=low, high=high)
    return said.at_least.format(low=low) if low else said.below.format(high=high)


def sampling_text(rules: RequestRules, words: Strings, locale: str) -> Markup:
    """Each sampling parameter with what it may be, and the pair that cannot be set together."""
    parts = [fill(words.rules.parameter, name=code(name), values=allowed_values(allowed, words, locale))
             for name, allowed in rules.sampling.items()]
    if not rules.temperature_with_top_p:
        parts.append(_sentence(fill(words.rules.not_together, first=code("temperature"), second=code("top_p")),
                               words))
    return _joined(parts, words)


def thinking_text(rules: RequestRules, words: Strings, locale: str) -> Markup:
    said = words.rules
    parts = []
    if rules.thinking_refused:
        types = names_list([str(thinking_type(kind, words)) for kind in rules.thinking_refused], locale, "or")
        parts.append(_sentence(fill(said.thinking_refused, types=Markup(types)), words))
    if rules.thinking_off_up_to:
        parts.append(_sentence(fill(said.thinking_off_up_to, effort=code(rules.thinking_off_up_to)), words))
    return _joined(parts, words)


def thinking_type(kind: str, words: Strings) -> Markup:
    """A thinking.type value in words, with the value itself (and budget_tokens) as code."""
    return fill(words.rules.thinking_types[kind], type=code(kind), budget=code("budget_tokens"))


def effort_text(rules: RequestRules, words: Strings, locale: str) -> Markup:
    said = words.rules
    if rules.effort_levels is None:
        return escape(said.not_published)
    if not rules.effort_levels:
        return escape(said.unsupported)
    default = code(rules.effort_default) if rules.effort_default else words.cards.not_published
    return fill(said.effort_levels, levels=code_list(rules.effort_levels, locale), default=default)


def _sentence(text: Markup, words: Strings) -> Markup:
    """A rule written as a sentence ends as one, in the language's way."""
    return Markup(sentence(text, words))


def _joined(parts: list[Markup], words: Strings) -> Markup:
    """Rules one under the other, or the words for none published."""
    return Markup("<br>").join(parts) if parts else escape(words.rules.not_published)


def retention_text(model: Model, facts: Facts, words: Strings, locale: str) -> Markup:
    """Whether zero data retention refuses the model, or where AWS says so."""
    said, required, retention = words.rules, facts.retention_required(model), facts.data_retention
    first, mode = facts.model(retention.unchanged_before).name, code(retention.zero_mode)
    if required is False:
        text = fill(said.retention_unchanged, model=first, mode=mode)
    elif required:
        text = fill(said.retention_required, mode=mode)
    else:
        # Not "released on or after": a model without a published date may be older.
        link = html_link(facts, retention.models_list, said.retention_list_link, locale, words.english_page)
        text = fill(said.retention_unknown, link=link)
    return _sentence(text, words)


def retention_modes(facts: Facts, words: Strings) -> Markup:
    """A Markdown list of the data retention modes, each with what it does."""
    return Markup("\n").join(
        Markup("- {}").format(sentence(fill(words.rules.parameter, name=code(mode),
                                             values=words.rules.retention_modes[mode]), words))
        for mode in facts.data_retention.modes)


def rules_table(models: list[Model], words: Strings, locale: str, card_url: Callable[[str], str]) -> Markup:
    """One row per model: its sampling, thinking and effort rules."""
    cards = words.cards
    rows = Markup("\n").join(
        Markup('<tr data-model="{key}"><td><a href="{card}">{name}</a></td><td>{sampling}</td>'
               "<td>{thinking}</td><td>{effort}</td></tr>").format(
            key=m.key, card=card_url(m.key), name=m.name,
            sampling=sampling_text(m.request_rules, words, locale),
            thinking=thinking_text(m.request_rules, words, locale),
            effort=effort_text(m.request_rules, words, locale))
        for m in models)
    head = Markup("").join(Markup("<th>{}</th>").format(label) for label in (
        words.table.model, cards.sampling, cards.thinking, cards.effort))
    return SCROLLING.format(Markup(
        '<table data-table="request-rules">\n<caption>{caption}</caption>\n'
        "<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>").format(
            caption=words.rules.caption, head=head, rows=rows))
