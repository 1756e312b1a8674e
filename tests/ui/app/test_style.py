"""Themes: each one applies live, System follows the desktop, contrast is enough, charts follow."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QVBoxLayout, QWidget

from peerjournal.core.insights import DayCell, MoodOverTime, NetworkNode
from peerjournal.core.settings import Theme
from peerjournal.core.vocabulary import Closeness, Relationship
from peerjournal.storage.files.settings_file import SettingsFile
from tests.ui.helpers import make_window

from peerjournal.ui.app import style
from peerjournal.ui.insights.network_view import NetworkView
from peerjournal.ui.widgets.charts import MoodLineChart, MoodSwatch, StackedBarChart, YearGrid

THEMES = {Theme.LIGHT: style.LIGHT, Theme.DARK: style.DARK, Theme.HIGH_CONTRAST: style.HIGH_CONTRAST}
ROLE = QPalette.ColorRole


@pytest.fixture
def themed(qapp):
    """The app's look managed as in the real app; put back afterwards for the other tests."""
    manager = style.install(qapp)
    yield manager
    manager.uninstall()


def pixel(widget: QWidget, x: int, y: int) -> str:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return QColor(image.pixel(int(x * ratio), int(y * ratio))).name()


# -- contrast ------------------------------------------------------------------------
def test_contrast_ratio_matches_the_wcag_examples():
    assert style.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert style.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert style.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("theme", "needed"), [(Theme.LIGHT, 4.5), (Theme.DARK, 4.5), (Theme.HIGH_CONTRAST, 7.0)])
def test_text_on_its_backgrounds_has_enough_contrast(theme, needed):
    colours = THEMES[theme]
    low = {f"{fg} on {bg}": round(style.contrast_ratio(colours[fg], colours[bg]), 2)
           for fg, bg in style.TEXT_PAIRS if style.contrast_ratio(colours[fg], colours[bg]) < needed}
    assert low == {}


@pytest.mark.parametrize(("theme", "needed"), [(Theme.LIGHT, 4.5), (Theme.DARK, 4.5), (Theme.HIGH_CONTRAST, 7.0)])
def test_the_palette_pairs_have_enough_contrast(theme, needed):
    pal = style.palette_for(THEMES[theme])
    for fg, bg in ((ROLE.WindowText, ROLE.Window), (ROLE.Text, ROLE.Base), (ROLE.Text, ROLE.AlternateBase),
                   (ROLE.ButtonText, ROLE.Button), (ROLE.HighlightedText, ROLE.Highlight),
                   (ROLE.ToolTipText, ROLE.ToolTipBase), (ROLE.PlaceholderText, ROLE.Base),
                   (ROLE.Link, ROLE.Base)):
        ratio = style.contrast_ratio(pal.color(fg), pal.color(bg))
        assert ratio >= needed, (theme, fg, bg, ratio)


def test_high_contrast_has_no_soft_greys_and_thick_yellow_focus():
    hc = style.HIGH_CONTRAST
    assert (hc["window"], hc["text"], hc["focus"]) == ("#000000", "#ffffff", "#ffff00")
    assert int(hc["focus_width"].removesuffix("px")) >= 3
    sheet = style.stylesheet(hc, 10)
    assert "3px solid #ffff00" in sheet and "{" + "focus}" not in sheet


@pytest.mark.parametrize("theme", list(THEMES))
def test_every_placeholder_is_filled_and_icons_exist(theme):
    sheet = re.sub(r"/\*.*?\*/", "", style.stylesheet(THEMES[theme], 10), flags=re.DOTALL)  # no comments
    assert re.findall(r"\{[a-z_]+\}", sheet) == []
    for icon in re.findall(r"url\(([^)]+)\)", sheet):
        assert Path(icon).is_file(), icon
    assert ("check-black.svg" in sheet) == (theme is Theme.HIGH_CONTRAST)


# -- switching -----------------------------------------------------------------------
def test_each_theme_switches_the_palette_and_style_sheet_live(qapp, themed):
    for theme, colours in THEMES.items():
        assert style.use_theme(theme)
        assert qapp.palette().color(ROLE.Window).name() == colours["window"]
        assert qapp.palette().color(ROLE.Highlight).name() == colours["accent"]
        assert f"background: {colours['sidebar']}" in qapp.styleSheet()
        assert themed.colours is colours


