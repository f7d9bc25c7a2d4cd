"""Workshop plan files: metadata, agenda and polls, never responses or notes."""
