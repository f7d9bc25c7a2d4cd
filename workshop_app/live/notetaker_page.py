"""Server-rendered shell of the note-taker page; the script fills it with ``textContent``.

Every string is escaped; the boot data is JSON inside a non-executable script element
(``page_shell.boot_data``).
"""

from __future__ import annotations

from html import escape
from typing import Any

from workshop_app.domain.notes import NoteKind
from workshop_app.domain.translations import text_direction
from workshop_app.live.counts_words import strings as counts_strings
from workshop_app.live.page_shell import boot_data, document_head


def notetaker_page(
    *,
    base: str,
    title: str,
    language: str,
    words: dict[str, str],
    state: dict[str, Any],
    plan_language: str = "",
) -> str:
    """``plan_language``: the workshop's, which the workshop and item titles are in; they
    say so (lang, dir) where the page's words are in another language."""
    e = escape
    plan = (
        f' lang="{e(plan_language)}" dir="{text_direction(plan_language)}"'
        if plan_language and plan_language != language
        else ""
    )
    boot: dict[str, Any] = {"base": base, "words": words, "state": state}
    boot["plan_language"] = [plan_language, text_direction(plan_language)] if plan else ""
    item = state.get("item")
    item_title = item["title"] if item else words["no_item"]
    kinds = "".join(
        f'<option value="{e(kind.value)}">{e(words["kind_" + kind.value])}</option>'
        for kind in NoteKind
    )
    head = document_head(
        language=language,
        direction=text_direction(language),
        title=f"{words['title']} · {title}",
        stylesheet=f"{base}/static/notetaker.css",
    )
    return f"""{head}\
<header><h1>{e(words["title"])} · <span{plan}>{e(title)}</span></h1>
<p id="conn" class="conn" role="status"></p>
<p><a href="{e(base)}/counts">{e(counts_strings(language)["title"])}</a></p></header>
<main>
<section class="item"><h2>{e(words["current_item"])}</h2>
<p id="item" class="item-title" aria-live="polite"{plan if item else ""}>{e(item_title)}</p>\
</section>
<form id="entry-form" autocomplete="off" novalidate>
<p id="mode" class="mode" hidden>{e(words["editing"])}</p>
<div class="row">
<label class="kind">{e(words["kind"])} <select id="kind" name="kind">{kinds}</select></label>
<label class="entry" for="text">{e(words["entry"])}
<input id="text" name="text" type="text" maxlength="5000" autofocus></label>
</div>
<div class="row action" id="action-fields" hidden>
<label>{e(words["owner"])} <input id="owner" name="owner" type="text" maxlength="200"></label>
<label>{e(words["due"])} <input id="due" name="due" type="date"></label>
</div>
<div class="row buttons">
<button id="submit" type="submit">{e(words["add"])}</button>
<button id="cancel" type="button" hidden>{e(words["cancel"])}</button>
</div>
<p id="status" class="msg" role="status" aria-live="polite"></p>
</form>
<section><h2>{e(words["notes"])}</h2><ol id="notes" class="notes"></ol></section>
</main>
<footer><p>{e(words["plain"])}</p></footer>
<script type="application/json" id="boot">{boot_data(boot)}</script>
<script src="{e(base)}/static/notetaker.js" defer></script>
</body>
</html>
"""
