"""The idea wall and dot voting in the facilitator's windows."""
