"""The counted texts ``core`` builds with ``peerjournal.i18n.translate_count``, declared for lupdate.

Core has no Qt, and lupdate reads a plural (numerus) form only from ``self.tr(text, "", n)`` in a
class or ``QCoreApplication.translate(context, text, None, <a literal count>)``: so each core
source is listed here once, as C++'s ``QT_TRANSLATE_N_NOOP`` would mark it. A test checks this
list and core's calls name the same texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def declared() -> tuple[str, ...]:
    """Each counted core text, translated for a count of one (the literal lupdate needs)."""
    return (
        QCoreApplication.translate("insights", "%n day(s)", None, 1),
        QCoreApplication.translate("insights", "%n person(s)", None, 1),
        QCoreApplication.translate("SummaryReport", "%n day(s)", None, 1),
    )
