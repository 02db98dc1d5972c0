"""Who may call what, the same way for the REST API, the OpenAI-compatible API and MCP: API keys (read-only
or read-write, compared in constant time), CSRF-safe writes and a rate limit per key (per client address
without one)."""

from __future__ import annotations

import hmac
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from fastapi import Request
from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from server.config import Settings
from server.errors import ApiError

# A header a browser cannot add to a cross-site request without a CORS preflight (which we never grant).
CSRF_HEADER = "X-Requested-With"


@dataclass(frozen=True)
class Principal:
    name: str  # key name (key1…) or client address: the rate-limit identity and what logs show
    access: Literal["rw", "ro", "none"]


def presented_key(headers: Mapping[str, str]) -> str | None:
    """The key sent as ``Authorization: Bearer KEY`` or ``X-API-Key: KEY``, if any."""
    auth = headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    key = headers.get("x-api-key", "").strip()
    return key or None


def authenticate(settings: Settings, headers: Mapping[str, str], client: str) -> Principal:
    secret = presented_key(headers)
    if secret is None or not settings.keys:
        return Principal(f"client:{client}", "none")
    found = None
    given = secret.encode("utf-8")
    for key in settings.keys:  # every key is compared, so timing says nothing about which one nearly matched
        if hmac.compare_digest(key.secret.encode("utf-8"), given):
            found = key
    if found is None:
        raise ApiError(
            401, "invalid_key", "the API key is not valid", {"WWW-Authenticate": 'Bearer realm="citeqa"'}
        )
    return Principal(found.name, found.access)


def authorize(settings: Settings, principal: Principal, write: bool) -> None:
    if not settings.keys:
        return
    challenge = {"WWW-Authenticate": 'Bearer realm="citeqa"'}
    if write and principal.access == "none":
        raise ApiError(
            401, "missing_key", "writes need a read-write key: send Authorization: Bearer KEY", challenge
        )
    if write and principal.access == "ro":
        raise ApiError(403, "read_only_key", "this key is read-only; writes need a read-write key")
    if not write and settings.read_requires_key and principal.access == "none":
        raise ApiError(
            401,
            "missing_key",
            "this server needs an API key: send Authorization: Bearer KEY (or X-API-Key: KEY)",
            challenge,
        )


def rate_message(item: RateLimitItem, retry: int) -> str:
    """The 429 message as a sentence: 'at most 3 requests a minute …' (limits' own str() reads
    'more than 3 per 1 minute requests')."""
    period = item.GRANULARITY.name
    article = "an" if period == "hour" else "a"
    per = f"every {item.multiples} {period}s" if item.multiples > 1 else f"{article} {period}"
    noun = "request" if item.amount == 1 else "requests"
    return (
        f"too many requests: this server answers at most {item.amount} {noun} {per} from one key or address; "
        f"try again in {retry} second{'' if retry == 1 else 's'}"
    )


class RateLimiter:
    """A moving-window limit per principal, in this process (each worker process counts on its own)."""

    def __init__(self, rate: str) -> None:
        self.item = parse(rate)
        self.limiter = MovingWindowRateLimiter(MemoryStorage())

    def check(self, principal: Principal) -> None:
        if self.limiter.hit(self.item, principal.name):
            return
        reset = self.limiter.get_window_stats(self.item, principal.name).reset_time
        retry = max(1, math.ceil(reset - time.time()))
        raise ApiError(
            429,
            "rate_limited",
            rate_message(self.item, retry),
            {"Retry-After": str(retry)},
        )


def check_request(
    settings: Settings, limiter: RateLimiter, headers: Mapping[str, str], client: str, *, write: bool
) -> Principal:
    principal = authenticate(settings, headers, client)
    authorize(settings, principal, write)
    limiter.check(principal)
    return principal


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def read_access(request: Request) -> Principal:
    """Dependency of every read route."""
    app = request.app
    principal = check_request(
        app.state.settings, app.state.limiter, request.headers, _client(request), write=False
    )
    request.state.principal = principal
    # A body without Content-Type is JSON here (JsonByDefaultMiddleware); any other declared type is refused
    # rather than guessed at.
    if request.method == "POST" and _content_type(request) != "application/json":
        raise ApiError(415, "unsupported_media_type", "send the body as Content-Type: application/json")
    return principal


def _content_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def write_access(request: Request) -> Principal:
    """Dependency of every write route: a read-write key when keys are configured, and never a request a
    cross-site page could send without a preflight (JSON must say application/json; multipart needs a key
    or the X-Requested-With header)."""
    app = request.app
    principal = check_request(
        app.state.settings, app.state.limiter, request.headers, _client(request), write=True
    )
    request.state.principal = principal
    content_type = _content_type(request)
    if request.method in ("POST", "PUT", "PATCH"):
        if content_type == "multipart/form-data":
            if presented_key(request.headers) is None and CSRF_HEADER.lower() not in request.headers:
                raise ApiError(
                    403,
                    "csrf",
                    f"a multipart upload needs an API key or the {CSRF_HEADER} header "
                    "(a cross-site form cannot send either)",
                )
        elif content_type != "application/json":
            raise ApiError(
                415,
                "unsupported_media_type",
                "send JSON as Content-Type: application/json, or files as multipart/form-data",
            )
    return principal
