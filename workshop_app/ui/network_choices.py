"""The network addresses a facilitator can serve phones on, named as the system names
their interfaces (QNetworkInterface), and whether phones can reach them."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from workshop_app.ui.tr_noop import QT_TRANSLATE_NOOP

# Marked for lupdate; NetworkChoice.label shows them translated.
_KINDS = {
    QNetworkInterface.InterfaceType.Wifi: QT_TRANSLATE_NOOP("NetworkChoice", "Wi-Fi"),
    QNetworkInterface.InterfaceType.Ethernet: QT_TRANSLATE_NOOP("NetworkChoice", "Ethernet"),
    QNetworkInterface.InterfaceType.Loopback: QT_TRANSLATE_NOOP(
        "NetworkChoice", "This computer only"
    ),
    QNetworkInterface.InterfaceType.Virtual: QT_TRANSLATE_NOOP("NetworkChoice", "Virtual"),
}


@dataclass(frozen=True)
class NetworkChoice:
    address: str
    name: str = ""  # the interface's name: "wlp2s0", "Wi-Fi", "en0"
    kind: str = ""  # "Wi-Fi", "Ethernet", … (translated when shown)

    def label(self) -> str:
        if not self.name:
            return self.address
        kind = QCoreApplication.translate("NetworkChoice", self.kind) if self.kind else ""
        named = f"{self.name} ({kind})" if kind and kind != self.name else self.name
        return f"{named} — {self.address}"


def reaches_phones(address: str) -> bool:
    """False for addresses no phone in the room can open: loopback, unspecified."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return True  # a host name typed by hand: the facilitator knows it
    return not (ip.is_loopback or ip.is_unspecified)


def system_choices() -> list[NetworkChoice]:
    """IPv4 addresses of the interfaces that are up, the room's networks first."""
    choices: list[NetworkChoice] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        kind = _KINDS.get(interface.type(), "")
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            choices.append(NetworkChoice(ip.toString(), interface.humanReadableName(), kind))
    choices.sort(key=lambda c: not reaches_phones(c.address))
    return choices
