"""The web app: ``create_app(db_path)`` wires pages, the JSON API, static files and error handling."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from derek import __version__
from derek.digest import english_beside
from derek.web import api, api_docs, export_api, pages
from derek.web.errors import install_error_handlers, unexpected_error_response
from derek.web.swagger import mount_swagger

HERE = Path(__file__).resolve().parent

# Everything the pages use is served from here; inline scripts and styles are refused by the browser.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.globals["english_beside"] = english_beside  # "Париж · Paris" on chips and entity pages
    env.globals["query_with"] = query_with
    return Jinja2Templates(env=env)


def query_with(params: dict[str, object], name: str, value: object) -> str:
    """``params`` as a query string with ``name`` set to ``value`` (dropped when None) and the page reset."""
    kept = {k: v for k, v in params.items() if k not in (name, "page") and v not in (None, "")}
    if value is not None:
        kept[name] = value
    return urlencode(kept)


async def _guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Security headers on every response; an unexpected exception becomes a clean 500 here, so the
    connection stays usable (Starlette's outermost handler would re-raise it after answering)."""
    try:
        response = await call_next(request)
    except Exception as exc:
        response = unexpected_error_response(request, exc)
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def create_app(db_path: str) -> FastAPI:
    """The app for the knowledge base at ``db_path``, opened read-only once per request."""
    app = FastAPI(
        title="derek",
        version=__version__,
        description="Facts with evidence from Kazakh-language news: search articles, entities, roles, quotes "
        "and events. Read-only. Every error has one shape: {\"error\": {\"status\", \"message\", \"detail\"}}.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = str(db_path)
    app.state.templates = _templates()
    app.middleware("http")(_guard)
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(export_api.router)
    app.include_router(api_docs.router)
    mount_swagger(app)
    app.include_router(pages.router)
    return app
