"""Error handling: every error becomes a JSON body with a French `detail`, never a stack trace."""

from __future__ import annotations

import difflib
import json
import logging
from functools import lru_cache
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.api.asgi import TrackingSend
from assistant.errors import (
    AssistantError,
    IndexMissingError,
    IngestError,
    InvalidFiltersError,
    InvalidQuestionError,
    RefreshBusyError,
)

log = logging.getLogger("assistant.api")

STATUS_MESSAGES = {
    400: "Requête invalide.",
    401: "Authentification requise.",
    403: "Accès refusé.",
    404: "Ressource introuvable.",
    405: "Méthode non autorisée pour cette adresse.",
    406: "Format de réponse non disponible.",
    409: "Conflit : l'opération est déjà en cours.",
    411: "La longueur du corps de la requête est requise.",
    413: "Le corps de la requête est trop volumineux.",
    415: "Type de contenu non pris en charge.",
    422: "Requête invalide.",
    429: "Trop de requêtes : réessayez dans quelques instants.",
    500: "Erreur interne du serveur. Réessayez plus tard.",
    503: "Service momentanément indisponible.",
}

FIELD_NAMES = {
    "question": "la question",
    "k": "le nombre de passages (k)",
    "filters": "les filtres",
    "conversation": "la conversation",
    "answer": "la réponse",
    "q": "la requête (q)",
}


@lru_cache(maxsize=1)
def _known_fields() -> frozenset[str]:
    """The names of every field the API's request bodies take (the schemas that refuse unknown fields)."""
    from pydantic import BaseModel

    from assistant.api import schemas

    return frozenset(name for model in vars(schemas).values()
                     if isinstance(model, type) and issubclass(model, BaseModel)
                     and model.model_config.get("extra") == "forbid" for name in model.model_fields)


def _field_path(loc: tuple) -> list[str]:
    """A field's place in the request, without where it was sent ("body", "query"…): ["filters", "kind"]."""
    return [str(p) for p in loc if p not in ("body", "query", "path", "header")]


def _field(loc: tuple) -> str:
    parts = _field_path(loc)
    if not parts:
        return "le corps de la requête"
    name = ".".join(parts)
    return FIELD_NAMES.get(parts[-1], f"le champ « {name} »") if len(parts) == 1 else f"le champ « {name} »"


