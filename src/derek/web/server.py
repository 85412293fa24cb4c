"""``derek serve``: check the database, bind the port, then run the web app with uvicorn on that socket."""

from __future__ import annotations

import ipaddress
import socket
import sys
from pathlib import Path

import uvicorn

from derek.errors import DerekError, StoreError
from derek.kb import KnowledgeBase
from derek.web.app import create_app

# Seconds an idle keep-alive connection stays open. Clients drop idle pooled connections themselves after a few
# seconds (httpx: 5 s, browsers: longer); when the server's limit equals the client's (uvicorn's default is also
# 5 s), a request sent on a connection just as the server closes it fails (ReadError, RemoteProtocolError).
# Outlasting the clients leaves the closing to them.
KEEP_ALIVE_SECONDS = 75


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


def is_loopback(host: str) -> bool:
    """True when ``host`` is reachable from this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str) -> str | None:
    """What to tell the user when ``host`` lets other machines in (the UI has no authentication)."""
    if is_loopback(host):
        return None
    return (f"derek: warning: listening on {host}, reachable from other machines; the web UI and the API have "
            f"no authentication, so anyone who can reach this port can read the knowledge base "
            f"(use --host 127.0.0.1, the default, to keep it to this machine)")


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the knowledge base at ``db`` on ``host:port`` until interrupted."""
    check_database(db)
    sock = bind(host, port)
    warning = exposure_warning(host)
    if warning:
        print(warning, file=sys.stderr)
    shown = f"[{host}]" if ":" in host else host
    print(f"derek: serving {db} on http://{shown}:{port}/ (JSON API under /api, reference at /docs)", flush=True)
    config = uvicorn.Config(create_app(db), log_level="info", ws="none", timeout_keep_alive=KEEP_ALIVE_SECONDS)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
