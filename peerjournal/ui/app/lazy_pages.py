"""Pages made when first wanted: the main window's stack holds a small placeholder for each page
until it is shown or asked for, so opening the window builds (and reads) only Today (issue 20).

Signals: ``built(str)`` with the page's name, once it is made and in its place in the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

PLACEHOLDER_NAME = "pagePlaceholder"


class LazyPages(QObject):
    """One placeholder per name in ``stack``, replaced by ``builders[name]()`` the first time the
    page is shown (the stack's current index moves to it) or asked for with :meth:`page`."""

    built = Signal(str)

    def __init__(self, stack: QStackedWidget, names: Sequence[str],
                 builders: Mapping[str, Callable[[], QWidget]]) -> None:
        super().__init__(stack)
        self._stack = stack
        self._names = tuple(names)
        self._builders = dict(builders)
        self._pages: dict[str, QWidget] = {}
        for _name in self._names:
            holder = QWidget()
            holder.setObjectName(PLACEHOLDER_NAME)
            stack.addWidget(holder)
        # Connected before anyone else's, so whoever hears a page change sees the real page.
        stack.currentChanged.connect(self._shown)

    def is_built(self, name: str) -> bool:
        return name in self._pages

    def built_pages(self) -> dict[str, QWidget]:
        """The pages made so far, by name."""
        return dict(self._pages)

    def page(self, name: str) -> QWidget:
        """The page ``name``, made now if it wasn't yet (it reads what it shows when shown)."""
        page = self._pages.get(name)
        if page is not None:
            return page
        page = self._builders[name]()
        self._pages[name] = page
        index = self._names.index(name)
        holder = self._stack.widget(index)
        assert holder is not None
        was_current = self._stack.currentIndex() == index
        # Put the page before its placeholder, show it if the placeholder was shown, then drop
        # the placeholder: the stack's other indexes are the same afterwards.
        self._stack.insertWidget(index, page)
        if was_current:
            self._stack.setCurrentIndex(index)
        self._stack.removeWidget(holder)
        holder.deleteLater()
        self.built.emit(name)
        return page

    def _shown(self, index: int) -> None:
        if 0 <= index < len(self._names) and self._names[index] not in self._pages:
            self.page(self._names[index])
