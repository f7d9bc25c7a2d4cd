"""Reading a request's body, the same way on every route that takes one.

A body is capped (413) before it is read, and must arrive within a time limit (408): a
client that sends its headers and then stalls in the body must not hold a handler, and
a connection, for ever.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiohttp import web
from multidict import MultiDictProxy

from workshop_app.live.guards import json_error

MAX_BODY = 16 * 1024
T = TypeVar("T")


class RequestRefused(Exception):
    """A request refused before it was understood; carries the answer to send."""

    def __init__(self, response: web.Response) -> None:
        super().__init__(response.status)
        self.response = response


async def _read(request: web.Request, read: Callable[[], Awaitable[T]], timeout: float) -> T:
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise RequestRefused(json_error(413, "too_large", "The request is too large."))
    try:
        return await asyncio.wait_for(read(), timeout)
    except TimeoutError:
        raise RequestRefused(
            json_error(408, "too_slow", "The request took too long to arrive.")
        ) from None


async def read_json(request: web.Request, timeout: float) -> Any:
    """The decoded JSON body; refused with 413, 408, or 400 when it is not JSON."""
    try:
        return await _read(request, request.json, timeout)
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError, RecursionError):
        # RecursionError: JSON nested deeper than the decoder's stack (a few KB of "[").
        raise RequestRefused(
            json_error(400, "bad_json", "The request is not valid JSON.")
        ) from None


async def read_form(request: web.Request, timeout: float) -> MultiDictProxy[Any]:
    """The form fields; refused with 413 or 408. A malformed form raises ValueError."""
    return await _read(request, request.post, timeout)
