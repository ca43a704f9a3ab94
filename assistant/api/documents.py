"""Corpus routes: the documents of the live index and their metadata."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path as PathParam
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from . import schemas
from .deps import AssistantDep
from .schemas import ERRORS

router = APIRouter()


@router.get(
    "/v1/documents",
    tags=["corpus"],
    summary="Les documents indexés",
    response_model=schemas.DocumentsResponse,
    responses={503: ERRORS[503]},
)
def documents(assistant: AssistantDep):
    generation = assistant.stats().generation
    return JSONResponse(
        jsonable_encoder({"generation": generation, "documents": [d.to_dict() for d in assistant.documents()]})
    )


@router.get(
    "/v1/documents/{doc_id}",
    tags=["corpus"],
    summary="Un document",
    response_model=schemas.DocumentOut,
    responses={404: {"model": schemas.ErrorOut, "description": "Document inconnu."}},
)
def document(
    assistant: AssistantDep,
    doc_id: Annotated[
        str,
        PathParam(
            max_length=300,
            description="Identifiant du document",
            examples=["2023-02-02_ccoms_la-sante-mentale-dans-mon-quartier"],
        ),
    ],
):
    found = assistant.document(doc_id)
    if found is None:
        raise HTTPException(404, f"Document inconnu : « {doc_id[:100]} ».")
    return JSONResponse(jsonable_encoder(found.to_dict()))
