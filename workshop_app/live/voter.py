"""Who a phone is on an idea wall: the one derivation of a voter from a device.

One upvote per idea per device is kept by a keyed digest of the device token, per poll,
keyed with the session's join token: the file never holds the device token in the idea
tables, and once the session ends (its join token and devices deleted) a digest links
to nothing. Keep every idea-wall use of a device going through ``voter_key``, so a change
of how a device is identified changes here only.
"""

from __future__ import annotations

import hashlib
import hmac


def voter_key(session_secret: str, poll_id: int, device_token: str) -> str:
    message = f"{poll_id}:{device_token}".encode()
    return hmac.new(session_secret.encode(), message, hashlib.sha256).hexdigest()[:32]
