"""Facts as they appear in running text: one value, or a list of model names joined the
way the page's language joins lists. Output is escaped, ready to sit in Markdown."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape

from .formatting import names_list
from .schema import GEOS, Facts, Model

MD_SPECIAL = re.compile(r"[\\`*_\[\]{}#]")
# Properties a sentence may list the models for. The legacy table's models: a 1M context
# window, and the two flags of Anthropic's legacy guide. The Messages-API models: all of them,
# by access, and by whether zero data retention refuses them (unchanged: it does not; unknown:
# AWS's list says).
LEGACY_FLAGS = ("supports_1m_context", "examples_default_global", "regional_price_premium")
MESSAGES_API_FLAGS = ("messages_api", "open_access", "console_access", "invitation_access")
RETENTION_FLAGS = ("retention_unchanged", "retention_unknown")
# Claude Platform on AWS: the models that refuse its inference_geo parameter.
PLATFORM_FLAGS = ("inference_geo_refused",)
MODEL_FLAGS = (*LEGACY_FLAGS, *MESSAGES_API_FLAGS, *RETENTION_FLAGS, *PLATFORM_FLAGS)


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
    """The models a sentence lists for one of MODEL_FLAGS."""
    if flag not in MODEL_FLAGS:
        raise FactError(f"unknown model property '{flag}'; known: {', '.join(MODEL_FLAGS)}")
    if flag in MESSAGES_API_FLAGS:
        access = flag.removesuffix("_access")
        return [m for m in facts.messages_api_models if flag == "messages_api" or m.access == access]
    if flag in RETENTION_FLAGS:
        wanted = False if flag == "retention_unchanged" else None
        return [m for m in facts.models if facts.status(m) != "retired" and facts.retention_required(m) is wanted]
    if flag in PLATFORM_FLAGS:
        return [m for m in facts.models if m.key in facts.claude_platform.inference_geo_refused]
    has = facts.has_1m_context if flag == "supports_1m_context" else (lambda m: getattr(m, flag))
    return [m for m in facts.listed_models if has(m)]


def model_names(models: list[Model], locale: str) -> Markup:
    return text(names_list([m.name for m in models], locale))


def regional_geos(facts: Facts) -> list[str]:
    """The geos of the model table's regional columns that some listed model is offered in."""
    return [geo for geo in GEOS if geo != "global" and any(geo in m.geos for m in facts.listed_models)]
