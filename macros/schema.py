"""The shape of data/bedrock.yml: types, formats, required keys (one model's shape is in
model_schema.py, the language files' in words.py). How facts relate to each other and to their
sources is checked in consistency.py."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, PositiveInt
from pydantic_core import PydanticCustomError

from .model_schema import (ENDPOINTS, GEOS, MODEL_FACTS, UNPUBLISHED, Geo, IntegrationName, Model, Status,
                           Strict)

__all__ = ["ENDPOINTS", "GEOS", "MODEL_FACTS", "UNPUBLISHED", "Facts", "IntegrationName", "Model", "RetentionMode",
           "Status", "Strict", "Sourced"]

VERSION = r"^\d+\.\d+\.\d+$"


def _https(url: str) -> str:
    if not re.fullmatch(r"https://[a-z0-9.-]+/\S*", url):
        raise PydanticCustomError("url", "not the https:// address of a page")
    return url


class Sourced(Strict):
    """A group of facts and the names (in `sources:`) of the official pages they come from."""

    sources: list[str] = Field(min_length=1)


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
    # Claude Platform on AWS: the Python extra, and its TypeScript package pinned.
    platform_extra: str
    platform_typescript_package: str
    platform_typescript_version: str = Field(pattern=VERSION)
    platform_pinned_key_header: str

    @property
    def pip_requirement(self) -> str:
        return self.requirement(self.python_extra)

    def requirement(self, extra: str) -> str:
        """The pinned Python SDK with one of its extras (bedrock, or aws for Claude Platform on AWS)."""
        return f"{self.python_package}[{extra}]=={self.python_version}"

    @property
    def npm_spec(self) -> str:
        return f"{self.typescript_package}@{self.typescript_version}"

    @property
    def platform_npm_spec(self) -> str:
        return f"{self.platform_typescript_package}@{self.platform_typescript_version}"


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
    # The endpoint whose calls Anthropic's use-case form is not asked of.
    use_case_form_exempt: str


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
    mantle_client: str
    mantle_regions: list[str] = Field(min_length=1)
    supported_features: list[Feature] = Field(min_length=1)
    unsupported_features: list[Feature] = Field(min_length=1)

    def url(self, endpoint: str, region: str) -> str:
        """An endpoint's base URL in one Region."""
        return getattr(self, f"{endpoint}_base_url").replace("{region}", region)


class ClaudePlatform(Sourced):
    """Claude Platform on AWS: Anthropic's Claude Platform reached with an AWS account. Its base
    URL holds the caller's Region as `{region}`; its SDK packages are pinned in `sdks`."""

    operator: str
    bedrock_operator: str
    base_url: str = Field(pattern=r"^https://[a-z-]+\.\{region\}\.api\.aws$")
    messages_path: str = Field(pattern=r"^/\S+$")
    signing_service: str
    bedrock_signing_service: str
    workspace_header: str
    workspace_variable: str = Field(pattern=r"^[A-Z_]+$")
    workspace_id_prefix: str
    api_key_scheme: str
    federation_command: str
    federation_error: str
    outside_aws_before: dt.date
    inference_geo_parameter: str
    inference_geos: list[Geo] = Field(min_length=1)
    inference_geo_refused: list[str] = []
    python_client: str
    typescript_client: str

    @property
    def host(self) -> str:
        return self.base_url.removeprefix("https://")


RetentionMode = Literal["none", "default", "aws_review", "provider_data_share", "inherit"]


class DataRetention(Sourced):
    """Bedrock's data retention setting: its modes, the API that sets it per account and
    Region, and which Claude models it leaves as they were."""

    modes: list[RetentionMode] = Field(min_length=1)
    # The mode of an account or Region nobody has set.
    default_mode: RetentionMode
    # Zero data retention: a call to a model that requires retention is refused.
    zero_mode: RetentionMode
    # Claude models released before this model's release keep their earlier retention.
    unchanged_before: str
    # Sources (names in `sources:`): the page that states these rules, and the one where AWS
    # lists the models that require retention.
    rules_page: str
    models_list: str
    put_operation: str
    get_operation: str
    path: str = Field(pattern=r"^/\S+$")


