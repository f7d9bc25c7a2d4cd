"""Middlewares between the room's network and the handlers.

DNS-rebinding guard (Host), cross-origin POSTs (Origin), rate limits in memory, security
headers, and errors as JSON with a message a person can read — never a traceback.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

from workshop_app.live.ratelimit import RateLimiter

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
log = logging.getLogger(__name__)

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def json_error(status: int, code: str, message: str) -> web.Response:
    return web.Response(
        status=status,
        text=json.dumps({"error": code, "message": message}, ensure_ascii=False),
        content_type="application/json",
        headers=SECURITY_HEADERS,
    )


def make_guards(allowed_host: Callable[[], str], ip_limiter: RateLimiter) -> list[Middleware]:
    """``allowed_host`` gives "host:port" of the join URL (known once the port is bound)."""

    @web.middleware
    async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            response = await handler(request)
        except web.HTTPRequestEntityTooLarge:
            return json_error(413, "too_large", "The request is too large.")
        except web.HTTPNotFound:
            return json_error(404, "not_found", "There is nothing here.")
        except web.HTTPMethodNotAllowed as err:
            refused = json_error(405, "method_not_allowed", "This method is not allowed here.")
            refused.headers["Allow"] = ", ".join(sorted(err.allowed_methods))  # RFC 9110
            return refused
        except web.HTTPException as err:
            if err.status >= 400:
                return json_error(err.status, "http_error", err.reason or "Request refused.")
            raise
        except (ConnectionResetError, TimeoutError):
            raise
        except Exception:  # a bug must cost one request, not the server
            log.exception("request failed")
            return json_error(500, "server_error", "Something went wrong on the server.")
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @web.middleware
    async def host_and_origin(request: web.Request, handler: Handler) -> web.StreamResponse:
        # A page on another name that resolves to this laptop (DNS rebinding) is refused.
        authority = allowed_host()
        if request.headers.get("Host", "") != authority:
            return json_error(421, "wrong_host", "This address is not served here.")
        if request.method not in ("GET", "HEAD"):
            sent_origin = request.headers.get("Origin")
            if sent_origin is not None and sent_origin != f"http://{authority}":
                return json_error(403, "cross_origin", "Requests from other sites are refused.")
        return await handler(request)

    @web.middleware
    async def rate_limit(request: web.Request, handler: Handler) -> web.StreamResponse:
        peer = request.remote or "?"
        if not ip_limiter.allow(peer):
            return json_error(429, "too_many", "Too many requests; please wait a moment.")
        return await handler(request)

    return [errors, host_and_origin, rate_limit]
