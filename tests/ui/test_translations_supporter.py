"""Translations in supporter mode: under the pseudo-locale, every visible text of the
supporter window (empty, then with a person's two files open and compared), the name
question on import and the menus goes through translation.

The same walk as ``test_translations.py`` (``walks.py``); the person's data here is what the sharing
journal holds (names, the message) and the file names.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from tests.ui.supporter import conftest as supporter
from tests.ui.supporter.helpers import FIRST, SECOND, make_window, open_share
from tests.ui.walks import _calendar_words, _data_strings, _untranslated, _visible_texts

# The fixtures these tests share with the two modules above.
store, public, sam, inbox = supporter.store, supporter.public, supporter.sam, supporter.inbox


def _menus(window) -> list[tuple[str, str]]:
    texts = []
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        texts += [("menu", a.text()) for a in [action, *menu.actions()] if a.text() and not a.isSeparator()]
    return texts


def test_the_supporter_window_shows_only_translatable_text(qtbot, store, public, sam, inbox, pseudo_locale):
    window = make_window(qtbot, store)
    # Longest first, as _data_strings gives them: the sender's name and message are the person's too.
    data = sorted([*_data_strings(sam.journal), "Sam", "Thank you for Tuesday."], key=len, reverse=True)
    calendar = _calendar_words()
    problems = _untranslated([*_visible_texts(window), *_menus(window), ("title", window.windowTitle())],
                             data, calendar)

    asked = []

    def look_then_accept(dialog) -> None:
        asked.append(dialog)
        problems.extend(f"name question: {p}" for p in _untranslated(
            [*_visible_texts(dialog), ("title", dialog.windowTitle())], data, calendar))
        dialog.ok_button.click()

    first = open_share(qtbot, window, sam.share(inbox, public, FIRST), answer=look_then_accept)
    assert first.outcome == "imported" and asked
    second = open_share(qtbot, window, sam.share(inbox, public, SECOND))
    assert second.outcome == "imported"
    assert window.person_panel.person is not None and window.person_panel.person.export_count == 2
    assert "⟦" in window.person_panel.review.comparison.text()  # the comparison is on show, translated
    problems += _untranslated([*_visible_texts(window), ("status", window.statusBar().currentMessage())],
                              data, calendar)
    unique = sorted(set(problems))
    assert not unique, f"{len(unique)} visible texts don't go through translation:\n" + "\n".join(unique)
