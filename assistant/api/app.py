"""The FastAPI application: a thin HTTP layer over `Assistant` (no retrieval logic here)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from pathlib import Path
from typing import Annotated

import anyio
from fastapi import Depends, FastAPI, HTTPException, Path as PathParam, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from assistant.config import Settings
from assistant.core import Assistant
from assistant.errors import AssistantError
from assistant.models import Filters

from . import admin, schemas
from .handlers import CatchAllMiddleware, error_response, install_handlers
from .ratelimit import RateLimiter, rate_limited
from .schemas import ERRORS
from .security import BodyLimitMiddleware, SecurityHeadersMiddleware
from .streaming import ask_events

log = logging.getLogger("assistant.api")
STATIC = Path(__file__).parent / "static"

DESCRIPTION = """\
Assistant documentaire du centre de ressources CLSM et politique de la ville.

Posez une question en français : la réponse est faite de phrases reprises des documents,
chacune suivie de son numéro de source **[n]**, et la liste des sources indique le document,
la page, la diapositive ou le minutage, la date et le lien.

* `POST /v1/ask` : une réponse citée (le même objet que `cli.py ask --json`) ;
* `POST /v1/ask/stream` : la même réponse en flux (*server-sent events*) : `citations`, puis une
  `sentence` par phrase, puis `done` ; une erreur arrive en événement `error` ;
* `GET /v1/search` : les passages seuls ; `GET /v1/documents` : le corpus ;
* `/v1/admin/*` : mise à jour de l'index et ajout de documents, avec
  `Authorization: Bearer <ASSISTANT_ADMIN_TOKEN>`.

