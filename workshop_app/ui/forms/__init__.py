"""Generated from forms/*.ui by `make forms`; do not edit."""
