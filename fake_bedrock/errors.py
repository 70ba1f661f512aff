"""Errors the way Bedrock sends them, and only as AWS documents them.

A refusal has two parts, each with its source:
- the error a client receives (status, type, message), as an official page documents it;
- the rule that refused the request (why), which the fake logs for whoever reads its
  report, and never sends: Bedrock's exact wording for most refusals is not published,
  so the fake sends the documented description of the error type instead of inventing one.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import sources


@dataclass(frozen=True)
class ErrorType:
    status: int
    name: str
    message: str
    source: str
    # "aws": restJson1 (bedrock-runtime); "anthropic": {"type": "error", "error": {...}}
    # (bedrock-mantle, sources.COUNT_TOKENS: "Errors follow the Anthropic shape").
    shape: str = "aws"


# The InvokeModel API reference lists ValidationException as HTTP 400 with this description.
VALIDATION = ErrorType(400, "ValidationException",
                       "The input fails to satisfy the constraints specified by Amazon Bedrock.",
                       sources.INVOKE_MODEL)
# Anthropic's page quotes this HTTP 400 for a base ID of a model offered through
# cross-Region inference only; the model ID in it is the one the request named.
ON_DEMAND = ErrorType(400, "ValidationException",
                      "Invocation of model ID {model} with on-demand throughput isn't supported. Retry "
                      "your request with the ID or ARN of an inference profile that contains this model.",
                      sources.LEGACY_GUIDE)
# Bedrock's common errors: a signature that does not conform (here: none at all), and an
# action the service does not recognise.
INCOMPLETE_SIGNATURE = ErrorType(
    403, "IncompleteSignature",
    "The request signature doesn't conform to AWS standards. Verify that you're using valid AWS "
    "credentials and that your request is properly formatted. If you're using an SDK, ensure it's "
    "up to date.", sources.COMMON_ERRORS)
UNKNOWN_OPERATION = ErrorType(
    404, "UnknownOperationException",
    "The action or operation isn't recognized. Verify that the action name is spelled correctly and "
    "that it's supported by the API version you're using.", sources.COMMON_ERRORS)

# GetFoundationModel for a model the Region does not offer: HTTP 404 (the operation's error
# list) with the description AWS's SDK reference gives.
RESOURCE_NOT_FOUND = ErrorType(
    404, "ResourceNotFoundException",
    "The specified resource Amazon Resource Name (ARN) was not found. Check the Amazon Resource Name (ARN) "
    "and try your request again.", sources.GET_FOUNDATION_MODEL_ERRORS)


# Anthropic's errors page: the type and description of each status (Bedrock's own wording of
# these refusals on bedrock-mantle is not published, so the description stands in for it).
ANTHROPIC_INVALID = ErrorType(400, "invalid_request_error", "There was an issue with the format or content of "
                              "your request.", sources.ANTHROPIC_ERRORS, shape="anthropic")
ANTHROPIC_AUTHENTICATION = ErrorType(401, "authentication_error", "There's an issue with your API key.",
                                     sources.ANTHROPIC_ERRORS, shape="anthropic")
ANTHROPIC_NOT_FOUND = ErrorType(404, "not_found_error", "The requested resource was not found.",
                                sources.ANTHROPIC_ERRORS, shape="anthropic")
# An unsupported field, in the form AWS quotes for bedrock-mantle.
ANTHROPIC_EXTRA_FIELD = ErrorType(400, "invalid_request_error", "{field}: Extra inputs are not permitted",
                                  sources.COUNT_TOKENS, shape="anthropic")


@dataclass(frozen=True)
class Rule:
    """Why a request is refused, in our words, and the official page that states the rule."""

    reason: str
    source: str


class AwsError(Exception):
    def __init__(self, error: ErrorType, rule: Rule, **fields: str):
        super().__init__(rule.reason)
        self.error, self.rule = error, rule
        self.status, self.error_type = error.status, error.name
        self.message = error.message.format(**fields)


def refuse(rule: Rule, error: ErrorType = VALIDATION, **fields: str) -> AwsError:
    return AwsError(error, rule, **fields)
