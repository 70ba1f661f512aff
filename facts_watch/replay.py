"""Recorded pages served on 127.0.0.1, at their hosts' paths (/<host>/<path>): how the watch
runs offline (`--offline`, `make test`, `make bench`) and how its tests stage a page that
changed, moved, went away, answers 500 or never answers."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from .fetch import markdown_version, path_of
from .record import Recorded
from .sections import to_markdown


@dataclass
class Answer:
    body: str = ""
    status: int = 200
    content_type: str = "text/markdown; charset=utf-8"
    delay: float = 0  # seconds before answering
    location: str = ""  # for a redirect: the page's new address (https://…)
    retry_after: str = ""  # a Retry-After header's value
    cut_short: bool = False  # announce the whole body, send part of it, hang up


def recorded_answers(recorded: dict[str, Recorded]) -> dict[str, Answer]:
    """Each recorded page (record.load()'s) where the watch will ask for it: its Markdown
    version's address where the host has one, else the page's own."""
    return {path_of(markdown_version(r.page.url) or r.page.url): Answer(to_markdown(r.sections))
            for r in recorded.values()}


class Replay:
    """`with Replay(answers) as replay:` serves them at replay.url until the block ends; any
    other path is a 404. Every request path is kept in replay.asked."""

    def __init__(self, answers: dict[str, Answer]):
        self.answers, self.asked = answers, []
        self.peak_in_flight: dict[str, int] = {}  # host -> most requests it had at once
        self._in_flight: dict[str, int] = {}
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def _handler(self):
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                path = self.path.split("#")[0]
                host = urlsplit(path).path.split("/")[1]
                with replay._lock:
                    replay.asked.append((path, self.headers.get("User-Agent", "")))
                    replay._in_flight[host] = replay._in_flight.get(host, 0) + 1
                    replay.peak_in_flight[host] = max(replay.peak_in_flight.get(host, 0), replay._in_flight[host])
                answer = replay.answers.get(path, Answer("not found", 404, "text/plain"))
                time.sleep(answer.delay)
                with replay._lock:  # done before answering: the client may ask again once it has the answer
                    replay._in_flight[host] -= 1
                self._answer(answer)

            do_HEAD = do_GET  # the link check asks HEAD first; _answer sends no body to it

            def _answer(self, answer: Answer):
                body = answer.body.encode("utf-8")
                try:
                    self.send_response(answer.status)
                    for name, value in (("Location", answer.location and f"{replay.url}{path_of(answer.location)}"),
                                        ("Retry-After", answer.retry_after)):
                        if value:
                            self.send_header(name, value)
                    self.send_header("Content-Type", answer.content_type)
                    self.send_header("Content-Length", str(len(body) * (10 if answer.cut_short else 1)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the watch gave up waiting, as it should
                if answer.cut_short:
                    self.close_connection = True

        return Handler

    def __enter__(self) -> Replay:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
