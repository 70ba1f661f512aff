"""`make linkcheck-external`: fetch every external link of the built site. Needs a network,
so it is never part of `make test`; without one it says so and exits 3."""

from __future__ import annotations

import socket
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from site_build import SITE_URL, built_site
from .links import check_links


def status_of(url: str, timeout: float = 15) -> str:
    """'ok 200', 'broken 404' or 'unreachable <reason>' for one URL (HEAD, then GET)."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url.split("#")[0], method=method,
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


def main() -> int:
    with built_site() as site:
        _, external = check_links(site, SITE_URL)
    urls = sorted(external)
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = dict(zip(urls, pool.map(status_of, urls)))
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
