"""Server-rendered shell of the note-taker page; the script fills it with ``textContent``.

Every string is escaped; the boot data is JSON inside a non-executable script element.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from workshop_app.domain.notes import NoteKind


def notetaker_page(
    *, base: str, title: str, language: str, words: dict[str, str], state: dict[str, Any]
) -> str:
    e = escape
    boot = {"base": base, "words": words, "state": state}
    boot_json = json.dumps(boot, ensure_ascii=False).replace("<", "\\u003c")
    item = state.get("item")
    item_title = item["title"] if item else words["no_item"]
    kinds = "".join(
        f'<option value="{e(kind.value)}">{e(words["kind_" + kind.value])}</option>'
        for kind in NoteKind
    )
    return f"""<!doctype html>
<html lang="{e(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{e(words["title"])} · {e(title)}</title>
<link rel="stylesheet" href="{e(base)}/static/notetaker.css">
</head>
<body>
<header><h1>{e(words["title"])} · {e(title)}</h1>
<p id="conn" class="conn" aria-live="polite"></p></header>
<main>
<section class="item"><h2>{e(words["current_item"])}</h2>
<p id="item" class="item-title" aria-live="polite">{e(item_title)}</p></section>
<form id="entry-form" autocomplete="off" novalidate>
<p id="mode" class="mode" hidden>{e(words["editing"])}</p>
<div class="row">
<label class="kind">{e(words["kind"])} <select id="kind" name="kind">{kinds}</select></label>
<input id="text" name="text" type="text" maxlength="5000" placeholder="{e(words["entry"])}"
 aria-label="{e(words["entry"])}" autofocus>
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
<script type="application/json" id="boot">{boot_json}</script>
<script src="{e(base)}/static/notetaker.js" defer></script>
</body>
</html>
"""
