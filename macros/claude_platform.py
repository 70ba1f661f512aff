"""Claude Platform on AWS beside Amazon Bedrock's Messages-API integration: one row per point
where they differ (or not), each cell from the data. Every data value is escaped."""

from __future__ import annotations

from urllib.parse import urlsplit

from markupsafe import Markup, escape

from .formatting import names_list
from .model_table import SCROLLING
from .schema import GEOS, Facts
from .words import PlatformRow, Strings

ROWS = PlatformRow.__args__


def comparison_table(facts: Facts, words: Strings, locale: str) -> Markup:
    """Row label, then Bedrock's cell, then Claude Platform on AWS's."""
    cells = _cells(facts, words, locale)
    platform = words.claude_platform
    rows = Markup("\n").join(
        Markup('<tr data-row="{key}"><th scope="row">{label}</th><td>{bedrock}</td><td>{platform}</td></tr>')
        .format(key=key, label=platform.rows[key], bedrock=cells[key][0], platform=cells[key][1]) for key in ROWS)
    return SCROLLING.format(Markup(
        '<table data-table="claude-platform-comparison">\n<caption>{caption}</caption>\n'
        '<thead><tr><th scope="col">{aspect}</th><th scope="col">{bedrock}</th><th scope="col">{name}</th></tr>'
        "</thead>\n<tbody>\n{rows}\n</tbody>\n</table>").format(
            caption=platform.caption, aspect=platform.aspect, bedrock=platform.bedrock, name=platform.name,
            rows=rows))


def _cells(facts: Facts, words: Strings, locale: str) -> dict[str, tuple[Markup, Markup]]:
    """Bedrock's cell lists bedrock-runtime's value first, then bedrock-mantle's."""
    api, platform, sdks = facts.messages_api, facts.claude_platform, facts.sdks
    model, text = facts.messages_api_example, words.claude_platform
    runtime, mantle = urlsplit(api.runtime_base_url), urlsplit(api.mantle_base_url)
    return {
        "operator": (escape(platform.bedrock_operator), escape(platform.operator)),
        "host": (_codes(runtime.netloc, mantle.netloc), _codes(urlsplit(platform.base_url).netloc)),
        "path": (_codes(runtime.path + api.messages_path), _codes(platform.messages_path)),
        "model_id": (_codes(model.profile_id("global"), model.messages_api_id), _codes(model.claude_api_id)),
        "python": (_codes(f"{sdks.python_package}[{sdks.python_extra}]", api.mantle_client),
                   _codes(f"{sdks.python_package}[{sdks.platform_extra}]", platform.python_client)),
        "typescript": (_codes(sdks.typescript_package, api.mantle_client),
                       _codes(sdks.platform_typescript_package, platform.typescript_client)),
        "signing_service": (_codes(platform.bedrock_signing_service, api.mantle_signing_service),
                            _codes(platform.signing_service)),
        "streaming": (escape(text.streaming), escape(text.streaming)),
        "headers": (_codes(api.version_header), _codes(api.version_header, platform.workspace_header)),
        "regions": (escape(text.regions_bedrock), escape(text.regions_platform)),
        "geography": (_filled(text.geography_bedrock, names=_code_list(GEOS, locale)),
                      _filled(text.geography_platform, parameter=Markup("<code>{}</code>").format(
                          platform.inference_geo_parameter), names=_code_list(platform.inference_geos, locale))),
    }


def _codes(*values: str) -> Markup:
    """Values as code, one per line."""
    return Markup("<br>").join(Markup("<code>{}</code>").format(value) for value in values)


def _code_list(values, locale: str) -> Markup:
    return Markup(names_list([str(Markup("<code>{}</code>").format(v)) for v in values], locale))


def _filled(template: str, **values: Markup) -> Markup:
    """A sentence of the locale's words with values (already markup) in its {slots}."""
    text = escape(template)
    for name, value in values.items():
        text = text.replace(escape(f"{{{name}}}"), value)
    return Markup(text)
