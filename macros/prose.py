"""Facts as they appear in running text: one value, or a list of model names joined the
way the page's language joins lists. Output is escaped, ready to sit in Markdown."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape

from .formatting import names_list
from .schema import GEOS, Facts, Model

MD_SPECIAL = re.compile(r"[\\`*_\[\]{}#]")
# Yes/no properties a sentence may list the models for (the first one derived from the
# context window).
MODEL_FLAGS = ("supports_1m_context", "examples_default_global", "regional_price_premium", "messages_api")


class FactError(Exception):
    """A page asked for a fact the data file does not have."""


def fact_value(facts: Facts, path: str) -> Any:
    """Look up a dotted path such as 'tools.aws_cli_min_version'."""
    value = _looked_up(facts, path)
    if isinstance(value, (list, dict)) or hasattr(value, "model_fields"):
        raise FactError(f"'{path}' is a group of facts, not one value")
    return value


def fact_values(facts: Facts, path: str) -> list:
    """Look up a dotted path to a list of values, such as 'model_access.marketplace_permissions'."""
    value = _looked_up(facts, path)
    if not isinstance(value, list):
        raise FactError(f"'{path}' is not a list of values")
    return value


def _looked_up(facts: Facts, path: str) -> Any:
    value: Any = facts
    for part in path.split("."):
        if not hasattr(value, part) or part.startswith("_") or callable(getattr(value, part)):
            raise FactError(f"no fact '{path}' in data/bedrock.yml")
        value = getattr(value, part)
    return value


def text(value: Any) -> Markup:
    """HTML-escaped, and Markdown's own punctuation backslashed so a value never formats."""
    return Markup(MD_SPECIAL.sub(r"\\\g<0>", str(escape(str(value)))))


def code(value: Any) -> Markup:
    return Markup("<code>") + text(value) + Markup("</code>")


def code_list(values: list, locale: str) -> Markup:
    """Values as code, joined the way the page's language joins a list."""
    return Markup(names_list([str(code(value)) for value in values], locale))


def models_with(facts: Facts, flag: str) -> list[Model]:
    """Legacy models with a property, or (`messages_api`) the Messages-API models."""
    if flag not in MODEL_FLAGS:
        raise FactError(f"unknown model property '{flag}'; known: {', '.join(MODEL_FLAGS)}")
    if flag == "messages_api":
        return facts.messages_api_models
    has = facts.has_1m_context if flag == "supports_1m_context" else (lambda m: getattr(m, flag))
    return [m for m in facts.listed_models if has(m)]


def model_names(models: list[Model], locale: str) -> Markup:
    return text(names_list([m.name for m in models], locale))


def regional_geos(facts: Facts) -> list[str]:
    """The geos of the model table's regional columns that some listed model is offered in."""
    return [geo for geo in GEOS if geo != "global" and any(geo in m.geos for m in facts.listed_models)]
