"""Thin a long daily series to what a chart's pixel columns can show, keeping its meaning.

Ten years of days on a chart a thousand pixels wide put several days in each column; a line
through every one of them zigzags over itself and costs a lot to draw for nothing anyone can
see. Each column keeps only the first, lowest, highest and last value of each unbroken stretch
in it: drawn one above another, that is what the full line looks like at that width, so a
single very low (or high) day still shows, and a day without a value still breaks the line.
"""

from __future__ import annotations

from collections.abc import Sequence

# One unbroken stretch of the line: (x, value) points, x from 0 (first day) to 1 (last day).
Stretch = list[tuple[float, float]]


def thin_series(values: Sequence[float | None], columns: int) -> list[Stretch]:
    """The unbroken stretches of ``values`` (one per day, None for a gap), as they are drawn
    across ``columns`` pixel columns.

    With at most ``columns`` days every day keeps its own point (x = its place between the first
    and the last day). With more, every point of a column sits at the column's middle and a
    stretch keeps at most four points there: its first, lowest, highest and last value.
    """
    count = len(values)
    if count == 0 or columns < 1:
        return []
    if count <= columns:
        return _every_day(values)
    stretches: list[Stretch] = []
    stretch: Stretch = []
    column = -1
    first = low = high = last = 0.0
    scale = columns / (count - 1)

    def flush() -> None:
        x = (column + 0.5) / columns
        for value in _in_order(first, low, high, last):
            if not stretch or stretch[-1] != (x, value):
                stretch.append((x, value))

    for index, value in enumerate(values):
        if value is None:
            if column >= 0:
                flush()
                stretches.append(stretch)
                stretch, column = [], -1
            continue
        here = min(columns - 1, int(index * scale))
        if here != column:
            if column >= 0:
                flush()
            column, first, low, high = here, value, value, value
        else:
            low, high = min(low, value), max(high, value)
        last = value
    if column >= 0:
        flush()
        stretches.append(stretch)
    return stretches


def _every_day(values: Sequence[float | None]) -> list[Stretch]:
    count = len(values)
    stretches: list[Stretch] = []
    stretch: Stretch = []
    for index, value in enumerate(values):
        if value is None:
            if stretch:
                stretches.append(stretch)
                stretch = []
            continue
        stretch.append((0.5 if count == 1 else index / (count - 1), value))
    if stretch:
        stretches.append(stretch)
    return stretches


def _in_order(first: float, low: float, high: float, last: float) -> tuple[float, ...]:
    """First, then the extreme nearer to it, the other extreme, last: a line through them in
    this order covers the column from lowest to highest without doubling back more than needed."""
    if abs(first - low) <= abs(first - high):
        return first, low, high, last
    return first, high, low, last


def merge_columns(means: list[Stretch], lows: list[Stretch], highs: list[Stretch],
                  columns: int) -> tuple[list[Stretch], list[Stretch], list[Stretch]]:
    """Weekly stretches (mean, lowest, highest) with the weeks that share one of ``columns``
    columns merged: their middle, the mean of their means, the lowest low and the highest
    high (so a single very low day still reaches the bottom). Thirty years of weeks on a chart
    a thousand pixels wide drew a band zigzagging over itself for a second (issue 20)."""
    if columns < 1 or sum(map(len, means)) <= columns:
        return means, lows, highs
    merged: tuple[list[Stretch], list[Stretch], list[Stretch]] = ([], [], [])
    for mean, low, high in zip(means, lows, highs, strict=True):
        out_mean: Stretch = []
        out_low: Stretch = []
        out_high: Stretch = []
        start = 0
        while start < len(mean):
            column = int(mean[start][0] * columns)
            end = start + 1
            while end < len(mean) and int(mean[end][0] * columns) == column:
                end += 1
            x = sum(p[0] for p in mean[start:end]) / (end - start)
            out_mean.append((x, sum(p[1] for p in mean[start:end]) / (end - start)))
            out_low.append((x, min(p[1] for p in low[start:end])))
            out_high.append((x, max(p[1] for p in high[start:end])))
            start = end
        merged[0].append(out_mean)
        merged[1].append(out_low)
        merged[2].append(out_high)
    return merged
