"""The join QR is encoded once per address, not once per results snapshot.

Every snapshot (up to ten a second while phones vote) sets the join address again; each
encoding took about 14 ms of the GUI thread, the main cause of the 0.3-0.8 s stalls
`make rehearsal` measured with 300 phones voting.
"""

from __future__ import annotations

from workshop_app.ui.presenter.window import PresenterWindow


def test_the_same_address_again_keeps_the_encoded_image(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = PresenterWindow()
    qtbot.addWidget(window)
    window.set_join("http://127.0.0.1:8765/j/abc", "ABC123")
    first = window.join_qr.image
    assert first is not None
    window.set_join("http://127.0.0.1:8765/j/abc", "ABC123")
    assert window.join_qr.image is first
    window.set_join("http://127.0.0.1:8765/j/other", "XYZ789")
    assert window.join_qr.image is not first and window.join_qr.image is not None
    window.set_join(None, None)
    assert window.join_qr.image is None
