"""Per-client token-bucket rate limit for the question endpoints (429 with Retry-After)."""

from __future__ import annotations

import ipaddress
import math
import threading
import time

from fastapi import HTTPException, Request


class RateLimiter:
    """`per_minute` requests per client and minute, with bursts up to `per_minute`; 0 disables it."""

    MAX_CLIENTS = 10_000

    def __init__(self, per_minute: int, clock=time.monotonic):
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.capacity > 0

    def acquire(self, client: str) -> float:
        """Take one token for `client`; returns 0 when allowed, else the seconds to wait."""
        if not self.enabled:
            return 0.0
        now = self.clock()
        with self._lock:
            if len(self._buckets) >= self.MAX_CLIENTS:
                self._prune(now)
            tokens, last = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) / self.rate

    def _prune(self, now: float) -> None:
        """Forget clients whose bucket has refilled completely (they are indistinguishable from new ones)."""
        full = self.capacity / self.rate
        for key in [k for k, (_, last) in self._buckets.items() if now - last >= full]:
            del self._buckets[key]


def client_key(request: Request) -> str:
    """The client's address: the peer's, or, when the peer is a trusted proxy, the last address of
    `X-Forwarded-For` that is not itself a trusted proxy (each proxy appends the address it saw)."""
    peer = request.client.host if request.client else "inconnu"
    proxies = request.app.state.trusted_proxies
    if not proxies or not _trusted(peer, proxies):
        return peer
    forwarded = [a.strip() for a in request.headers.get("x-forwarded-for", "").split(",") if a.strip()]
    for address in reversed(forwarded):
        if not _trusted(address, proxies):
            return address
    return forwarded[0] if forwarded else peer


def trusted_networks(addresses: list[str]) -> tuple:
    """The trusted proxies' networks (settings.trusted_proxies, already validated)."""
    return tuple(ipaddress.ip_network(a, strict=False) for a in addresses)


def _trusted(address: str, networks: tuple) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def rate_limited(request: Request) -> None:
    """Dependency for the question endpoints: 429 with Retry-After when the client is over its rate."""
    limiter: RateLimiter = request.app.state.rate_limiter
    wait = limiter.acquire(client_key(request))
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        raise HTTPException(
            status_code=429,
            detail=f"Trop de questions en peu de temps : réessayez dans {seconds} s.",
            headers={"Retry-After": str(seconds)},
        )
