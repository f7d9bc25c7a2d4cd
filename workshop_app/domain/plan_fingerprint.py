"""What makes two workshop files "the same plan": the items and their polls as run.

Rooms of one conference each run a copy of the plan on their own laptop; their files can
be merged only when the outline — item titles in order, and each poll's type, question
and options — is the same. Timings, goals and facilitator notes may differ per room.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass


@dataclass(frozen=True)
class PollOutline:
    type: str
    question: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class ItemOutline:
    title: str
    polls: tuple[PollOutline, ...]


def fingerprint(outline: list[ItemOutline]) -> str:
    """SHA-256 of the outline in a canonical JSON form."""
    canonical = [
        {"title": item.title, "polls": [[p.type, p.question, list(p.options)] for p in item.polls]}
        for item in outline
    ]
    text = json.dumps(canonical, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def differences(first: list[ItemOutline], other: list[ItemOutline]) -> list[str]:
    """Plain sentences naming what differs between two outlines (empty when the same)."""
    found: list[str] = []
    for number in range(1, max(len(first), len(other)) + 1):
        a = first[number - 1] if number <= len(first) else None
        b = other[number - 1] if number <= len(other) else None
        if a is None and b is not None:
            found.append(f"item {number} “{b.title}” is only in the second file")
            continue
        if b is None and a is not None:
            found.append(f"item {number} “{a.title}” is only in the first file")
            continue
        assert a is not None and b is not None
        if a.title != b.title:
            found.append(f"item {number}: “{a.title}” against “{b.title}”")
        for index in range(1, max(len(a.polls), len(b.polls)) + 1):
            pa = a.polls[index - 1] if index <= len(a.polls) else None
            pb = b.polls[index - 1] if index <= len(b.polls) else None
            label = f"poll {number}.{index}"
            if pa is None and pb is not None:
                found.append(f"{label} “{pb.question}” is only in the second file")
            elif pb is None and pa is not None:
                found.append(f"{label} “{pa.question}” is only in the first file")
            elif pa is not None and pb is not None and pa != pb:
                if pa.question != pb.question:
                    found.append(f"{label}: “{pa.question}” against “{pb.question}”")
                else:
                    found.append(f"{label} “{pa.question}”: its type or options differ")
    return found
