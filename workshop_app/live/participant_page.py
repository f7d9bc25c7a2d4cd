"""Server-rendered HTML of the participant page, so answering works without JavaScript.

Every participant-visible string goes through ``html.escape``; the script then takes
over and re-renders with ``textContent`` only.
"""

from __future__ import annotations

from html import escape
from typing import Any

from workshop_app.domain.polls import Poll, PollType
from workshop_app.live.ideas_page import dot_fields, wall_section
from workshop_app.live.page_shell import boot_data, document_head


def poll_json(poll: Poll) -> dict[str, Any]:
    s = poll.settings
    return {
        "id": poll.id,
        "type": poll.type.value,
        "question": poll.question,
        "options": list(poll.options),
        "max_choices": s.max_choices,
        "scale_min": s.scale_min,
        "scale_max": s.scale_max,
        "scale_min_label": s.scale_min_label,
        "scale_max_label": s.scale_max_label,
        "allow_change": s.allow_change,
        "results_hidden": s.results_hidden,
        "approve_first": s.approve_first,
        "dots": s.dots,
        "dots_per_option": s.dots_per_option,
        "points": s.points,
    }


def participant_page(
    *,
    base: str,
    title: str,
    language: str,
    words: dict[str, str],
    poll: Poll | None,
    answer: Any | None,
    message: str = "",
    wall: dict[str, Any] | None = None,
    sort: str = "",
) -> str:
    e = escape
    boot = {
        "base": base,
        "words": words,
        "poll": poll_json(poll) if poll else None,
        "answer": answer,
        "wall": wall,
    }
    head = document_head(
        language=language, title=title, stylesheet=f"{base}/static/participant.css"
    )
    section = (
        wall_section(base, poll, wall, words, sort)
        if wall is not None
        else _poll_form(base, poll, answer, words)
    )
    return f"""{head}\
<header><h1>{e(title)}</h1><p id="conn" class="conn" role="status"></p></header>
<main id="main">
<p id="status" class="msg" role="status"></p>
<p id="confirm" class="msg" tabindex="-1">{e(message)}</p>
<p id="announce" class="visually-hidden" role="status"></p>
<section id="poll">
{section}
</section>
</main>
<footer><p>{e(words["anonymity"])}</p></footer>
<script type="application/json" id="boot">{boot_data(boot)}</script>
<script src="{e(base)}/static/ideas.js" defer></script>
<script src="{e(base)}/static/participant.js" defer></script>
</body>
</html>
"""


def _poll_form(base: str, poll: Poll | None, answer: Any, words: dict[str, str]) -> str:
    e = escape
    if poll is None:
        return f'<p class="waiting">{e(words["waiting"])}</p>'
    assert poll.id is not None
    answered = answer is not None
    locked = answered and not poll.settings.allow_change
    button = words["sent_once"] if locked else words["change"] if answered else words["submit"]
    disabled = " disabled" if locked else ""
    fields = _fields(poll, answer, words)
    hidden = (
        f'<p class="hint" id="results-note">{e(words["results_hidden"])}</p>'
        if poll.settings.results_hidden
        else ""
    )
    return f"""<form method="post" action="{e(base)}/vote" id="poll-form">
<input type="hidden" name="poll_id" value="{poll.id}">
<fieldset><legend><h2 id="question">{e(poll.question)}</h2></legend>
{fields}
</fieldset>
<button type="submit" id="submit"{disabled}>{e(button)}</button>
{hidden}
</form>"""


def _fields(poll: Poll, answer: Any, words: dict[str, str]) -> str:
    e = escape
    s = poll.settings
    if poll.type == PollType.SINGLE_CHOICE:
        rows = [
            f'<label class="choice"><input type="radio" name="answer" value="{i}"'
            f"{' checked' if answer == i else ''} required> <span>{e(text)}</span></label>"
            for i, text in enumerate(poll.options)
        ]
        return f'<p class="hint">{e(words["choose_one"])}</p>' + "\n".join(rows)
    if poll.type == PollType.MULTIPLE_CHOICE:
        chosen = set(answer or [])
        hint = (
            words["choose_many"].replace("{max}", str(s.max_choices))
            if s.max_choices
            else words["choose_any"]
        )
        rows = [
            f'<label class="choice"><input type="checkbox" name="answer" value="{i}"'
            f"{' checked' if i in chosen else ''}> <span>{e(text)}</span></label>"
            for i, text in enumerate(poll.options)
        ]
        return f'<p class="hint">{e(hint)}</p>' + "\n".join(rows)
    if poll.type == PollType.SCALE:
        rows = [
            f'<label class="step"><input type="radio" name="answer" value="{v}"'
            f"{' checked' if answer == v else ''} required> <span>{v}</span></label>"
            for v in range(s.scale_min, s.scale_max + 1)
        ]
        ends = (
            f'<p class="ends"><span>{s.scale_min} = {e(s.scale_min_label)}</span>'
            f"<span>{s.scale_max} = {e(s.scale_max_label)}</span></p>"
            if s.scale_min_label or s.scale_max_label
            else ""
        )
        return (
            f'<div class="scale" role="radiogroup" aria-labelledby="question">'
            f"{''.join(rows)}</div>{ends}"
        )
    if poll.type == PollType.DOT_VOTE:
        return dot_fields(poll, answer, words)
    if poll.type == PollType.OPEN_TEXT:
        value = e(answer) if isinstance(answer, str) else ""
        return (
            f'<label for="answer-text">{e(words["your_answer"])}</label>'
            f'<textarea id="answer-text" name="answer" maxlength="500" rows="4" required>'
            f"{value}</textarea>"
        )
    # Ranking without JavaScript: a number per option.
    order = list(answer) if isinstance(answer, list) else list(range(len(poll.options)))
    place = {option: rank for rank, option in enumerate(order)}
    rows = []
    for i, text in enumerate(poll.options):
        options = "".join(
            f'<option value="{n + 1}"{" selected" if place.get(i) == n else ""}>{n + 1}</option>'
            for n in range(len(poll.options))
        )
        rows.append(
            f'<label class="rank"><select name="rank_{i}">{options}</select> '
            f"<span>{e(text)}</span></label>"
        )
    return f'<p class="hint">{e(words["rank"])}</p>' + "\n".join(rows)


def join_page(*, title: str, language: str, words: dict[str, str], error: str = "") -> str:
    e = escape
    error_html = f'<p class="msg error" role="alert">{e(error)}</p>' if error else ""
    head = document_head(language=language, title=title, stylesheet="/static/participant.css")
    return f"""{head}\
<header><h1>{e(title)}</h1></header>
<main>
<p>{e(words["join_intro"])}</p>
{error_html}
<form method="get" action="/join">
<label for="code">{e(words["room_code"])}</label>
<input id="code" name="code" autocomplete="off" autocapitalize="characters" maxlength="12"
 required>
<button type="submit">{e(words["join"])}</button>
</form>
</main>
<footer><p>{e(words["anonymity"])}</p></footer>
</body>
</html>
"""
