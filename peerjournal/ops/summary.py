"""The PDF summary's model: read the period's records, then work out the report to paint.

Both run in the summary dialog's worker (years of entries take a second or more to read;
the vault's connection is shared across threads under its lock); building the report is
pure. Painting the charts and pages is Qt's, so it stays in ``ui``.
"""

from __future__ import annotations

from datetime import date

from peerjournal.core.summary.model import SummaryData
from peerjournal.core.summary.report import Report, SummaryOptions, Translate, build_report
from peerjournal.storage.journal import Journal
from peerjournal.storage.summary import first_entry_day, load_summary_data


def everything_start(journal: Journal, today: date) -> date:
    """Where "Everything" starts: the day of the first entry (today for an empty journal)."""
    first = first_entry_day(journal)
    return min(first, today) if first else today


def gather_summary(journal: Journal, options: SummaryOptions) -> SummaryData:
    """The entries of the period and the records of the chosen sections (the support plan as
    it is now). ``options`` must be validated already."""
    return load_summary_data(journal, options.start, options.end, sections=options.sections)


def build_summary(options: SummaryOptions, data: SummaryData, made: date, tr: Translate) -> Report:
    """The report for ``data``: figures, tables and chart specifications, no Qt. ``made`` is
    today; ``tr`` translates the report's own texts."""
    return build_report(options, data, made=made, tr=tr)
