"""make rehearsal: a whole scripted workshop through the real main window (README › Reliability)."""
