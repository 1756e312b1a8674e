"""Draw a shown passphrase over the cells Qt lays out for its bullets, so that showing it puts
no text into Qt (nor, through Qt, into anything a screen reader or other program is sent)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

# Qt's cursor rectangle for a line edit starts this far left of the cursor (QWidgetLineControl::rectForPos).
CURSOR_RECT_LEAD = 5


class Reveal:
    """What a field changes to show its passphrase (a fixed-width font: one character a cell,
    like the bullets; the bullets' ink made transparent), and how it paints the characters."""

    def __init__(self, field: QLineEdit) -> None:
        self.field = field
        self.palette = QPalette(field.palette())  # the colours to paint with
        # Given back as they were: inherited (following later theme changes) unless set on the field.
        self.own_palette = field.testAttribute(Qt.WidgetAttribute.WA_SetPalette)
        self.own_font = field.font() if field.testAttribute(Qt.WidgetAttribute.WA_SetFont) else None

    def start(self) -> None:
        hidden_ink = QPalette(self.palette)
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText):
            hidden_ink.setColor(role, Qt.GlobalColor.transparent)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.field.font().pointSizeF())
        self.field.setPalette(hidden_ink)
        self.field.setFont(fixed)

    def stop(self) -> None:
        self.field.setPalette(self.palette if self.own_palette else QPalette())
        self.field.setFont(self.own_font if self.own_font is not None else QFont())

    def paint(self, passphrase: str, option: QStyleOptionFrame) -> None:
        """Each character centred in the cell of its bullet, in the colours Qt would use."""
        field = self.field
        style = field.style()
        contents = style.subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
        bullet = chr(style.styleHint(QStyle.StyleHint.SH_LineEdit_PasswordCharacter, option, field))
        metrics = QFontMetricsF(field.font())
        cell = metrics.horizontalAdvance(bullet)
        cursor = field.cursorRect()
        # Qt rounds the cursor to whole pixels; the text itself starts on a whole pixel.
        left = round(cursor.x() + CURSOR_RECT_LEAD - cell * field.cursorPosition())
        baseline = cursor.y() + metrics.ascent()
        first = field.selectionStart()
        last = first + field.selectionLength() if first >= 0 else -1
        painter = QPainter(field)
        painter.setClipRect(contents)
        painter.setFont(field.font())
        for index, char in enumerate(passphrase):
            x = left + index * cell
            if x + cell < contents.left() or x > contents.right():
                continue
            role = QPalette.ColorRole.HighlightedText if first <= index < last else QPalette.ColorRole.Text
            painter.setPen(self.palette.color(role))
            painter.drawText(QPointF(x + (cell - metrics.horizontalAdvance(char)) / 2, baseline), char)
        painter.end()
