"""Run mode: the facilitator's console, the step sequence and the clicker keys."""
