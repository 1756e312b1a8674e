"""The passphrase field: our code reads the passphrase, Qt (and so every accessibility event,
input method and undo step, which Qt builds from its own text) only ever holds bullets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QAccessible,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QApplication, QLineEdit

import peerjournal.ui
from peerjournal.ui.widgets.passphrase_field import (
    MASK,
    PassphraseField,
    inserts_text,
    passphrase_field,
)

SECRET = "Zq7x kettle"  # QTest types ASCII only; wider text below


def qt_text(field: QLineEdit) -> str:
    """The text Qt itself holds: what its accessibility events are made of."""
    return QLineEdit.text(field)


def masked(text: str) -> str:
    return MASK * len(text)


@pytest.fixture
def field(qtbot):
    made = passphrase_field("passphraseEdit", "Passphrase", "What you type is hidden.")
    qtbot.addWidget(made)
    made.show()
    made.setFocus()
    seen: list[str] = []
    made.textChanged.connect(lambda _: seen.append(qt_text(made)))
    made.seen = seen  # every text Qt held, after every change
    return made


def assert_never_held(field, secret: str = SECRET) -> None:
    for held in [*field.seen, qt_text(field), field.displayText(), field.selectedText(),
                 str(field.inputMethodQuery(Qt.InputMethodQuery.ImSurroundingText) or "")]:
        assert set(held) <= {MASK}, held
    iface = QAccessible.queryAccessibleInterface(field)
    assert iface.role() == QAccessible.Role.EditableText and iface.state().passwordEdit
    for told in (iface.text(QAccessible.Text.Value), iface.textInterface().text(0, len(secret))):
        assert not set(told) & set(secret.replace(" ", "")), told


def test_named_like_every_control(field):
    assert field.objectName() == "passphraseEdit"
    assert field.accessibleName() == "Passphrase"
    assert field.accessibleDescription() == "What you type is hidden."
    assert field.echoMode() == QLineEdit.EchoMode.Password


def test_typing_keeps_the_passphrase_out_of_qt(qtbot, field):
    said: list[str] = []
    field.passphraseChanged.connect(said.append)
    qtbot.keyClicks(field, SECRET)
    assert field.text() == SECRET and said[-1] == SECRET
    assert qt_text(field) == masked(SECRET)
    assert_never_held(field)
    field.clear()
    assert field.text() == "" and qt_text(field) == ""
    assert_never_held(field)


def type_unicode(field: QLineEdit, text: str) -> None:
    for char in text:
        QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))


def test_any_character_types_as_one_bullet(qtbot, field):
    qtbot.keyClicks(field, "a")
    type_unicode(field, "ünï😀")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    type_unicode(field, "é")
    assert field.text() == "aünïé" and qt_text(field) == masked("aünïé")
    assert_never_held(field, "aünïé😀")


def test_plain_line_edit_holds_the_real_text(qtbot):
    """What the field prevents: Qt's password field keeps (and so reports) the real characters."""
    plain = QLineEdit()
    qtbot.addWidget(plain)
    plain.setEchoMode(QLineEdit.EchoMode.Password)
    qtbot.keyClicks(plain, SECRET)
    assert QLineEdit.text(plain) == SECRET


