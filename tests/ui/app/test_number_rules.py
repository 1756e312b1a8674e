"""install_translators sets core's number rules from QLocale: German writes "3,5" and keeps capitals."""

from __future__ import annotations

from peerjournal import i18n as core_i18n

from peerjournal.ui.app import translations


def test_german_numbers_and_labels_follow_qlocale(qapp):
    try:
        translations.install_translators("de")
        assert core_i18n.format_number(3.46, 1) == "3,5"
        assert core_i18n.in_sentence("Gesellschaft") == "Gesellschaft"
        translations.install_translators("en")
        assert core_i18n.format_number(3.46, 1) == "3.5"
        assert core_i18n.in_sentence("Company") == "company"
    finally:
        translations.install_translators("en")
        core_i18n.set_translator(None)
        core_i18n.set_number_rules(None)
