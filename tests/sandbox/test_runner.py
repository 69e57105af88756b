"""SandboxServer's life cycle and the `sandbox serve` command's refusals."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pytest
import requests

from sandbox import serve
from sandbox.runner import SandboxServer
from tests.sandbox.fixtures import Api, ok, populate_fixture


def test_starts_fast_and_again_in_the_same_process() -> None:
    ports = []
    for _ in range(2):
        started = time.perf_counter()
        with SandboxServer(setup=populate_fixture) as server:
            assert time.perf_counter() - started < 2.0  # about 0.1 s on an idle machine
            assert server.base_url == f"http://127.0.0.1:{server.port}"
            api = Api(server.base_url, server.app_key, server.app_secret)
            api.login(server.username, server.password)
            ok(api.get("/api/v1/me"))
            api.close()
            ports.append(server.port)
            tempdir = server.db_path.parent
        assert not tempdir.exists()
        with pytest.raises(requests.ConnectionError):
            requests.get(f"http://127.0.0.1:{ports[-1]}/openapi.json", timeout=2)
    assert all(ports)


def test_a_database_file_is_kept_and_reopened(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite3"
    with SandboxServer(setup=populate_fixture, db_path=path) as server:
        epoch = server.store.cursor_epoch
        server.store.expire_cursors()
    assert path.exists()
    with SandboxServer(db_path=path) as again:  # no spec: use what is there
        assert again.store.cursor_epoch == epoch + 1
        assert again.store.state()["counts"]["sellers"] == 6
    with pytest.raises(ValueError, match="no sandbox data"):
        SandboxServer(db_path=tmp_path / "empty.sqlite3")


def test_a_busy_port_is_reported(sandbox: SandboxServer) -> None:
    with pytest.raises(RuntimeError, match="failed to start"):
        SandboxServer(setup=populate_fixture, port=sandbox.port).start()


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    serve.add_arguments(parser)
    return parser.parse_args(argv)


def test_serve_refuses_a_remote_host_without_allow_remote(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert serve.run(parse("--host", "0.0.0.0")) == 2
    assert "--allow-remote" in capsys.readouterr().err
    assert serve.run(parse("--fail-rate", "1.5")) == 2
    assert serve.is_loopback("127.0.0.2") and serve.is_loopback("::1")
    assert serve.is_loopback("localhost") and not serve.is_loopback("192.168.1.4")


def test_serve_options_reach_the_fault_config() -> None:
    args = parse("--latency-ms", "5", "--storm-every", "4", "--rate-limit", "0",
                 "--end-date", "2026-11-20", "--token-ttl", "60")
    assert (args.latency_ms, args.storm_every, args.rate_limit, args.token_ttl) == (5, 4, 0, 60)
    assert str(args.end_date) == "2026-11-20"
    with pytest.raises(SystemExit):
        parse("--end-date", "20/11/2026")
