"""The server `make serve` starts: mkdocs serve's own steps (a temporary site folder, the
build, the watched folders, live reload), with one difference. mkdocs serve exits when a build
ends the process (mkdocs-macros on a macro error) and holds every request while a rebuild has
failed ("the server will appear stuck"); here a failed build is recorded, the browsers reload,
and every page, twin or data file they ask for answers with what failed. Styles, scripts and
images are still served: only what holds the guide's words would be stale."""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer, _serve_url

from .failure import Failure, collected, failure, page

log = logging.getLogger("mkdocs.author_server")

# While the last build failed, these answer with the failure (a page is a folder's index.html).
STALE = ("/", ".html", ".md", ".txt", ".json", ".xml")


class AuthorServer(LiveReloadServer):
    failed: Failure | None = None

    def _serve_request(self, environ, start_response):
        path = environ["PATH_INFO"]
        failed = self.failed
        if failed is None or path.startswith("/livereload/") or not path.endswith(STALE):
            return super()._serve_request(environ, start_response)
        with self._epoch_cond:  # a rebuild under way may be the fix: wait for it, as mkdocs does
            self._epoch_cond.wait_for(lambda: self._visible_epoch == self._wanted_epoch)
            epoch, failed = self._visible_epoch, self.failed
        if failed is None:
            return super()._serve_request(environ, start_response)
        if path.endswith(("/", ".html")):
            body, kind = self._inject_js_into_html(page(failed), epoch), "text/html; charset=utf-8"
        else:
            body, kind = failed.text.encode("utf-8"), "text/plain; charset=utf-8"
        start_response("500 Build failed", [("Content-Type", kind), ("Content-Length", str(len(body)))])
        return [body]


def not_found(site_dir: str) -> bytes | None:
    """The site's own not-found page, as mkdocs serve answers a missing address."""
    path = Path(site_dir) / "404.html"
    return path.read_bytes() if path.is_file() else None


def serve(config_file: str, dev_addr: str | None) -> None:
    site_dir = tempfile.mkdtemp(prefix="author_server_")
    options = {"site_dir": site_dir, "strict": True, **({"dev_addr": dev_addr} if dev_addr else {})}
    config = load_config(config_file=config_file, **options)  # unreadable here: nothing to serve yet
    config.plugins.on_startup(command="serve", dirty=False)
    host, port = config.dev_addr
    mount_path = urlsplit(config.site_url or "/").path
    serve_url = _serve_url(host, port, mount_path)

    def builder(loaded=None) -> None:
        log.info("Building documentation...")
        with collected() as logged:
            try:
                current = loaded or load_config(config_file=config_file, **options)
                current.site_url = serve_url
                build(current, serve_url=serve_url)
            except KeyboardInterrupt:
                raise
            except BaseException as error:  # noqa: BLE001 - SystemExit included: mkdocs-macros exits
                server.failed = failure(logged, error)
                log.error("The build failed; every page shows why until a save fixes it:\n"
                          + server.failed.text.rstrip())
                return
        if server.failed:
            log.info("The build passes again: the pages are back.")
        server.failed = None

    config.site_url = serve_url
    server = AuthorServer(builder=builder, host=host, port=port, root=site_dir, mount_path=mount_path)
    server.error_handler = lambda code: not_found(site_dir) if code == 404 else None
    try:
        builder(config)
        for watched in [config.docs_dir, config.config_file_path, config.theme.custom_dir, *config.watch]:
            if watched:
                server.watch(watched)
        server = config.plugins.on_serve(server, config=config, builder=builder)
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)
