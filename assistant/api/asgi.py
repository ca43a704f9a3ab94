"""Small ASGI helper shared by the middlewares: a `send` that remembers whether the response started."""

from __future__ import annotations


class TrackingSend:
    """Wraps an ASGI `send`; `started` turns true once the response head is sent (no error page after that)."""

    def __init__(self, send):
        self._send = send
        self.started = False

    async def __call__(self, message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
        await self._send(message)
