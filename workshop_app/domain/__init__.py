"""Plain data and rules of a workshop. No Qt, no SQL, no I/O."""