def test_editing_keys_follow_the_cursor(qtbot, field):
    qtbot.keyClicks(field, "abcdef")
    qtbot.keyClick(field, Qt.Key.Key_Left)
    qtbot.keyClick(field, Qt.Key.Key_Left)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # removes d
    qtbot.keyClicks(field, "XY")
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # removes e
    assert field.text() == "abcXYf"
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClick(field, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(field, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    type_unicode(field, "é")  # replaces the selection "ab"
    assert field.text() == "écXYf"
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == ""
    assert_never_held(field, "abcdefXYé")


def test_undo_clears_as_in_any_password_field(qtbot, field):
    qtbot.keyClicks(field, "secret words")
    qtbot.keySequence(field, QKeySequence.StandardKey.Undo)
    assert field.text() == "" and qt_text(field) == ""


def test_paste_by_key_menu_and_insert(qtbot, field):
    QGuiApplication.clipboard().setText("from the manager")
    qtbot.keySequence(field, QKeySequence.StandardKey.Paste)
    assert field.text() == "from the manager"
    field.clear()
    menu = field.context_menu()
    paste = next(a for a in menu.actions() if a.objectName() == "edit-paste")
    paste.trigger()
    field.insert("!")
    assert field.text() == "from the manager!"
    assert_never_held(field, "from the manager!")
    menu.deleteLater()


def test_input_method_commit_and_preedit_arrive_masked(qtbot, field):
    field.inputMethodEvent(QInputMethodEvent("ni", []))
    event = QInputMethodEvent("", [])
    event.setCommitString("你好")
    field.inputMethodEvent(event)
    assert field.text() == "你好" and qt_text(field) == masked("你好")
    assert_never_held(field, "你好ni")


def test_set_text_and_show_without_handing_qt_the_passphrase(qtbot, field):
    field.setText(SECRET)
    assert field.text() == SECRET and qt_text(field) == masked(SECRET)
    field.set_shown(True)
    assert field.is_shown() and field.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(field, "!")
    assert field.text() == SECRET + "!" and qt_text(field) == masked(SECRET + "!")
    assert_never_held(field, SECRET + "!")
    field.set_shown(False)
    assert not field.is_shown() and field.text() == SECRET + "!"
    # Font and colours are inherited again, as before (a later theme change reaches the field).
    assert not field.testAttribute(Qt.WidgetAttribute.WA_SetFont)
    assert not field.testAttribute(Qt.WidgetAttribute.WA_SetPalette)


def ink(image: QImage) -> list[int]:
    return [(image.pixel(x, y) >> 8) & 255 for y in range(image.height()) for x in range(image.width())]


def differing(one: QLineEdit, other: QLineEdit) -> int:
    """How many pixels of the two fields look clearly different."""
    return sum(abs(a - b) > 60 for a, b in zip(ink(one.grab().toImage()), ink(other.grab().toImage()), strict=True))


def test_shown_passphrase_is_painted_where_plain_text_would_be(qtbot):
    plain = QLineEdit("blue kettle 123")
    plain.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    fields = [plain]
    for text in ("blue kettle 123", "blue kettle 124"):
        made = PassphraseField()
        made.setText(text)
        made.set_shown(True)
        fields.append(made)
    for made in fields:
        qtbot.addWidget(made)
        made.resize(260, 30)
        made.setCursorPosition(4)  # the characters are placed from the cursor
        made.show()
    same, one_off = differing(fields[1], plain), differing(fields[2], plain)
    fields[1].set_shown(False)
    assert same < one_off < differing(fields[1], plain)


def test_text_put_into_qt_past_the_field_is_taken_in_and_masked(qtbot, field):
    qtbot.keyClicks(field, "abc")
    iface = QAccessible.queryAccessibleInterface(field)
    iface.editableTextInterface().insertText(1, "XY")  # an accessibility client typing
    assert field.text() == "aXYbc" and qt_text(field) == masked("aXYbc")
    QLineEdit.setText(field, "xy")  # Qt's own setText, as C++ code would call it: can't be placed
    assert field.text() == "" and qt_text(field) == ""
    QLineEdit.setText(field, "new")
    assert field.text() == "new" and qt_text(field) == masked("new")


def test_drops_are_refused(field):
    assert not field.acceptDrops()


def test_only_what_qt_would_type_is_typed():
    ctrl = Qt.KeyboardModifier.ControlModifier
    assert inserts_text("a", Qt.KeyboardModifier.NoModifier)
    assert not inserts_text("a", ctrl) and not inserts_text("\x08", Qt.KeyboardModifier.NoModifier)
    assert inserts_text("\u200d", ctrl | Qt.KeyboardModifier.ShiftModifier)  # a joiner


def test_no_other_password_field_in_the_ui():
    """Every passphrase goes into a PassphraseField: a QLineEdit or QInputDialog in Password mode
    anywhere else in the UI would send what is typed to accessibility clients again."""
    ui = Path(peerjournal.ui.__file__).parent
    offenders = [str(path.relative_to(ui)) for path in ui.rglob("*.py")
                 if path.name != "passphrase_field.py"
                 and any(word in path.read_text(encoding="utf-8") for word in ("EchoMode.Password", "QInputDialog"))]
    assert offenders == []
