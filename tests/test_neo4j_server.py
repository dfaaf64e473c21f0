"""The local server's life cycle, through the command line as users run it."""

from __future__ import annotations

import os

import pytest

from kb.errors import AuthenticationError, GraphUnavailable
from kb.graph import Graph
from kb.settings import Settings

from .conftest import TEST_PASSWORD, free_port, kb

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("NEO4J_URI")), reason="tests the local server; NEO4J_URI is set"
)


def test_status_says_running(neo4j_env: dict[str, str]) -> None:
    done = kb("neo4j", "status", env=neo4j_env)
    assert done.returncode == 0
    assert done.stdout.startswith("running bolt://127.0.0.1:")


def test_second_start_is_harmless(neo4j_env: dict[str, str], graph: Graph) -> None:
    graph.write("clear_graph")
    done = kb("neo4j", "start", env=neo4j_env)
    assert done.returncode == 0, done.stderr
    assert "already running" in done.stdout
    assert graph.read("ping") == [{"ok": 1}]


def test_wrong_password_is_refused_clearly(neo4j_env: dict[str, str]) -> None:
    env = {**neo4j_env, "NEO4J_PASSWORD": "not-the-password"}
    status = kb("neo4j", "status", env=env)
    assert status.returncode == 2
    assert "wrong password" in status.stdout
    start = kb("neo4j", "start", env=env)
    assert start.returncode == 1
    assert "created with another password" in start.stderr
    wrong = Settings.model_validate({**env})
    with pytest.raises(AuthenticationError, match="rejected the credentials"):
        Graph.from_settings(wrong)


def test_password_never_printed(neo4j_env: dict[str, str]) -> None:
    outputs = [kb("neo4j", cmd, env=neo4j_env) for cmd in ("status", "start", "logs")]
    for done in outputs:
        assert TEST_PASSWORD not in done.stdout + done.stderr


def test_unreachable_server_is_reported() -> None:
    env = {**os.environ, "NEO4J_URI": f"bolt://127.0.0.1:{free_port()}",
           "NEO4J_PASSWORD": TEST_PASSWORD}  # fmt: skip
    status = kb("neo4j", "status", env=env)
    assert status.returncode == 2
    assert status.stdout.startswith("unreachable")
    with pytest.raises(GraphUnavailable, match="not reachable"):
        Graph.from_settings(Settings.model_validate(env))
    start = kb("neo4j", "start", env=env)
    assert start.returncode == 1
    assert "NEO4J_URI is set" in start.stderr


def test_start_stop_cycle_on_a_fresh_home(tmp_path, neo4j_env: dict[str, str]) -> None:
    env = {**neo4j_env, "ORGKB_NEO4J_HOME": str(tmp_path / "home"),
           "ORGKB_NEO4J_PORT": str(free_port())}  # fmt: skip
    env.pop("NEO4J_PASSWORD")  # the server generates its own
    assert kb("neo4j", "status", env=env).returncode == 1
    started = kb("neo4j", "start", env=env)
    try:
        assert started.returncode == 0, started.stderr
        assert "ready at bolt://127.0.0.1:" in started.stdout
        password_file = tmp_path / "home" / "password"
        assert password_file.stat().st_mode & 0o077 == 0  # only the owner may read it
        generated = password_file.read_text().strip()
        assert generated not in started.stdout + started.stderr
        login = Settings.model_validate({**env, "NEO4J_PASSWORD": generated})
        with Graph.from_settings(login) as g:
            assert g.read("ping") == [{"ok": 1}]
    finally:
        stopped = kb("neo4j", "stop", env=env)  # a failed check must not leave a server behind
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert kb("neo4j", "status", env=env).returncode == 1
    assert "not running" in kb("neo4j", "stop", env=env).stdout


def test_port_taken_is_reported(tmp_path, neo4j_env: dict[str, str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        env = {**neo4j_env, "ORGKB_NEO4J_HOME": str(tmp_path / "home"),
               "ORGKB_NEO4J_PORT": str(s.getsockname()[1])}  # fmt: skip
        done = kb("neo4j", "start", env=env)
    assert done.returncode == 1
    assert "is taken by another program" in done.stderr


def test_a_password_that_opens_with_a_dash_is_set(tmp_path, neo4j_env: dict[str, str]) -> None:
    from kb.server.local import Layout, _java, _set_initial_password, ensure_jars, write_config

    settings = Settings.model_validate({**neo4j_env, "ORGKB_NEO4J_HOME": str(tmp_path / "home")})
    layout = Layout(settings.local_home)
    layout.home.mkdir(parents=True)
    write_config(settings, layout)
    # A generated password may open with `-`: the admin tool must not read it as an option.
    _set_initial_password(_java(), ensure_jars(settings), layout, "-Zq8x_generated-secret")
    assert (layout.data / "dbms" / "auth.ini").is_file()
