"""The shape of data/bedrock.yml: types, formats, required keys (the language files'
shape is in words.py). How facts relate to each other and to their sources is checked in
consistency.py."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PositiveInt, field_validator
from pydantic_core import PydanticCustomError

Geo = Literal["global", "us", "eu", "jp", "apac", "au"]
GEOS: tuple[str, ...] = Geo.__args__
Status = Literal["active", "deprecated", "retired"]
# What a model's source can vouch for; `lifecycle` covers both lifecycle dates (or their absence).
ModelFact = Literal["name", "bedrock_id", "messages_api_id", "geos", "release_date", "knowledge_cutoff", "context_window",
                    "max_output_tokens", "lifecycle", "examples_default_global", "regional_price_premium"]
MODEL_FACTS: tuple[str, ...] = ModelFact.__args__

# Base IDs as Anthropic's model-IDs page describes them: dated snapshots end in -v1:0
# (anthropic.claude-sonnet-4-5-20250929-v1:0); Opus 4.6 is the last with a -v1 suffix
# (anthropic.claude-opus-4-6-v1); later IDs have none (anthropic.claude-sonnet-4-6).
BEDROCK_ID = re.compile(r"^anthropic\.claude-[a-z0-9-]+?(?:-(?P<date>\d{8})-v\d+:\d+|-v\d+)?$")
# On the Messages-API integration IDs carry neither a date nor a version
# (anthropic.claude-haiku-4-5, anthropic.claude-fable-5-1).
MESSAGES_API_ID = re.compile(r"^anthropic\.claude-[a-z]+(?:-\d+)+$")
IntegrationName = Literal["messages_api", "legacy"]
KEY = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
VERSION = r"^\d+\.\d+\.\d+$"
UNPUBLISHED = "unpublished"


def _https(url: str) -> str:
    if not re.fullmatch(r"https://[a-z0-9.-]+/\S*", url):
        raise PydanticCustomError("url", "not the https:// address of a page")
    return url


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sourced(Strict):
    """A group of facts and the names (in `sources:`) of the official pages they come from."""

    sources: list[str] = Field(min_length=1)


class Model(Strict):
    """A Claude model on Bedrock. `bedrock_id` is its ID on the legacy integration
    (InvokeModel and Converse), `messages_api_id` its ID on the Messages-API integration;
    a model has one or both. `geos` are its inference profiles on bedrock-runtime."""

    key: str = Field(pattern=KEY)
    name: str = Field(min_length=1)
    bedrock_id: str | None = None
    messages_api_id: str | None = None
    geos: list[Geo] = []
    release_date: dt.date
    # Month of the reliable knowledge cutoff where Anthropic publishes it.
    knowledge_cutoff: str | None = Field(default=None, pattern=r"^\d{4}-(0[1-9]|1[0-2])$")
    context_window: PositiveInt
    max_output_tokens: PositiveInt
    # Bedrock's "Legacy date" and "EOL date"; a retirement whose date AWS does not publish
    # is written `unpublished`.
    deprecation_date: dt.date | None = None
    retirement_date: dt.date | Literal["unpublished"] | None = None
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

    def id_on(self, integration: IntegrationName) -> str | None:
        """The model's ID on one integration, if it is offered there."""
        return self.messages_api_id if integration == "messages_api" else self.bedrock_id

    @property
    def integrations(self) -> list[IntegrationName]:
        return [name for name in IntegrationName.__args__ if self.id_on(name)]

    @field_validator("geos")
    @classmethod
    def _geos_unique(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise PydanticCustomError("geos", "{value} lists a geo twice", {"value": value})
        return value

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

    def profile_id(self, geo: str) -> str:
        """The inference-profile ID for a geo: the base ID with the geo as prefix."""
        return f"{geo}.{self.bedrock_id or self.messages_api_id}"


class Hosting(Sourced):
    platform: str
    provider: str


class Examples(Strict):
    model: str
    messages_api_model: str
    region: str = Field(pattern=r"^[a-z]{2}(-[a-z]+)+-\d$")
    regional_geo: Geo


class Tools(Sourced):
    aws_cli_min_version: str = Field(pattern=VERSION)
    boto3_min_version: str = Field(pattern=VERSION)


class Sdks(Sourced):
    """The Anthropic SDK releases readers install, pinned, and the first release after them."""

    python_package: str
    python_extra: str
    python_version: str = Field(pattern=VERSION)
    python_first_new_version: str = Field(pattern=VERSION)
    typescript_package: str
    typescript_version: str = Field(pattern=VERSION)
    typescript_first_new_version: str = Field(pattern=VERSION)

    @property
    def pip_requirement(self) -> str:
        return f"{self.python_package}[{self.python_extra}]=={self.python_version}"

    @property
    def npm_spec(self) -> str:
        return f"{self.typescript_package}@{self.typescript_version}"


class ApiVersions(Sourced):
    invoke_model: str = Field(pattern=r"^bedrock-\d{4}-\d{2}-\d{2}$")
    sdk_default: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")


class Context1M(Sourced):
    beta_header: str = Field(pattern=r"^context-1m-\d{4}-\d{2}-\d{2}$")
    beta_end_date: dt.date
    window_tokens: PositiveInt


class Logging(Sourced):
    retention_days: PositiveInt


class ModelAccess(Sourced):
    """What an account needs before its first call to a Claude model."""

    marketplace_permissions: list[str] = Field(min_length=1)
    subscription_minutes: PositiveInt
    use_case_operation: str


class Endpoints(Sourced):
    regional_price_premium_percent: float = Field(gt=0, lt=100)


class Integration(Sourced):
    """The legacy integration (InvokeModel and Converse): its newest model."""

    last_model: str


Feature = Literal["prompt_caching", "thinking", "tool_use", "citations", "structured_outputs",
                  "url_sources", "server_tools", "agent_infrastructure", "other_endpoints", "fallbacks"]


class MessagesApi(Sourced):
    """The Messages-API integration: Anthropic's Messages API on Bedrock's two endpoints.
    Base URLs hold the caller's Region as `{region}`."""

    runtime_base_url: str = Field(pattern=r"^https://bedrock-runtime\.\{region\}\.amazonaws\.com/\S+$")
    mantle_base_url: str = Field(pattern=r"^https://bedrock-mantle\.\{region\}\.api\.aws/\S+$")
    messages_path: str = Field(pattern=r"^/\S+$")
    count_tokens_path: str = Field(pattern=r"^/\S+$")
    version_header: str
    version: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    api_key_header: str
    api_key_variable: str
    short_term_key_hours: PositiveInt
    mantle_signing_service: str
    mantle_regions: list[str] = Field(min_length=1)
    supported_features: list[Feature] = Field(min_length=1)
    unsupported_features: list[Feature] = Field(min_length=1)

    def url(self, endpoint: Literal["runtime", "mantle"], region: str) -> str:
        """An endpoint's base URL in one Region."""
        return getattr(self, f"{endpoint}_base_url").replace("{region}", region)


class Facts(Strict):
    """Everything in data/bedrock.yml."""

    facts_checked: dt.date
    sources: dict[str, Annotated[str, AfterValidator(_https)]] = Field(min_length=1)
    models: list[Model] = Field(min_length=1)
    hosting: Hosting
    examples: Examples
    tools: Tools
    sdks: Sdks
    api_versions: ApiVersions
    context_1m: Context1M
    logging: Logging
    model_access: ModelAccess
    endpoints: Endpoints
    integration: Integration
    messages_api: MessagesApi

    def model(self, key: str) -> Model | None:
        return next((m for m in self.models if m.key == key), None)

    @property
    def example_model(self) -> Model:
        return self.model(self.examples.model)

    def status(self, model: Model) -> Status:
        return model.status(self.facts_checked)

    def has_1m_context(self, model: Model) -> bool:
        return model.context_window >= self.context_1m.window_tokens

    @property
    def messages_api_example(self) -> Model:
        return self.model(self.examples.messages_api_model)

    @property
    def listed_models(self) -> list[Model]:
        """Models a reader can still call on the legacy integration: retired ones keep their entry
        and card but leave the table."""
        return [m for m in self.models if m.bedrock_id and self.status(m) != "retired"]

    @property
    def messages_api_models(self) -> list[Model]:
        """Models a reader can call through the Messages API."""
        return [m for m in self.models if m.messages_api_id and self.status(m) != "retired"]
