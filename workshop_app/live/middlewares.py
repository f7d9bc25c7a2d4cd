"""Middlewares between the room's network and the handlers.

DNS-rebinding guard (Host), cross-origin POSTs (Origin), rate limits in memory, security
headers, and every refusal mapped to its response in one place (``errors``): JSON for
the API, a small page in the phone's language for a browser — never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

from workshop_app.live import refusal_words
from workshop_app.live.participant_words import pick_language
from workshop_app.live.ratelimit import RateLimiter
from workshop_app.live.refusal import SECURITY_HEADERS, Refusal, refusal_response

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
log = logging.getLogger(__name__)


def make_middlewares(
    allowed_host: Callable[[], str], ip_limiter: RateLimiter, language: str = "en"
) -> list[Middleware]:
    """``allowed_host`` gives "host:port" of the join URL (known once the port is bound);
    ``language`` is the room's, for refusals to a phone that states no preference."""

    @web.middleware
    async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            try:
                response = await handler(request)
            except web.HTTPRequestEntityTooLarge:
                raise Refusal(413, "too_large", "too_large") from None
            except web.HTTPNotFound:
                raise Refusal(404, "not_found", "nothing_here") from None
            except web.HTTPMethodNotAllowed as err:
                allow = {"Allow": ", ".join(sorted(err.allowed_methods))}
                raise Refusal(
                    405, "method_not_allowed", "method_not_allowed", headers=allow
                ) from None
            except web.HTTPException as err:
                if err.status >= 400:
                    raise Refusal(err.status, "http_error", "refused", text=err.reason) from None
                raise
            except (ConnectionResetError, TimeoutError, Refusal):
                raise
            except Exception:  # a bug must cost one request, not the server
                log.exception("request failed")
                raise Refusal(500, "server_error", "server_error") from None
        except Refusal as refusal:
            # The page's words are the refusal catalogue's: its lang says the language
            # they are really in.
            chosen = pick_language(
                request.headers.get("Accept-Language"), language, refusal_words.STRINGS
            )
            return refusal_response(request, refusal, chosen)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @web.middleware
    async def host_and_origin(request: web.Request, handler: Handler) -> web.StreamResponse:
        # A page on another name that resolves to this laptop (DNS rebinding) is refused.
        authority = allowed_host()
        if request.headers.get("Host", "") != authority:
            raise Refusal(421, "wrong_host", "wrong_host")
        if request.method not in ("GET", "HEAD"):
            # Another site's page (or one that hides its origin: "null") may not post
            # here. The pages send same-origin referrers, so their own posts carry it.
            sent_origin = request.headers.get("Origin")
            if sent_origin is not None and sent_origin != f"http://{authority}":
                raise Refusal(403, "cross_origin", "cross_origin")
        return await handler(request)

    @web.middleware
    async def rate_limit(request: web.Request, handler: Handler) -> web.StreamResponse:
        peer = request.remote or "?"
        if not ip_limiter.allow(peer):
            raise Refusal(429, "too_many", "too_many")
        return await handler(request)

    return [errors, host_and_origin, rate_limit]
