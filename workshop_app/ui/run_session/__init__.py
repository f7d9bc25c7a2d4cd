"""One run session as the views see it: the view model and the bridge from the server."""
