"""The shape of one model in data/bedrock.yml: its IDs, where it is served, who may call it,
the rules a request to it must follow, its lifecycle. Facts about the file as a whole (sources,
groups) are in schema.py; how facts relate to each other in consistency.py."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, field_validator, model_validator
from pydantic_core import PydanticCustomError

Geo = Literal["global", "us", "eu", "jp", "apac", "au"]
GEOS: tuple[str, ...] = Geo.__args__
Status = Literal["active", "deprecated", "retired"]
# Who may call a model: every Bedrock customer; accounts the console's model access page
# shows it for (criteria set per model); or those invited.
Access = Literal["open", "console", "invitation"]
# The Messages API's two endpoints.
Endpoint = Literal["runtime", "mantle"]
ENDPOINTS: tuple[str, ...] = Endpoint.__args__
Effort = Literal["low", "medium", "high", "xhigh", "max"]
EFFORTS: tuple[str, ...] = Effort.__args__
# thinking.type values of the Messages API: adaptive, manual extended thinking with a
# budget_tokens ("enabled"), and off.
ThinkingType = Literal["adaptive", "enabled", "disabled"]
SamplingParameter = Literal["temperature", "top_p", "top_k"]
SAMPLING: tuple[str, ...] = SamplingParameter.__args__
# What a model's source can vouch for; `lifecycle` covers both lifecycle dates (or their
# absence) and the Regions they spare; `sampling`, `thinking` and `effort` its request rules.
ModelFact = Literal["name", "bedrock_id", "messages_api_id", "access", "endpoints", "geos", "release_date",
                    "knowledge_cutoff", "context_window", "max_output_tokens", "lifecycle", "eol_no_sooner_than",
                    "sampling", "thinking", "effort", "data_retention", "examples_default_global",
                    "regional_price_premium"]
MODEL_FACTS: tuple[str, ...] = ModelFact.__args__

# Base IDs as Anthropic's model-IDs page describes them: dated snapshots end in -v1:0
# (anthropic.claude-sonnet-4-5-20250929-v1:0); Opus 4.6 is the last with a -v1 suffix
# (anthropic.claude-opus-4-6-v1); later IDs have none (anthropic.claude-sonnet-4-6).
BEDROCK_ID = re.compile(r"^anthropic\.claude-[a-z0-9-]+?(?:-(?P<date>\d{8})-v\d+:\d+|-v\d+)?$")
# On the Messages-API integration IDs carry neither a date nor a version
# (anthropic.claude-haiku-4-5, anthropic.claude-fable-5-1; a preview: anthropic.claude-mythos-preview).
MESSAGES_API_ID = re.compile(r"^anthropic\.claude-[a-z]+(?:-\d+)*(?:-preview)?$")
IntegrationName = Literal["messages_api", "legacy"]
KEY = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
UNPUBLISHED = "unpublished"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Allowed(Strict):
    """The values a sampling parameter may take besides being left unset: exactly one value,
    or a range from `at_least` up to (not including) `below`."""

    equals: float | None = None
    at_least: float | None = None
    below: float | None = None

    @model_validator(mode="after")
    def _one_form(self) -> Allowed:
        if (self.equals is None) == (self.at_least is None and self.below is None):
            raise PydanticCustomError("allowed", "give either equals, or at_least and/or below")
        if self.at_least is not None and self.below is not None and self.at_least >= self.below:
            raise PydanticCustomError("allowed", "at_least {low} is not below {high}",
                                      {"low": self.at_least, "high": self.below})
        return self

    def admits(self, value: float) -> bool:
        if self.equals is not None:
            return value == self.equals
        return (self.at_least is None or value >= self.at_least) and (self.below is None or value < self.below)


class RequestRules(Strict):
    """What a request to the model must respect, as an official page states it. A rule left
    out is one no page we read publishes: the fake then applies the Messages API's own."""

    # Per sampling parameter: the values it may take, or `unsupported`.
    sampling: dict[SamplingParameter, Allowed | Literal["unsupported"]] = {}
    # False where temperature and top_p cannot be set in one request.
    temperature_with_top_p: bool = True
    # thinking.type values the model refuses (a 400).
    thinking_refused: list[ThinkingType] = []
    # Thinking may be turned off only at this effort or lower (Claude Opus 5).
    thinking_off_up_to: Effort | None = None
    # The effort levels it takes ([]: effort is not supported), and the one it uses unset.
    effort_levels: list[Effort] | None = None
    effort_default: Effort | None = None

    @model_validator(mode="after")
    def _default_is_a_level(self) -> RequestRules:
        if self.effort_default and self.effort_levels is not None and self.effort_default not in self.effort_levels:
            raise PydanticCustomError("effort", "effort_default {default} is not among effort_levels",
                                      {"default": self.effort_default})
        return self

    def facts(self) -> list[str]:
        """The model facts these rules state (each needs a source)."""
        stated = {"sampling": self.sampling or not self.temperature_with_top_p,
                  "thinking": self.thinking_refused or self.thinking_off_up_to,
                  "effort": self.effort_levels is not None or self.effort_default}
        return [fact for fact, given in stated.items() if given]


