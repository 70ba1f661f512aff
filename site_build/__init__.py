"""Build the guide the way `make build` does, in a clean environment, and read what it built.
`make check`, `make snippets`, the benchmark and the tests all build through here."""

from .pages import article, built_pages, html, load_yaml, page_path, page_url, soup, write_yaml
from .project import (ARTIFACTS, BUILD_DATE, GUARD, LOCALES, PAGES, PROJECT_PARTS, ROOT, SITE_URL, TOOL_PARTS, Build, build,
                      build_environment, built_site, copy_project, i18n_languages, site_config,
                      validated_facts)

__all__ = ["ARTIFACTS", "BUILD_DATE", "GUARD", "LOCALES", "PAGES", "PROJECT_PARTS", "ROOT", "SITE_URL", "TOOL_PARTS", "Build", "article",
           "build", "build_environment", "built_pages", "built_site", "copy_project", "html", "i18n_languages",
           "load_yaml", "page_path", "page_url", "site_config", "soup", "validated_facts", "write_yaml"]
