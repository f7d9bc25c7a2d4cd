"""Move a plan into and out of an open workshop file."""

from __future__ import annotations

import copy

from workshop_app.domain.polls import PollState
from workshop_app.plans.plan_format import Plan, PlannedItem
from workshop_app.store.workshop_file import WorkshopFile


def plan_from_file(file: WorkshopFile) -> Plan:
    agenda = []
    for item in file.items():
        assert item.id is not None
        agenda.append(PlannedItem(item, file.polls(item.id)))
    return Plan(file.load_workshop(), agenda)


def apply_plan(file: WorkshopFile, plan: Plan, *, replace_workshop: bool = True) -> None:
    """Append the plan's agenda (and, if asked, its details) to the file, polls as drafts."""
    if replace_workshop:
        file.save_workshop(plan.workshop)
    else:
        # The plan's text in further languages stays reachable: its languages join the file's.
        workshop = file.load_workshop()
        extra = [
            lang
            for lang in [plan.workshop.language, *plan.workshop.languages]
            if lang != workshop.language and lang not in workshop.languages
        ]
        if extra and plan.workshop.languages:
            workshop.languages = [*workshop.languages, *extra]
            file.save_workshop(workshop)
    for planned in plan.agenda:
        item = copy.deepcopy(planned.item)
        item.id = None
        item.actual_start = item.actual_end = None
        file.add_item(item)
        for poll in planned.polls:
            fresh = copy.deepcopy(poll)
            fresh.id = None
            fresh.item_id = item.id
            fresh.state = PollState.DRAFT
            fresh.opened_at = fresh.closed_at = None
            file.add_poll(fresh)
