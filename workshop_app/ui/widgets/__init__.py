"""Widgets shared by run mode and the presenter screen (no view imports them back)."""
