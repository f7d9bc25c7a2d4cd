"""Names of the answer channels as the interface shows them, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.channels import Channel, ChannelTally


def channel_label(channel: Channel) -> str:
    labels = {
        Channel.PHONE: QCoreApplication.translate("Channels", "Phones"),
        Channel.HANDS: QCoreApplication.translate("Channels", "Show of hands"),
        Channel.PAPER: QCoreApplication.translate("Channels", "Paper ballots"),
        Channel.DOTS: QCoreApplication.translate("Channels", "Sticky dots"),
        Channel.PROXY: QCoreApplication.translate("Channels", "Entered by the facilitator"),
    }
    return labels[channel]


def split_text(combined: ChannelTally) -> str:
    """ "Phones 30 · Paper ballots 12 · Entered by the facilitator 2"."""
    return " · ".join(
        f"{channel_label(channel)} {part.responses}" for channel, part in combined.channels.items()
    )
