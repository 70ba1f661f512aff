"""The shape of data/i18n/<locale>.yml: every word a macro or hook prints in one language,
and the comments of the code samples."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .schema import GEOS, Feature, IntegrationName, Strict

class TableWords(Strict):
    model: str
    base_id: str
    caption: str


class LifecycleWords(Strict):
    """Sentences about a model's lifecycle, without final punctuation (added by the macros,
    so a date that ends in its own full stop, as Russian "г." does, is never doubled)."""

    active: str
    deprecated: str = Field(pattern=r"\{date\}")
    deprecation_planned: str = Field(pattern=r"\{date\}")
    retired: str = Field(pattern=r"\{date\}")
    retired_undated: str
    retirement_planned: str = Field(pattern=r"\{date\}")


class CardWords(Strict):
    title: str
    intro: str = Field(pattern=r"\{name\}")
    intro_retired: str = Field(pattern=r"\{name\}")
    index_intro: str
    field: str
    value: str
    name: str
    base_id: str
    profile_ids: str
    hosting: str
    provider: str
    release_date: str
    knowledge_cutoff: str
    context_window: str
    max_output_tokens: str
    status: str
    not_published: str
    # The two facts a source can vouch for that have no row of their own on a card.
    examples_default_global: str
    regional_price_premium: str
    messages_api_id: str
    integration: str
    sources: str
    sources_checked: str = Field(pattern=r"\{date\}")

    def fact_label(self, fact: str) -> str:
        """The words for a fact, as the card's rows name it."""
        rows = {"bedrock_id": self.base_id, "geos": self.profile_ids, "lifecycle": self.status,
                "messages_api_id": self.messages_api_id}
        return rows.get(fact) or getattr(self, fact)


class MessagesApiWords(Strict):
    """The Messages-API model table, the integrations' names, the notice on legacy pages."""

    caption: str
    model_id: str
    profiles: str
    # By integration, as a card's row and the notice name them.
    integrations: dict[IntegrationName, str]
    # By feature key in data/bedrock.yml (messages_api.*_features).
    features: dict[Feature, str]
    legacy_notice_title: str
    legacy_notice: str = Field(pattern=r"\{link\}")  # the link (legacy_notice_link) goes where {link} is
    legacy_notice_link: str

    @field_validator("integrations", "features")
    @classmethod
    def _every_key_named(cls, value: dict, info) -> dict:
        keys = IntegrationName.__args__ if info.field_name == "integrations" else Feature.__args__
        missing = [key for key in keys if key not in value]
        if missing:
            raise PydanticCustomError("names", "names missing for {missing}", {"missing": missing})
        return value


class TranslationWords(Strict):
    """The notice on a section that has not caught up with another language, and the
    translation-status page (macros/translation_notices.py)."""

    notice_title: str
    notice: str = Field(pattern=r"\{date\}.*\{language\}|\{language\}.*\{date\}")
    read_newer: str = Field(pattern=r"\{language\}")
    all_current: str
    status_intro: str
    section: str
    since: str
    changed_in: str


class ThemeWords(Strict):
    """Words of Material's header that the theme does not translate, or translates in a way
    this language's readers would not write (hooks/localize_html.py prints them)."""

    # The colour-scheme toggle's label, by the scheme it switches to (mkdocs.yml palette).
    switch_to: dict[str, str]
    skip_link: str | None = None  # replaces Material's "skip to content" words when set


class NotFoundWords(Strict):
    """The not-found page (overrides/404.html, filled by hooks/not_found.py)."""

    title: str
    text: str
    home: str


COUNT_AND_TERM = r"\[COUNT\].*\[SEARCH_TERM\]|\[SEARCH_TERM\].*\[COUNT\]"  # in either order


class SearchWords(Strict):
    """The site search's words (Pagefind's component UI, set by docs/assets/search.js under
    Pagefind's own keys). [SEARCH_TERM] and [COUNT] are filled in by Pagefind."""

    placeholder: str
    search_label: str
    clear_search: str
    results_label: str
    searching: str = Field(pattern=r"\[SEARCH_TERM\]")
    zero_results: str = Field(pattern=r"\[SEARCH_TERM\]")
    # Both name the query: readers see what the count is for.
    one_result: str = Field(pattern=COUNT_AND_TERM)
    many_results: str = Field(pattern=COUNT_AND_TERM)
    input_hint: str
    loading: str
    error_search: str
    keyboard_navigate: str
    keyboard_select: str
    keyboard_clear: str
    keyboard_close: str
    keyboard_search: str


class Strings(Strict):
    """Every word a macro prints in one locale (data/i18n/<locale>.yml)."""

    language_name: str
    read_in_language: str
    answer_yes: str
    answer_no: str
    # The language's full stop: "." or "。" (a sentence ends with it, sentences follow each other).
    full_stop: Literal[".", "。"]
    table: TableWords
    lifecycle: LifecycleWords
    cards: CardWords
    messages_api: MessagesApiWords
    translations: TranslationWords
    not_found: NotFoundWords
    permalink_title: str  # printed by hooks/localize_html.py, validated here with the rest
    theme: ThemeWords
    search: SearchWords
    # Geographies as the vendors' documentation in this language names them, by geo prefix.
    geo_names: dict[str, str]
    comments: dict[str, str]

    @field_validator("geo_names")
    @classmethod
    def _every_regional_geo_named(cls, value: dict[str, str]) -> dict[str, str]:
        missing = [geo for geo in GEOS if geo != "global" and geo not in value]
        unknown = [geo for geo in value if geo not in GEOS]
        if missing or unknown:
            raise PydanticCustomError("geo_names", "names missing for {missing}, unknown geos {unknown}",
                                      {"missing": missing, "unknown": unknown})
        return value

    @field_validator("comments")
    @classmethod
    def _comments_not_empty(cls, value: dict[str, str]) -> dict[str, str]:
        for key, text in value.items():
            if not text.strip():
                raise PydanticCustomError("empty", "comment {key} is empty", {"key": key})
        return value

    @model_validator(mode="after")
    def _no_punctuation_after_a_value(self) -> Strings:
        # "Устарела с {date}." prints "… 2025 г.." : the value's own full stop, doubled.
        for path, text in _texts(self.model_dump()):
            if VALUE_THEN_STOP.search(text):
                raise PydanticCustomError(
                    "punctuation", "{path}: '{text}' ends a formatted value with punctuation; leave it "
                    "out, the macros end the sentence", {"path": path, "text": text})
        return self


# A link ({link}) never ends in punctuation of its own, so a sentence may end right after it.
VALUE_THEN_STOP = re.compile(r"\{(?!link\})\w+\}[.。]\s*$")


def _texts(value, path: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [item for key, inner in value.items() for item in _texts(inner, f"{path}.{key}".lstrip("."))]
    return [(path, value)] if isinstance(value, str) else []
