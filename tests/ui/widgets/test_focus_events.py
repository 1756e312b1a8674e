"""A Tab into a text field is told (focus first) before the field selects its text, as a screen
reader needs it; the text is still selected just after, and typing straight away is kept."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from peerjournal.ui.widgets.focus_events import caret_after_focus


def _form(qtbot, field: QLineEdit) -> tuple[QWidget, QLineEdit]:
    form = QWidget()
    layout = QVBoxLayout(form)
    before = QLineEdit()
    layout.addWidget(before)
    layout.addWidget(field)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus, timeout=5000)
    return form, before


def _selected_when_focused(qtbot, field: QLineEdit) -> list[bool]:
    form, before = _form(qtbot, field)
    seen: list[bool] = []

    def changed(_old: QWidget | None, new: QWidget | None) -> None:
        if new is field:
            seen.append(field.hasSelectedText())

    app = QApplication.instance()
    app.focusChanged.connect(changed)
    try:
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: field.selectedText() == "Sam", timeout=5000)
    finally:
        app.focusChanged.disconnect(changed)
    form.close()
    return seen


def test_the_text_is_selected_after_the_focus_is_told(qtbot):
    assert _selected_when_focused(qtbot, caret_after_focus(QLineEdit("Sam"))) == [False]


def test_qt_alone_selects_before_the_focus_is_told(qtbot):
    """The control: why the helper exists."""
    assert _selected_when_focused(qtbot, QLineEdit("Sam")) == [True]


def test_typing_straight_after_the_tab_is_kept(qtbot):
    field = caret_after_focus(QLineEdit("Sam"))
    form, before = _form(qtbot, field)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    field.end(False)
    qtbot.keyClicks(field, " and Jo")  # before the event loop ran: nothing selects it away
    qtbot.wait(50)
    assert field.text() == "Sam and Jo" and not field.hasSelectedText()
    form.close()


# -- every text field of the app ---------------------------------------------------------------
PACKAGE = Path(__file__).resolve().parents[3] / "peerjournal"


def _called(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        func = node.func
        return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    return ""


def _field_classes(trees: dict[Path, ast.Module]) -> tuple[set[str], set[str]]:
    """The package's QLineEdit kinds, and those of them that apply the fix themselves."""
    kinds, fixed = {"QLineEdit"}, set()
    classes = [c for tree in trees.values() for c in ast.walk(tree) if isinstance(c, ast.ClassDef)]
    grown = True
    while grown:
        grown = False
        for cls in classes:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in cls.bases}
            if cls.name not in kinds and bases & kinds:
                kinds.add(cls.name)
                grown = True
    for cls in classes:
        if cls.name in kinds and any(_called(n) == "caret_after_focus" and ast.unparse(n.args[0]) == "self"
                                     for n in ast.walk(cls) if isinstance(n, ast.Call) and n.args):
            fixed.add(cls.name)
    return kinds, fixed


def fields_made_without_the_fix(package: Path = PACKAGE) -> list[str]:
    """Each place the package makes a text field not passed through ``caret_after_focus``."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(package.rglob("*.py"))}
    kinds, fixed = _field_classes(trees)
    found = []
    for path, tree in trees.items():
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if _called(node) not in kinds - fixed:
                continue
            outer = parents.get(node)
            while outer is not None and not isinstance(outer, ast.stmt) and _called(outer) != "caret_after_focus":
                outer = parents.get(outer)
            if _called(outer) != "caret_after_focus":
                found.append(f"{path.relative_to(package.parent)}:{node.lineno} {ast.unparse(node)}")
    return found


def test_every_text_field_of_the_app_tells_its_focus_before_its_caret_moves():
    """Fields made by ``make.line_edit`` had the fix; others (the word lists, the support plan's
    lines, the network search, …) moved their caret first, and Orca said nothing on Tab."""
    assert fields_made_without_the_fix() == []


def test_the_search_for_fields_finds_one_made_plainly(tmp_path):
    (tmp_path / "form.py").write_text(
        "from PySide6.QtWidgets import QLineEdit\n"
        "class Search(QLineEdit):\n    pass\n"
        "class Kept(QLineEdit):\n    def __init__(self):\n        caret_after_focus(self)\n"
        "a = QLineEdit()\nb = caret_after_focus(named(QLineEdit('x'), 'n', 'N'))\n"
        "c = Search()\nd = caret_after_focus(Search())\ne = Kept()\n", encoding="utf-8")
    assert fields_made_without_the_fix(tmp_path) == [
        f"{tmp_path.name}/form.py:7 QLineEdit()", f"{tmp_path.name}/form.py:9 Search()"]
