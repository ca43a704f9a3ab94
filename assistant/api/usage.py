"""Usage routes: feedback on an answer ("utile" / "pas utile"), and the usage report for the admins."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from assistant.usage.question_log import MAX_COMMENT_CHARS, FeedbackUnavailable
from assistant.usage.report import ReportDateError, parse_day

from .deps import AssistantDep, run_question
from .ratelimit import rate_limited
from .schemas import ADMIN_ERRORS, ErrorOut
from .security import require_admin

router = APIRouter()


class FeedbackRequest(BaseModel):
    """A person's rating of one answer, by the answer's `id`."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"id": "3f2b9c0e8a4d4e6f9b1c2d3e4f5a6b7c", "useful": False,
         "comment": "Je cherchais les financements de l'ARS."}]})

    id: str = Field(pattern=r"^[0-9a-f]{32}$", description="L'identifiant `id` de la réponse (`POST /v1/ask`).")
    useful: bool = Field(description="`true` : utile ; `false` : pas utile.")
    comment: str | None = Field(default=None, max_length=MAX_COMMENT_CHARS,
                                description="Commentaire facultatif (courriels et téléphones masqués).")


@router.post(
    "/v1/feedback",
    tags=["questions"],
    summary="Donner un avis sur une réponse",
    status_code=204,
    response_class=Response,
    responses={404: {"model": ErrorOut, "description": "Réponse inconnue (ou effacée du journal)."},
               422: {"model": ErrorOut, "description": "Identifiant ou commentaire invalide."},
               429: {"model": ErrorOut, "description": "Trop de requêtes : voir l'en-tête Retry-After."},
               503: {"model": ErrorOut, "description": "Journal des questions désactivé."}},
    dependencies=[Depends(rate_limited)],
)
async def feedback(body: FeedbackRequest, request: Request, assistant: AssistantDep):
    """Records « utile » / « pas utile » and the comment with the answer in the question log; a second
    rating of the same answer replaces the first."""
    try:
        found = await run_question(request, lambda: assistant.feedback(body.id, body.useful, body.comment))
    except FeedbackUnavailable as exc:
        raise HTTPException(status_code=503, detail=str(exc)) from None
    if not found:
        raise HTTPException(status_code=404, detail="Réponse introuvable : cet avis ne correspond à aucune "
                                                    "réponse enregistrée (elle a pu être effacée du journal).")
    return Response(status_code=204)


@router.get(
    "/v1/admin/report",
    tags=["administration"],
    summary="Rapport d'utilisation (questions, avis, documents cités)",
    responses=ADMIN_ERRORS | {422: {"model": ErrorOut, "description": "Date invalide."}},
    dependencies=[Depends(require_admin)],
)
async def report(
    request: Request,
    assistant: AssistantDep,
    since: Annotated[str | None, Query(max_length=20, description="Depuis ce jour (AAAA-MM-JJ) ; "
                                                                  "par défaut : tout le journal.")] = None,
):
    """The same object as `cli.py report --json`: volumes per day and front end, unanswered questions
    grouped by meaning (most frequent first), answers rated not useful, documents most and never cited."""
    try:
        day = parse_day(since)
    except ReportDateError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    usage = await run_question(request, lambda: assistant.usage_report(day))
    return JSONResponse(usage.to_dict())
