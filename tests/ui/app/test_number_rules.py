"""Core text under German: install_translators sets the number rules from QLocale ("3,5", capitals kept), and core dates follow the translated order."""

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


def test_german_tracker_values_and_patterns_write_a_decimal_comma(qapp):
    from peerjournal.core.insights.better_days import Factor, sentence
    from peerjournal.core.trackers import Tracker, TrackerKind

    try:
        translations.install_translators("de")
        assert "3,5" in sentence(Factor.IN_PERSON, "x", 3.46, 20, 3.2, 30)
        tracker = Tracker(name="Schlaf", kind=TrackerKind.NUMBER, unit="Stunden")
        assert tracker.value_text(7.5) == "7,5 Stunden"
    finally:
        translations.install_translators("en")
        core_i18n.set_translator(None)
        core_i18n.set_number_rules(None)


def test_a_goals_day_reads_in_german_order(qapp):
    from datetime import date

    from peerjournal.core.connecting.goals import day_words

    try:
        translations.install_translators("de")
        assert day_words(date(2025, 12, 30), date(2026, 1, 1)) == "30. Dezember 2025"
        assert day_words(date(2026, 1, 2), date(2026, 1, 1)) == "2. Januar"
    finally:
        translations.install_translators("en")
        core_i18n.set_translator(None)
        core_i18n.set_number_rules(None)
