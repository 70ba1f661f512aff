"""What a failed build said, and the page that shows it in place of every page.

The words are the build's own: every warning and error it logged (what `--strict` turns into a
failure included, and the line mkdocs-macros prints before it stops the process), then the
exception that ended it, in one line. Never a traceback: an author acts on the message."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from html import escape

NOISE = ("Aborted with a BuildError!",)  # mkdocs's last line after an error it has already logged


@dataclass(frozen=True)
class Failure:
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith("mkdocs.livereload"):  # requests answered meanwhile
            self.lines.append(record.getMessage())


@contextmanager
def collected():
    """The warnings and errors logged while the block runs, as lines."""
    collector = _Collector()
    logger = logging.getLogger("mkdocs")  # mkdocs, its plugins and the hooks log under it
    logger.addHandler(collector)
    try:
        yield collector.lines
    finally:
        logger.removeHandler(collector)


def failure(logged: list[str], error: BaseException) -> Failure:
    lines = [line for line in logged if line.strip()]
    ending = str(error).strip() or type(error).__name__
    if isinstance(error, SystemExit):  # mkdocs-macros stops the process once it has logged why
        ending = "" if lines else f"the build stopped (exit status {error.code})"
    if ending and ending not in NOISE and not any(ending in line for line in lines):
        lines.append(ending)
    return Failure(tuple(lines or [type(error).__name__]))


def page(failed: Failure) -> bytes:
    """The page served in place of every page while the last build failed: readable without the
    site's styles (they may be half built), in the author's light or dark scheme."""
    items = "\n".join(f"<li><code>{escape(line)}</code></li>" for line in failed.lines)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Build failed</title>
<style>
  :root {{ color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }}
  body {{ max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }}
  h1 {{ font-size: 1.6rem; }}
  ul {{ padding: 0; list-style: none; }}
  li {{ margin: 0 0 .8rem; padding: .6rem .8rem; border-left: .3rem solid #c62828; background: rgba(198, 40, 40, .08); }}
  code {{ white-space: pre-wrap; overflow-wrap: anywhere; font-size: .95rem; }}
</style></head>
<body><main>
<h1>The last build failed</h1>
<p>Every page shows this until a save fixes it; the server keeps running, and this page reloads
by itself when the next build is done. The same message is in the terminal.</p>
<ul id="build-failure">
{items}
</ul>
</main></body></html>
""".encode("utf-8")