class Watch(Sourced):
    """What the facts watch reads besides the pages facts cite: `sources` are the pages where
    new models and lifecycle changes appear first; a Bedrock model ID they mention that no
    model here has is reported, unless `ids_left_out` gives the reason it is left out."""

    ids_left_out: dict[str, str] = {}
    # Where `make facts-watch CATALOG=1` reads Bedrock's catalog: the home of each geo covered.
    catalog_regions: list[str] = Field(min_length=1)


class VendorHost(Strict):
    """How one vendor's documentation host places a page's translations (see vendor_docs)."""

    english: str = Field(pattern=r"^/")
    localized: str = Field(pattern=r"^/.*\{code\}")
    codes: dict[str, str] = Field(min_length=1)


class VendorDocs(Strict):
    """Where the vendors publish their pages in our languages, and the pages not translated:
    page name (in `sources:` or `links:`) → the locales it is English-only in."""

    hosts: dict[str, VendorHost] = Field(min_length=1)
    english_only: dict[str, list[str]] = {}


class OfficialHosts(Strict):
    """The hosts whose pages count as official sources: the vendors' documentation backs any
    fact; a package registry only the SDK releases it publishes (`sdks`)."""

    documentation: list[str] = Field(min_length=1)
    registries: list[str] = Field(min_length=1)


class Facts(Strict):
    """Everything in data/bedrock.yml."""

    facts_checked: dt.date
    official_hosts: OfficialHosts
    sources: dict[str, Annotated[str, AfterValidator(_https)]] = Field(min_length=1)
    links: dict[str, Annotated[str, AfterValidator(_https)]] = {}
    vendor_docs: VendorDocs
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
    claude_platform: ClaudePlatform
    data_retention: DataRetention
    watch: Watch

    def model(self, key: str) -> Model | None:
        return next((m for m in self.models if m.key == key), None)

    @property
    def example_model(self) -> Model:
        return self.model(self.examples.model)

    def status(self, model: Model) -> Status:
        return model.status(self.facts_checked)

    def has_1m_context(self, model: Model) -> bool:
        return (model.context_window or 0) >= self.context_1m.window_tokens

    def source_of(self, model: Model, fact: str) -> str:
        """The address of the first page the model's entry cites for a fact; a data retention
        requirement that follows from a release date cites the data retention page."""
        name = next((name for name, given in model.sources.items() if fact in given), None)
        if name is None and fact == "data_retention":
            name = self.data_retention.rules_page
        return self.sources[name]

    def retention_required(self, model: Model) -> bool | None:
        """Whether Bedrock refuses the model under zero data retention: as its entry says, else
        no for a model released before `data_retention.unchanged_before`, else not published."""
        if model.requires_data_retention is not None:
            return model.requires_data_retention
        first = self.model(self.data_retention.unchanged_before)
        if model.release_date and first and first.release_date and model.release_date < first.release_date:
            return False
        return None

    @property
    def messages_api_example(self) -> Model:
        return self.model(self.examples.messages_api_model)

    @property
    def listed_models(self) -> list[Model]:
        """Models a reader can still call on the legacy integration: retired ones keep their entry
        and card but leave the table."""
        return [m for m in self.models if m.bedrock_id and self.status(m) != "retired"]

    @property
    def claude_platform_models(self) -> list[Model]:
        """The guide's models Claude Platform on AWS serves, as far as the official pages say: it
        offers the Claude API's models. Left out: models Bedrock retired, and those Bedrock opens by
        invitation only, whose availability on the Claude API no page we read states."""
        return [m for m in self.models if self.status(m) != "retired" and m.access != "invitation"]

    @property
    def messages_api_models(self) -> list[Model]:
        """Models Bedrock offers through the Messages API, whoever may call them."""
        return [m for m in self.models if m.messages_api_id and self.status(m) != "retired"]
