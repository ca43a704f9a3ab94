"""The API documentation page, /docs (Swagger UI), with its script, styles and icon served by the product itself
from the package fastapi-offline: nothing is loaded from a CDN. There is no /redoc: ReDoc's bundle always loads
its logo from cdn.redoc.ly."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from fastapi import APIRouter, HTTPException, Request
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse, Response

ASSETS = "/docs-assets"
MEDIA_TYPES = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "favicon.png": "image/png",
}
# Swagger UI's validator badge would ask validator.swagger.io about the schema: off.
SWAGGER_PARAMETERS = {"validatorUrl": None}

router = APIRouter(include_in_schema=False)


@cache
def _asset(name: str) -> bytes:
    """A file of the packaged Swagger UI, read once per process."""
    return (files("fastapi_offline") / "static" / name).read_bytes()


def _root(request: Request) -> str:
    return request.scope.get("root_path", "")


@router.get("/docs")
async def swagger_ui(request: Request) -> HTMLResponse:
    app, root = request.app, _root(request)
    return get_swagger_ui_html(
        openapi_url=root + app.openapi_url,
        title=f"{app.title} — documentation",
        swagger_js_url=f"{root}{ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{root}{ASSETS}/favicon.png",
        oauth2_redirect_url=root + "/docs/oauth2-redirect",
        swagger_ui_parameters={**(app.swagger_ui_parameters or {}), **SWAGGER_PARAMETERS},
    )


@router.get("/docs/oauth2-redirect")
async def swagger_ui_redirect() -> HTMLResponse:
    return get_swagger_ui_oauth2_redirect_html()


@router.get(ASSETS + "/{name}")
async def asset(name: str) -> Response:
    if name not in MEDIA_TYPES:
        raise HTTPException(status_code=404, detail="Fichier introuvable.")
    return Response(_asset(name), media_type=MEDIA_TYPES[name], headers={"Cache-Control": "public, max-age=86400"})
