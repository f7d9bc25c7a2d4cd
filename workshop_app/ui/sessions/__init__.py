"""Sessions of a workshop in the GUI: which are shown, rehearsals, discarding."""
