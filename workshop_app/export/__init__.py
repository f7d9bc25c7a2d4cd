"""Minutes and data exports: PDF, CSV, JSON, Markdown. No Qt here."""
