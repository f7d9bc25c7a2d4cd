"""`make screenshots`: the pictures in docs/screenshots/, taken from the real windows."""
