"""Admin endpoints: refresh the index from the corpus, upload a document with its metadata (bearer token)."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from assistant.config import Settings
from assistant.errors import RefreshBusyError

from . import schemas, uploads
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
                         "description": "Le document : " + ", ".join(uploads.SUPPORTED_SUFFIXES)},
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


def _refresh(request: Request):
    """Run one refresh at a time in this process (another process is kept out by the core's lock file)."""
    lock: threading.Lock = request.app.state.refresh_lock
    if not lock.acquire(blocking=False):
        raise RefreshBusyError()
    try:
        return request.app.state.assistant.refresh()
    finally:
        lock.release()


@router.post("/v1/admin/reindex", tags=["administration"], summary="Mettre à jour l'index depuis le corpus",
             response_model=schemas.IngestReportOut, responses=ADMIN_ERRORS,
             dependencies=[Depends(require_admin)])
async def reindex(request: Request):
    report = await run_in_threadpool(_refresh, request)
    return JSONResponse(report.to_dict())


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


async def _upload(request: Request) -> JSONResponse:
    settings: Settings = request.app.state.settings
    try:
        form = await request.form(max_files=1, max_fields=30)
    except HTTPException:
        raise
    except Exception:  # noqa: BLE001 - malformed multipart bodies
        return error_response(422, "Formulaire invalide : envoyez le fichier en multipart/form-data (champ « file »).")
    try:
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise uploads.UploadError(422, "Aucun fichier reçu : envoyez-le dans le champ « file ».")
        name = uploads.sanitise_filename(upload.filename or "")
        meta = uploads.parse_meta({
            key: (form.getlist(key) if key in ("organisers", "speakers") else form.get(key))
            for key in ("title", "kind", "date", "published", "event", "organisers", "speakers", "region", "url")
            if form.get(key) is not None
        })
        replace = str(form.get("replace", "")).lower() in ("1", "true", "oui", "on", "yes")
        max_bytes = int(settings.max_upload_mb * 1024 * 1024)

        def chunks():
            upload.file.seek(0)
            while chunk := upload.file.read(1024 * 1024):
                yield chunk

        catalog = settings.corpus_dir / settings.catalog_file
        previous_catalog = catalog.read_bytes() if catalog.exists() else None
        is_new = not (settings.corpus_dir / name).exists()
        target = await run_in_threadpool(uploads.store_file, settings.corpus_dir, name, chunks(), max_bytes, replace)
        entry = {}
        if meta.entry():
            try:
                entry = await run_in_threadpool(uploads.merge_catalog_entry, catalog, name, meta.entry())
            except Exception:
                if is_new:
                    target.unlink(missing_ok=True)
                raise
    except uploads.UploadError as exc:
        return error_response(exc.status, exc.message)
    finally:
        await form.close()

    try:
        report = await run_in_threadpool(_refresh, request)
    except RefreshBusyError:
        return JSONResponse(jsonable_encoder({
            "file": name, "catalog": entry, "indexed": False, "report": None,
            "message": "Document enregistré ; une autre mise à jour est en cours : "
                       "il sera indexé à la prochaine mise à jour."}), status_code=202)
    failure = next((f for f in report.failed if Path(f.path).name == name), None)
    if failure is not None:
        if is_new:  # roll back: a file that cannot be indexed does not stay in the corpus
            target.unlink(missing_ok=True)
            if previous_catalog is not None:
                catalog.write_bytes(previous_catalog)
            elif entry:
                catalog.unlink(missing_ok=True)
        return error_response(422, f"Le document n'a pas pu être indexé : {failure.reason}")
    return JSONResponse(jsonable_encoder({
        "file": name, "catalog": entry, "indexed": True, "report": report.to_dict(),
        "message": "Document enregistré et indexé."}), status_code=201)