Intégration sur un site : `<script src="https://HOTE/widget.js" data-api="https://HOTE" defer></script>`,
ou une iframe vers `/embed`.
"""

TAGS = [
    {"name": "questions", "description": "Poser une question et obtenir une réponse citée."},
    {"name": "corpus", "description": "Les documents indexés et leurs métadonnées."},
    {"name": "administration", "description": "Mise à jour de l'index et ajout de documents (jeton requis)."},
    {"name": "état", "description": "Sondes de vie et de disponibilité."},
    {"name": "widget", "description": "Le widget de discussion à intégrer sur un site."},
]


def _question(request: Request, text: str) -> str:
    """The question checked by the core (a French 422 through the error handlers otherwise)."""
    return _assistant(request).check_question(text)


async def run_question(request: Request, fn):
    """Run a blocking core call for a question in the bounded question threads."""
    return await anyio.to_thread.run_sync(fn, limiter=request.app.state.question_limiter)


def _assistant(request: Request) -> Assistant:
    return request.app.state.assistant


AssistantDep = Annotated[Assistant, Depends(_assistant)]


def create_app(settings: Settings, assistant: Assistant | None = None, *, reload_interval: float = 1.0,
               question_threads: int | None = None) -> FastAPI:
    """Build the app over `assistant` (created from `settings` if absent); it watches the index for new generations.

    Questions run in at most `question_threads` worker threads: the core is CPU-bound Python, so more
    threads only contend for the GIL and stretch every request's latency.
    """
    assistant = assistant or Assistant(settings)
    question_threads = question_threads or settings.api_question_threads

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        if not assistant.is_ready:
            try:
                await run_in_threadpool(assistant.load)
            except AssistantError as exc:
                log.warning("Index indisponible au démarrage : %s", exc)
            except Exception:  # noqa: BLE001 - a damaged index: start anyway, /readyz says not ready
                log.exception("Index illisible au démarrage")
        watcher = asyncio.create_task(_watch_index(assistant, reload_interval)) if reload_interval > 0 else None
        try:
            yield
        finally:
            if watcher is not None:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watcher

    app = FastAPI(
        title="Assistant CLSM — API",
        description=DESCRIPTION,
        version="1.0",
        openapi_tags=TAGS,
        redoc_url=None,
        lifespan=lifespan,
        swagger_ui_parameters={"defaultModelsExpandDepth": 0},
    )
    app.state.settings = settings
    app.state.assistant = assistant
    app.state.rate_limiter = RateLimiter(settings.rate_limit_per_minute)
    app.state.refresh_lock = threading.Lock()  # one refresh at a time in this process
    app.state.question_limiter = anyio.CapacityLimiter(question_threads)

    # Innermost first: errors → body limit → CORS → security headers (outermost).
    app.add_middleware(CatchAllMiddleware)
    app.add_middleware(BodyLimitMiddleware, settings=settings)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(settings.cors_origins),
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "Authorization", "Accept"],
        expose_headers=["Retry-After"],
        max_age=600,
    )
    app.add_middleware(SecurityHeadersMiddleware, settings=settings)
    install_handlers(app)
    _routes(app)
    app.include_router(admin.router)
    _static_routes(app)
    return app


async def _watch_index(assistant: Assistant, interval: float) -> None:
    """Swap in a generation written by another process (e.g. `cli.py ingest`), checking CURRENT every `interval` s."""
    last_error = None
    while True:
        await asyncio.sleep(interval)
        try:
            if await run_in_threadpool(assistant.reload_if_changed):
                log.info("Nouvelle génération d'index chargée : %s", assistant.stats().generation)
            last_error = None
        except Exception as exc:  # noqa: BLE001 - keep serving the previous generation
            if str(exc) != last_error:
                log.warning("Nouvelle génération d'index illisible, l'ancienne reste servie : %s", exc)
            last_error = str(exc)


def _routes(app: FastAPI) -> None:
    # -- health ----------------------------------------------------------------------------------
    @app.get("/healthz", tags=["état"], summary="Le service répond")
    async def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz", tags=["état"], summary="L'index est chargé",
             response_model=schemas.ReadyResponse, responses={503: ERRORS[503]})
    def readyz(assistant: AssistantDep):
        if not assistant.is_ready:
            return error_response(503, "L'index n'est pas encore chargé.")
        stats = assistant.stats()
        return {"status": "prêt", "generation": stats.generation, "documents": stats.documents,
                "passages": stats.passages, "model": stats.model, "built_at": stats.built_at}

    # -- questions -------------------------------------------------------------------------------
    @app.post("/v1/ask", tags=["questions"], summary="Poser une question",
              response_model=schemas.AskResponse, responses=ERRORS,
              dependencies=[Depends(rate_limited)])
    async def ask(body: schemas.AskRequest, request: Request, assistant: AssistantDep):
        question = _question(request, body.question)
        filters = body.filters.to_filters() if body.filters else None
        conversation = [t.to_turn() for t in body.conversation]
        response = await run_question(
            request, lambda: assistant.ask(question, k=body.k, filters=filters, conversation=conversation,
                                           standalone=body.standalone))
        return JSONResponse(response.to_dict())

    @app.post("/v1/ask/stream", tags=["questions"], summary="Poser une question (réponse en flux SSE)",
              responses=ERRORS | {200: {"description": "Flux d'événements : `citations`, `sentence`…, `done` "
                                                        "(ou `error`).",
                                        "content": {"text/event-stream": {"example": (
                                            'event: citations\ndata: {"question": "…", "citations": [ … ]}\n\n'
                                            'event: sentence\ndata: {"index": 0, "text": "…", "n": 1}\n\n'
                                            'event: done\ndata: {"abstained": false, "text": "… [1]", '
                                            '"sentences": 1}\n\n')}}}},
              response_class=StreamingResponse,
              dependencies=[Depends(rate_limited)])
    async def ask_stream(body: schemas.AskRequest, request: Request, assistant: AssistantDep):
        question = _question(request, body.question)
        filters = body.filters.to_filters() if body.filters else None
        conversation = [t.to_turn() for t in body.conversation]
        events = ask_events(lambda: run_question(
            request, lambda: assistant.ask(question, k=body.k, filters=filters, conversation=conversation,
                                           standalone=body.standalone)))
        return StreamingResponse(events, media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})

    @app.get("/v1/search", tags=["questions"], summary="Chercher des passages",
             response_model=schemas.SearchResponse, responses=ERRORS,
             dependencies=[Depends(rate_limited)])
    async def search(
        request: Request,
        assistant: AssistantDep,
        q: Annotated[str, Query(description="La recherche, en français.",
                                examples=["impliquer les élus dans un CLSM"])],
        k: Annotated[int, Query(ge=1, le=50, description="Nombre de passages.")] = 10,
        doc: Annotated[list[str], Query(description="Restreindre à ces documents.")] = [],  # noqa: B006
        kind: Annotated[list[str], Query(description="Restreindre à ces types de documents.")] = [],  # noqa: B006
        region: Annotated[list[str], Query(description="Restreindre à ces régions.")] = [],  # noqa: B006
        date_from: Annotated[str | None, Query(max_length=10, description="Date minimale AAAA-MM-JJ.")] = None,
        date_to: Annotated[str | None, Query(max_length=10, description="Date maximale AAAA-MM-JJ.")] = None,
    ):
        query = _question(request, q)
        filters = Filters(docs=tuple(doc), kinds=tuple(kind), regions=tuple(region),
                          date_from=date_from, date_to=date_to)
        sources = await run_question(request, lambda: assistant.sources(query, k=k, filters=filters))
        out = [{
            "rank": c.n, "passage_id": c.passage_id, "doc": c.doc, "title": c.title,
            "location": c.location.label, "location_detail": c.location.to_dict(), "url": c.url,
            "link": c.link or c.url, "date": c.date, "text": c.text, "context": c.context,
            "score": round(c.score, 4), "lexical": round(c.lexical, 4), "dense": round(c.dense, 4),
        } for c in sources]
        return JSONResponse({"query": query, "hits": out})

    # -- corpus ----------------------------------------------------------------------------------
    @app.get("/v1/documents", tags=["corpus"], summary="Les documents indexés",
             response_model=schemas.DocumentsResponse, responses={503: ERRORS[503]})
    def documents(assistant: AssistantDep):
        generation = assistant.stats().generation
        return JSONResponse(jsonable_encoder(
            {"generation": generation, "documents": [d.to_dict() for d in assistant.documents()]}))

    @app.get("/v1/documents/{doc_id}", tags=["corpus"], summary="Un document",
             response_model=schemas.DocumentOut,
             responses={404: {"model": schemas.ErrorOut, "description": "Document inconnu."}})
    def document(assistant: AssistantDep,
                 doc_id: Annotated[str, PathParam(max_length=300, description="Identifiant du document",
                                                  examples=["2023-02-02_ccoms_la-sante-mentale-dans-mon-quartier"])]):
        found = assistant.document(doc_id)
        if found is None:
            raise HTTPException(404, f"Document inconnu : « {doc_id[:100]} ».")
        return JSONResponse(jsonable_encoder(found.to_dict()))


def _static_routes(app: FastAPI) -> None:
    """/widget.js and /embed, read once at startup."""
    widget = (STATIC / "widget.js").read_bytes()
    embed = (STATIC / "embed.html").read_bytes()

    @app.get("/widget.js", tags=["widget"], summary="Le script du widget", response_class=Response)
    async def widget_js():
        return Response(widget, media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=300"})

    @app.get("/embed", tags=["widget"], summary="Le widget en page entière, pour une iframe", response_class=Response)
    async def embed_page():
        return Response(embed, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"})

    @app.get("/", include_in_schema=False)
    async def root():
        return {"service": "Assistant CLSM", "documentation": "/docs", "widget": "/widget.js", "iframe": "/embed"}
