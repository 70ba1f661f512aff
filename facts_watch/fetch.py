"""Reading official pages politely: a few requests at a time per host, retries with backoff on
429 and 5xx, a timeout per request, a User-Agent that names the project; the page's Markdown
version first where the host offers one. Every outcome is a Fetched, never an exception."""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

USER_AGENT = "claude-on-bedrock-guide-facts-watch/1 (weekly check of the pages the guide cites)"
PER_HOST = 2  # requests in flight to one host at a time
RETRIED = {429, 500, 502, 503, 504}
GONE = {404, 410}


@dataclass(frozen=True)
class Fetched:
    url: str  # the page's address, as the data cites it
    state: str  # "read", "gone" or "unreadable"
    text: str = ""
    markdown: bool = False
    read_from: str = ""  # the address the text came from (the Markdown version, or the page)
    moved_to: str = ""  # where the page now lives, when its address redirects elsewhere
    problem: str = ""


def markdown_version(url: str) -> str | None:
    """Where a host serves the page as Markdown: AWS at .md in place of .html, Anthropic's docs
    at the address plus .md (see README, "The facts watch")."""
    parts = urlsplit(url)
    if parts.hostname == "docs.aws.amazon.com" and parts.path.endswith(".html"):
        return url.split("#")[0].removesuffix(".html") + ".md"
    if parts.hostname in ("platform.claude.com", "docs.anthropic.com", "docs.claude.com"):
        return url.split("#")[0].rstrip("/") + ".md"
    return None


def path_of(url: str) -> str:
    """Where a mirror (`via`, the replay) keeps a page: /<host>/<path>[?<query>]."""
    parts = urlsplit(url)
    return f"/{parts.hostname}{parts.path}" + (f"?{parts.query}" if parts.query else "")


class Reader:
    """Fetches pages; `via` sends every request to a mirror instead (http://127.0.0.1:…, with the
    page's host as the first part of the path), which is how the watch runs offline."""

    def __init__(self, timeout: float = 20, attempts: int = 3, backoff: float = 2, via: str | None = None):
        self.timeout, self.attempts, self.backoff, self.via = timeout, attempts, backoff, via
        self._hosts: dict[str, threading.Semaphore] = defaultdict(lambda: threading.Semaphore(PER_HOST))
        self._lock = threading.Lock()

    def read_safely(self, url: str) -> Fetched:
        """read(), with anything unforeseen turned into an unreadable page rather than a crash."""
        try:
            return self.read(url)
        except Exception as error:  # noqa: BLE001 - one odd page must not stop the watch
            return Fetched(url, "unreadable", problem=f"{type(error).__name__}: {error}")

    def read(self, url: str) -> Fetched:
        markdown = markdown_version(url)
        if markdown:
            got = self._get(markdown)
            if got.state == "read" and got.markdown:
                return Fetched(url, "read", got.text, True, markdown, _page_of(got.moved_to, url))
            if got.state == "unreadable" and not got.problem.startswith("HTTP 4"):
                # A 4xx on the Markdown version (403, 406…) only means "no Markdown here": the page itself may answer.
                return Fetched(url, "unreadable", problem=f"{got.problem} (Markdown version {markdown})")
        got = self._get(url)
        if got.state != "read":
            return Fetched(url, got.state, problem=got.problem, moved_to=got.moved_to)
        return Fetched(url, "read", got.text, got.markdown, url, got.moved_to)

    def _get(self, url: str) -> Fetched:
        host = urlsplit(url).hostname or ""
        with self._lock:
            semaphore = self._hosts[host]
        address = f"{self.via.rstrip('/')}{path_of(url)}" if self.via else url
        problem, asked_to_wait = "", 0.0
        for attempt in range(self.attempts):
            if attempt:
                time.sleep(max(asked_to_wait, self.backoff * 2 ** (attempt - 1)))
            with semaphore:
                try:
                    request = urllib.request.Request(address, headers={"User-Agent": USER_AGENT,
                                                                       "Accept": "text/markdown, text/html;q=0.9"})
                    with urllib.request.urlopen(request, timeout=self.timeout) as response:
                        body = _decoded(response.read(), response.headers.get_content_charset())
                        final, kind = response.geturl(), response.headers.get_content_type()
                except urllib.error.HTTPError as error:
                    if error.code in GONE:
                        return Fetched(url, "gone", problem=f"HTTP {error.code}")
                    problem = f"HTTP {error.code}"
                    asked_to_wait = _retry_after(error.headers.get("Retry-After"))
                    if error.code not in RETRIED:
                        break
                    continue
                except (TimeoutError, socket.timeout):
                    problem = f"no answer within {self.timeout:g} s"
                    continue
                except http.client.HTTPException as error:  # a broken answer: cut short, no status line…
                    problem = f"a broken answer ({type(error).__name__})"
                    continue
                except (urllib.error.URLError, OSError) as error:
                    reason = getattr(error, "reason", error)
                    problem = (f"no answer within {self.timeout:g} s" if isinstance(reason, TimeoutError)
                               else f"could not connect: {reason}")
                    continue
            if self.via:
                final = "https://" + final.removeprefix(self.via.rstrip("/") + "/")
            if not body.strip():
                return Fetched(url, "unreadable", problem="the page is empty")
            markdown = kind in ("text/markdown", "text/x-markdown", "text/plain") and not _looks_like_html(body)
            return Fetched(url, "read", body, markdown, moved_to="" if final == url else final)
        tries = f"{self.attempts} tries" if self.attempts > 1 else "1 try"
        return Fetched(url, "unreadable", problem=f"{problem} ({tries})")


def _decoded(body: bytes, charset: str | None) -> str:
    try:
        return body.decode(charset or "utf-8", "replace")
    except LookupError:  # a charset Python does not know: the docs hosts serve UTF-8
        return body.decode("utf-8", "replace")


def _retry_after(value: str | None) -> float:
    """Seconds a 429 or 503 asks to wait (up to a minute); 0 when it names none or a date."""
    return min(float(value), 60.0) if value and value.strip().isdigit() else 0.0


def _looks_like_html(text: str) -> bool:
    return text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def _page_of(markdown_moved_to: str, url: str) -> str:
    """The page a moved Markdown version stands for: AWS's .md is the .html page, Anthropic's
    address + .md the address."""
    if not markdown_moved_to:
        return ""
    page = markdown_moved_to.removesuffix(".md")
    return page + ".html" if url.endswith(".html") else page
