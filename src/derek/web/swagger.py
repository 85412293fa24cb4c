"""Swagger UI at ``/docs``, from the files of the ``swagger-ui-bundle`` package (no CDN, no inline script)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

ASSETS_URL = "/docs/assets"
router = APIRouter(include_in_schema=False)


def swagger_assets() -> Path | None:
    """The folder holding swagger-ui-bundle.js and swagger-ui.css, or None when the package is missing."""
    try:
        import swagger_ui_bundle
    except ImportError:
        return None
    folder = Path(swagger_ui_bundle.swagger_ui_path)
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


@router.get("/docs", response_class=HTMLResponse)
def swagger_page(request: Request) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "swagger.html", {"assets": ASSETS_URL if swagger_assets() else None})


def mount_swagger(app: FastAPI) -> None:
    """Serve the Swagger UI files (when installed) and the ``/docs`` page."""
    folder = swagger_assets()
    if folder is not None:
        app.mount(ASSETS_URL, StaticFiles(directory=folder), name="swagger-assets")
    app.include_router(router)
