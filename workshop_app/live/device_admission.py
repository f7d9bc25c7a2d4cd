"""How many new phones one network address may add: a burst, then a few a minute.

A laptop that drops its cookie looks like a new phone each time; without a cap it cast
hundreds of "one per device" ballots a minute. A family on one hotspot (one address
for several phones behind it) still gets in: ten at once, then four a minute. Phones
that already have a cookie are never counted. Addresses are kept in memory only, as a
salted digest, and only as long as the session runs.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections import Counter
from collections.abc import Callable

from workshop_app.live.ratelimit import RateLimiter

NEW_DEVICES_BURST = 10
NEW_DEVICES_PER_MINUTE = 4.0
MANY_FROM_ONE_ADDRESS = 8  # the console warns from this many new devices on one address


class DeviceAdmission:
    def __init__(
        self,
        burst: float = NEW_DEVICES_BURST,
        per_minute: float = NEW_DEVICES_PER_MINUTE,
        unlimited: frozenset[str] = frozenset(),
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limiter = RateLimiter(per_minute / 60.0, burst, monotonic=monotonic)
        self._unlimited = unlimited
        self._salt = secrets.token_bytes(16)
        self._per_address: Counter[str] = Counter()
        self.joined = 0  # new device tokens handed out this run of the server
        self.refused = 0

    def admit(self, address: str | None) -> bool:
        """May ``address`` be given one more new device token now?"""
        key = self._key(address or "?")
        if (address or "?") not in self._unlimited and not self._limiter.allow(key):
            self.refused += 1
            return False
        self.joined += 1
        self._per_address[key] += 1
        return True

    @property
    def most_from_one_address(self) -> int:
        return max(self._per_address.values(), default=0)

    def _key(self, address: str) -> str:
        return hashlib.sha256(self._salt + address.encode()).hexdigest()[:32]
