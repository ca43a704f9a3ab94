"""Admin bearer-token check, request body size limit and security headers."""

from __future__ import annotations

import hmac
import json
import logging

from fastapi import HTTPException, Request
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.api.asgi import TrackingSend
from assistant.config import Settings

UPLOAD_PATH = "/v1/admin/documents"
MULTIPART_OVERHEAD = 64 * 1024  # form boundaries and metadata fields around the uploaded file


def require_admin(request: Request) -> None:
    """Dependency: a valid `Authorization: Bearer <token>` or 401 / 403 / 503, compared in constant time."""
    settings: Settings = request.app.state.settings
    expected = settings.admin_token
    if not expected:
        raise HTTPException(
            status_code=503,
            detail="L'administration est désactivée : aucun jeton n'est configuré (ASSISTANT_ADMIN_TOKEN).",
        )
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(
            status_code=401,
            detail="Authentification requise : envoyez l'en-tête « Authorization: Bearer <jeton> ».",
            headers={"WWW-Authenticate": 'Bearer realm="assistant-admin"'},
        )
    if not hmac.compare_digest(token.strip().encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(status_code=403, detail="Jeton d'administration invalide.")


# -- body size limit -----------------------------------------------------------------------------
def body_limit_for(settings: Settings, path: str) -> int:
    """Largest body accepted on this path: the upload size plus form overhead, else the JSON limit."""
    if path == UPLOAD_PATH:
        return int(settings.max_upload_mb * 1024 * 1024) + MULTIPART_OVERHEAD
    return settings.max_body_bytes


def _too_large_message(limit: int) -> str:
    return f"Le corps de la requête est trop volumineux (maximum {limit} octets)."


class BodyTooLarge(StarletteHTTPException):
    """Raised from `receive` when a body grows past its limit; rendered as a French 413."""

    def __init__(self, limit: int):
        super().__init__(413, _too_large_message(limit), headers={"Connection": "close"})


async def _send_413(send, limit: int) -> None:
    body = json.dumps({"detail": _too_large_message(limit)}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Refuses bodies over the limit with 413: by Content-Length before reading, then by counting what arrives.

    Nothing is buffered here: the count happens as the app reads, so a chunked body without
    Content-Length cannot grow past the limit either, and an unauthenticated upload is refused
    (401/403) before its body is read at all.
    """

    def __init__(self, app, settings: Settings):
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = body_limit_for(self.settings, scope["path"])
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            try:
                too_large = int(declared) > limit
            except ValueError:
                too_large = False
            if too_large:
                await _send_413(send, limit)
                return
        size = 0
        tracking_send = TrackingSend(send)

        async def counting_receive():
            nonlocal size
            message = await receive()
            if message["type"] == "http.request":
                size += len(message.get("body", b""))
                if size > limit:
                    raise BodyTooLarge(limit)
            return message

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not tracking_send.started:
                await _send_413(send, limit)


# -- security headers ----------------------------------------------------------------------------
DOCS_CSP = (  # Swagger UI is served by the product itself (api/docs.py): no other origin
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


def embed_csp(settings: Settings) -> str:
    """The /embed page: its own script and API only, frameable by the allowlisted origins."""
    ancestors = " ".join(["'self'", *settings.cors_origins])
    return (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
        f"img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
    )


class SecurityHeadersMiddleware:
    """Adds nosniff, Referrer-Policy, a Content-Security-Policy and framing rules to every response."""

    def __init__(self, app, settings: Settings):
        self.app = app
        self.embed_csp = embed_csp(settings).encode()

    def _headers_for(self, path: str) -> list[tuple[bytes, bytes]]:
        headers = [
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"strict-origin-when-cross-origin"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]
        if path == "/embed":
            headers.append((b"content-security-policy", self.embed_csp))
        else:
            headers.append((b"x-frame-options", b"DENY"))
            csp = DOCS_CSP if path in ("/docs", "/redoc", "/docs/oauth2-redirect") else API_CSP
            headers.append((b"content-security-policy", csp.encode()))
        if path == "/widget.js":
            headers.append((b"cross-origin-resource-policy", b"cross-origin"))
        elif path.startswith("/v1/") or path in ("/healthz", "/readyz"):
            headers.append((b"cache-control", b"no-store"))
        return headers

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self._headers_for(scope["path"])

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in extra if k not in present
                ]
            await send(message)

        await self.app(scope, receive, send_wrapper)


class RefusedOriginLog:
    """Says once in the server's log, in French, which web page's origin the browser was refused and the setting
    that allows it: the embedded widget otherwise only tells its visitor the assistant cannot be reached."""

    def __init__(self, app, settings: Settings):
        self.app = app
        self.allowed = {origin.rstrip("/") for origin in settings.cors_origins}
        self.told: set[str] = set()

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            origin = headers.get(b"origin", b"").decode("latin-1").rstrip("/")
            host = headers.get(b"host", b"").decode("latin-1")
            own = origin.split("://", 1)[-1] == host  # the server's own pages (/, /admin) ask from their origin
            if origin and origin != "null" and not own and "*" not in self.allowed and origin not in self.allowed \
                    and origin not in self.told:
                self.told.add(origin)
                logging.getLogger("assistant.api").warning(
                    "Requête refusée depuis la page web « %s » : cette origine n'est pas autorisée. Pour y intégrer "
                    "le widget, ajoutez-la à ASSISTANT_CORS_ORIGINS (par exemple ASSISTANT_CORS_ORIGINS=%s) et "
                    "redémarrez le serveur.", origin, origin)
        await self.app(scope, receive, send)