def test_system_follows_the_desktop_while_running(qapp, themed):
    hints = qapp.styleHints()
    style.use_theme(Theme.SYSTEM)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the desktop does when it switches
    assert qapp.palette().color(ROLE.Window).name() == style.DARK["window"]
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert qapp.palette().color(ROLE.Window).name() == style.LIGHT["window"]
    style.use_theme(Theme.HIGH_CONTRAST)  # a chosen theme stays put
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert qapp.palette().color(ROLE.Window).name() == style.HIGH_CONTRAST["window"]
    hints.colorSchemeChanged.emit(hints.colorScheme())


def test_without_a_manager_use_theme_changes_nothing(qapp):
    before = qapp.palette().color(ROLE.Window).name()
    assert style.manager() is None
    assert not style.use_theme(Theme.HIGH_CONTRAST)
    assert qapp.palette().color(ROLE.Window).name() == before


def test_a_focused_button_gets_a_yellow_ring_in_high_contrast(qtbot, themed):
    style.use_theme(Theme.HIGH_CONTRAST)
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    button, other = QPushButton("Save"), QPushButton("Other")
    layout.addWidget(button)
    layout.addWidget(other)
    holder.show()
    qtbot.waitExposed(holder)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)

    def yellow(widget: QWidget) -> int:
        image = widget.grab().toImage()
        return sum(1 for x in range(image.width()) for y in range(image.height())
                   if QColor(image.pixel(x, y)).name() == "#ffff00")

    assert yellow(button) > 2 * (button.width() + button.height())  # a ring all round, 3px thick
    assert yellow(other) == 0


# -- charts and the map follow -------------------------------------------------------
def _charts(qtbot) -> tuple[QWidget, MoodLineChart, StackedBarChart, YearGrid, MoodSwatch]:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    start = date(2026, 1, 5)
    days = [(start + timedelta(days=i), 1.0 + i % 5) for i in range(14)]
    line = MoodLineChart()
    line.set_data(MoodOverTime(start=days[0][0], end=days[-1][0], daily=days, average=days))
    bars = StackedBarChart("Test bars")
    bars.set_data(["a", "b"], ["One", "Two"], [[1, 2], [3, 0]])
    grid = YearGrid()
    grid.set_cells(2026, [DayCell(day=date(2026, 1, 1) + timedelta(days=i), mood=5.0, check_ins=1, contacts=0, activities=0)
                          for i in range(20)])
    swatch = MoodSwatch(5)
    for widget in (line, bars, grid, swatch):
        layout.addWidget(widget)
    holder.resize(600, 900)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, line, bars, grid, swatch


