"""The widget's routes: its script, a full-page version for an iframe, and the root's signpost."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

STATIC = Path(__file__).parent / "static"

router = APIRouter()


@cache
def _asset(name: str) -> bytes:
    """A static file, read once per process."""
    return (STATIC / name).read_bytes()


@router.get("/widget.js", tags=["widget"], summary="Le script du widget", response_class=Response)
async def widget_js():
    return Response(
        _asset("widget.js"),
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=300"},
    )


@router.get("/embed", tags=["widget"], summary="Le widget en page entière, pour une iframe", response_class=Response)
async def embed_page():
    return Response(_asset("embed.html"), media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"})


@router.get("/", include_in_schema=False)
async def root(request: Request):
    """A browser opening the server's address gets the assistant itself; a program, the signpost."""
    if "text/html" in request.headers.get("accept", ""):
        return RedirectResponse("/embed", status_code=307)
    return {"service": "Assistant CLSM", "documentation": "/docs", "widget": "/widget.js", "iframe": "/embed"}
