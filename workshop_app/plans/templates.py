"""Built-in plan templates shipped in resources/templates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workshop_app.plans.plan_format import Plan, read_plan
from workshop_app.resources import resource_path


@dataclass(frozen=True)
class Template:
    path: Path
    plan: Plan

    @property
    def title(self) -> str:
        return self.plan.workshop.title

    @property
    def minutes(self) -> int:
        return sum(p.item.planned_minutes for p in self.plan.agenda)


def template_paths() -> list[Path]:
    return sorted(resource_path("templates").glob("*.plan.json"))


def builtin_templates() -> list[Template]:
    return [Template(path, read_plan(path)) for path in template_paths()]
