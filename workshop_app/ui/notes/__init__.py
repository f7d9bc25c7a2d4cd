"""Note-taking: the notes pane, its undo commands, search, and the action-items table."""
