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

from workshop_app.live.refusal import Refusal

MAX_BODY = 16 * 1024
T = TypeVar("T")


async def _read(
    request: web.Request, read: Callable[[], Awaitable[T]], timeout: float, back: str | None
) -> T:
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise Refusal(413, "too_large", "too_large", back=back)
    try:
        return await asyncio.wait_for(read(), timeout)
    except TimeoutError:
        raise Refusal(408, "too_slow", "too_slow", back=back) from None


async def read_json(request: web.Request, timeout: float) -> Any:
    """The decoded JSON body; refused with 413, 408, or 400 when it is not JSON."""
    try:
        return await _read(request, request.json, timeout, None)
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError, RecursionError):
        # RecursionError: JSON nested deeper than the decoder's stack (a few KB of "[").
        raise Refusal(400, "bad_json", "bad_json") from None


async def read_form(request: web.Request, timeout: float, back: str) -> MultiDictProxy[Any]:
    """The form fields; refused with 413, 408, or 400 when the form is malformed. The
    browser's refusal page links ``back``."""
    try:
        return await _read(request, request.post, timeout, back)
    except ValueError:  # a bad boundary, bad bytes: not a form
        raise Refusal(400, "bad_form", "bad_form", back=back) from None
