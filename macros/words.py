"""The shape of data/i18n/<locale>.yml: every word a macro or hook prints in one language,
and the comments of the code samples."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .model_schema import Access, ThinkingType
from .schema import GEOS, Feature, IntegrationName, RetentionMode, Strict


def named_for_every(value: dict, keys) -> dict:
    """A dict of words that must name every value of a Literal type."""
    missing = [key for key in keys.__args__ if key not in value]
    if missing:
        raise PydanticCustomError("names", "names missing for {missing}", {"missing": missing})
    return value


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
    # After a retirement that spares some Regions; after an active model's EOL floor.
    still_served_in: str = Field(pattern=r"\{regions\}")
    eol_not_before: str = Field(pattern=r"\{date\}")


class CardWords(Strict):
    title: str
    intro: str = Field(pattern=r"\{name\}")
    intro_retired: str = Field(pattern=r"\{name\}")
    # A retired model that some Regions still serve.
    intro_retired_spared: str = Field(pattern=r"\{name\}")
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
    messages_api_id: str
    integration: str
    access: str
    endpoints: str
    sampling: str
    thinking: str
    effort: str
    data_retention: str
    sources: str
    sources_checked: str = Field(pattern=r"\{date\}")

    def fact_label(self, fact: str) -> str:
        """The words for a fact, as the card's rows name it."""
        rows = {"bedrock_id": self.base_id, "geos": self.profile_ids, "lifecycle": self.status,
                "eol_no_sooner_than": self.status}
        return rows.get(fact) or getattr(self, fact)


class MessagesApiWords(Strict):
    """The Messages-API model table, the integrations' names, the notice on legacy pages."""

    caption: str
    model_id: str
    profiles: str
    mantle: str
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
        return named_for_every(value, IntegrationName if info.field_name == "integrations" else Feature)


# The rows of the table that sets Claude Platform on AWS beside Bedrock, in order.
PlatformRow = Literal["operator", "host", "path", "model_id", "python", "typescript", "signing_service",
                      "streaming", "headers", "regions", "geography"]


class ClaudePlatformWords(Strict):
    """The table that sets Claude Platform on AWS beside Bedrock's Messages-API integration."""

    caption: str
    aspect: str
    bedrock: str
    name: str
    rows: dict[PlatformRow, str]
    streaming: str
    regions_bedrock: str
    regions_platform: str
    geography_bedrock: str = Field(pattern=r"\{names\}")
    geography_platform: str = Field(pattern=r"\{parameter\}.*\{names\}|\{names\}.*\{parameter\}")

    @field_validator("rows")
    @classmethod
    def _every_row_named(cls, value: dict) -> dict:
        return named_for_every(value, PlatformRow)


class AccessWords(Strict):
    """Who may call a model, in a sentence for its card."""

    full: dict[Access, str]

    @field_validator("full")
    @classmethod
    def _every_access_named(cls, value: dict) -> dict:
        return named_for_every(value, Access)


class RulesWords(Strict):
    """A model's request rules and data retention, in words (macros/request_rules.py). Values
    in braces are filled in: {value}, {low}, {high} numbers; {names} parameter names."""

    caption: str
    not_published: str
    unsupported: str
    # A sampling parameter and what it may be, the way the language labels a value.
    parameter: str = Field(pattern=r"\{name\}.*\{values\}")
    equals: str = Field(pattern=r"\{value\}")
    range: str = Field(pattern=r"\{low\}.*\{high\}")
    at_least: str = Field(pattern=r"\{low\}")
    below: str = Field(pattern=r"\{high\}")
    not_together: str = Field(pattern=r"\{first\}.*\{second\}")
    # Each with {type}, the thinking.type value (as code); {budget} is budget_tokens (as code).
    thinking_types: dict[ThinkingType, str]
    thinking_refused: str = Field(pattern=r"\{types\}")
    thinking_off_up_to: str = Field(pattern=r"\{effort\}")
    effort_levels: str = Field(pattern=r"\{levels\}.*\{default\}")
    # Sentences ({mode} is the zero-retention mode, as code).
    retention_unchanged: str = Field(pattern=r"\{model\}")
    retention_required: str
    # {link} is where the link to AWS's list goes (retention_list_link its words).
    retention_unknown: str = Field(pattern=r"\{link\}")
    retention_list_link: str
    # What each data retention mode does, one sentence each.
    retention_modes: dict[RetentionMode, str]

    @field_validator("thinking_types")
    @classmethod
    def _every_type_named(cls, value: dict) -> dict:
        without = [kind for kind, text in value.items() if "{type}" not in text]
        if without:
            raise PydanticCustomError("type", "{without} lack the {slot} slot (the thinking.type value)",
                                      {"without": without, "slot": "{type}"})
        return named_for_every(value, ThinkingType)

    @field_validator("retention_modes")
    @classmethod
    def _every_mode_named(cls, value: dict) -> dict:
        return named_for_every(value, RetentionMode)


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
    """Words of Material's header and footer that the theme does not translate, or translates in a way
    this language's readers would not write (hooks/localize_html.py prints them)."""

    # The colour-scheme toggle's label, by the scheme it switches to (mkdocs.yml palette).
    switch_to: dict[str, str]
    skip_link: str | None = None  # replaces Material's "skip to content" words when set
    # How a previous/next link is read aloud and how a page's <title> joins the page and the
    # site, with the language's punctuation (Material writes "Next: …" and "… - …" everywhere).
    footer_link: str = Field(pattern=r"\{direction\}.*\{page\}")
    title: str = Field(pattern=r"\{page\}.*\{site\}|\{site\}.*\{page\}")
    # Replace Material's words where set: the previous/next directions, and the names of the
    # header's and the footer's navigation landmarks.
    previous_page: str | None = None
    next_page: str | None = None
    header: str | None = None
    footer: str | None = None


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


class TwinWords(Strict):
    """A page's Markdown twin and the llms.txt files (hooks/twin_pages.py,
    docs/assets/copy-page.js)."""

    copy_page: str  # the button that copies the page as Markdown
    copied: str  # said once the page is on the clipboard
    failed: str  # said when the browser refused the clipboard
    view: str  # the link to the page's twin
    llms_pages: str  # llms.txt's heading over the guide's pages
    # llms.txt's paragraph under its summary; {full} is the link to llms-full.txt.
    llms_details: str = Field(pattern=r"\{full\}")
    llms_full: str  # what the root's llms.txt says llms-full.txt holds


class Strings(Strict):
    """Every word a macro prints in one locale (data/i18n/<locale>.yml)."""

    language_name: str
    read_in_language: str
    answer_yes: str
    answer_no: str
    # Follows a link to a vendor's page that is published in English only ("(in English)").
    english_page: str
    # The language's full stop: "." or "。" (a sentence ends with it, sentences follow each other).
    full_stop: Literal[".", "。"]
    table: TableWords
    lifecycle: LifecycleWords
    cards: CardWords
    access: AccessWords
    rules: RulesWords
    messages_api: MessagesApiWords
    claude_platform: ClaudePlatformWords
    translations: TranslationWords
    not_found: NotFoundWords
    permalink_title: str  # printed by hooks/localize_html.py, validated here with the rest
    theme: ThemeWords
    search: SearchWords
    twin: TwinWords
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
