"""The presenter's layout at four screen sizes (16:9 and 4:3): every text whole, none over
another or over a bar, the question larger than what is below it, the join bar shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from workshop_app.domain.polls import Poll, PollSettings, PollType, tally
from workshop_app.ui.presenter.window import PresenterWindow, short_address
from workshop_app.ui.widgets.options_list import OptionsList
from workshop_app.ui.widgets.qr import qr_image
from workshop_app.ui.widgets.results_chart import ResultsChart
from workshop_app.ui.widgets.stage_colours import LIGHT

SIZES = [(1280, 720), (1920, 1080), (1024, 768), (3840, 2160)]
JOIN_URL = "http://192.168.1.20:8765/j/q7Vx2bNc9LrT4kWm8sPz3hYd6fGa1eJu"

FIVE = Poll(
    PollType.SINGLE_CHOICE,
    "How do you take part in the life of the neighbourhood today?",
    [
        "Resident",
        "Works in the area",
        "Police",
        "City or public service",
        "Other, for instance a visitor from the next municipality who came along tonight",
    ],
)
MANY = Poll(
    PollType.MULTIPLE_CHOICE,
    "Which would most improve contact with the police?",
    [
        "A known local officer",
        "Regular open meetings",
        "Foot patrols",
        "An online reporting channel",
        "Youth outreach",
        "A counter at the town hall",
        "Street lighting first, then everything else",
    ],
    settings=PollSettings(max_choices=2),
)
SCALE = Poll(
    PollType.SCALE,
    "Street cameras in the square: from strongly against (0) to strongly for (10)",
    [],
    settings=PollSettings(
        scale_min=0,
        scale_max=10,
        scale_min_label="Strongly against",
        scale_max_label="Strongly for",
    ),
)
RANKING = Poll(
    PollType.RANKING,
    "Rank what the city should invest in first",
    ["Youth centres and sport", "Street lighting", "Addiction support", "Affordable housing"],
)
WORDS = Poll(PollType.OPEN_TEXT, "In one word: what makes a street feel safe to you?", [])


def _scenes() -> dict[str, Callable[[PresenterWindow], None]]:
    def intro(window: PresenterWindow) -> None:
        window.set_poll(None, None, connected=12)

    def open_no_answers(window: PresenterWindow) -> None:
        window.set_poll(FIVE, tally(FIVE, []), connected=12, status="Poll open")

    def open_hidden(window: PresenterWindow) -> None:
        answers = [0, 1, 1, 4, 3]
        window.set_poll(FIVE, tally(FIVE, answers), hidden=True, connected=12, status="Poll open")

    def results_five(window: PresenterWindow) -> None:
        answers = [0] * 14 + [1] * 9 + [2] * 3 + [3] * 8 + [4] * 2
        window.set_poll(FIVE, tally(FIVE, answers), status="Results", open_step=False)

    def results_seven(window: PresenterWindow) -> None:
        answers = [[0, 1], [2, 6], [6], [3, 4], [5, 0], [0]]
        window.set_poll(MANY, tally(MANY, answers), status="Results", open_step=False)

    def scale(window: PresenterWindow) -> None:
        answers = [0, 1, 2, 2, 2, 4, 4, 4, 4, 5, 6, 6, 7, 8, 9, 10, 10]
        window.set_poll(SCALE, tally(SCALE, answers), status="Results", open_step=False)

    def ranking(window: PresenterWindow) -> None:
        answers = [[3, 0, 1, 2], [0, 3, 2, 1], [3, 1, 0, 2]]
        window.set_poll(RANKING, tally(RANKING, answers), status="Results", open_step=False)

    def words(window: PresenterWindow) -> None:
        answers = ["lighting", "light", "neighbours", "open shops", "light", "people", "police"]
        answers += ["children playing", "clean streets", "lighting", "benches", "cafés"]
        window.set_poll(WORDS, tally(WORDS, answers), status="Results", open_step=False)

    return {
        "intro": intro,
        "open-no-answers": open_no_answers,
        "open-hidden": open_hidden,
        "results-five": results_five,
        "results-seven": results_seven,
        "scale": scale,
        "ranking": ranking,
        "words": words,
    }


SCENES = _scenes()


def _presenter(qtbot, size: tuple[int, int]) -> PresenterWindow:  # type: ignore[no-untyped-def]
    window = PresenterWindow()
    qtbot.addWidget(window)
    window.set_workshop_title("Neighbourhood safety: a citizens' workshop in Saint-Gilles")
    window.set_item("Community policing: what works here, and what does not?")
    window.set_join(JOIN_URL, "ZRFXG8", qr_image(JOIN_URL))
    window.set_wifi("Town Hall Guest", qr_image("WIFI:T:WPA;S:Town Hall Guest;P:lantern42;;"))
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _settle(window: PresenterWindow) -> None:
    QApplication.processEvents()
    assert window.size().width() > 0


def _label_boxes(window: PresenterWindow) -> list[tuple[str, QRectF, float]]:
    """(text, where its text really is in window coordinates, pixel size) per label."""
    boxes = []
    for label in window.content.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        area = label.contentsRect()
        metrics = QFontMetricsF(label.font())
        flags = int(label.alignment())
        if label.wordWrap():
            flags |= int(Qt.TextFlag.TextWordWrap)
            needed_height = label.heightForWidth(label.width())
            assert needed_height <= label.height(), f"{label.text()!r} is cut off at the bottom"
        needed = metrics.boundingRect(QRectF(area), flags, label.text())
        assert needed.width() <= area.width() + 0.5, f"{label.text()!r} is wider than its label"
        assert needed.height() <= area.height() + 0.5, f"{label.text()!r} is cut off"
        origin = label.mapTo(window, QPoint(0, 0))
        boxes.append((label.text(), needed.translated(origin), float(label.font().pixelSize())))
    return boxes


def _stage_boxes(window: PresenterWindow) -> tuple[list[tuple[str, QRectF, float]], list[QRectF]]:
    view = window.shown_view()
    origin = view.mapTo(window, QPoint(0, 0))
    texts: list[tuple[str, QRectF, float]] = []
    bars: list[QRectF] = []
    if isinstance(view, ResultsChart | OptionsList):
        boxes = view.text_boxes()
        for box in boxes:
            assert box.fits(), f"{box.text!r} does not fit its box"
            texts.append((box.text, box.needed().translated(origin), float(box.font.pixelSize())))
    if isinstance(view, ResultsChart):
        bars = [
            bar.translated(origin) for bar, _colour in view.layout_for(QRectF(view.rect())).bars
        ]
    return texts, bars


def _overlap(a: QRectF, b: QRectF) -> bool:
    shared = a.intersected(b)
    return shared.width() > 0.5 and shared.height() > 0.5


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("scene", list(SCENES))
def test_every_text_whole_and_apart(qtbot, size: tuple[int, int], scene: str) -> None:  # type: ignore[no-untyped-def]
    window = _presenter(qtbot, size)
    SCENES[scene](window)
    _settle(window)
    assert window.size().toTuple() == size
    labels = _label_boxes(window)
    texts, bars = _stage_boxes(window)
    everything = labels + texts
    bounds = QRectF(window.rect())
    for text, rect, _size in everything:
        assert bounds.contains(rect), f"{text!r} leaves the screen"
    for i, (first, a, _) in enumerate(everything):
        for second, b, _ in everything[i + 1 :]:
            assert not _overlap(a, b), f"{first!r} overlaps {second!r}"
        for bar in bars:
            assert not _overlap(a, bar), f"{first!r} overlaps a bar"
    sizes = {text: pixels for text, _rect, pixels in labels}
    question, item = window.question.font().pixelSize(), window.item_title.font().pixelSize()
    others = [
        p for t, _r, p in labels if t not in (window.item_title.text(), window.question.text())
    ]
    assert item > question
    if window.question.isVisible():
        assert all(question > pixels for _t, _r, pixels in texts), (
            "stage text outgrows the question"
        )
        assert all(question > pixels for pixels in others)
    # The join bar: the short address and the room code, always.
    assert sizes[short_address(JOIN_URL)] >= 0.036 * min(size[0] * 9 / 16, size[1])
    assert "ZRFXG8" in sizes


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_open_poll_without_answers_lists_every_option(qtbot, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    window = _presenter(qtbot, size)
    SCENES["open-no-answers"](window)
    _settle(window)
    assert window.shown_view() is window.options
    shown = [box.text for box in window.options.text_boxes()]
    for option in FIVE.options:
        assert any(option in text for text in shown), option


def test_hidden_results_show_the_options_and_say_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _presenter(qtbot, (1280, 720))
    SCENES["open-hidden"](window)
    _settle(window)
    assert window.shown_view() is window.options
    shown = [box.text for box in window.options.text_boxes()]
    assert "Results are shown when the poll closes." in shown
    assert not any("%" in text for text in shown)  # no count leaks while hidden


def test_results_use_the_full_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _presenter(qtbot, (1280, 720))
    SCENES["results-five"](window)
    _settle(window)
    assert window.shown_view() is window.chart
    assert not window.join_qr.isVisible()  # the QR gives way to the results
    bars = window.chart.layout_for(QRectF(window.chart.rect())).bars
    assert max(bar.width() for bar, _ in bars) > 0.75 * window.width()


def test_join_key_request_shows_the_large_qr_then_goes_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _presenter(qtbot, (1280, 720))
    SCENES["results-five"](window)
    window.toggle_join()
    _settle(window)
    assert window.shown_view() is window.join_panel
    assert window.join_qr.drawn_rect().height() > 0.4 * window.height()
    assert window.wifi_qr.isVisible()
    window.toggle_join()
    assert window.shown_view() is window.chart


def test_light_look_keeps_the_layout(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _presenter(qtbot, (1280, 720))
    window.set_colours(LIGHT)
    SCENES["results-five"](window)
    _settle(window)
    image = window.grab().toImage()
    assert image.pixelColor(5, 5).name() == LIGHT.background
    assert window.chart.colours is LIGHT


def test_another_results_view_can_take_the_stage(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _presenter(qtbot, (1280, 720))
    wall = QWidget()
    window.add_stage_view(wall)
    window.results_views.append(
        lambda poll, _tally, _hidden: wall if poll.type == PollType.OPEN_TEXT else None
    )
    SCENES["words"](window)
    assert window.shown_view() is wall
    SCENES["results-five"](window)
    assert window.shown_view() is window.chart
