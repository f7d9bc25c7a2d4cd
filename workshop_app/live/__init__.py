"""The embedded server phones reach over the room's network. No QtWidgets here."""
