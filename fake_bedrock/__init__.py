"""A stand-in for Amazon Bedrock (and STS) on 127.0.0.1, no kinder than the real service,
so the guide's code samples run with the real SDKs and no AWS account. Every rule names the
official page it comes from (sources.py); the recorded catalog and the source of each of
its facts are in fake_bedrock/recorded/."""

from .catalog import Catalog
from .server import FakeBedrock, Request

__all__ = ["Catalog", "FakeBedrock", "Request"]
