"""What every route shares: the facade from the app's state, the bounded question threads, the checked question."""

from __future__ import annotations

from typing import Annotated

import anyio
from fastapi import Depends, Request

from assistant.core import Assistant


def get_assistant(request: Request) -> Assistant:
    return request.app.state.assistant


AssistantDep = Annotated[Assistant, Depends(get_assistant)]


def checked_question(request: Request, text: str) -> str:
    """The question checked by the core (a French 422 through the error handlers otherwise)."""
    return get_assistant(request).check_question(text)


async def run_question(request: Request, fn):
    """Run a blocking core call for a question in the bounded question threads."""
    return await anyio.to_thread.run_sync(fn, limiter=request.app.state.question_limiter)
