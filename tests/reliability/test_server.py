"""`derek serve` (issue 12, item 6): a warning when the UI is reachable from other machines, and idle
keep-alive connections held longer than clients hold theirs (httpx and uvicorn both default to 5 s)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from derek.kb import KnowledgeBase
from derek.web import server


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("127.3.4.5", True), ("localhost", True),
                                                ("::1", True), ("[::1]", True), ("0.0.0.0", False), ("::", False),
                                                ("192.168.1.10", False), ("example.org", False)])
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert server.is_loopback(host) is loopback
    assert (server.exposure_warning(host) is None) is loopback


def test_serving_on_every_address_warns_and_keeps_connections_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "kb.db"
    KnowledgeBase(db).close()
    seen: dict[str, Any] = {}

    class NotServing:
        """Stands in for uvicorn's server: records its configuration and the socket, serves nothing."""

        def __init__(self, config: Any) -> None:
            seen["config"] = config

        def run(self, sockets: list[Any]) -> None:
            seen["address"] = sockets[0].getsockname()[0]

    monkeypatch.setattr(server.uvicorn, "Server", NotServing)
    server.serve(str(db), host="0.0.0.0", port=0)
    err = capsys.readouterr().err
    assert "warning" in err and "no authentication" in err
    assert seen["address"] == "0.0.0.0" and seen["config"].timeout_keep_alive > 5
    server.serve(str(db), port=0)
    assert "warning" not in capsys.readouterr().err
