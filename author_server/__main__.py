"""`python -m author_server [--dev-addr HOST:PORT]`: what `make serve` runs (README, Authoring)."""

from __future__ import annotations

import argparse
import logging
import sys

from mkdocs.__main__ import ColorFormatter
from mkdocs.exceptions import MkDocsException

from .server import serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m author_server", description=__doc__.splitlines()[0])
    parser.add_argument("--dev-addr", help="where to serve, HOST:PORT (mkdocs.yml's dev_addr by default)")
    parser.add_argument("--config-file", default="mkdocs.yml")
    options = parser.parse_args(argv)
    logger = logging.getLogger("mkdocs")  # as the mkdocs command sets it up
    logger.setLevel(logging.INFO)
    logger.propagate = False
    handler = logging.StreamHandler()
    handler.setFormatter(ColorFormatter())
    logger.addHandler(handler)
    try:
        serve(options.config_file, options.dev_addr)
    except MkDocsException as error:  # mkdocs.yml unreadable before anything could be served
        print(f"{options.config_file}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
