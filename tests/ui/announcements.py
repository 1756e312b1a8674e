"""Hear what the app announces to screen readers (``QAccessibleAnnouncementEvent``)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent


def listen(monkeypatch) -> list[tuple[object, str]]:
    """Every announcement sent from now on, as (the object it came from, its words)."""
    heard: list[tuple[object, str]] = []
    original = QAccessible.updateAccessibility

    def update(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            heard.append((event.object(), event.message()))  # type: ignore[attr-defined]
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return heard
