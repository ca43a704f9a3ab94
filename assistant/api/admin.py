"""Admin endpoints (bearer token): the index's status, refresh it as a background job and follow it, upload
a document with its metadata, remove one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path as PathParam, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from assistant.corpus_files import SUPPORTED_SUFFIXES
from assistant.errors import DocumentRefused, IndexMissingError

from . import schemas
from .deps import AssistantDep
from .handlers import error_response
from .schemas import ADMIN_ERRORS, ERRORS
from .security import require_admin

router = APIRouter()

UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {"multipart/form-data": {"schema": {
            "type": "object",
            "required": ["file"],
            "properties": {
                "file": {"type": "string", "format": "binary",
                         "description": "Le document : " + ", ".join(SUPPORTED_SUFFIXES)},
                "title": {"type": "string", "example": "Webinaire CLS et santé mentale"},
                "kind": {"type": "string", "example": "slides"},
                "date": {"type": "string", "format": "date", "example": "2024-06-11"},
                "published": {"type": "string", "format": "date"},
                "event": {"type": "string", "example": "Webinaire régional Villes et Territoires"},
                "organisers": {"type": "string", "example": "IREV; CCOMS",
                               "description": "Séparés par des points-virgules (ou champ répété)."},
                "speakers": {"type": "string", "example": "Fanny Pastant; Sonia Charapoff"},
                "region": {"type": "string", "example": "Occitanie"},
                "url": {"type": "string", "example": "https://www.irev.fr/"},
                "replace": {"type": "boolean", "default": False,
                            "description": "Remplacer un fichier du même nom."},
            },
        }}},
    }
}


@router.get("/v1/admin/status", tags=["administration"], summary="État de l'index et dernière mise à jour",
            response_model=schemas.AdminStatus, responses=ADMIN_ERRORS,
            dependencies=[Depends(require_admin)])
def status(request: Request, assistant: AssistantDep):
    """The live generation (null before the first one is built), its documents with their passage counts,
    the last refresh's report (by any process: API, `cli.py ingest`, an upload), the refresh running now."""
    try:
        stats = assistant.stats()
        index = {"generation": stats.generation, "built_at": stats.built_at, "model": stats.model,
                 "passages": stats.passages, "documents": [d.to_dict() for d in assistant.documents()]}
    except IndexMissingError:
        index = {"generation": None, "built_at": None, "model": None, "passages": 0, "documents": []}
    running = request.app.state.refresh_jobs.running()
    return JSONResponse(jsonable_encoder(index | {
        "formats": list(SUPPORTED_SUFFIXES), "last_refresh": assistant.last_refresh(),
        "running_job": running.to_dict() if running else None}))


@router.post("/v1/admin/reindex", tags=["administration"], status_code=202,
             summary="Mettre à jour l'index depuis le corpus (tâche de fond)",
             response_model=schemas.JobOut, responses=ADMIN_ERRORS,
             dependencies=[Depends(require_admin)])
async def reindex(request: Request):
    """Starts a refresh and answers at once with its job (202); while one runs, that one is returned.
    Follow it with `GET /v1/admin/jobs/{id}` (Location header)."""
    job, _ = request.app.state.refresh_jobs.start()
    return JSONResponse(job.to_dict(), status_code=202, headers={"Location": f"/v1/admin/jobs/{job.id}"})


@router.get("/v1/admin/jobs/{job_id}", tags=["administration"], summary="Suivre une mise à jour de l'index",
            response_model=schemas.JobOut,
            responses=ADMIN_ERRORS | {404: {"model": schemas.ErrorOut, "description": "Tâche inconnue."}},
            dependencies=[Depends(require_admin)])
async def job(request: Request, job_id: str):
    found = request.app.state.refresh_jobs.get(job_id)
    if found is None:
        raise HTTPException(404, f"Tâche inconnue : « {job_id[:40]} » (les 20 dernières sont gardées).")
    return JSONResponse(found.to_dict())


@router.post("/v1/admin/documents", tags=["administration"], status_code=201,
             summary="Ajouter un document (avec ses métadonnées), puis mettre à jour l'index",
             response_model=schemas.UploadResponse,
             responses=ADMIN_ERRORS | {
                 413: ERRORS[413],
                 415: {"model": schemas.ErrorOut, "description": "Format non pris en charge."},
                 422: {"model": schemas.ErrorOut, "description": "Métadonnées invalides."},
             },
             openapi_extra=UPLOAD_BODY, dependencies=[Depends(require_admin)])
async def upload(request: Request):
    """The body is parsed here, after the token check, so an unauthenticated upload is never read."""
    return await _upload(request)


@router.delete("/v1/admin/documents/{doc_id}", tags=["administration"],
               summary="Retirer un document du corpus, puis mettre à jour l'index",
               response_model=schemas.RemovedDocument,
               responses=ADMIN_ERRORS | {404: {"model": schemas.ErrorOut, "description": "Document inconnu."}},
               dependencies=[Depends(require_admin)])
async def remove(assistant: AssistantDep, doc_id: Annotated[str, PathParam(
        max_length=300, description="Identifiant du document (nom de fichier sans extension)")]):
    """Deletes the file and its catalog entry, then refreshes; both are put back if the refresh fails
    (409 while another refresh runs)."""
    try:
        report = await run_in_threadpool(assistant.remove_document, doc_id)
    except DocumentRefused as exc:
        return error_response(REFUSAL_STATUS.get(exc.reason, 422), exc.message)
    return JSONResponse(jsonable_encoder({"doc_id": doc_id, "report": report.to_dict(),
                                          "message": "Document retiré du corpus et de l'index."}))


REFUSAL_STATUS = {"unsupported": 415, "too_large": 413, "exists": 409, "invalid": 422, "failed": 500,
                  "unknown": 404}


async def _upload(request: Request) -> JSONResponse:
    """Read the multipart form, then hand the file and its metadata to the facade's `add_document`."""
    try:
        form = await request.form(max_files=1, max_fields=30)
    except HTTPException:
        raise
    except Exception:  # noqa: BLE001 - malformed multipart bodies
        return error_response(422, "Formulaire invalide : envoyez le fichier en multipart/form-data (champ « file »).")
    try:
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            return error_response(422, "Aucun fichier reçu : envoyez-le dans le champ « file ».")
        metadata = {key: (form.getlist(key) if key in ("organisers", "speakers") else form.get(key))
                    for key in ("title", "kind", "date", "published", "event", "organisers", "speakers", "region",
                                "url")
                    if form.get(key) is not None}
        replace = str(form.get("replace", "")).lower() in ("1", "true", "oui", "on", "yes")

        def chunks():
            upload.file.seek(0)
            while chunk := upload.file.read(1024 * 1024):
                yield chunk

        assistant = request.app.state.assistant
        try:
            added = await run_in_threadpool(lambda: assistant.add_document(upload.filename or "", chunks(),
                                                                           metadata, replace=replace))
        except DocumentRefused as exc:
            return error_response(REFUSAL_STATUS.get(exc.reason, 422), exc.message)
    finally:
        await form.close()
    return JSONResponse(jsonable_encoder(added.to_dict()), status_code=201 if added.indexed else 202)
