"""mkdocs hook: what `mkdocs serve` keeps from one rebuild to the next (hooks/serving.py says
why): which command runs, and the theme's compiled templates. Nothing here changes a page."""

from __future__ import annotations

import serving


def on_startup(command, dirty) -> None:
    serving.command = command


def on_env(env, config, files):
    if serving.serving():
        env.bytecode_cache = serving.templates
    return env
