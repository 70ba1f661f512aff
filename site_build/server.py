"""The built site served on 127.0.0.1 as GitHub Pages serves it, and the flags chromium runs
with here (headless, no sandbox, nothing fetched in the background)."""

from __future__ import annotations

import functools
import gzip
import os
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_executable() -> str:
    """Debian's chromium, as `make test` installs it; CHROMIUM=… points elsewhere."""
    return os.environ.get("CHROMIUM", "/usr/bin/chromium")


class SiteServer:
    """Serves a built site on 127.0.0.1 at an ephemeral port, under the path it was built for
    (the path of SITE_URL, as GitHub Pages serves a project site), quietly, and the way
    GitHub Pages does: a missing address gets the site's 404.html with status 404. With
    `compress`, text goes out gzipped to a client that accepts it, as GitHub Pages sends it
    (what a reader's browser downloads, for bench/lighthouse.py); without, every byte as built."""

    def __init__(self, folder: Path, path: str = "/", compress: bool = False):
        handler = functools.partial(_QuietHandler, directory=str(folder), mount=path, compress=compress)
        self._server = _QuietServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}{path}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


# What GitHub Pages compresses: text, scripts, data, SVG (Pagefind's index fragments are
# compressed already, and served as they are).
COMPRESSED = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A browser that goes on to the next page drops what it no longer needs: not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _QuietHandler(SimpleHTTPRequestHandler):
    def __init__(self, *args, mount: str, compress: bool, **kwargs):
        self.mount, self.compress = mount, compress
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.mount):
            return str(Path(self.directory) / "no such file outside the site's path")
        return super().translate_path("/" + path[len(self.mount):])

    def do_GET(self) -> None:
        if not self._send_compressed():
            super().do_GET()

    def do_HEAD(self) -> None:
        if not self._send_compressed():
            super().do_HEAD()

    def _send_compressed(self) -> bool:
        """A text file, gzipped, to a client that takes gzip; False leaves the request (and
        a directory's redirect or a missing file's 404) to the plain handler."""
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        if not path.is_file() or not self._gzipped(self.guess_type(str(path))):
            return False
        self._send(200, path.read_bytes(), self.guess_type(str(path)))
        return True

    def _gzipped(self, content_type: str) -> bool:
        accepted = "gzip" in self.headers.get("Accept-Encoding", "")
        return self.compress and accepted and content_type.startswith(COMPRESSED)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if self._gzipped(content_type):
            body = gzip.compress(body, compresslevel=6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
        if self.compress:
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_error(self, code, message=None, explain=None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        self._send(404, page.read_bytes(), "text/html; charset=utf-8")

    def log_message(self, *args) -> None:
        pass
