"""Server-rendered HTML of the participant page, so answering works without JavaScript.

Every participant-visible string goes through ``html.escape``; the script then takes
over and re-renders with ``textContent`` only.
"""

from __future__ import annotations

from html import escape
from typing import Any

from workshop_app.domain.localised_text import Shown, poll_text_in
from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.translations import (
    RTL_LANGUAGES,
    language_name,
    poll_translations_to_dict,
    text_direction,
)
from workshop_app.live.ideas_page import dot_fields, wall_section
from workshop_app.live.page_language import LANGUAGE_QUERY, PageLanguages
from workshop_app.live.page_shell import boot_data, document_head


def poll_json(poll: Poll) -> dict[str, Any]:
    """The open poll as every phone gets it: the main language's text, and the other
    languages' translations (``texts``), among which each page picks its own."""
    s = poll.settings
    return {
        "texts": poll_translations_to_dict(poll.translations),
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


def lang_attrs(language: str, page: str) -> str:
    """`` lang="…" dir="…"`` for an element whose language differs from the page's."""
    if language == page:
        return ""
    return f' lang="{escape(language)}" dir="{text_direction(language)}"'


def language_switch(langs: PageLanguages, words: dict[str, str]) -> str:
    """Links to the page in each of the workshop's languages (plain links: no script
    needed), each named in its own language."""
    if len(langs.offered) < 2:
        return ""
    links = []
    for code in langs.offered:
        current = ' aria-current="true"' if code == langs.poll else ""
        links.append(
            f'<li><a href="?{LANGUAGE_QUERY}={escape(code)}" hreflang="{escape(code)}"'
            f"{lang_attrs(code, langs.interface)}{current}>{escape(language_name(code))}</a></li>"
        )
    label = escape(words["languages"])
    return f'<nav class="langs" aria-label="{label}"><ul>{"".join(links)}</ul></nav>'


def participant_page(
    *,
    base: str,
    title: str,
    title_language: str,
    langs: PageLanguages,
    words: dict[str, str],
    poll: Poll | None,
    answer: Any | None,
    message: str = "",
    notice: list[str] | None = None,
    wall: dict[str, Any] | None = None,
    sort: str = "",
) -> str:
    e = escape
    boot = {
        "base": base,
        "words": words,
        "poll": poll_json(poll) if poll else None,
        "answer": answer,
        "languages": {
            "page": langs.interface,
            "poll": langs.poll,
            "main": langs.main,
            "rtl": sorted(RTL_LANGUAGES),
        },
        "wall": wall,
    }
    head = document_head(
        language=langs.interface,
        direction=text_direction(langs.interface),
        title=title,
        stylesheet=f"{base}/static/participant.css",
    )
    section = (
        wall_section(base, poll, wall, words, sort, _wall_heading(poll, langs))
        if wall is not None
        else _poll_form(base, poll, answer, words, langs)
    )
    return f"""{head}\
<header><h1{lang_attrs(title_language, langs.interface)}>{e(title)}</h1>\
{language_switch(langs, words)}<p id="conn" class="conn" role="status"></p></header>
<main id="main">
<p id="status" class="msg" role="status"></p>
<p id="confirm" class="msg" tabindex="-1">{e(message)}</p>
<p id="announce" class="visually-hidden" role="status"></p>
{_notice(notice, words)}<section id="poll">
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


def _notice(points: list[str] | None, words: dict[str, str]) -> str:
    """The first screen: what is stored, for how long, who reads what. Above the poll,
    never over it: a phone can answer at once; Continue only folds it away."""
    if not points:
        return ""
    e = escape
    items = "\n".join(f"<li>{e(point)}</li>" for point in points)
    return f"""<section id="notice" aria-labelledby="notice-title">
<h2 id="notice-title">{e(words["notice_title"])}</h2>
<ul>
{items}
</ul>
<p><a id="notice-continue" class="button" href="#poll">{e(words["notice_continue"])}</a></p>
</section>
"""


def _wall_heading(poll: Poll | None, langs: PageLanguages) -> str:
    """An idea wall's question in the page's poll language, marked where it falls back."""
    assert poll is not None
    question = poll_text_in(poll, langs.poll, langs.main)[0]
    return (
        f'<h2 id="question"{lang_attrs(question.language, langs.interface)}>'
        f"{escape(question.text)}</h2>"
    )


def _poll_form(
    base: str, poll: Poll | None, answer: Any, words: dict[str, str], langs: PageLanguages
) -> str:
    e = escape
    if poll is None:
        return f'<p class="waiting">{e(words["waiting"])}</p>'
    assert poll.id is not None
    answered = answer is not None
    locked = answered and not poll.settings.allow_change
    button = words["sent_once"] if locked else words["change"] if answered else words["submit"]
    disabled = " disabled" if locked else ""
    question, options, low, high = poll_text_in(poll, langs.poll, langs.main)
    page = langs.interface

    def shown(text: Shown) -> str:
        return f"<span{lang_attrs(text.language, page)}>{e(text.text)}</span>"

    fields = _fields(poll, answer, words, [shown(o) for o in options], shown(low), shown(high))
    hidden = (
        f'<p class="hint" id="results-note">{e(words["results_hidden"])}</p>'
        if poll.settings.results_hidden
        else ""
    )
    return f"""<form method="post" action="{e(base)}/vote" id="poll-form">
<input type="hidden" name="poll_id" value="{poll.id}">
<fieldset><legend><h2 id="question"{lang_attrs(question.language, page)}>\
{e(question.text)}</h2></legend>
{fields}
</fieldset>
<button type="submit" id="submit"{disabled}>{e(button)}</button>
{hidden}
</form>"""


def _fields(
    poll: Poll, answer: Any, words: dict[str, str], options: list[str], low: str, high: str
) -> str:
    """The answer fields; ``options``, ``low`` and ``high`` are the option and scale end
    texts as HTML already (escaped, each marked with its language)."""
    e = escape
    s = poll.settings
    if poll.type == PollType.SINGLE_CHOICE:
        rows = [
            f'<label class="choice"><input type="radio" name="answer" value="{i}"'
            f"{' checked' if answer == i else ''} required> {text}</label>"
            for i, text in enumerate(options)
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
            f"{' checked' if i in chosen else ''}> {text}</label>"
            for i, text in enumerate(options)
        ]
        return f'<p class="hint">{e(hint)}</p>' + "\n".join(rows)
    if poll.type == PollType.SCALE:
        rows = [
            f'<label class="step"><input type="radio" name="answer" value="{v}"'
            f"{' checked' if answer == v else ''} required> <span>{v}</span></label>"
            for v in range(s.scale_min, s.scale_max + 1)
        ]
        ends = (
            f'<p class="ends"><span>{s.scale_min} = {low}</span>'
            f"<span>{s.scale_max} = {high}</span></p>"
            if s.scale_min_label or s.scale_max_label
            else ""
        )
        return (
            f'<div class="scale" role="radiogroup" aria-labelledby="question">'
            f"{''.join(rows)}</div>{ends}"
        )
    if poll.type == PollType.DOT_VOTE:
        return dot_fields(poll, answer, words, options)
    if poll.type == PollType.OPEN_TEXT:
        value = e(answer) if isinstance(answer, str) else ""
        return (
            f'<label for="answer-text">{e(words["your_answer"])}</label>'
            f'<textarea id="answer-text" name="answer" maxlength="500" rows="4" dir="auto"'
            " required>"
            f"{value}</textarea>"
        )
    # Ranking without JavaScript: a number per option.
    order = list(answer) if isinstance(answer, list) else list(range(len(poll.options)))
    place = {option: rank for rank, option in enumerate(order)}
    rows = []
    for i, text in enumerate(options):
        places = "".join(
            f'<option value="{n + 1}"{" selected" if place.get(i) == n else ""}>{n + 1}</option>'
            for n in range(len(poll.options))
        )
        rows.append(f'<label class="rank"><select name="rank_{i}">{places}</select> {text}</label>')
    return f'<p class="hint">{e(words["rank"])}</p>' + "\n".join(rows)


def join_page(*, title: str, language: str, words: dict[str, str], error: str = "") -> str:
    e = escape
    error_html = f'<p class="msg error" role="alert">{e(error)}</p>' if error else ""
    head = document_head(
        language=language,
        direction=text_direction(language),
        title=title,
        stylesheet="/static/participant.css",
    )
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
