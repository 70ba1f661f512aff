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
ModelFact = Literal["name", "bedrock_id", "geos", "release_date", "knowledge_cutoff", "context_window",
                    "max_output_tokens", "lifecycle", "examples_default_global", "regional_price_premium"]
MODEL_FACTS: tuple[str, ...] = ModelFact.__args__

# Base IDs as Anthropic's model-IDs page describes them: dated snapshots end in -v1:0
# (anthropic.claude-sonnet-4-5-20250929-v1:0); Opus 4.6 is the last with a -v1 suffix
# (anthropic.claude-opus-4-6-v1); later IDs have none (anthropic.claude-sonnet-4-6).
BEDROCK_ID = re.compile(r"^anthropic\.claude-[a-z0-9-]+?(?:-(?P<date>\d{8})-v\d+:\d+|-v\d+)?$")
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
    key: str = Field(pattern=KEY)
    name: str = Field(min_length=1)
    bedrock_id: str
    geos: list[Geo] = Field(min_length=1)
    release_date: dt.date
    # Month of the reliable knowledge cutoff where Anthropic publishes it.
    knowledge_cutoff: str | None = Field(default=None, pattern=r"^\d{4}-(0[1-9]|1[0-2])$")
    context_window: PositiveInt
    max_output_tokens: PositiveInt
    # Bedrock's "Legacy date" and "EOL date"; a retirement whose date AWS does not publish
    # is written `unpublished`.
    deprecation_date: dt.date | None = None
    retirement_date: dt.date | Literal["unpublished"] | None = None
    examples_default_global: bool
    regional_price_premium: bool
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

    @field_validator("geos")
    @classmethod
    def _geos_unique(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise PydanticCustomError("geos", "{value} lists a geo twice", {"value": value})
        return value

    @property
    def snapshot_date(self) -> dt.date | None:
        """The date inside a dated model ID (20250929), if it has one."""
        found = BEDROCK_ID.match(self.bedrock_id)["date"]
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
        return f"{geo}.{self.bedrock_id}"


class Hosting(Sourced):
    platform: str
    provider: str


class Examples(Strict):
    model: str
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
    """The Bedrock integration this guide covers: its newest model."""

    last_model: str


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
    def listed_models(self) -> list[Model]:
        """Models a reader can still call: retired ones keep their entry and card but leave the table."""
        return [m for m in self.models if self.status(m) != "retired"]
