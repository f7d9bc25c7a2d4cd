"""How an answer is tied to "one per phone and poll" without tying two answers together.

A phone's device token lives in its cookie only. The file keeps:

* ``device_digest(token)``: enough to recognise a cookie the server issued (a made-up
  cookie is no phone), nothing that leads to an answer;
* per answer, ``ballot(secret, poll_id, token)``: a keyed hash that differs for every
  poll, so no column joins one phone's answers across polls. The session's secret is
  kept while the session is live (so a crash-resume still refuses a second answer) and
  destroyed when it ends. Without the token, which is never stored, even the secret
  cannot recompute a ballot from the file.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets


def new_secret() -> str:
    return secrets.token_hex(32)


def device_digest(token: str) -> str:
    return hashlib.sha256(b"workshop-app device\x00" + token.encode("utf-8")).hexdigest()


def ballot(secret: str, poll_id: int, token: str) -> str:
    message = f"{poll_id}\x00{token}".encode()
    return hmac.new(bytes.fromhex(secret), message, hashlib.sha256).hexdigest()
