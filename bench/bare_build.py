"""Build the bare stack's languages one after another in one process, as mkdocs-static-i18n
builds ours: `python -m bench.bare_build <config.yml> …`."""

from __future__ import annotations

import sys

from mkdocs.commands.build import build
from mkdocs.config import load_config


def main(configs: list[str]) -> None:
    for path in configs:
        build(load_config(path))


if __name__ == "__main__":
    main(sys.argv[1:])
