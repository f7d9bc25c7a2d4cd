"""Which address of this laptop phones can reach: the default route's, or loopback."""

from __future__ import annotations

import contextlib
import socket

LOOPBACK = "127.0.0.1"
# A documentation-range address: connecting a UDP socket to it sends no packet, it only
# asks the kernel which local address the default route would use.
_PROBE_ADDRESS = ("192.0.2.1", 9)


def default_route_address() -> str:
    """The local address of the default route's interface; loopback when there is none."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.connect(_PROBE_ADDRESS)
        address = str(sock.getsockname()[0])
        if address and not address.startswith("0."):
            return address
    return LOOPBACK


def interface_addresses() -> list[str]:
    """IPv4 addresses of this machine that a facilitator may choose to serve on."""
    found: list[str] = [LOOPBACK]
    default = default_route_address()
    if default not in found:
        found.insert(0, default)
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            if address not in found and not address.startswith("127."):
                found.append(address)
    return found
