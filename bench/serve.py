"""P2: from saving a page to the rebuilt page being served by `make serve`'s server (or the
bare stack's `mkdocs serve`), timed through the served file itself: the page is polled until it
holds what was just written. With `mistake`, each save breaks a macro call instead, and the
page is polled until it shows that failure (a failed rebuild must cost no more than a good one)."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from .timing import Figure

TIMEOUT = 120  # seconds: a rebuild slower than this is a failure, not a figure


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    """The body served, a failed build's page included; "" while nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(condition, what: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            output = server.stdout.read() if server.stdout else ""
            raise SystemExit(f"the server: {what} did not happen:\n{output}")
        time.sleep(0.01)


def rebuild_times(serve: list[str], cwd: Path, env: dict, page: Path, path: str, runs: int,
                  mistake: bool = False) -> Figure:
    """`serve` is the server's command without its address; `page` the Markdown file to save,
    served at `path`. The first rebuild is a warm-up and is not counted."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/{path}"
    server = subprocess.Popen([*serve, "--dev-addr", f"127.0.0.1:{port}"], cwd=cwd, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    original = page.read_text(encoding="utf-8")
    times = []
    try:
        wait_for(lambda: fetch(url), f"serving {url}", server)
        for run in range(runs + 1):
            marker = f"benchmark{run}x{time.time_ns()}"
            started = time.perf_counter()
            edit = f'{{{{ model_name("{marker}") }}}}' if mistake else marker  # no such model: a failure
            page.write_text(f"{original}\n{edit}\n", encoding="utf-8")
            wait_for(lambda: marker in fetch(url), f"showing the edit {marker}", server)
            if run:
                times.append(time.perf_counter() - started)
            time.sleep(0.3)  # let the server finish reloading before the next save
    finally:
        page.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)
    return Figure(tuple(times))
