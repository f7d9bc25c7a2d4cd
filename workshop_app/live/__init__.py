"""The embedded server phones reach over the room's network; it never uses Qt widgets."""
