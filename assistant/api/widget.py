"""The widget's routes: its script, a full-page version for an iframe, and the root's signpost."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import Response

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
async def root():
    return {"service": "Assistant CLSM", "documentation": "/docs", "widget": "/widget.js", "iframe": "/embed"}
