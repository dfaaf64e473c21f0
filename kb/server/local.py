"""Provision, start, stop and inspect the local Neo4j server.

Neo4j 5.26 LTS is not published on Maven Central as a distribution, only as jars, so there
is no `bin/neo4j`: we copy the jars with Maven into a user cache once, write our own
`neo4j.conf`, and start `CommunityEntryPoint` on the JVM ourselves.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from neo4j import GraphDatabase
from neo4j import exceptions as nx

from kb.errors import ConfigError, ServerError
from kb.settings import Settings

State = Literal["running", "stopped", "unreachable"]
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
WRONG_PASSWORD = "wrong password"
MIN_JAVA = 17
MIN_PASSWORD = 8  # Neo4j's dbms.security.auth_minimum_password_length
JVM_OPENS = (  # what the shipped 5.26 launcher passes on Java 17
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
)


@dataclass(frozen=True)
class Status:
    state: State
    uri: str
    pid: int | None = None
    detail: str = ""
    seconds: float | None = None  # how long the start took


@dataclass(frozen=True)
class Layout:
    """Where one local server keeps its files."""

    home: Path

    @property
    def conf(self) -> Path:
        return self.home / "conf"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def run(self) -> Path:
        return self.home / "run"

    @property
    def tmp(self) -> Path:
        return self.home / "tmp"

    @property
    def pid_file(self) -> Path:
        return self.run / "orgkb-neo4j.pid"

    @property
    def console_log(self) -> Path:
        return self.logs / "console.log"

    @property
    def initialised(self) -> bool:
        return (self.data / "databases" / "system").exists()


def neo4j_version() -> str:
    """The Neo4j version pinned in the bundled pom."""
    pom = resources.files("kb.server") / "pom.xml"
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    node = ET.fromstring(pom.read_bytes()).find("m:properties/m:neo4j.version", ns)
    assert node is not None and node.text, "pom.xml must pin neo4j.version"
    return node.text.strip()


def _not_local(settings: Settings) -> None:
    if not settings.uses_local_server:
        raise ConfigError(
            f"NEO4J_URI is set ({settings.neo4j_uri}): orgkb uses that server and runs none "
            "of its own; unset NEO4J_URI to use the local server"
        )


# -- password -------------------------------------------------------------------------


def _initial_password(settings: Settings) -> str:
    if settings.neo4j_password is not None:
        password = settings.neo4j_password.get_secret_value()
    elif settings.local_password_file.is_file():
        password = settings.password()
    else:
        password = secrets.token_urlsafe(18)
        settings.local_password_file.touch(mode=0o600)
        settings.local_password_file.write_text(password + "\n", encoding="utf-8")
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"NEO4J_PASSWORD must have at least {MIN_PASSWORD} characters")
    return password


# -- java and jars --------------------------------------------------------------------


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not Path(java).exists():
        raise ServerError(f"Java {MIN_JAVA} or newer is needed to run Neo4j: install a JDK")
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not match:
        raise ServerError(f"cannot tell the version of {java}: {out.stderr.strip()[:200]}")
    major = int(match.group(1))
    if major == 1:  # "1.8.0" is Java 8
        major = int(match.group(2) or 0)
    if major < MIN_JAVA:
        raise ServerError(
            f"Neo4j {neo4j_version()} needs Java {MIN_JAVA} or newer; {java} is Java {major}: "
            "install a newer JDK or set JAVA_HOME"
        )
    return java


def jar_dir(settings: Settings) -> Path:
    return settings.jar_cache / f"neo4j-{neo4j_version()}" / "lib"


def ensure_jars(settings: Settings) -> Path:
    """The server's classpath directory; copied from Maven Central on first use."""
    lib = jar_dir(settings)
    done = lib / ".complete"
    if done.exists():
        return lib
    mvn = shutil.which("mvn")
    if not mvn:
        raise ServerError(
            f"Neo4j {neo4j_version()} is not cached in {lib} and Maven is not installed: "
            "install Maven (it fetches Neo4j from Maven Central once), or use Docker "
            "(docker compose up) and set NEO4J_URI"
        )
    staging = lib.with_name("lib.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.parent.mkdir(parents=True, exist_ok=True)
    with resources.as_file(resources.files("kb.server") / "pom.xml") as pom:
        proc = subprocess.run(
            [mvn, "-B", "-q", "-f", str(pom), "dependency:copy-dependencies",
             "-DincludeScope=runtime", f"-DoutputDirectory={staging}"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise ServerError(f"Maven could not fetch Neo4j {neo4j_version()}:\n{tail}")
    shutil.rmtree(lib, ignore_errors=True)
    staging.rename(lib)
    done.touch()
    return lib


# -- configuration --------------------------------------------------------------------


def write_config(settings: Settings, layout: Layout) -> None:
    """Our own neo4j.conf. Neo4j validates strictly: an unknown key aborts the start."""
    for d in (layout.conf, layout.data, layout.logs, layout.run, layout.tmp):
        d.mkdir(parents=True, exist_ok=True)
    lines = {
        "server.default_listen_address": "127.0.0.1",
        "server.bolt.enabled": "true",
        "server.bolt.listen_address": f"127.0.0.1:{settings.local_port}",
        "server.http.enabled": "false",
        "server.https.enabled": "false",
        "dbms.security.auth_enabled": "true",
        "dbms.usage_report.enabled": "false",
        "server.directories.data": str(layout.data),
        "server.directories.logs": str(layout.logs),
        "server.directories.run": str(layout.run),
        "server.directories.import": str(layout.home / "import"),
        "server.memory.pagecache.size": settings.local_pagecache,
        "db.tx_log.rotation.retention_policy": "2 files",
    }
    text = "# Written by `kb neo4j start`; rewritten at every start.\n"
    text += "".join(f"{k}={v}\n" for k, v in lines.items())
    (layout.conf / "neo4j.conf").write_text(text, encoding="utf-8")


def _env(layout: Layout) -> dict[str, str]:
    return {**os.environ, "NEO4J_HOME": str(layout.home), "NEO4J_CONF": str(layout.conf)}


def _set_initial_password(java: str, lib: Path, layout: Layout, password: str) -> None:
    proc = subprocess.run(
        [java, *JVM_OPENS, "-cp", f"{lib}/*", ADMIN_TOOL,
         "dbms", "set-initial-password", "--", password],  # `--`: a password may open with -
        capture_output=True, text=True, env=_env(layout), check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().replace(password, "***")[-500:]
        raise ServerError(f"could not set the initial Neo4j password: {detail}")


# -- process --------------------------------------------------------------------------


def _read_pid(layout: Layout) -> int | None:
    try:
        pid = int(layout.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _is_our_server(pid, layout) else None


def _is_our_server(pid: int, layout: Layout) -> bool:
    """A live process that is the Neo4j we started on this home (not a recycled pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True  # no /proc (macOS): trust the pid file
    return ENTRY_POINT in cmdline and str(layout.home) in cmdline


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _bolt_state(uri: str, user: str, password: str) -> tuple[State, str]:
    driver = GraphDatabase.driver(uri, auth=(user, password), connection_timeout=3)
    try:
        driver.verify_connectivity()
        return "running", ""
    except nx.AuthError:
        return "running", "auth"
    except (nx.ServiceUnavailable, nx.SessionExpired, OSError):
        return "unreachable", "not answering on Bolt"
    finally:
        driver.close()


def log_tail(settings: Settings, lines: int = 40) -> str:
    """The last lines of the local server's console log."""
    layout = Layout(settings.local_home)
    out: list[str] = []
    for path in (layout.console_log, layout.logs / "neo4j.log", layout.logs / "debug.log"):
        if path.is_file():
            with path.open(encoding="utf-8", errors="replace") as f:
                out = f.read().splitlines()[-lines:]
            if out:
                break
    return "\n".join(out)


def start(settings: Settings) -> Status:
    """Start the local server and wait until Bolt answers. Harmless if already running."""
    _not_local(settings)
    layout = Layout(settings.local_home)
    layout.home.mkdir(parents=True, exist_ok=True)
    current = status(settings)
    if current.detail == WRONG_PASSWORD:
        raise ServerError(_wrong_password(layout))
    if current.state == "running":
        return Status("running", current.uri, current.pid, "already running", 0.0)
    if current.pid is not None:  # alive but not answering: it may still be starting
        return _wait(settings, layout, None, current.pid, time.monotonic())

    java = _java()
    lib = ensure_jars(settings)
    if not _port_free(settings.local_port):
        raise ServerError(
            f"port {settings.local_port} is taken by another program: stop it, or choose "
            "another port with ORGKB_NEO4J_PORT"
        )
    write_config(settings, layout)
    password = _initial_password(settings)
    if not layout.initialised:
        _set_initial_password(java, lib, layout, password)

    began = time.monotonic()
    heap = settings.local_heap
    cmd = [
        java, "-Xms512m", f"-Xmx{heap}", "-XX:+ExitOnOutOfMemoryError",
        "-Dfile.encoding=UTF-8", f"-Djava.io.tmpdir={layout.tmp}", f"-Djna.tmpdir={layout.tmp}",
        *JVM_OPENS, "-cp", f"{lib}/*", ENTRY_POINT,
        f"--home-dir={layout.home}", f"--config-dir={layout.conf}", "--console-mode",
    ]  # fmt: skip
    with layout.console_log.open("ab") as log:
        proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env=_env(layout), start_new_session=True,  # outlives `kb`, ignores its Ctrl-C
        )  # fmt: skip
    layout.pid_file.write_text(f"{proc.pid}\n")
    return _wait(settings, layout, proc, proc.pid, began)


def _wait(
    settings: Settings,
    layout: Layout,
    proc: subprocess.Popen[bytes] | None,
    pid: int,
    began: float,
) -> Status:
    deadline = began + settings.start_timeout
    password = settings.password()
    while time.monotonic() < deadline:
        exited = proc.poll() is not None if proc else not _is_our_server(pid, layout)
        if exited:
            layout.pid_file.unlink(missing_ok=True)
            code = f" with code {proc.returncode}" if proc else ""
            raise ServerError(
                f"Neo4j exited{code} while starting. Last lines of its log:\n{log_tail(settings)}"
            )
        state, detail = _bolt_state(settings.uri, settings.neo4j_user, password)
        if state == "running" and detail == "auth":
            raise ServerError(_wrong_password(layout))
        if state == "running":
            return Status("running", settings.uri, pid, "", time.monotonic() - began)
        time.sleep(0.5)
    raise ServerError(
        f"Neo4j did not answer on {settings.uri} within {settings.start_timeout:.0f} s "
        f"(ORGKB_NEO4J_START_TIMEOUT). Last lines of its log:\n{log_tail(settings)}"
    )


def _wrong_password(layout: Layout) -> str:
    return (
        f"the local server in {layout.home} was created with another password than "
        "NEO4J_PASSWORD: use that password, or stop the server and delete its folder to "
        "start afresh"
    )


def stop(settings: Settings, timeout: float = 60.0) -> bool:
    """Stop the server we started (never another process). True if one was running."""
    _not_local(settings)
    layout = Layout(settings.local_home)
    pid = _read_pid(layout)
    if pid is None:
        layout.pid_file.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)  # Neo4j shuts down cleanly on SIGTERM
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _is_our_server(pid, layout):
        time.sleep(0.2)
    if _is_our_server(pid, layout):
        os.kill(pid, signal.SIGKILL)
    layout.pid_file.unlink(missing_ok=True)
    return True


def status(settings: Settings) -> Status:
    """running, stopped, or unreachable (a process or URI that does not answer Bolt)."""
    if not settings.uses_local_server:
        try:
            state, detail = _bolt_state(settings.uri, settings.neo4j_user, settings.password())
        except ConfigError as e:
            return Status("unreachable", settings.uri, None, str(e))
        return Status(state, settings.uri, None, WRONG_PASSWORD if detail == "auth" else detail)
    layout = Layout(settings.local_home)
    pid = _read_pid(layout)
    if pid is None:
        return Status("stopped", settings.uri)
    try:
        password = settings.password()
    except ConfigError as e:
        return Status("unreachable", settings.uri, pid, str(e))
    state, detail = _bolt_state(settings.uri, settings.neo4j_user, password)
    return Status(state, settings.uri, pid, WRONG_PASSWORD if detail == "auth" else detail)
