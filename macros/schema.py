"""The shape of data/bedrock.yml and data/i18n/<locale>.yml: types, formats, required keys.
How facts relate to each other is checked in consistency.py."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, field_validator
from pydantic_core import PydanticCustomError

Geo = Literal["global", "us", "eu", "jp", "apac"]
GEOS: tuple[str, ...] = Geo.__args__
Status = Literal["active", "deprecated", "retired"]

# A base ID such as anthropic.claude-sonnet-4-5-20250929-v1:0; the date part is optional
# (anthropic.claude-opus-4-6-v1:0 has none).
BEDROCK_ID = re.compile(r"^anthropic\.claude-[a-z0-9-]+?(?:-(?P<date>\d{8}))?-v\d+:\d+$")
KEY = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Model(Strict):
    key: str = Field(pattern=KEY)
    name: str = Field(min_length=1)
    bedrock_id: str
    geos: list[Geo] = Field(min_length=1)
    status: Status
    release_date: dt.date
    deprecation_date: dt.date | None = None
    retirement_date: dt.date | None = None
    # Month of the training-data cutoff where Anthropic publishes it; cards say "not published" otherwise.
    knowledge_cutoff: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}$")
    context_window: PositiveInt
    max_output_tokens: PositiveInt
    supports_1m_context: bool
    examples_default_global: bool
    regional_price_premium: bool

    @field_validator("bedrock_id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not BEDROCK_ID.match(value):
            raise PydanticCustomError(
                "bedrock_id", "{value} is not a base Bedrock model ID like anthropic.claude-…-v1:0",
                {"value": value})
        return value

    @field_validator("geos")
    @classmethod
    def _geos_unique(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise PydanticCustomError("geos", "{value} lists a geo twice", {"value": value})
        return value

    def profile_id(self, geo: str) -> str:
        """The inference-profile ID for a geo: the base ID with the geo as prefix."""
        return f"{geo}.{self.bedrock_id}"


class Hosting(Strict):
    platform: str
    provider: str
    open_source: bool


class Examples(Strict):
    model: str
    region: str = Field(pattern=r"^[a-z]{2}(-[a-z]+)+-\d$")
    regional_geo: Geo


class Tools(Strict):
    aws_cli_min_version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    boto3_min_version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    pip_package: str
    npm_package: str


class InvokeModel(Strict):
    anthropic_version: str = Field(pattern=r"^bedrock-\d{4}-\d{2}-\d{2}$")


class Context1M(Strict):
    beta_header: str = Field(pattern=r"^context-1m-\d{4}-\d{2}-\d{2}$")
    window_tokens: PositiveInt


class Logging(Strict):
    retention_days: PositiveInt


class Endpoints(Strict):
    regional_price_premium_percent: float = Field(gt=0, lt=100)
    regional_territories: list[str] = Field(min_length=1)

    @field_validator("regional_territories")
    @classmethod
    def _territory_codes(cls, value: list[str]) -> list[str]:
        for code in value:
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise PydanticCustomError("territory", "{code} is not an ISO 3166 code such as US",
                                          {"code": code})
        return value


class Facts(Strict):
    """Everything in data/bedrock.yml."""

    models: list[Model] = Field(min_length=1)
    hosting: Hosting
    examples: Examples
    tools: Tools
    invoke_model: InvokeModel
    context_1m: Context1M
    logging: Logging
    endpoints: Endpoints

    def model(self, key: str) -> Model | None:
        return next((m for m in self.models if m.key == key), None)

    @property
    def example_model(self) -> Model:
        return self.model(self.examples.model)

    @property
    def listed_models(self) -> list[Model]:
        """Models a reader can still call: retired ones keep their entry but leave the pages."""
        return [m for m in self.models if m.status != "retired"]


class TableWords(Strict):
    model: str
    base_id: str
    caption: str


class CardWords(Strict):
    title: str
    intro: str = Field(pattern=r"\{name\}")
    intro_retired: str = Field(pattern=r"\{name\}.*\{date\}|\{date\}.*\{name\}")
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
    context_1m: str = Field(pattern=r"\{tokens\}")
    status: str
    open_source: str
    not_published: str
    active: str
    deprecated: str = Field(pattern=r"\{date\}")
    retired: str = Field(pattern=r"\{date\}")
    retirement_planned: str = Field(pattern=r"\{date\}")


class NotFoundWords(Strict):
    """The not-found page (overrides/404.html, filled by hooks/not_found.py)."""

    title: str
    text: str
    home: str


class Strings(Strict):
    """Every word a macro prints in one locale (data/i18n/<locale>.yml)."""

    language_name: str
    read_in_language: str
    answer_yes: str
    answer_no: str
    table: TableWords
    cards: CardWords
    not_found: NotFoundWords
    deprecated_on: str = Field(pattern=r"\{date\}")
    permalink_title: str  # printed by hooks/localize_html.py, validated here with the rest
    comments: dict[str, str]

    @field_validator("comments")
    @classmethod
    def _comments_not_empty(cls, value: dict[str, str]) -> dict[str, str]:
        for key, text in value.items():
            if not text.strip():
                raise PydanticCustomError("empty", "comment {key} is empty", {"key": key})
        return value

