"""Question routes: a cited answer (JSON or streamed), and the passages alone."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse

from assistant.models import Filters

from . import schemas
from .deps import AssistantDep, checked_question, run_question
from .ratelimit import rate_limited
from .schemas import ERRORS
from .streaming import ask_events

router = APIRouter()


@router.post(
    "/v1/ask",
    tags=["questions"],
    summary="Poser une question",
    response_model=schemas.AskResponse,
    responses=ERRORS,
    dependencies=[Depends(rate_limited)],
)
async def ask(body: schemas.AskRequest, request: Request, assistant: AssistantDep):
    question = checked_question(request, body.question)
    filters = body.filters.to_filters() if body.filters else None
    conversation = [t.to_turn() for t in body.conversation]
    response = await run_question(
        request,
        lambda: assistant.ask(
            question, k=body.k, filters=filters, conversation=conversation, standalone=body.standalone,
            front_end=body.front_end,
        ),
    )
    return JSONResponse(response.to_dict())


@router.post(
    "/v1/ask/stream",
    tags=["questions"],
    summary="Poser une question (réponse en flux SSE)",
    responses=ERRORS
    | {
        200: {
            "description": (
                "Flux d'événements, envoyés à mesure que la réponse se construit : `citations` (les sources "
                "numérotées ; `writing` vrai quand un modèle de langue rédige la réponse), puis pour chaque "
                "partie un `part` suivi de ses `sentence` (chacune avec ses numéros de sources `citations`), "
                "puis `done` (la réponse entière : `mode` « generated » ou « extractive », `mode_label`, "
                "`removed`, `note`, et les `citations` définitives, situées aux phrases citées). Un `restart` "
                "(`note`) signale qu'une réponse rédigée laisse la place aux extraits : oublier les phrases "
                "affichées, les extraits suivent. Une erreur arrive en événement `error`."
            ),
            "content": {
                "text/event-stream": {
                    "example": (
                        'event: citations\ndata: {"question": "…", "kind": "passage", "citations": [ … ], '
                        '"writing": true}\n\n'
                        'event: part\ndata: {"index": 0, "label": "", "list": false, "sentences": null}\n\n'
                        'event: sentence\ndata: {"index": 0, "part": 0, "text": "…", "n": 1, '
                        '"citations": [1, 3]}\n\n'
                        'event: done\ndata: {"id": "3f2b…", "abstained": false, "text": "… [1][3]", '
                        '"sentences": 1, "mode": "generated", "mode_label": "Réponse rédigée à partir des '
                        'sources", "removed": 0, "note": null, "citations": [ … ]}\n\n'
                    )
                }
            },
        }
    },
    response_class=StreamingResponse,
    dependencies=[Depends(rate_limited)],
)
async def ask_stream(body: schemas.AskRequest, request: Request, assistant: AssistantDep):
    question = checked_question(request, body.question)
    filters = body.filters.to_filters() if body.filters else None
    if filters is not None:
        assistant.check_filters(filters)  # a French 422 before the stream starts, not an error event inside it
    conversation = [t.to_turn() for t in body.conversation]
    events = ask_events(
        lambda: assistant.ask_stream(
            question, k=body.k, filters=filters, conversation=conversation, standalone=body.standalone,
            front_end=body.front_end,
        ),
        lambda produce: run_question(request, produce),
    )
    return StreamingResponse(
        events, media_type="text/event-stream", headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    )


@router.get(
    "/v1/search",
    tags=["questions"],
    summary="Chercher des passages",
    response_model=schemas.SearchResponse,
    responses=ERRORS,
    dependencies=[Depends(rate_limited)],
)
async def search(
    request: Request,
    assistant: AssistantDep,
    q: Annotated[str, Query(description="La recherche, en français.", examples=["impliquer les élus dans un CLSM"])],
    k: Annotated[int, Query(ge=1, le=50, description="Nombre de passages.")] = 10,
    doc: Annotated[list[str], Query(description="Restreindre à ces documents.")] = [],  # noqa: B006
    kind: Annotated[list[str], Query(description="Restreindre à ces types de documents.")] = [],  # noqa: B006
    region: Annotated[list[str], Query(description="Restreindre à ces régions.")] = [],  # noqa: B006
    date_from: Annotated[str | None, Query(max_length=10, description="Date minimale AAAA-MM-JJ.")] = None,
    date_to: Annotated[str | None, Query(max_length=10, description="Date maximale AAAA-MM-JJ.")] = None,
):
    query = checked_question(request, q)
    filters = Filters(docs=tuple(doc), kinds=tuple(kind), regions=tuple(region), date_from=date_from, date_to=date_to)
    sources = await run_question(request, lambda: assistant.sources(query, k=k, filters=filters))
    out = [
        {
            "rank": c.n,
            "passage_id": c.passage_id,
            "doc": c.doc,
            "title": c.title,
            "location": c.location.label,
            "location_detail": c.location.to_dict(),
            "url": c.url,
            "link": c.link or c.url,
            "date": c.date,
            "text": c.text,
            "context": c.context,
            "score": round(c.score, 4),
            "lexical": round(c.lexical, 4),
            "dense": round(c.dense, 4),
        }
        for c in sources
    ]
    return JSONResponse({"query": query, "hits": out})
