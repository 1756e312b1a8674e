"""Translations: the installed translator reaches core text, and the .ts sources compile and show."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from peerjournal import i18n as core_i18n

from peerjournal.ui.app import translations as i18n

PLACEHOLDER = r"\{[^}]*\}|%L?n|%\d"


def test_core_text_goes_through_the_installed_translator(pseudo_locale):
    assert core_i18n.translate("Test", "Kind words") == "⟦Kind words⟧"


def test_translation_sources_compile_and_german_shows_in_the_app(tmp_path):
    """The .ts sources in resources/translations compile with lrelease, and a compiled
    language is used by the app (a fresh interpreter, as the app would start)."""
    sources = sorted((Path(i18n.translations_dir())).glob("peerjournal_*.ts"))
    assert sources, "no translation sources in resources/translations"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sources:
        out = tmp_path / (ts.stem + ".qm")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out)], check=True)
        assert out.stat().st_size > 0
    probe = (
        "import sys, shutil, pathlib\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from peerjournal.ui.app import translations as i18n\n"
        f"i18n.translations_dir = lambda: pathlib.Path({str(tmp_path)!r})\n"
        "app = QApplication([])\n"
        "print(i18n.install_translators('de'))\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print(QCoreApplication.translate('MainWindow', 'Today'))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    language, today = result.stdout.split("\n")[:2]
    assert language.startswith("de")
    assert today == "Heute"


def test_every_text_in_the_code_has_a_german_translation(tmp_path):
    """lupdate over the code, into a copy of the German source: no text is new (missing from the
    file) or unfinished, and each translation keeps its source's placeholders."""
    import re
    import shutil
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[3]
    ts = tmp_path / "peerjournal_de.ts"
    shutil.copyfile(root / "resources" / "translations" / "peerjournal_de.ts", ts)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (root / "peerjournal").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(ts)], check=True,
                   capture_output=True)
    unfinished, broken = [], []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            # A count ("%n file(s)") has one text per plural form; the rest have one text.
            texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
                unfinished.append(f"{context.findtext('name')}: {source[:60]!r}")
            elif any(set(re.findall(PLACEHOLDER, source)) != set(re.findall(PLACEHOLDER, t)) for t in texts):
                broken.append(f"{context.findtext('name')}: {source[:60]!r}")
    assert not unfinished, f"{len(unfinished)} texts have no German yet (scripts/update_translations.sh, then translate): {unfinished[:10]}"
    assert not broken, f"placeholders differ: {broken[:10]}"


def test_lupdate_can_see_every_literal_text():
    """``translate(CONTEXT, "text")`` with the context in a variable is invisible to lupdate: the
    text would never reach the translators. Literal texts need a literal context."""
    import re

    root = Path(__file__).resolve().parents[3]
    hidden = re.compile(r"""translate\(\s*[A-Za-z_][A-Za-z_0-9.]*\s*,\s*["']""")
    found = [f"{path.relative_to(root)}:{number}"
             for path in sorted((root / "peerjournal").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if hidden.search(line)]
    assert not found, f"a literal text with a context lupdate can't read: {found}"


def test_counts_in_the_ui_use_plural_forms():
    """The UI doesn't build "1 day" / "N days" by hand: a count goes through Qt's plural forms
    (``self.tr("%n day(s)", "", n)``), so each language says it its own way. Module-level functions
    (``QCoreApplication.translate``, whose plural calls lupdate can't read) keep the one/many pair,
    as core does; so do the modules named here, changed by other work at the same time."""
    import re

    root = Path(__file__).resolve().parents[3]
    one = re.compile(r"""self\.tr\(\s*["']1 [a-z]|self\.tr\(\s*["'][^"']*\b1 (?:day|entry|person|file|check-in)\b""")
    waiting = {"peerjournal/ui/widgets/charts.py", "peerjournal/ui/insights/network_view.py",
               "peerjournal/ui/insights/network_history.py"}
    found = [f"{path.relative_to(root)}:{number}"
             for path in sorted((root / "peerjournal" / "ui").rglob("*.py"))
             if str(path.relative_to(root)) not in waiting
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if one.search(line)]
    assert not found, f"a count built by hand: {found}"


def test_english_and_german_counts_read_whole(qapp):
    """English's plural file gives "1 file"/"2 files"; German its own forms, numbers as German writes them."""
    from PySide6.QtCore import QCoreApplication

    try:
        i18n.install_translators("en")
        assert QCoreApplication.translate("PersonPanel", "%n file(s)", "", 1) == "1 file"
        assert QCoreApplication.translate("PersonPanel", "%n file(s)", "", 2) == "2 files"
        i18n.install_translators("de")
        assert QCoreApplication.translate("PersonPanel", "%n file(s)", "", 1) == "1 Datei"
        assert QCoreApplication.translate("PersonPanel", "%n file(s)", "", 3) == "3 Dateien"
        assert QCoreApplication.translate("TimelinePage", "%Ln entry(s)", "", 1234) == "1.234 Einträge"
    finally:
        i18n.install_translators("en")
        core_i18n.set_translator(None)


def test_no_literal_text_is_translated_inside_an_f_string():
    """lupdate doesn't read inside f-strings: ``f"<h3>{escape(tr('Summary'))}</h3>"`` never reached
    the German file (the share preview's headings stayed English). Translate first, then format."""
    import re

    root = Path(__file__).resolve().parents[3]
    inside = re.compile(r"""\bf(["'])(?:(?!\1).)*\{[^}]*\b(?:translate|tr)\(\s*(?:["'][^"']*["']\s*,\s*)?["']""")
    found = [f"{path.relative_to(root)}:{number}"
             for path in sorted((root / "peerjournal").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if inside.search(line)]
    assert not found, f"a text translated inside an f-string, unseen by lupdate: {found}"
