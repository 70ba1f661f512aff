"""The official pages the fake's rules come from. Every rule in this package names one of
these; a rule no official page states does not belong in the fake. Pages were read on
the date in data/bedrock.yml (`facts_checked`)."""

AWS_USER_GUIDE = "https://docs.aws.amazon.com/bedrock/latest/userguide"
AWS_API = "https://docs.aws.amazon.com/bedrock/latest/APIReference"
CLAUDE_DOCS = "https://platform.claude.com/docs/en"

# Bedrock runtime operations: paths, parameters, the error list with each status and description.
INVOKE_MODEL = f"{AWS_API}/API_runtime_InvokeModel.html"
INVOKE_MODEL_STREAM = f"{AWS_API}/API_runtime_InvokeModelWithResponseStream.html"
CONVERSE = f"{AWS_API}/API_runtime_Converse.html"
# Control plane operations.
LIST_FOUNDATION_MODELS = f"{AWS_API}/API_ListFoundationModels.html"
LIST_INFERENCE_PROFILES = f"{AWS_API}/API_ListInferenceProfiles.html"
# GET /foundation-models/{modelIdentifier}: {"modelDetails": …} with its lifecycle; its errors
# include ResourceNotFoundException.
GET_FOUNDATION_MODEL = f"{AWS_API}/API_GetFoundationModel.html"
# The description of GetFoundationModel's ResourceNotFoundException, word for word.
GET_FOUNDATION_MODEL_ERRORS = ("https://docs.aws.amazon.com/sdkfornet/v3/apidocs/items/Bedrock/"
                               "MBedrockGetFoundationModelGetFoundationModelRequest.html")
# Errors every Bedrock operation may return, with status and description.
COMMON_ERRORS = f"{AWS_API}/CommonErrors.html"
# The body of an Anthropic request on InvokeModel: required fields, the version value.
CLAUDE_MESSAGES_BODY = f"{AWS_USER_GUIDE}/model-parameters-anthropic-claude-messages-request-response.html"
# Which inference profiles exist, and the Regions each can be called from.
INFERENCE_PROFILES = f"{AWS_USER_GUIDE}/inference-profiles-support.html"
# After the EOL date a model is no longer available in any Region and requests to it fail.
MODEL_LIFECYCLE = f"{AWS_USER_GUIDE}/model-lifecycle-legacy.html"
# Anthropic's page for this integration: SigV4 signing, the on-demand error, the 2026-10-21 warning.
LEGACY_GUIDE = f"{CLAUDE_DOCS}/build-with-claude/claude-on-amazon-bedrock-legacy"
# "On Amazon Bedrock, [2026-10-21] is available for Claude 4.7 and later models."
API_VERSIONING = f"{CLAUDE_DOCS}/api/versioning"
# Anthropic's Messages API: the request fields and their ranges, the streaming events.
MESSAGES_API = f"{CLAUDE_DOCS}/api/messages/create"
STREAMING = f"{CLAUDE_DOCS}/build-with-claude/streaming"
# How restJson1 services such as Bedrock name an error: the X-Amzn-Errortype header.
REST_JSON_ERRORS = "https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization"
# AWS event-stream framing of InvokeModelWithResponseStream (prelude, headers, CRCs).
EVENT_STREAM = "https://docs.aws.amazon.com/AmazonS3/latest/API/RESTSelectObjectAppendix.html"
# Signature Version 4: the credential scope names the Region and the service.
SIGV4 = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html"
# STS GetCallerIdentity: the response document.
STS_GET_CALLER_IDENTITY = "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html"
# The Messages-API integration. AWS: both endpoints, their URLs, authentication, the version
# header, the samples; Anthropic: the models, the bedrock-mantle client and its SigV4 service.
MESSAGES_API_AWS = f"{AWS_USER_GUIDE}/inference-messages-api.html"
MESSAGES_API_ANTHROPIC = f"{CLAUDE_DOCS}/build-with-claude/claude-in-amazon-bedrock"
# What each endpoint supports (cross-Region inference ✘ on bedrock-mantle; structured outputs
# refused there with a 400).
ENDPOINTS = f"{AWS_USER_GUIDE}/endpoints.html"
# Token counting on bedrock-mantle; the SigV4 service name bedrock-mantle; errors in the
# Anthropic shape there; unsupported fields refused as "<field>: Extra inputs are not permitted".
COUNT_TOKENS = f"{AWS_USER_GUIDE}/count-tokens.html"
# Bedrock API keys: `Authorization: Bearer`, and the IAM actions per endpoint.
API_KEYS = f"{AWS_USER_GUIDE}/api-keys.html"
# Anthropic's error types, each with its HTTP status and description.
ANTHROPIC_ERRORS = f"{CLAUDE_DOCS}/api/errors"
# Data retention: the account's mode per Region, set and read through these operations
# (PUT and GET /data-retention, the mode's valid values, the errors with their statuses).
PUT_ACCOUNT_DATA_RETENTION = f"{AWS_API}/API_PutAccountDataRetention.html"
GET_ACCOUNT_DATA_RETENTION = f"{AWS_API}/API_GetAccountDataRetention.html"
# Claude Platform on AWS (AWS's user guide): its base URL, path, SigV4 service and streaming
# against Bedrock's; the workspace header it requires; API keys as bearer tokens; workspace IDs;
# model IDs; the inference_geo values and the models that refuse the parameter.
CLAUDE_PLATFORM_GUIDE = "https://docs.aws.amazon.com/claude-platform/latest/userguide"
CPA_MIGRATING = f"{CLAUDE_PLATFORM_GUIDE}/migrating-from-bedrock.html"
CPA_MAKING_REQUESTS = f"{CLAUDE_PLATFORM_GUIDE}/making-requests.html"
CPA_AUTHENTICATION = f"{CLAUDE_PLATFORM_GUIDE}/authentication.html"
CPA_WORKSPACES = f"{CLAUDE_PLATFORM_GUIDE}/workspaces.html"
CPA_MODELS = f"{CLAUDE_PLATFORM_GUIDE}/models.html"
CPA_DATA_RESIDENCY = f"{CLAUDE_PLATFORM_GUIDE}/data-residency.html"
