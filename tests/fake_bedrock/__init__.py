"""A small, faithful stand-in for Amazon Bedrock (and STS) on 127.0.0.1, so the guide's
code samples run with the real SDKs and no AWS account. See tests/fixtures/bedrock/."""

from .catalog import Catalog
from .server import FakeBedrock, Request

__all__ = ["Catalog", "FakeBedrock", "Request"]