class Model(Strict):
    """A Claude model on Bedrock. `bedrock_id` is its ID on the legacy integration
    (InvokeModel and Converse), `messages_api_id` its ID on the Messages-API integration;
    a model has one or both. `endpoints` are the Messages API's endpoints that serve it,
    `geos` its inference profiles on bedrock-runtime. A fact left out (None) is not published
    on the official pages we read: pages say so rather than guess."""

    key: str = Field(pattern=KEY)
    name: str = Field(min_length=1)
    access: Access
    bedrock_id: str | None = None
    messages_api_id: str | None = None
    endpoints: list[Endpoint] | None = None
    geos: list[Geo] | None = None
    release_date: dt.date | None = None
    # Month of the reliable knowledge cutoff where Anthropic publishes it.
    knowledge_cutoff: str | None = Field(default=None, pattern=r"^\d{4}-(0[1-9]|1[0-2])$")
    context_window: PositiveInt | None = None
    max_output_tokens: PositiveInt | None = None
    # Bedrock's "Legacy date" and "EOL date"; a retirement whose date AWS does not publish
    # is written `unpublished`. `retirement_spares` are Regions AWS says still serve it.
    deprecation_date: dt.date | None = None
    retirement_date: dt.date | Literal["unpublished"] | None = None
    retirement_spares: list[str] = []
    # AWS's model card: the model will not reach its EOL before this day.
    eol_no_sooner_than: dt.date | None = None
    request_rules: RequestRules = RequestRules()
    # Whether a call is refused under zero data retention; None: decided by its release date
    # (Facts.retention_required).
    requires_data_retention: bool | None = None
    # What Anthropic's legacy guide says of each of its models; absent for the others.
    examples_default_global: bool | None = None
    regional_price_premium: bool | None = None
    # source name -> the facts of this model that page gives
    sources: dict[str, list[ModelFact]] = Field(min_length=1)

    @field_validator("bedrock_id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not BEDROCK_ID.match(value):
            raise PydanticCustomError(
                "bedrock_id", "{value} is not a base Bedrock model ID like anthropic.claude-sonnet-4-6 "
                "or anthropic.claude-sonnet-4-5-20250929-v1:0", {"value": value})
        return value

    @field_validator("messages_api_id")
    @classmethod
    def _messages_api_id_shape(cls, value: str | None) -> str | None:
        if value is not None and not MESSAGES_API_ID.match(value):
            raise PydanticCustomError(
                "messages_api_id", "{value} is not a Messages-API model ID like anthropic.claude-sonnet-5 "
                "(no date, no version suffix)", {"value": value})
        return value

    @field_validator("geos", "endpoints", "retirement_spares")
    @classmethod
    def _unique(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and len(set(value)) != len(value):
            raise PydanticCustomError("unique", "{value} lists an item twice", {"value": value})
        return value

    def id_on(self, integration: IntegrationName) -> str | None:
        """The model's ID on one integration, if it is offered there."""
        return self.messages_api_id if integration == "messages_api" else self.bedrock_id

    @property
    def integrations(self) -> list[IntegrationName]:
        return [name for name in IntegrationName.__args__ if self.id_on(name)]

    def serves(self, endpoint: str) -> bool:
        """Whether a page we read says this Messages-API endpoint serves the model."""
        return endpoint in (self.endpoints or [])

    @property
    def snapshot_date(self) -> dt.date | None:
        """The date inside a dated model ID (20250929), if it has one."""
        found = BEDROCK_ID.match(self.bedrock_id)["date"] if self.bedrock_id else None
        return dt.datetime.strptime(found, "%Y%m%d").date() if found else None

    def status(self, today: dt.date) -> Status:
        """Where the model stands on Bedrock on a given day, from its lifecycle dates."""
        if self.retirement_date == UNPUBLISHED or (self.retirement_date and self.retirement_date <= today):
            return "retired"
        if self.deprecation_date and self.deprecation_date <= today:
            return "deprecated"
        return "active"

    @property
    def claude_api_id(self) -> str:
        """Its ID on the Claude API, which Claude Platform on AWS takes as is: Anthropic's Bedrock
        form drops its `anthropic.` and, for a legacy ID, the snapshot date and version (the
        Claude API's alias of the model)."""
        if self.messages_api_id:
            return self.messages_api_id.removeprefix("anthropic.")
        match = BEDROCK_ID.match(self.bedrock_id)
        base = self.bedrock_id[:match.start("date") - 1] if match["date"] else self.bedrock_id
        return re.sub(r"-v\d+$", "", base).removeprefix("anthropic.")

    def profile_id(self, geo: str) -> str:
        """The inference-profile ID for a geo: the base ID with the geo as prefix."""
        return f"{geo}.{self.bedrock_id or self.messages_api_id}"

    def stated_facts(self) -> list[str]:
        """Every fact this entry states (an optional one only when it is there)."""
        optional = {"lifecycle": True, "sampling": False, "thinking": False, "effort": False,
                    "data_retention": self.requires_data_retention is not None}
        stated = [fact for fact in MODEL_FACTS
                  if optional.get(fact, getattr(self, fact, None) not in (None, []))]
        return stated + self.request_rules.facts()
