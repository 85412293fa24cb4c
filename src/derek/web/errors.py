"""Errors: one JSON shape under ``/api``, friendly HTML pages elsewhere.

Every API error, whatever its cause, is ``{"error": {"status": int, "message": str, "detail": any}}``.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from derek.errors import StoreError

log = logging.getLogger("derek.web")


class ErrorInfo(BaseModel):
    status: int
    message: str
    detail: Any = None


class ErrorBody(BaseModel):
    """The one shape of every API error."""

    error: ErrorInfo


def error_body(status: int, message: str, detail: Any = None) -> dict[str, Any]:
    return {"error": {"status": status, "message": message, "detail": jsonable_encoder(detail)}}


def _is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _respond(request: Request, status: int, message: str, detail: Any = None,
             headers: dict[str, str] | None = None) -> Response:
    if _is_api(request):
        return JSONResponse(error_body(status, message, detail), status_code=status, headers=headers)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "phrase": _phrase(status), "message": message},
        status_code=status, headers=headers,
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else _phrase(exc.status_code)
    if exc.status_code == 404 and message == "Not Found":
        message = f"Nothing here: {request.url.path}"
    return _respond(request, exc.status_code, message, None, dict(exc.headers or {}) or None)


def refused(where: str, message: str) -> RequestValidationError:
    """A 422 for a parameter the knowledge base refused (``where`` like ``query.type``), in the one shape."""
    loc = tuple(where.split("."))
    return RequestValidationError([{"loc": loc, "msg": message, "type": "value_error"}])


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"where": ".".join(str(p) for p in err.get("loc", ())), "problem": str(err.get("msg", ""))}
        for err in exc.errors()
    ]
    summary = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
    return _respond(request, 422, f"Invalid request: {summary}", problems)


async def _store_error(request: Request, exc: Exception) -> Response:
    log.error("knowledge base unavailable: %s", exc)
    return _respond(request, 503, f"The knowledge base is unavailable: {exc}")


def unexpected_error_response(request: Request, exc: BaseException) -> Response:
    """A 500 that names nothing internal; the traceback goes to the server log."""
    log.error("unhandled error on %s", request.url.path, exc_info=exc)
    return _respond(request, 500, "Internal server error: the server log has the details")


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    return unexpected_error_response(request, exc)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(Exception, _unexpected_error)
