"""A poll compared across sessions or rooms in the HTML minutes: the same figures as the
PDF's and the Markdown's table (session_text.comparison), as an accessible table with a
share bar under each count."""

from __future__ import annotations

from html import escape

from workshop_app.export.minutes_catalogue import MinutesWords
from workshop_app.export.minutes_data import PollResult
from workshop_app.export.session_text import Comparison, comparison, merged_rooms

# The page's own rules for these tables (html_minutes.STYLE holds the rest); the bar's
# colours are those of the single-session charts.
COMPARISON_STYLE = """
table.compare td.num { min-width: 5.5rem; }
table.compare .total { background: #f4f6fa; border-left: 2px solid #1f4e8c; }
table.compare thead th.total { background: #dfe6f2; }
table.compare tr.responses > * { border-top: 2px solid #1f4e8c; font-weight: bold; }
.share-bar { display: block; height: .45rem; margin-top: .2rem; background: #eef2f8; }
.share-bar > span { display: block; height: 100%; background: #2f6db5; }
.total .share-bar > span { background: #1f4e8c; }
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def comparison_html(result: PollResult, words: MinutesWords, key: str) -> list[str]:
    """The poll's comparison table, or nothing when only one session is shown. `key` is
    the poll's id on the page; the table's ids derive from it."""
    table = comparison(result, words)
    if table is None:
        return []
    heading = words("by_room" if merged_rooms(result) else "by_session")
    caption_id = f"{key}-compared"
    caption = f"{heading} · {words('poll_number', number=result.number)}"
    last = len(table.columns) - 1  # the total's column
    lines = [
        # Many rooms do not fit a phone: the table scrolls inside its own region.
        f'<div class="table-scroll" role="region" aria-labelledby="{caption_id}" tabindex="0">',
        f'<table class="compare"><caption id="{caption_id}">{_e(caption)}</caption>',
        "<thead><tr>",
        f'<th scope="col">{_e(words("option"))}</th>',
        *(
            f'<th scope="col" class="num{" total" if i == last else ""}">{_e(c)}</th>'
            for i, c in enumerate(table.columns)
        ),
        "</tr></thead><tbody>",
    ]
    for label, counts in table.rows:
        cells = "".join(_cell(table, n, i, i == last, words) for i, n in enumerate(counts))
        lines.append(f'<tr><th scope="row">{_e(label)}</th>{cells}</tr>')
    sums = "".join(
        f'<td class="num{" total" if i == last else ""}">{n}</td>'
        for i, n in enumerate(table.responses)
    )
    lines.append(
        f'<tr class="responses"><th scope="row">{_e(words("responses_row"))}</th>{sums}</tr>'
    )
    lines += ["</tbody></table>", "</div>"]
    return lines


def _cell(table: Comparison, n: int | str, column: int, total: bool, words: MinutesWords) -> str:
    """ "5 (26%)" with a bar of the share under it; a count the minimum group size holds
    back prints its words ("fewer than 5", "withheld") and draws no bar."""
    figure = _e(table.cell(n, column, words))
    classes = "num nowrap total" if total else "num nowrap"
    whole = table.responses[column]
    if isinstance(n, int) and whole:
        # Hidden from assistive technology: the figure beside it says the same.
        bar = f'<span style="width:{100 * n / whole:.1f}%"></span>'
        figure += f'<span class="share-bar" aria-hidden="true">{bar}</span>'
    return f'<td class="{classes}">{figure}</td>'
