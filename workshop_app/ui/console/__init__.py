"""Run mode's console: the facilitator's screen, bound to the run-session view model."""
