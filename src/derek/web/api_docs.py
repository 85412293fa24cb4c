"""A small API reference at ``/api/docs``, rendered from the app's own OpenAPI document (no CDN)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Param:
    name: str
    where: str
    type: str
    required: bool
    description: str


@dataclass
class Operation:
    method: str
    path: str
    summary: str
    description: str
    params: list[Param] = field(default_factory=list)
    responses: list[tuple[str, str]] = field(default_factory=list)


def _type_name(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type_name(s) for s in schema["anyOf"])
    name = str(schema.get("type", "any"))
    if "pattern" in schema:
        name += f" ({schema['pattern']})"
    bounds = [f"{k} {schema[k]}" for k in ("minimum", "maximum", "maxLength") if k in schema]
    return name + (f", {', '.join(bounds)}" if bounds else "")


def operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation in an OpenAPI document, in path order."""
    out: list[Operation] = []
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            params = [
                Param(p["name"], p.get("in", ""), _type_name(p.get("schema", {})), bool(p.get("required")),
                      str(p.get("description") or p.get("schema", {}).get("description") or ""))
                for p in op.get("parameters", [])
            ]
            responses = [(code, str(r.get("description", ""))) for code, r in op.get("responses", {}).items()]
            out.append(Operation(method.upper(), path, str(op.get("summary", "")), str(op.get("description", "")),
                                 params, responses))
    return out


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    spec = request.app.openapi()
    return templates.TemplateResponse(request, "api_docs.html", {"ops": operations(spec), "info": spec.get("info", {})})
