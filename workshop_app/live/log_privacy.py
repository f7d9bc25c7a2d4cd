"""No client address in any log line.

aiohttp logs "Error handling request from <IP>" for a malformed request, and an
exception's text may hold a peer address. A log-record factory rewrites every record of
the server's loggers (aiohttp, asyncio, this app) as it is made, before any handler —
ours, the root's, or logging's last resort on stderr — can write it.
"""

from __future__ import annotations

import logging
import re
import threading
import traceback
from typing import Any

REDACTED = "<address>"
_WATCHED = ("aiohttp", "asyncio", "workshop_app")
_IPV4 = r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])"
# Hex groups with "::", or at least four groups: an IPv6 address (also "::ffff:1.2.3.4");
# a clock time "10:15:30" has only three groups and no "::".
_IPV6 = (
    r"(?<![\w:.])(?:[0-9a-fA-F]{0,4}:){2,7}(?:[0-9a-fA-F]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?"
    r"(?:%\w+)?(?![\w:.])"
)
_ADDRESS = re.compile(f"{_IPV4}|{_IPV6}")
_lock = threading.Lock()
_installed = False


def redact(text: str) -> str:
    """``text`` with every IPv4 and IPv6 address replaced."""
    return _ADDRESS.sub(_replace, text)


def _replace(match: re.Match[str]) -> str:
    found = match.group(0)
    if ":" in found and "::" not in found and found.count(":") < 3:
        return found  # a time or a "key: value", not an address
    return REDACTED


def _scrub(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a malformed call: keep its template only
        message = str(record.msg)
    record.msg, record.args = redact(message), None
    if record.exc_info and record.exc_info[0] is not None:
        text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        record.exc_text, record.exc_info = redact(text), None
    if record.stack_info:
        record.stack_info = redact(record.stack_info)


def install() -> None:
    """Scrub addresses from the server's log records from now on (idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if record.name.startswith(_WATCHED):
                _scrub(record)
            return record

        logging.setLogRecordFactory(factory)
        _installed = True
