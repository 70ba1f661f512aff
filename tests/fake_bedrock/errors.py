"""Errors the way Bedrock sends them: a status, an `x-amzn-ErrorType` header and a JSON
body with a `message`, so each SDK raises the exception it raises against AWS."""

from __future__ import annotations

INVALID_MODEL = "The provided model identifier is invalid."
# Bedrock writes a typographic apostrophe in "isn’t".
ON_DEMAND = ("Invocation of model ID {model} with on-demand throughput isn\u2019t supported. "
             "Retry your request with the ID or ARN of an inference profile that contains this model.")


class AwsError(Exception):
    def __init__(self, status: int, error_type: str, message: str):
        super().__init__(message)
        self.status, self.error_type, self.message = status, error_type, message


def validation(message: str) -> AwsError:
    return AwsError(400, "ValidationException", message)


def malformed(detail: str) -> AwsError:
    return validation(f"Malformed input request: {detail}, please reformat your input and try again.")


def missing_auth() -> AwsError:
    return AwsError(403, "MissingAuthenticationTokenException", "Missing Authentication Token")