def french_message(error: dict, missing: tuple[str, ...] = ()) -> str:
    """Translate one pydantic/FastAPI validation error into a French sentence; `missing` names the required fields
    the same request left out, beside the unknown one (`{"q": …}` for `{"question": …}`)."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    field = _field(tuple(error.get("loc", ())))
    if kind == "json_invalid":
        return "Le corps de la requête n'est pas un JSON valide."
    if kind == "missing":
        if field == "le corps de la requête":
            return "Le corps de la requête est vide : envoyez un objet JSON."
        return f"Champ obligatoire manquant : {field}."
    if kind == "extra_forbidden":  # its name as sent, and the field it may have meant ("kind": "kinds")
        parts = _field_path(tuple(error.get("loc", ())))
        close = difflib.get_close_matches(parts[-1], sorted(_known_fields()), n=1, cutoff=0.6) if parts else []
        close = close or list(missing[:1])
        return f"Champ inconnu : « {'.'.join(parts)} »." + (f" Vouliez-vous dire « {close[0]} » ?" if close else "")
    if kind in ("string_too_long", "too_long"):
        return f"Valeur trop longue pour {field} (maximum {ctx.get('max_length', '?')})."
    if kind in ("string_too_short", "too_short"):
        return f"Valeur trop courte pour {field}."
    if kind in ("greater_than_equal", "greater_than"):
        return f"Valeur trop petite pour {field} (minimum {ctx.get('ge', ctx.get('gt', '?'))})."
    if kind in ("less_than_equal", "less_than"):
        return f"Valeur trop grande pour {field} (maximum {ctx.get('le', ctx.get('lt', '?'))})."
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"Un nombre entier est attendu pour {field}."
    if kind in ("string_type",):
        return f"Un texte est attendu pour {field}."
    if kind in ("list_type",):
        return f"Une liste est attendue pour {field}."
    if kind in ("model_attributes_type", "dict_type", "model_type"):
        if field == "le corps de la requête":
            return "Le corps de la requête doit être un objet JSON (Content-Type: application/json)."
        return f"Un objet est attendu pour {field}."
    if kind in ("bool_parsing", "bool_type"):
        return f"Une valeur vrai/faux est attendue pour {field}."
    return f"Valeur invalide pour {field}."


def error_response(status: int, detail: str | None = None, headers: dict | None = None,
                   errors: list | None = None) -> JSONResponse:
    body: dict = {"detail": detail or STATUS_MESSAGES.get(status, "Erreur.")}
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, headers=headers)


ASSISTANT_ERROR_STATUS = {
    IndexMissingError: 503,
    InvalidQuestionError: 422,
    InvalidFiltersError: 422,
    RefreshBusyError: 409,
    IngestError: 422,
}


def status_for(exc: AssistantError) -> int:
    for cls, status in ASSISTANT_ERROR_STATUS.items():
        if isinstance(exc, cls):
            return status
    return 400


def install_handlers(app: FastAPI) -> None:
    """Register the French error handlers on the app."""

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = []
        found = exc.errors()
        for err in found:
            loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")]
            if err.get("type") == "json_invalid":
                loc = []  # (its place is a character's position in the body, no field)
            message = french_message(err, _missing_beside(err, found))
            errors.append({"champ": ".".join(loc) or "corps", "message": message})
        # an unknown field sent for a missing one is said first, with the name it stands for
        errors.sort(key=lambda e: "Vouliez-vous" not in e["message"])
        detail = errors[0]["message"] if errors else STATUS_MESSAGES[422]
        return error_response(422, detail, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) and not _is_default_phrase(exc) else None
        return error_response(exc.status_code, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(AssistantError)
    async def _assistant(request: Request, exc: AssistantError) -> JSONResponse:
        status = status_for(exc)
        headers = {"Retry-After": "5"} if status in (409, 503) else None
        return error_response(status, str(exc), headers=headers)


def _missing_beside(error: dict, errors: list[dict]) -> tuple[str, ...]:
    """For an unknown field, the one required field missing at its level when it is the only one: what it stands
    for ({"q": …} sent for {"question": …}). () for any other error, or when several fields are missing."""
    if error.get("type") != "extra_forbidden":
        return ()
    parent = _field_path(tuple(error.get("loc", ())))[:-1]
    missing = [path[-1] for e in errors if e.get("type") == "missing"
               and (path := _field_path(tuple(e.get("loc", ())))) and path[:-1] == parent]
    unknown = [e for e in errors if e.get("type") == "extra_forbidden"
               and _field_path(tuple(e.get("loc", ())))[:-1] == parent]
    return tuple(missing) if len(missing) == 1 and len(unknown) == 1 else ()


def _is_default_phrase(exc: StarletteHTTPException) -> bool:
    """Starlette's own HTTPExceptions carry the English reason phrase ("Not Found"); ours carry French."""
    try:
        phrase = HTTPStatus(exc.status_code).phrase
    except ValueError:
        return False
    return exc.detail in (phrase, "There was an error parsing the body")


class CatchAllMiddleware:
    """Innermost guard: an unexpected exception becomes a French 500, logged once without reaching the client."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tracking_send = TrackingSend(send)
        try:
            await self.app(scope, receive, tracking_send)
        except Exception:  # noqa: BLE001 - the last line of defence
            log.exception("Erreur interne pendant %s %s", scope.get("method"), scope.get("path"))
            if not tracking_send.started:
                body = json.dumps({"detail": STATUS_MESSAGES[500]}, ensure_ascii=False).encode()
                await send({"type": "http.response.start", "status": 500,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
