"""Counted texts built in core are Qt plural (numerus) forms too (issue 15): declared for lupdate
in ``ui/app/counted_texts.py``, translated with the count through ``i18n.translate_count``."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from peerjournal import i18n as core_i18n
from peerjournal.core.insights.history import days_text, people_text
from peerjournal.core.summary.report import _days

from peerjournal.ui.app import counted_texts
from peerjournal.ui.app import translations as i18n

ROOT = Path(__file__).resolve().parents[3]
CALL = re.compile(r'translate_count\(\s*"([^"]+)",\s*"([^"]+)"')
DECLARED = re.compile(r'QCoreApplication\.translate\(\s*"([^"]+)",\s*"([^"]+)",\s*None,\s*1\)')


def test_core_and_the_declarations_name_the_same_counted_texts():
    used = {match for path in (ROOT / "peerjournal").rglob("*.py")
            if path.name != "i18n.py" for match in CALL.findall(path.read_text(encoding="utf-8"))}
    declared = set(DECLARED.findall((ROOT / "peerjournal/ui/app/counted_texts.py").read_text(encoding="utf-8")))
    assert used and used == declared
    for language in ("de", "en"):
        tree = ElementTree.parse(ROOT / "resources" / "translations" / f"peerjournal_{language}.ts")
        numerus = {(context.findtext("name"), m.findtext("source")): [f.text for f in m.iter("numerusform")]
                   for context in tree.iter("context") for m in context.iter("message")
                   if m.get("numerus") == "yes"}
        for key in declared:
            assert len(numerus.get(key, [])) == 2 and all(numerus[key]), (language, key)


def test_counted_core_texts_read_well_in_english_and_german(qapp):
    assert (days_text(1), days_text(3), people_text(1), people_text(4)) == ("1 day", "3 days", "1 person", "4 people")
    assert counted_texts.declared() == ("1 day", "1 person", "1 day")
    try:
        i18n.install_translators("de")
        assert (days_text(1), days_text(3)) == ("1 Tag", "3 Tage")
        assert (people_text(1), people_text(4)) == ("1 Person", "4 Personen")
        assert (_days(1), _days(12)) == ("1 Tag", "12 Tage")
    finally:
        i18n.install_translators("en")
        core_i18n.set_translator(None)
    assert days_text(2) == "2 days"  # no translator: the English forms core carries
