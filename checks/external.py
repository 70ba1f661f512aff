"""`make linkcheck-external`: fetch every external link of the built site. Needs a network,
so `make test` runs it against a mirror on 127.0.0.1 instead (`--via`, as the facts watch
has it); without a network it says so and exits 3."""

from __future__ import annotations

import argparse
import socket
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from pathlib import Path

from facts_watch.fetch import path_of
from site_build import SITE_URL, built_site

from .links import check_links


def status_of(url: str, timeout: float = 15, via: str | None = None) -> str:
    """'ok 200', 'broken 404' or 'unreachable <reason>' for one URL (HEAD, then GET);
    `via` asks a mirror that keeps each page at /<host>/<path> instead."""
    address = f"{via.rstrip('/')}{path_of(url.split('#')[0])}" if via else url.split("#")[0]
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(address, method=method,
                                         headers={"User-Agent": "claude-on-bedrock-docs-linkcheck"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return f"ok {response.status}"
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405):
                continue  # some servers refuse HEAD
            return f"broken {error.code}"
        except (urllib.error.URLError, socket.timeout, OSError) as error:
            return f"unreachable {getattr(error, 'reason', error)}"
    return "broken"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make linkcheck-external", description="Fetch every external link.")
    parser.add_argument("--site-dir", type=Path, help="check this built site instead of building one")
    parser.add_argument("--via", help="ask this mirror (http://127.0.0.1:…/<host>/<path>) instead of the network")
    options = parser.parse_args(argv)
    with nullcontext(options.site_dir) if options.site_dir else built_site() as site:
        _, external = check_links(site, SITE_URL)
    urls = sorted(external)
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = dict(zip(urls, pool.map(lambda url: status_of(url, via=options.via), urls)))
    if all(status.startswith("unreachable") for status in statuses.values()):
        print(f"No network here: none of the {len(urls)} external links could be reached; nothing checked.")
        return 3
    for url in urls:
        print(f"{statuses[url]:<24} {url}  ({', '.join(sorted(external[url]))})")
    broken = [url for url in urls if not statuses[url].startswith("ok")]
    print(f"\n{len(urls)} external links, {len(broken)} not ok")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
