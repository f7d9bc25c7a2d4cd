"""workshop-app: plan, run and minute participatory workshops, offline."""

__version__ = "0.1.0"
APP_NAME = "workshop-app"
ORGANISATION_NAME = "workshop-app"
