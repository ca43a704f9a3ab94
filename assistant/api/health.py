"""Probes: the service answers (/healthz), the index is loaded (/readyz)."""

from __future__ import annotations

from fastapi import APIRouter

from . import schemas
from .deps import AssistantDep
from .handlers import error_response
from .schemas import ERRORS

router = APIRouter()


@router.get("/healthz", tags=["état"], summary="Le service répond")
async def healthz() -> dict:
    return {"status": "ok"}


@router.get(
    "/readyz",
    tags=["état"],
    summary="L'index est chargé",
    response_model=schemas.ReadyResponse,
    responses={503: ERRORS[503]},
)
def readyz(assistant: AssistantDep):
    if not assistant.is_ready:
        return error_response(503, "L'index n'est pas encore chargé.")
    stats = assistant.stats()
    return {
        "status": "prêt",
        "generation": stats.generation,
        "documents": stats.documents,
        "passages": stats.passages,
        "model": stats.model,
        "built_at": stats.built_at,
    }
