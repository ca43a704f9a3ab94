"""The admin page's routes: `GET /admin` and its script, style sheet and icon, all served by the product."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

from .widget import _asset

router = APIRouter()

# The page talks to its own origin only: no CDN, no inline script, no form posted elsewhere.
ADMIN_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
ASSETS = {
    "admin.js": "text/javascript; charset=utf-8",
    "admin.css": "text/css; charset=utf-8",
    "admin-icon.svg": "image/svg+xml",
}


@router.get("/admin", tags=["administration"], summary="La page d'administration", response_class=Response)
async def admin_page():
    return Response(_asset("admin.html"), media_type="text/html; charset=utf-8",
                    headers={"Cache-Control": "no-cache", "Content-Security-Policy": ADMIN_CSP})


@router.get("/admin/{name}", include_in_schema=False, response_class=Response)
async def admin_asset(name: str):
    if name not in ASSETS:
        raise HTTPException(404, f"Fichier inconnu : « {name[:60]} ».")
    return Response(_asset(name), media_type=ASSETS[name], headers={"Cache-Control": "no-cache"})


@router.get("/favicon.ico", include_in_schema=False, response_class=Response)
async def favicon():
    """The product's icon for any page a browser opens on this server (it asks for /favicon.ico)."""
    return Response(_asset("admin-icon.svg"), media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})