def test_charts_repaint_in_the_new_colours(qtbot, themed):
    style.use_theme(Theme.LIGHT)
    _holder, line, bars, grid, swatch = _charts(qtbot)
    cell = grid.cell_rect(date(2026, 1, 1)).center()
    seen = {}
    for theme in (Theme.LIGHT, Theme.HIGH_CONTRAST, Theme.DARK):
        style.use_theme(theme)
        QTest.qWait(5)
        seen[theme] = (pixel(line, 20, 20), pixel(bars, bars.width() - 5, bars.height() // 2),
                       pixel(grid, int(cell.x()), int(cell.y())), pixel(swatch, swatch.width() // 2,
                                                                         swatch.height() // 2))
        colours = THEMES[theme]
        assert seen[theme][0] == colours["base"], theme  # chart background
        assert seen[theme][1] == colours["base"], theme
        assert seen[theme][2] == colours["mood_high"], theme  # a "very good" day
        assert seen[theme][3] == colours["mood_high"], theme
    assert len(set(seen.values())) == 3


def _node(pid: int, name: str, closeness: Closeness) -> NetworkNode:
    return NetworkNode(person_id=pid, name=name, relationship=Relationship.FRIEND, closeness=closeness,
                       help_kinds=frozenset(), days_30=0, days_90=3, last_in_touch=None)


def test_the_network_map_redraws_in_the_new_colours_and_keeps_the_choice(qtbot, themed):
    style.use_theme(Theme.LIGHT)
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(420, 420)
    view.set_nodes([_node(1, "Ama", Closeness.CLOSE), _node(2, "Ben", Closeness.OUTER)])
    view.show()
    qtbot.waitExposed(view)
    view.keys.choose(2)
    centre = view.mapFromScene(0, 15)  # in the "You" circle (highlight colour), below its label

    assert pixel(view, centre.x(), centre.y()) == style.LIGHT["accent"]
    style.use_theme(Theme.HIGH_CONTRAST)
    qtbot.waitUntil(lambda: pixel(view, centre.x(), centre.y()) == style.HIGH_CONTRAST["accent"])
    assert view.keys.chosen() is view.dots[2]
    style.use_theme(Theme.DARK)
    qtbot.waitUntil(lambda: pixel(view, centre.x(), centre.y()) == style.DARK["accent"])


# -- the Appearance control -----------------------------------------------------------
def test_choosing_a_theme_on_the_security_page_applies_and_saves_it(qapp, qtbot, journal, themed):
    window = make_window(qtbot, journal)
    window.go_to(window.stack.indexOf(window.security))
    combo = window.security.appearance.theme_combo
    assert combo.currentData() == Theme.SYSTEM and combo.accessibleName()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_End)  # high contrast, the last choice
    assert combo.currentText() == "High contrast"
    assert qapp.palette().color(ROLE.Window).name() == "#000000"
    assert SettingsFile().load().theme is Theme.HIGH_CONTRAST
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert qapp.palette().color(ROLE.Window).name() == style.DARK["window"]
    assert SettingsFile().load().theme is Theme.DARK
    window.close()
    # A new window (as after a restart) shows the saved choice.
    again = make_window(qtbot, journal)
    assert again.security.appearance.theme_combo.currentText() == "Dark"


# -- text size -----------------------------------------------------------------------
def test_the_style_sheet_never_fixes_font_sizes_in_pixels():
    sheet = (style.resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    sizes = re.findall(r"font-size:\s*([^;]+?)\s*;", sheet)
    assert sizes and all(re.fullmatch(r"\{pt_\w+\}", s.strip()) for s in sizes), sizes
    assert not re.search(r"font:\s*[^;]*\d+px", sheet)


def test_text_grows_with_the_system_font(qapp, qtbot, journal, themed):
    original = QFont(qapp.font())
    window = make_window(qtbot, journal)
    page = window.about_data
    window.go_to(window.stack.indexOf(page))
    body = page.journal_path_label
    title = page.findChild(QWidget, "pageTitle")
    before_body, before_title = body.font().pointSizeF(), title.font().pointSizeF()
    try:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * 1.5)
        qapp.setFont(bigger)
        QTest.qWait(5)
        assert body.font().pointSizeF() == pytest.approx(before_body * 1.5, rel=0.05)
        # Headings are sized from the system font too, so they grow along with it.
        assert title.font().pointSizeF() == pytest.approx(before_title * 1.5, rel=0.05)
        assert window.today.title.font().pointSizeF() > before_title
    finally:
        qapp.setFont(original)


def test_the_pixel_helper_reads_what_was_painted(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setAutoFillBackground(True)
    pal = widget.palette()
    pal.setColor(ROLE.Window, QColor("#123456"))
    widget.setPalette(pal)
    widget.resize(20, 20)
    assert pixel(widget, 10, 10) == "#123456"


def test_dialog_buttons_carry_words_not_fusions_floppy_disk_and_red_x(themed):
    from PySide6.QtWidgets import QDialogButtonBox, QProxyStyle, QStyle

    class WithIcons(QProxyStyle):  # Fusion as on an X11 desktop, where it asks for those icons
        def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, data)

    def save_icon(look: QStyle) -> bool:
        box = QDialogButtonBox()
        box.setStyle(look)
        box.addButton(QDialogButtonBox.StandardButton.Save)
        return not box.button(QDialogButtonBox.StandardButton.Save).icon().isNull()

    icons = WithIcons("Fusion")
    assert save_icon(icons)  # the look being fixed
    assert not save_icon(style.PlainButtonsStyle(WithIcons("Fusion")))


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.HIGH_CONTRAST])
@pytest.mark.parametrize("checkable", [False, True])
def test_a_focused_button_keeps_room_for_its_text(qtbot, themed, theme, checkable):
    """A button keeps the height worked out unfocused: its wider focus border comes out of the
    padding, not the text (at 150 % in high contrast "Export summary as PDF…" was cut)."""
    style.use_theme(theme)
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    button, other = QPushButton("Export summary as PDF…"), QPushButton("Other")
    button.setCheckable(checkable)
    button.setChecked(checkable)
    layout.addWidget(button)
    layout.addWidget(other)
    holder.show()
    qtbot.waitExposed(holder)
    for focused in (other, button):
        focused.setFocus()
        qtbot.waitUntil(focused.hasFocus)
        option = QStyleOptionButton()
        button.initStyleOption(option)
        contents = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        assert contents.height() >= button.fontMetrics().height(), (focused is button, contents)
