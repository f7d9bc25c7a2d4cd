"""One exception for every request the server refuses, and its one rendering.

Handlers and middlewares raise ``Refusal``; the ``errors`` middleware turns it into a
response: JSON ``{"error", "message"}`` for the API, or a small HTML page in the phone's
language, saying what to do, for a browser that navigated here (a stale or mistyped link,
a form posted without JavaScript).
"""

from __future__ import annotations

import json
from html import escape

from aiohttp import web

from workshop_app.domain.translations import text_direction
from workshop_app.live.page_shell import document_head
from workshop_app.live.refusal_words import strings

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    # Same-origin requests keep their Origin header (no-referrer makes Chromium send
    # "Origin: null" on the page's own form posts); other sites get no referrer at all.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class Refusal(Exception):
    """A request the server will not serve.

    ``word`` names the message in refusal_words (``word + "_do"``, when there, says what
    to do on the HTML page); ``values`` fill its ``{placeholders}``; ``text`` replaces the
    message where the reason comes from elsewhere (a note's validation); ``back`` is the
    page the HTML answer links to; ``headers`` are added to either answer.
    """

    def __init__(
        self,
        status: int,
        code: str,
        word: str,
        *,
        back: str | None = None,
        text: str | None = None,
        headers: dict[str, str] | None = None,
        **values: object,
    ) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
        self.word = word
        self.back = back
        self.text = text
        self.headers = headers or {}  # e.g. Allow on a 405 (RFC 9110)
        self.values = values

    def message(self, words: dict[str, str]) -> str:
        if self.text is not None:
            return self.text
        message = words.get(self.word, words["refused"])
        for name, value in self.values.items():
            message = message.replace("{" + name + "}", str(value))
        return message


def wants_html(request: web.Request) -> bool:
    """A browser navigating (a link, a plain form post), not a script or an API client."""
    return "/api/" not in request.path and "text/html" in request.headers.get("Accept", "")


def refusal_response(request: web.Request, refusal: Refusal, language: str) -> web.Response:
    words = strings(language)
    message = refusal.message(words)
    if wants_html(request):
        response = web.Response(
            status=refusal.status,
            text=refusal_page(refusal, language, words, message),
            content_type="text/html",
            headers={**SECURITY_HEADERS, "Cache-Control": "no-store"},
        )
    else:
        response = json_error(refusal.status, refusal.code, message)
    response.headers.update(refusal.headers)
    return response


def json_error(status: int, code: str, message: str) -> web.Response:
    return web.Response(
        status=status,
        text=json.dumps({"error": code, "message": message}, ensure_ascii=False),
        content_type="application/json",
        headers={**SECURITY_HEADERS, "Cache-Control": "no-store"},
    )


def refusal_page(refusal: Refusal, language: str, words: dict[str, str], message: str) -> str:
    e = escape
    advice = words.get(refusal.word + "_do", "")
    advice_html = f'<p class="advice">{e(advice)}</p>' if advice else ""
    if refusal.back:
        link = f'<p><a class="button" href="{e(refusal.back)}">{e(words["back"])}</a></p>'
    elif refusal.word in ("link_unknown", "nothing_here"):
        link = f'<p><a class="button" href="/">{e(words["join_by_code"])}</a></p>'
    else:
        link = ""
    head = document_head(
        language=language,
        direction=text_direction(language),
        title=words["page_title"],
        stylesheet="/static/participant.css",
    )
    return f"""{head}\
<header><h1>{e(words["heading"])}</h1></header>
<main class="refusal">
<p class="msg error" role="alert">{e(message)}</p>
{advice_html}
{link}
</main>
</body>
</html>
"""
