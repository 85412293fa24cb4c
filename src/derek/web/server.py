"""``derek serve``: check the database, bind the port, then run the web app with uvicorn on that socket."""

from __future__ import annotations

import socket
from pathlib import Path

import uvicorn

from derek.errors import DerekError, StoreError
from derek.kb import KnowledgeBase
from derek.web.app import create_app


class CannotListen(DerekError):
    """The address is taken or not ours to bind (``derek serve`` exits 3)."""


def check_database(db: str) -> None:
    """Raise StoreError now, with the fix, rather than on every request, when ``db`` cannot be read."""
    if not Path(db).is_file():
        raise StoreError(f"{db}: no knowledge base here; run `derek ingest PATH --db {db}` first")
    KnowledgeBase(db, readonly=True).close()


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``; CannotListen, saying why, when the port is taken."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise CannotListen(f"cannot listen on {host}:{port}: unknown address ({exc.strerror})") from None
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        hint = "; is another server running there? try --port" if exc.errno in (98, 48) else ""
        raise CannotListen(f"cannot listen on {host}:{port}: {exc.strerror or exc}{hint}") from None
    sock.set_inheritable(True)
    return sock


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the knowledge base at ``db`` on ``host:port`` until interrupted."""
    check_database(db)
    sock = bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    print(f"derek: serving {db} on http://{shown}:{port}/ (JSON API under /api, reference at /docs)", flush=True)
    config = uvicorn.Config(create_app(db), log_level="info", ws="none")
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
