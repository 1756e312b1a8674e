"""Insights from the journal: pure functions of a :class:`History` and today's date.

No clock, no Qt and no SQL here: ``peerjournal.storage.insights.load_history``
reads the history, the caller passes ``today``, and the UI draws what comes back. For years
of entries ``peerjournal.storage.insights_days`` groups them by local day in SQL instead, and
the ``*_from`` / ``compare_days`` / ``signals_from_days`` / ``nodes_from_days`` functions take
those grouped days (the History functions call them, so both give the same answers).
"""

from peerjournal.core.insights.better_days import (
    MIN_DAYS,
    PATTERN_NOTE,
    BetterDays,
    Factor,
    Finding,
    better_days,
)
from peerjournal.core.insights.connection import (
    ConnectionSignals,
    LongerThanUsual,
    NetworkNode,
    connection_signals,
    network_map,
    usual_gap,
)
from peerjournal.core.insights.counts import (
    Tally,
    activities_per_week,
    contacts_per_week,
    people_per_month,
)
from peerjournal.core.insights.history import (
    SPAN_LABELS,
    ActivityEvent,
    ContactEvent,
    History,
    MoodPoint,
    Span,
    days_in_touch,
    local_day,
    local_day_bounds,
    month_start,
    span_dates,
    week_start,
)
from peerjournal.core.insights.mood import (
    DayCell,
    MoodOverTime,
    SeriesPoint,
    WeekSpread,
    daily_moods,
    day_cells,
    mood_over_time,
    mood_series,
    weekly_spread,
    year_in_colour,
)
from peerjournal.core.insights.network import (
    SUGGESTIONS,
    HelpGap,
    HelpGrid,
    HelpRow,
    help_grid,
)

__all__ = [
    "MIN_DAYS", "PATTERN_NOTE", "SPAN_LABELS", "SUGGESTIONS",
    "ActivityEvent", "BetterDays", "ConnectionSignals", "ContactEvent", "DayCell", "Factor",
    "Finding", "HelpGap", "HelpGrid", "HelpRow", "History", "LongerThanUsual", "MoodOverTime",
    "MoodPoint", "NetworkNode", "SeriesPoint", "Span", "Tally", "WeekSpread",
    "activities_per_week", "better_days", "connection_signals", "contacts_per_week",
    "daily_moods", "day_cells", "days_in_touch", "help_grid", "local_day", "local_day_bounds",
    "month_start", "mood_over_time", "mood_series", "network_map", "people_per_month",
    "span_dates", "usual_gap", "week_start", "weekly_spread", "year_in_colour",
]
