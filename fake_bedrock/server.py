"""The fake Bedrock HTTP service on 127.0.0.1: routes each request to its operation,
checks the SigV4 Authorization header, logs what it saw and which rule refused it,
answers like AWS."""

from __future__ import annotations

import json
import re
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from macros.loading import load_facts
from macros.schema import Facts

from . import claude_platform, control, messages_api, request_rules, runtime, sources
from .account import Account
from .catalog import Catalog
from .errors import ANTHROPIC_NOT_FOUND, INCOMPLETE_SIGNATURE, UNKNOWN_OPERATION, VALIDATION, AwsError, Rule, refuse
from .claude_platform import PLATFORM
from .messages_api import MANTLE, RUNTIME

# SigV4's credential scope is date/Region/service/aws4_request: the Region the caller chose
# (sources.SIGV4).
SIGV4 = re.compile(r"^AWS4-HMAC-SHA256 Credential=[^/]+/\d{8}/(?P<region>[a-z0-9-]+)/(?P<service>[a-z-]+)/aws4_request")
# POST /model/{modelId}/invoke, /invoke-with-response-stream and /converse (sources.INVOKE_MODEL,
# INVOKE_MODEL_STREAM, CONVERSE).
RUNTIME_PATH = re.compile(r"^/model/(?P<model>[^/]+)/(?P<action>invoke|invoke-with-response-stream|converse)$")
# Anthropic: "Calling the InvokeModel API with AWS credentials requires SigV4 request signing."
# (Bedrock API keys, sent as `Authorization: Bearer`, are not simulated: the legacy samples sign.)
UNSIGNED = Rule("the request is not signed with SigV4", sources.LEGACY_GUIDE)
# The project whose data/bedrock.yml holds the request rules the fake applies.
PROJECT = Path(__file__).resolve().parent.parent
# The Region a request names when no signature does (a Bedrock API key): the one the fake's
# hosts stand for, which client_environment gives every client.
HOME_REGION = "us-west-2"


@dataclass
class Request:
    """One request as the fake saw it, for tests to read."""

    operation: str
    model_id: str | None
    region: str | None
    headers: dict
    body: bytes
    status: int = 0
    error: str | None = None
    rule: str | None = None  # why the fake refused it, with the rule's source

    def json(self):
        return json.loads(self.body or b"null")


@dataclass
class RequestLog:
    requests: list[Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, request: Request) -> None:
        with self.lock:
            self.requests.append(request)

    def snapshot(self) -> list[Request]:
        with self.lock:
            return list(self.requests)


class FakeBedrock:
    """`with FakeBedrock() as fake:` serves bedrock-runtime (and the control plane, STS) on
    fake.url, bedrock-mantle on fake.mantle_url and Claude Platform on AWS on fake.platform_url
    until the block ends: three hosts in AWS, three ports here."""

    def __init__(self, catalog: Catalog | None = None, port: int = 0, facts: Facts | None = None):
        self.catalog = catalog or Catalog()
        self.messages_models = messages_api.recorded_models()
        # The request rules the guide shows, by every ID a request may name.
        self.facts = facts or load_facts(PROJECT)
        self.models = {model_id: model for model in self.facts.models for model_id in _ids(model)}
        self.account = Account(self.facts)
        self.log = RequestLog()
        self._servers = {RUNTIME: ThreadingHTTPServer(("127.0.0.1", port), _handler(self, RUNTIME)),
                         MANTLE: ThreadingHTTPServer(("127.0.0.1", port + 1 if port else 0), _handler(self, MANTLE)),
                         PLATFORM: ThreadingHTTPServer(("127.0.0.1", port + 2 if port else 0), _handler(self, PLATFORM))}
        self._threads = [threading.Thread(target=server.serve_forever, daemon=True)
                         for server in self._servers.values()]

    def _url(self, endpoint: str) -> str:
        host, port = self._servers[endpoint].server_address[:2]
        return f"http://{host}:{port}"

    @property
    def url(self) -> str:
        return self._url(RUNTIME)

    @property
    def mantle_url(self) -> str:
        return self._url(MANTLE)

    @property
    def platform_url(self) -> str:
        return self._url(PLATFORM)

    def __enter__(self) -> FakeBedrock:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()


