"""Python code blocks run in processes forked from one that has already imported the SDKs:
importing anthropic takes 1.4 s of CPU, paid once per check instead of once per block.

A forked process is what `python snippet.py` would be, but for what was imported before the
fork (imports only: no client, session or connection exists yet, and the SDKs read their
environment when a client is made): the environment is replaced with the block's, the
working folder and sys.path[0] are the block's folder, stdout and stderr are files there,
and the loopback guard (loaded by the preloading process, inherited by the fork) names the
block. `python -m snippet_runner.preloaded` is the preloading process: it reads one request
per line on stdin, forks, and answers with the fork's pid and then its exit status."""

from __future__ import annotations

import json
import os
import runpy
import signal
import subprocess
import sys
import threading
import traceback
from pathlib import Path

PRELOADED = ("anthropic", "boto3", "botocore.session")
SCRIPT, STDOUT, STDERR = "snippet.py", "stdout.txt", "stderr.txt"


class PreloadedPython:
    """The client side: `run(folder, env, timeout)` runs folder/snippet.py like a new process."""

    def __init__(self, env: dict[str, str]):
        self._process = subprocess.Popen([sys.executable, "-m", "snippet_runner.preloaded"], env=env,
                                         cwd=Path(__file__).resolve().parent.parent, text=True,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._lock, self._next = threading.Lock(), 0
        self._waiting: dict[int, dict] = {}
        threading.Thread(target=self._read_answers, daemon=True).start()

    def run(self, folder: Path, env: dict[str, str], timeout: float) -> tuple[int, str, str]:
        """(exit status, stdout, stderr); TimeoutError after `timeout` seconds (the fork is killed)."""
        with self._lock:
            self._next += 1
            number, answer = self._next, {"pid": threading.Event(), "done": threading.Event()}
            self._waiting[number] = answer
            self._process.stdin.write(json.dumps({"id": number, "folder": str(folder), "env": env}) + "\n")
            self._process.stdin.flush()
        if not answer["done"].wait(timeout):
            if answer["pid"].wait(1):
                os.kill(answer["pid_value"], signal.SIGKILL)
            raise TimeoutError
        if answer["status"] is None:
            raise RuntimeError(f"the preloaded Python process ended: exit {self._process.wait()}")
        read = lambda name: (folder / name).read_text(encoding="utf-8", errors="replace")  # noqa: E731
        return answer["status"], read(STDOUT), read(STDERR)

    def _read_answers(self) -> None:
        for line in self._process.stdout:
            message = json.loads(line)
            answer = self._waiting[message["id"]]
            if "pid" in message:
                answer["pid_value"] = message["pid"]
                answer["pid"].set()
            else:
                answer["status"] = message["status"]
                answer["done"].set()
        for answer in list(self._waiting.values()):  # the process ended: nobody waits forever
            answer.setdefault("status", None)
            answer["done"].set()

    def close(self) -> None:
        self._process.stdin.close()
        self._process.wait(timeout=30)

    def __enter__(self) -> "PreloadedPython":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _run_block(folder: str, env: dict[str, str]) -> None:
    """In the fork: become `python snippet.py` in `folder` with `env`; never returns."""
    status = 0
    try:
        os.chdir(folder)
        os.environ.clear()
        os.environ.update(env)
        for fd, name in ((1, STDOUT), (2, STDERR)):
            os.dup2(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), fd)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
        sys.argv, sys.path[0] = [SCRIPT], folder
        runpy.run_path(SCRIPT, run_name="__main__")
    except SystemExit as leaving:
        code = leaving.code
        status = code if isinstance(code, int) else (0 if code is None else 1)
        if not isinstance(code, (int, type(None))):
            print(code, file=sys.stderr)
    except BaseException:  # what the interpreter prints for an uncaught exception, exit 1
        traceback.print_exc()
        status = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os._exit(status)


def main() -> None:
    for name in PRELOADED:
        __import__(name)
    answers = threading.Lock()

    def answer(message: dict) -> None:
        with answers:
            sys.stdout.write(json.dumps(message) + "\n")
            sys.stdout.flush()

    def wait(number: int, pid: int) -> None:
        _, status = os.waitpid(pid, 0)
        answer({"id": number, "status": os.waitstatus_to_exitcode(status)})

    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _run_block(request["folder"], request["env"])
        answer({"id": request["id"], "pid": pid})
        threading.Thread(target=wait, args=(request["id"], pid), daemon=True).start()


if __name__ == "__main__":
    main()
