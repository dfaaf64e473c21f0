"""Run `kb dashboard` as a child process and wait until it answers (for callers such as
`kb up`, the browser tests and the benchmark)."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from kb.errors import ServerError


def wait_until_up(
    url: str, timeout: float = 60.0, proc: subprocess.Popen[bytes] | None = None
) -> None:
    """Poll Streamlit's health endpoint until it says ok."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ServerError(f"the dashboard exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise ServerError(f"the dashboard did not answer at {url} within {timeout:.0f} s")


@contextmanager
def running(
    port: int,
    env: Mapping[str, str] | None = None,
    host: str = "127.0.0.1",
    timeout: float = 60.0,
    log: Path | None = None,
) -> Iterator[str]:
    """Serve the dashboard on host:port for the duration of the block; yields its URL.
    The server's output goes to `log` when given."""
    out = log.open("wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen(
        [sys.executable, "-m", "kb", "dashboard", "--host", host, "--port", str(port)],
        env=dict(env) if env is not None else None,
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    url = f"http://{host}:{port}"
    try:
        wait_until_up(url, timeout, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if log:
            out.close()  # type: ignore[union-attr]
