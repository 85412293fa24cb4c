"""`derek serve` as a user runs it: a subprocess on loopback, and a clear error for a missing database."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from web_corpus import Corpus

from derek.cli import main


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_without_a_database_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nothing.db"
    assert main(["serve", "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert str(missing) in err and "derek ingest" in err
    assert not missing.exists()  # a reader never creates the file


def test_derek_serve_serves_the_knowledge_base(corpus: Corpus) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "derek.cli", "serve", "--db", str(corpus.db), "--host", "127.0.0.1", "--port",
         str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()[0]
                assert time.monotonic() < deadline, "derek serve did not answer within 20 s"
                time.sleep(0.1)
        assert response.json()["articles"] >= 3
        assert corpus.talks.title in httpx.get(f"http://127.0.0.1:{port}/articles").text
    finally:
        proc.terminate()
        output = proc.communicate(timeout=10)[0]
    assert f"http://127.0.0.1:{port}/" in output
