"""Claude Platform on AWS beside Amazon Bedrock's Messages-API integration: one row per point
where they differ (or not), each cell from the data. Every data value is escaped."""

from __future__ import annotations

from urllib.parse import urlsplit

from markupsafe import Markup, escape

from .markup import code, code_list, fill
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
        "host": (_lines(runtime.netloc, mantle.netloc), _lines(platform.host)),
        "path": (_lines(runtime.path + api.messages_path), _lines(platform.messages_path)),
        "model_id": (_lines(model.profile_id("global"), model.messages_api_id), _lines(model.claude_api_id)),
        "python": (_lines(f"{sdks.python_package}[{sdks.python_extra}]", api.mantle_client),
                   _lines(f"{sdks.python_package}[{sdks.platform_extra}]", platform.python_client)),
        "typescript": (_lines(sdks.typescript_package, api.mantle_client),
                       _lines(sdks.platform_typescript_package, platform.typescript_client)),
        "signing_service": (_lines(platform.bedrock_signing_service, api.mantle_signing_service),
                            _lines(platform.signing_service)),
        "streaming": (escape(text.streaming), escape(text.streaming)),
        "headers": (_lines(api.version_header), _lines(api.version_header, platform.workspace_header)),
        "regions": (escape(text.regions_bedrock), escape(text.regions_platform)),
        "geography": (fill(text.geography_bedrock, names=code_list(GEOS, locale)),
                      fill(text.geography_platform, parameter=code(platform.inference_geo_parameter),
                           names=code_list(platform.inference_geos, locale))),
    }


def _lines(*values: str) -> Markup:
    """Values as code, one per line."""
    return Markup("<br>").join(code(value) for value in values)

