"""The presenter screen shown to the room: timer, join QR code and live results."""
