"""One run session as the console and the presenter see it."""
