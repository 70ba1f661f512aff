"""Run code blocks against the fake Bedrock with the real SDKs, each in its own process,
with an environment built from scratch and the loopback guard loaded; check what the fake
saw and what the block printed. Install lines are checked against the data, not run."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from packaging.requirements import Requirement

from fake_bedrock import Catalog, FakeBedrock
from fake_bedrock.__main__ import client_environment
from fake_bedrock.claude_platform import OPERATION as PLATFORM_OPERATION
from fake_bedrock.runtime import REPLY
from macros.schema import GEOS

from site_build import GUARD, ROOT, load_yaml
from .blocks import Block
from .preloaded import PreloadedPython

TIMEOUT = 120  # seconds a block may run
STACK_FRAME = re.compile(r"^\s+at ")
# A model ID as a sample shows it: anthropic.claude-… with an optional geo prefix and -vN[:N] suffix,
# or a Claude API ID (claude-…) in quotes, as Claude Platform on AWS takes it.
SHOWN_MODEL_ID = re.compile(rf"(?:(?:{'|'.join(GEOS)})\.)?anthropic\.claude-[a-z0-9-]+(?:-v\d+(?::\d+)?)?"
                            r"|(?<=\")claude-[a-z0-9-]+(?=\")")
# (what the code uses, the operation the fake must answer, what the output must contain);
# the client, not the method, decides, so a misspelled method fails by running.
PROMISES = [
    ("get-caller-identity", "GetCallerIdentity", '"Account"'),
    ("list-foundation-models", "ListFoundationModels", "anthropic.claude-"),
    ("list_foundation_models", "ListFoundationModels", "anthropic.claude-"),
    ("AnthropicBedrockMantle", "Messages (bedrock-mantle)", REPLY),
    ("AnthropicAWS", PLATFORM_OPERATION, REPLY),
    ("AnthropicAws", PLATFORM_OPERATION, REPLY),
    ("AnthropicBedrock", "InvokeModel", REPLY),
    ("Anthropic(", "Messages (bedrock-runtime)", REPLY),
    ('"bedrock-runtime"', "InvokeModel", REPLY),
]


@dataclass
class Outcome:
    blocks: list[Block]  # every block with this code, in every language
    ok: bool
    detail: str
    seconds: float = 0.0


def check_all(blocks: list[Block], workers: int = 4) -> list[Outcome]:
    """One run per distinct piece of code; its outcome counts for every block showing it."""
    groups: dict[tuple[str, str], list[Block]] = defaultdict(list)
    for block in blocks:
        groups[(block.kind, block.stripped)].append(block)
    catalog = Catalog()
    with tempfile.TemporaryDirectory() as home, PreloadedPython(base_environment("the snippet runner", home)) as python, \
            ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda group: check_group(group, catalog, python), groups.values()))


def check_group(group: list[Block], catalog: Catalog, python: PreloadedPython) -> Outcome:
    started = time.monotonic()
    block = group[0]
    try:
        detail = check_install(block) if block.kind == "install" else run(block, catalog, python)
        ok = True
    except SnippetFailure as failure:
        ok, detail = False, str(failure)
    return Outcome(group, ok, detail, time.monotonic() - started)


class SnippetFailure(Exception):
    pass


def check_install(block: Block) -> str:
    """Install lines install exactly what the data pins, which is what the tests run with."""
    data = load_yaml(ROOT / "data/bedrock.yml")
    sdks, tools = data["sdks"], data["tools"]
    pinned = {line.split("==")[0].lower(): line.split("==")[1]
              for line in (ROOT / "requirements.txt").read_text().split() if "==" in line}
    locked = json.loads((ROOT / "package-lock.json").read_text())["packages"]
    npm = {sdks["typescript_package"]: ("typescript_version", sdks["typescript_version"]),
           sdks["platform_typescript_package"]: ("platform_typescript_version", sdks["platform_typescript_version"])}
    for line in block.stripped.strip().splitlines():
        words = line.split()
        if words[:2] == ["npm", "install"]:
            package = words[-1].rpartition("@")[0]
            if package not in npm:
                raise SnippetFailure(f"{block.where}: {line!r} installs {package or words[-1]!r}, which the data "
                                     f"does not pin (sdks: {', '.join(npm)})")
            field, version = npm[package]
            if words[2:] != ["--save-exact", f"{package}@{version}"]:
                raise SnippetFailure(f"{block.where}: {line!r} should be 'npm install --save-exact {package}@{version}' "
                                     f"(data: sdks.{field})")
            installed = locked.get(f"node_modules/{package}", {}).get("version")
            if installed != version:
                raise SnippetFailure(f"{block.where}: package-lock.json has {package} {installed}, not the "
                                     f"{version} readers install")
            continue
        requirement = Requirement(words[-1].strip('"'))
        if requirement.name == "boto3":
            if str(requirement.specifier) != f">={tools['boto3_min_version']}":
                raise SnippetFailure(f"{block.where}: {line!r} should require boto3>="
                                     f"{tools['boto3_min_version']} (data: tools.boto3_min_version)")
        elif (requirement.name, str(requirement.specifier)) != (sdks["python_package"], f"=={sdks['python_version']}") \
                or len(requirement.extras) != 1 or not requirement.extras <= {sdks["python_extra"], sdks["platform_extra"]}:
            raise SnippetFailure(f"{block.where}: {line!r} should install {sdks['python_package']}[extra]=="
                                 f"{sdks['python_version']}, extra {sdks['python_extra']} or {sdks['platform_extra']}")
        if requirement.name.lower() not in pinned or not requirement.specifier.contains(
                pinned[requirement.name.lower()]):
            raise SnippetFailure(f"{block.where}: {requirement} is not what requirements.txt pins")
    return "install line matches the data"


@lru_cache(maxsize=1)
def api_key_variable() -> str:
    """The variable a Bedrock API key is read from. Read when a block runs, after the build
    validated the data: at import, a bad data file would end `make snippets` with a traceback."""
    return load_yaml(ROOT / "data/bedrock.yml")["messages_api"]["api_key_variable"]


def run(block: Block, catalog: Catalog, python: PreloadedPython) -> str:
    shown = sorted(set(SHOWN_MODEL_ID.findall(block.stripped)))
    promise = next((p for p in PROMISES if p[0] in block.stripped), None)
    if promise is None:
        raise SnippetFailure(f"{block.where}: no known operation in this block")
    marker, operation, output = promise
    with FakeBedrock(catalog) as fake, tempfile.TemporaryDirectory() as folder:
        env = snippet_environment(fake, block.where, folder, api_key=api_key_variable() in block.stripped)
        try:
            result = _execute(block, Path(folder), env, python)
        except (subprocess.TimeoutExpired, TimeoutError):
            raise SnippetFailure(f"{block.where}: still running after {TIMEOUT} s") from None
        seen = fake.log.snapshot()
    problems = []
    if result.returncode != 0:
        problems.append(f"exited {result.returncode}: {_tail(result.stderr or result.stdout)}")
    if not any(r.operation == operation and r.status == 200 for r in seen):
        calls = ", ".join(_seen(r) for r in seen) or "nothing"
        problems.append(f"the fake Bedrock should have answered {operation}; it saw {calls}")
    called = sorted({r.model_id for r in seen if r.model_id})
    if called != shown:
        problems.append(f"the block shows model IDs {shown} but called {called}")
    if output not in result.stdout:
        problems.append(f"the output should contain {output!r}; it was {_tail(result.stdout)!r}")
    if problems:
        raise SnippetFailure(f"{block.where}: " + "; ".join(problems))
    return f"{operation} {' '.join(called)}".strip()


def _execute(block: Block, folder: Path, env: dict[str, str], python: PreloadedPython):
    """The block run as a reader runs it: Python forked from the preloaded process (preloaded.py),
    TypeScript with tsx, shell with bash."""
    if block.kind == "python":
        (folder / "snippet.py").write_text(block.code, encoding="utf-8")
        return subprocess.CompletedProcess("python snippet.py", *python.run(folder, env, TIMEOUT))
    return subprocess.run(_command(block, folder), cwd=folder, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT)


def _command(block: Block, folder: Path) -> list[str]:
    if block.kind == "typescript":
        (folder / "snippet.ts").write_text(block.code, encoding="utf-8")
        (folder / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
        (folder / "node_modules").symlink_to(ROOT / "node_modules")
        return [str(ROOT / "node_modules/.bin/tsx"), "snippet.ts"]
    (folder / "snippet.sh").write_text(block.code, encoding="utf-8")
    return ["bash", "-euo", "pipefail", "snippet.sh"]


def snippet_environment(fake: FakeBedrock, label: str, home: str, api_key: bool = False) -> dict[str, str]:
    """From scratch: no AWS profile, token or proxy of the machine leaks in. A Bedrock API key
    only for code that reads one (the SDKs prefer it to SigV4 when it is set)."""
    key = {api_key_variable(): "bedrock-api-key-fake"} if api_key else {}
    return {**base_environment(label, home), **client_environment(fake), **key}


def base_environment(label: str, home: str) -> dict[str, str]:
    """What every process a check starts sees, before it is pointed at a fake."""
    tools = [Path(sys.executable).parent, Path(shutil.which("node") or "/usr/bin/node").parent]
    return {
        "PATH": ":".join([*map(str, tools), "/usr/bin", "/bin"]),
        "HOME": home,
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(GUARD),
        "PYTHONDONTWRITEBYTECODE": "1",
        "NODE_OPTIONS": f"--require {GUARD / 'guard.cjs'}",
        "NO_COLOR": "1",
        "LOOPBACK_GUARD_LABEL": label,
    }


def _seen(request) -> str:
    """One request as the fake answered it, with the rule that refused it."""
    answer = f"{request.operation} {request.model_id or ''} -> {request.status} {request.error or ''}".strip()
    return f"{answer} (refused: {request.rule})" if request.rule else answer


def _tail(text: str, lines: int = 6) -> str:
    """The last lines that say something: Node's `at …` stack frames are left out."""
    useful = [line.strip() for line in text.splitlines() if line.strip() and not STACK_FRAME.match(line)]
    return " | ".join(useful[-lines:])
