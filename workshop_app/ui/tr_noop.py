"""A typed QT_TRANSLATE_NOOP: marks a literal for lupdate where the text is declared, to be
translated where it is shown (PySide6's own returns ``object`` to the type checker)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
