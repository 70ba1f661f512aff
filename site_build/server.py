"""The built site served on 127.0.0.1 as GitHub Pages serves it, and the flags chromium runs
with here (headless, no sandbox, nothing fetched in the background)."""

from __future__ import annotations

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_executable() -> str:
    """Debian's chromium, as `make test` installs it; CHROMIUM=… points elsewhere."""
    return os.environ.get("CHROMIUM", "/usr/bin/chromium")


class SiteServer:
    """Serves a built site on 127.0.0.1 at an ephemeral port, under the path it was built for
    (the path of SITE_URL, as GitHub Pages serves a project site), quietly, and the way
    GitHub Pages does: a missing address gets the site's 404.html with status 404."""

    def __init__(self, folder: Path, path: str = "/"):
        handler = functools.partial(_QuietHandler, directory=str(folder), mount=path)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}{path}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def __init__(self, *args, mount: str, **kwargs):
        self.mount = mount
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.mount):
            return str(Path(self.directory) / "no such file outside the site's path")
        return super().translate_path("/" + path[len(self.mount):])

    def send_error(self, code, message=None, explain=None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass
