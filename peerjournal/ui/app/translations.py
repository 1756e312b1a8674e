"""Translations: Qt's own (buttons of standard dialogs) and PeerJournal's compiled ``.qm`` files.

Sources are ``resources/translations/peerjournal_<lang>.ts`` (made by
``scripts/update_translations.sh`` with ``pyside6-lupdate``); they are compiled to ``.qm`` at
build time (``scripts/compile_translations.sh``, run by ``scripts/run.sh`` and
``scripts/build_bundle.sh``). A missing ``.qm`` means English, the source language.

The pseudo-locale (``--language pseudo``) wraps every translated string in ⟦ ⟧, so text on
screen without the brackets is text that never went through translation (the test
``tests/ui/test_translations.py`` scans the pages for it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from peerjournal import i18n as core_i18n

from peerjournal.ui.app.style import resources_dir
from peerjournal.ui.widgets.dates import day_text

PSEUDO = "pseudo"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"

# Kept alive here: Qt does not own installed translators.
_installed: list[QTranslator] = []


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` marked elsewhere (e.g. ``core`` labels marked with QT_TRANSLATE_NOOP).

    Only for text that is not a literal here: lupdate reads a call named ``tr`` with two
    literal arguments wrongly (the context becomes the text). For literals write
    ``QCoreApplication.translate("Context", "text")`` (or ``self.tr("text")`` in a QObject).
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def context_tr(context: str) -> Callable[[str], str]:
    """A one-argument translate for modules that call their own ``tr("…")`` outside a class.

    lupdate files such calls under the nameless context, so the text is looked up in
    ``context`` first (where ``QT_TRANSLATE_NOOP(context, …)`` marks go) and then there.
    """

    def translate(text: str) -> str:
        found = QCoreApplication.translate(context, text)
        return found if found != text else QCoreApplication.translate("", text)

    return translate


class PseudoTranslator(QTranslator):
    """Marks every string that asks to be translated; used to find text that doesn't ask."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        del context, disambiguation, n
        if not source:
            return source
        return f"{PSEUDO_OPEN}{source}{PSEUDO_CLOSE}"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def translations_dir():  # type: ignore[no-untyped-def]
    return resources_dir() / "translations"


def install_english_counts() -> bool:
    """Install the English plural forms ("%n file(s)": "1 file", "2 files"), the only English
    translation there is (``peerjournal_en.ts``, plural messages only); False when not compiled."""
    app = QCoreApplication.instance()
    assert app is not None, "install_english_counts needs a QApplication"
    if _installed:  # a language is in use already (install_translators starts afresh)
        return True
    english = QTranslator()
    if not english.load("peerjournal_en", str(translations_dir())):
        return False
    app.installTranslator(english)
    _installed.append(english)
    return True


def use_number_rules(locale: QLocale) -> None:
    """Core writes numbers as ``locale`` does; labels keep their capitals inside German sentences."""

    def write(value: float, decimals: int) -> str:
        return locale.toString(value, "f", decimals)

    german = locale.language() == QLocale.Language.German
    core_i18n.set_number_rules(write, lowercase_labels=not german)
    core_i18n.set_date_rules(day_text)  # QLocale's names, German's order ("Montag, 5. Oktober")


def install_translators(language: str | None = None) -> str:
    """Install translators for ``language`` (a code such as ``de``; None: the system's).

    Returns the language actually in use ("en" when nothing matched). Safe to call again
    (earlier translators are removed first)."""
    app = QCoreApplication.instance()
    assert app is not None, "install_translators needs a QApplication"
    core_i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text),
                             count=lambda context, text, n: QCoreApplication.translate(context, text, None, n))
    core_i18n.set_number_rules(None)
    core_i18n.set_date_rules(None)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()

    if language == PSEUDO:
        pseudo = PseudoTranslator()
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        return PSEUDO

    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    use_number_rules(locale)
    in_use = "en"
    ours = QTranslator()
    english = locale.language() == QLocale.Language.English
    if not english and ours.load(locale, "peerjournal", "_", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
        in_use = locale.name()
    else:  # English, or a language we don't have: the source text, with its counts in words
        install_english_counts()
    qt_own = QTranslator()
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return in_use
