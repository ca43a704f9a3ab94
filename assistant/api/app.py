"""The FastAPI application: state, middleware and error handlers around the routers (questions, documents,
admin, widget, health), a thin HTTP layer over `Assistant`."""

from __future__ import annotations

import anyio
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from assistant.config import Settings
from assistant.core import Assistant

from . import admin, admin_page, docs, documents, health, questions, usage, widget
from .handlers import CatchAllMiddleware, install_handlers
from .jobs import RefreshJobs
from .ratelimit import RateLimiter, trusted_networks
from .security import BodyLimitMiddleware, RefusedOriginLog, SecurityHeadersMiddleware
from .watcher import lifespan_for

DESCRIPTION = """\
Assistant documentaire du centre de ressources CLSM et politique de la ville.

Posez une question en français : la réponse est faite de phrases reprises des documents,
chacune suivie de son numéro de source **[n]**, et la liste des sources indique le document,
la page, la diapositive ou le minutage, la date et le lien. Quand un modèle de langue est configuré
(`ASSISTANT_LLM_BASE_URL`), la réponse est rédigée à partir de ces passages et chaque phrase est vérifiée
dans les sources qu'elle cite ; `answer.mode` dit laquelle des deux on lit (« extractive » ou « generated »).

* `POST /v1/ask` : une réponse citée (le même objet que `cli.py ask --json`) ;
* `POST /v1/ask/stream` : la même réponse en flux (*server-sent events*) : `citations`, puis une
  `sentence` par phrase, puis `done` (un `restart` quand une réponse rédigée laisse la place aux
  extraits) ; une erreur arrive en événement `error` ;
* `GET /v1/search` : les passages seuls ; `GET /v1/documents` : le corpus ;
* `POST /v1/feedback` : un avis « utile » / « pas utile » sur une réponse, par son `id` ;
* `/v1/admin/*` : état de l'index, mise à jour, ajout et retrait de documents, avec
  `Authorization: Bearer <ASSISTANT_ADMIN_TOKEN>` ; la page `/admin` fait tout cela dans le navigateur.

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


def create_app(settings: Settings, assistant: Assistant | None = None, *, reload_interval: float = 1.0,
               question_threads: int | None = None) -> FastAPI:
    """Build the app over `assistant` (created from `settings` if absent); it watches the index for new generations.

    Questions run in at most `question_threads` worker threads: the core is CPU-bound Python, so more
    threads only contend for the GIL and stretch every request's latency.
    """
    assistant = assistant or Assistant(settings)
    question_threads = question_threads or settings.api_question_threads

    app = FastAPI(
        title="Assistant CLSM — API",
        description=DESCRIPTION,
        version="1.0",
        openapi_tags=TAGS,
        docs_url=None,  # /docs comes from api/docs.py, with its assets served locally
        redoc_url=None,
        lifespan=lifespan_for(assistant, reload_interval),
        swagger_ui_parameters={"defaultModelsExpandDepth": 0},
    )
    app.state.settings = settings
    app.state.assistant = assistant
    app.state.rate_limiter = RateLimiter(settings.rate_limit_per_minute)
    app.state.trusted_proxies = trusted_networks(settings.trusted_proxies)
    app.state.refresh_jobs = RefreshJobs(assistant)  # one refresh at a time in this process
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
    app.add_middleware(RefusedOriginLog, settings=settings)  # (outside CORS: it sees the refused preflights)
    app.add_middleware(SecurityHeadersMiddleware, settings=settings)
    install_handlers(app)
    for routes in (health, questions, usage, documents, admin, admin_page, widget, docs):
        app.include_router(routes.router)
    return app
