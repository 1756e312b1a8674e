"""--demo: the window opens on a living journal, and the throwaway folder goes away."""

from __future__ import annotations

from peerjournal.core.vocabulary import EntryKind
from peerjournal.demo.throwaway import DemoJournal

from peerjournal.ui.app.controller import AppController


def test_demo_window_shows_sample_data(qtbot):
    demo = DemoJournal()
    ctl = AppController(demo.path, demo=True)
    try:
        ctl.start(demo.create())
        window = ctl.window
        assert window is not None and window.isVisible()
        assert "demo" in window.windowTitle()
        rows = window.timeline.model.rows()
        assert len(rows) > 150
        assert {r.kind for r in rows} == set(EntryKind)
        assert len(ctl.journal.people()) >= 12
        window.go_to(2)
        assert window.people.isVisible()
    finally:
        ctl._drop_journal()
        demo.cleanup()
    assert not demo.folder.exists()
