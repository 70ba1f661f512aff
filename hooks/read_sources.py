"""mkdocs hook: what authors write is read strictly, and a normal build says nothing they
would read as a problem.

- mkdocs.yml with a key written twice stops the build naming line and key (mkdocs's own
  reader keeps the last value without a word); so does a guide language without its switcher
  entry, site_name or site_description.
- A page or theme template that is not UTF-8 stops the build with one line naming the file
  and the byte offset (mkdocs and Jinja would stop with a traceback that names neither).
- A page nav lists that a language lacks stops the build naming the file.
- A guide page that is empty (or blank, or front matter only), has no heading or has text
  before its title stops the build naming the page: mkdocs would build it as an empty page
  titled in English. The rule is the one the translations record cuts pages by
  (translations/sections.py).
- mkdocs-static-i18n notes at INFO, on every build, that `extra.alternate` links are not
  absolute. They are relative on purpose (the site is served under a path), and the plugin
  rewrites them per page. mkdocs notes that the theme's 404.html came out empty: hooks/not_found.py
  writes each language's own instead. Both notes are dropped so authors are not sent looking
  for a fault."""

from __future__ import annotations

import logging
from pathlib import Path

from site_data import guide_locales, stops_the_build  # first: puts the project's packages on the path
from authored_files import load_yaml, read_text
from mkdocs.exceptions import PluginError
from translations.sections import read_page

QUIET = ("The 'extra.alternate' configuration contains a 'link' option that should be an absolute path",
         "Template skipped: '404.html' generated empty output.")


class _DropNotes(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not any(note in record.getMessage() for note in QUIET)


def on_startup(command, dirty) -> None:
    # On the generator's own handlers: a logger's filter would not see its children's records.
    # ProperDocs hangs them on "properdocs", with "mkdocs" as its child.
    for generator in ("mkdocs", "properdocs"):
        for handler in logging.getLogger(generator).handlers:
            handler.addFilter(_DropNotes())


def on_config(config) -> None:
    path = Path(config.config_file_path)
    with stops_the_build():
        load_yaml(path, path.name)
    missing = language_gaps(config)
    if missing:
        raise PluginError(f"{path.name}: " + "; ".join(missing))
    overrides = Path(config.theme.custom_dir or path.parent / "overrides")
    for template in sorted(overrides.rglob("*")) if overrides.is_dir() else []:
        if template.is_file():  # Jinja would stop on bad bytes with a traceback naming no file
            with stops_the_build():
                read_text(template, template.relative_to(path.parent))


def language_gaps(config) -> list[str]:
    """What a guide language lacks in mkdocs.yml: the switcher's entry (else readers cannot
    reach it), its site_name and site_description (else its pages carry English ones)."""
    gaps = []
    switcher = {entry.get("lang") for entry in config.extra.get("alternate", [])}
    for language in config.plugins["i18n"].config.languages:
        if language.link == "/":
            continue  # the root's chooser
        if language.locale not in switcher:
            gaps.append(f"extra.alternate has no entry for {language.locale} "
                        f"(add {{name: …, link: {language.locale}/, lang: {language.locale}}})")
        gaps += [f"plugins.i18n.languages[{language.locale}].{key} is missing (its pages would show the English one)"
                 for key in ("site_name", "site_description") if not language.get(key)]
    return gaps


def on_files(files, config) -> None:
    """A page nav lists that this language lacks stops the build naming the file (mkdocs's own
    warning does not say which language lacks it). After hooks/model_cards.py wrote the cards."""
    locale = config.plugins["i18n"].current_language
    if locale not in guide_locales(config):
        return
    docs = Path(config.docs_dir)
    for entry in _nav_pages(config.nav or []):
        if not (docs / locale / entry).is_file():
            raise PluginError(f"{docs.name}/{locale}/{entry}: missing; nav in mkdocs.yml lists {entry}, and every "
                              "language has every page (no fallback to another language)")


def _nav_pages(nav: list) -> list[str]:
    """The page files a nav lists: `page.md`, `Title: page.md`, and the sections holding them."""
    pages = []
    for item in nav:
        if isinstance(item, dict):
            for value in item.values():
                pages += _nav_pages(value if isinstance(value, list) else [value])
        elif isinstance(item, str) and item.endswith(".md"):
            pages.append(item)
    return pages


def on_page_read_source(page, config) -> str:
    """A page as its author wrote it. A guide page written by hand (not a generated model card)
    must also be a page: not empty, opening with its title, every heading with its anchor."""
    shown = f"{Path(config.docs_dir).name}/{page.file.src_uri}"
    guide_page = page.file.src_uri.split("/")[0] in guide_locales(config)  # not the root's chooser
    with stops_the_build():
        return (read_page if guide_page else read_text)(page.file.abs_src_path, shown)
