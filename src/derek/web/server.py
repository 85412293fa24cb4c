"""``derek serve``: run the web app with uvicorn."""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

import uvicorn

from derek.errors import StoreError
from derek.kb import KnowledgeBase
from derek.web.app import create_app

# Seconds an idle keep-alive connection stays open. Clients drop idle pooled connections themselves after a few
# seconds (httpx: 5 s, browsers: longer); when the server's limit equals the client's (uvicorn's default is also
# 5 s), a request sent on a connection just as the server closes it fails (ReadError, RemoteProtocolError).
# Outlasting the clients leaves the closing to them.
KEEP_ALIVE_SECONDS = 75


def check_database(db: str) -> None:
    """Raise StoreError now, with the fix, rather than on every request, when ``db`` cannot be read."""
    if not Path(db).is_file():
        raise StoreError(f"{db}: no knowledge base here; run `derek ingest PATH --db {db}` first")
    KnowledgeBase(db, readonly=True).close()


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
    warning = exposure_warning(host)
    if warning:
        print(warning, file=sys.stderr)
    print(f"derek: serving {db} on http://{host}:{port}/ (JSON API under /api, reference at /api/docs)")
    uvicorn.run(create_app(db), host=host, port=port, log_level="info", ws="none",
                timeout_keep_alive=KEEP_ALIVE_SECONDS)