def _handler(fake: FakeBedrock, endpoint: str):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "FakeBedrock"

        def log_message(self, *args) -> None:  # the request log replaces stderr noise
            pass

        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def do_PUT(self) -> None:
            self._serve()

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            url = urlsplit(self.path)
            path, query = unquote(url.path), parse_qs(url.query)
            messages = (claude_platform.operation(fake.facts, self.command, path) if endpoint == PLATFORM
                        else messages_api.operation(endpoint, self.command, path))
            operation, model_id = (messages, _model_in(body)) if messages else _operation(self.command, path, body)
            auth = SIGV4.match(self.headers.get("Authorization", ""))
            entry = Request(operation, model_id, auth["region"] if auth else None,
                            dict(self.headers), body)
            fake.log.add(entry)
            try:
                if endpoint == PLATFORM:
                    self._platform(entry, bool(messages), path, auth["service"] if auth else None)
                    return
                if messages:
                    messages_api.authenticate(endpoint, entry.headers, auth["service"] if auth else None)
                    status, content_type, payload = messages_api.answer(
                        endpoint, messages, entry.headers, body, fake.messages_models,
                        _model_checks(fake, auth["region"] if auth else HOME_REGION, endpoint))
                elif endpoint == MANTLE:
                    # This fake serves bedrock-mantle's Anthropic routes only.
                    raise refuse(Rule(f"bedrock-mantle has no route {self.command} {path} here",
                                      sources.MESSAGES_API_AWS), ANTHROPIC_NOT_FOUND)
                elif auth is None:
                    raise refuse(UNSIGNED, INCOMPLETE_SIGNATURE)
                else:
                    status, content_type, payload = _answer(fake, entry, path, query)
            except AwsError as error:
                entry.error, entry.rule = error.error_type, f"{error.rule.reason} ({error.rule.source})"
                self._send_error(entry, error)
                return
            entry.status = status
            self._send(status, content_type, payload)

        def _platform(self, entry: Request, routed: bool, path: str, service: str | None) -> None:
            """Claude Platform on AWS answers its one route; anything else is not found there."""
            if not routed:
                raise refuse(Rule(f"Claude Platform on AWS has no route {self.command} {path} here",
                                  sources.CPA_MIGRATING), ANTHROPIC_NOT_FOUND)
            claude_platform.authenticate(fake.facts, entry.headers, service)
            entry.status, content_type, payload = claude_platform.answer(fake.facts, entry.headers, entry.body)
            self._send(entry.status, content_type, payload)

        def _send_error(self, entry: Request, error: AwsError) -> None:
            entry.status = error.status
            if error.error.shape == "anthropic":
                # sources.COUNT_TOKENS: {"type": "error", "request_id": …, "error": {"type", "message"}}.
                payload = {"type": "error", "request_id": str(uuid.uuid4()),
                           "error": {"type": error.error_type, "message": error.message}}
                self._send(error.status, "application/json", json.dumps(payload).encode())
                return
            if entry.operation == "GetCallerIdentity":
                self._send(error.status, "text/xml", control.sts_error(error.error_type, error.message).encode())
                return
            # restJson1: the error's type in X-Amzn-Errortype, its message in the JSON body
            # (sources.REST_JSON_ERRORS).
            self._send(error.status, "application/json", json.dumps({"message": error.message}).encode(),
                       {"x-amzn-ErrorType": error.error_type})

        def _send(self, status: int, content_type: str, payload: bytes, extra: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

    return Handler


def _operation(method: str, path: str, body: bytes) -> tuple[str, str | None]:
    match = RUNTIME_PATH.match(path)
    if method == "POST" and match:
        names = {"invoke": "InvokeModel", "invoke-with-response-stream": "InvokeModelWithResponseStream",
                 "converse": "Converse"}
        return names[match["action"]], match["model"]
    if method == "GET" and path == "/foundation-models":
        return "ListFoundationModels", None
    if method == "GET" and path.startswith("/foundation-models/"):
        return "GetFoundationModel", path.removeprefix("/foundation-models/")
    if method == "GET" and path == "/inference-profiles":
        return "ListInferenceProfiles", None
    if method == "POST" and path == "/" and b"Action=GetCallerIdentity" in body:
        return "GetCallerIdentity", None
    if path == "/data-retention" and method in ("PUT", "GET"):
        return f"{method.title()}AccountDataRetention", None
    return f"Unknown {method} {path}", None


def _model_in(body: bytes) -> str | None:
    """The model a Messages API body names, if it is readable."""
    try:
        model = json.loads(body or b"null").get("model")
    except (ValueError, AttributeError):
        return None
    return model if isinstance(model, str) else None


def _ids(model) -> list[str]:
    """Every ID a request may name a model by: its IDs on both integrations and its profiles."""
    return [i for i in (model.bedrock_id, model.messages_api_id) if i] + [model.profile_id(g) for g in model.geos or []]


def _model_checks(fake: FakeBedrock, region: str, endpoint: str):
    """The checks a Messages-API request to a served model must pass, beyond the API's own."""
    invalid = messages_api.ERRORS[endpoint].invalid

    def check(model_id: str, body: dict) -> None:
        model = fake.models.get(model_id)
        if model is not None:  # a served model the data lacks: test_catalog_matches_data names it
            request_rules.check(fake.facts, model, body, invalid)
            request_rules.check_retention(fake.facts, model, fake.account.retention(region), invalid)
    return check


def _answer(fake: FakeBedrock, entry: Request, path: str, query: dict) -> tuple[int, str, bytes]:
    catalog, region, op = fake.catalog, entry.region, entry.operation
    if op == "GetCallerIdentity":
        return 200, "text/xml", control.get_caller_identity(entry.body, str(uuid.uuid4())).encode()
    if op == "ListFoundationModels":
        return runtime.json_answer(control.list_foundation_models(catalog, region, query))
    if op == "GetFoundationModel":
        return runtime.json_answer(control.get_foundation_model(catalog, region, entry.model_id))
    if op == "ListInferenceProfiles":
        return runtime.json_answer(control.list_inference_profiles(catalog, region, query))
    if op == "PutAccountDataRetention":
        return runtime.json_answer(fake.account.put_retention(region, entry.body))
    if op == "GetAccountDataRetention":
        return runtime.json_answer(fake.account.get_retention(region))
    if op == "Converse":
        catalog.resolve(region, entry.model_id)
        return runtime.json_answer(runtime.converse(runtime.parse_converse_body(entry.body)))
    if op in ("InvokeModel", "InvokeModelWithResponseStream"):
        resolved = catalog.resolve(region, entry.model_id)
        body = runtime.parse_messages_body(entry.body, entry.headers)
        if resolved.base_id in fake.models:
            request_rules.check(fake.facts, fake.models[resolved.base_id], body, VALIDATION)
        if op == "InvokeModel":
            return runtime.json_answer(runtime.message(resolved, body))
        return 200, "application/vnd.amazon.eventstream", runtime.stream(resolved, body)
    raise refuse(Rule(f"no operation answers {op}", sources.COMMON_ERRORS), UNKNOWN_OPERATION)
