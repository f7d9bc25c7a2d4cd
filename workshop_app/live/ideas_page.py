"""Server-rendered HTML of an idea wall and of dot-vote fields: both work without
JavaScript (plain forms); the script then takes over (resources/web/ideas.js).

Every participant's text goes through ``html.escape``.
"""

from __future__ import annotations

from html import escape
from typing import Any

from workshop_app.domain.ideas import IDEA_MAX_CHARS
from workshop_app.domain.polls import Poll, dot_budget


def _votes(words: dict[str, str], n: int) -> str:
    return words["votes_1"] if n == 1 else words["votes_n"].replace("{n}", str(n))


def wall_section(
    base: str,
    poll: Poll | None,
    wall: dict[str, Any],
    words: dict[str, str],
    sort: str,
    heading: str,
) -> str:
    """The wall; ``heading`` is its question's ``<h2>``, as HTML already (escaped, in the
    page's poll language and marked with its own where it falls back)."""
    e = escape
    assert poll is not None and poll.id is not None
    newest = sort == "newest"
    ideas = list(wall.get("ideas", []))
    if newest:
        ideas.sort(key=lambda i: -int(i["id"]))
    else:
        ideas.sort(key=lambda i: (-int(i["votes"]), int(i["id"])))
    voted = set(wall.get("voted", []))
    mine = {int(i["id"]): i for i in wall.get("mine", [])}
    waiting = [i for i in mine.values() if i.get("pending")]
    rows = [_pending_row(i, words) for i in waiting]
    rows += [
        _idea_row(base, poll.id, i, words, i["id"] in voted, i["id"] in mine, newest) for i in ideas
    ]
    empty = f'<li class="none">{e(words["no_ideas"])}</li>' if not rows else ""
    sort_links = (
        f'<nav class="sort" aria-label="{e(words["sort_label"])}">'
        f'<a href="{e(base)}"{_current(not newest)}>{e(words["sort_votes"])}</a> '
        f'<a href="{e(base)}?sort=newest"{_current(newest)}>{e(words["sort_newest"])}</a></nav>'
    )
    return f"""<div id="wall" data-poll="{poll.id}">
{heading}
<form method="post" action="{e(base)}/ideas" id="idea-form">
<input type="hidden" name="poll_id" value="{poll.id}">
<label for="idea-text">{e(words["idea_label"])}</label>
<textarea id="idea-text" name="text" maxlength="{IDEA_MAX_CHARS}" rows="3" required></textarea>
<button type="submit" id="idea-submit">{e(words["idea_submit"])}</button>
</form>
<h3 id="ideas-heading">{e(words["ideas_heading"])}</h3>
{sort_links}
<ul id="ideas" class="ideas" aria-labelledby="ideas-heading">
{"".join(rows)}{empty}
</ul>
</div>"""


def _current(on: bool) -> str:
    return ' aria-current="true"' if on else ""


def _tags(idea: dict[str, Any], words: dict[str, str], own: bool) -> str:
    e = escape
    tags = []
    if idea.get("pinned"):
        tags.append(f'<span class="tag pinned">{e(words["idea_pinned"])}</span>')
    if idea.get("answered"):
        tags.append(f'<span class="tag answered">{e(words["idea_answered"])}</span>')
    if idea.get("edited"):
        tags.append(f'<span class="tag edited">{e(words["idea_edited"])}</span>')
    if own:
        tags.append(f'<span class="tag mine">{e(words["idea_yours"])}</span>')
    return "".join(tags)


def _pending_row(idea: dict[str, Any], words: dict[str, str]) -> str:
    e = escape
    return (
        f'<li class="idea pending" id="idea-{int(idea["id"])}">'
        f'<p class="text">{e(str(idea["text"]))}</p>'
        f'<p class="meta"><span class="tag waiting">{e(words["idea_waiting"])}</span></p></li>'
    )


def _idea_row(
    base: str,
    poll_id: int,
    idea: dict[str, Any],
    words: dict[str, str],
    voted: bool,
    own: bool,
    newest: bool,
) -> str:
    e = escape
    idea_id = int(idea["id"])
    text = str(idea["text"])
    label = (words["withdraw_of"] if voted else words["upvote_of"]).replace("{text}", text)
    return (
        f'<li class="idea{" voted" if voted else ""}" id="idea-{idea_id}">'
        f'<p class="text">{e(text)}</p>'
        f'<p class="meta"><span class="votes">{e(_votes(words, int(idea["votes"])))}</span>'
        f"{_tags(idea, words, own)}</p>"
        f'<form method="post" action="{e(base)}/ideas/vote">'
        f'<input type="hidden" name="poll_id" value="{poll_id}">'
        f'<input type="hidden" name="idea_id" value="{idea_id}">'
        f'<input type="hidden" name="on" value="{0 if voted else 1}">'
        f"{'<input type=hidden name=sort value=newest>' if newest else ''}"
        f'<button type="submit" class="upvote" aria-label="{e(label)}">'
        f"{e(words['withdraw'] if voted else words['upvote'])}</button></form></li>"
    )


def dot_fields(poll: Poll, answer: Any, words: dict[str, str], options: list[str]) -> str:
    """A number per option (dots or points) for the plain form; ``options`` are the
    option texts as HTML already (escaped, each marked with its language)."""
    e = escape
    total, per_option = dot_budget(poll.settings)
    spread = answer if isinstance(answer, dict) else {}
    hint = (
        words["points_hint"].replace("{total}", str(total))
        if poll.settings.points
        else words["dots_hint"].replace("{n}", str(total)).replace("{max}", str(per_option))
    )
    rows = [
        f'<label class="dots"><input type="number" name="dots_{i}" min="0" max="{per_option}"'
        f' value="{int(spread.get(str(i), 0))}" inputmode="numeric"> {text}</label>'
        for i, text in enumerate(options)
    ]
    return f'<p class="hint" id="hint">{e(hint)}</p>' + "\n".join(rows)


def dots_from_form(form: Any, n: int) -> dict[str, Any]:
    """``dots_i = count`` fields of the plain form → the answer the validator checks."""
    spread: dict[str, Any] = {}
    for i in range(n):
        raw = str(form.get(f"dots_{i}", "")).strip()
        if raw and raw != "0":
            spread[str(i)] = raw
    return spread
