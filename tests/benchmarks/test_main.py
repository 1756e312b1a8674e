"""python -m benchmarks: one table with every floor, every step of each size, and the shapes.

Run at a tiny size (a 20-day journal, 30 contacts, a 2 × 2 supporter vault); no timings are
checked, only that each row is there and measured.
"""

from __future__ import annotations

import pytest

from benchmarks.__main__ import main

pytestmark = pytest.mark.gui  # the children start Qt (offscreen)

STEPS = (
    "key derivation + first read (floor)", "unlock + first window",
    "timeline filter: typing to first results", "search everything: typing to results",
    "save one check-in (window open; median of 5)",
    "undo a saved check-in (window open)",
    "Insights: open (Mood tab painted)", "Insights: choose \"All\" (chart painted)",
    "Insights: Year first shown", "Insights: Contacts and activities first shown",
    "Insights: Patterns first shown", "Insights: My network first shown",
    "Insights: My trackers first shown",
    "insights, all (load + every insight; median of 3)",
    "insights, all: its first call", "export a year", "import it (supporter)",
    "timeline page of 200 (SQLCipher vs plain SQLite, warm)", "peak RSS (the app's steps above)",
    "peak RSS with the benchmark's plain-SQLite floors",
    "Export summary as PDF (All), window open", "Take all my data (CSV + JSON), window open",
    "Start from a data file (that JSON, new journal)",
)
FILE_STEPS_WITH_MEMORY = STEPS[-3:]
CONTACT_STEPS = ("import", "move one dot", "tab return after a check-in",
                 "undo the move and the import")


def rows_of(text: str) -> dict[tuple[str, str], list[str]]:
    """(shape, step) -> the other cells, for each row of the Markdown table."""
    rows = {}
    for line in text.splitlines():
        if line.startswith("| ") and not line.startswith("| shape |"):
            cells = [c.strip() for c in line.strip("|").split(" | ")]
            rows[(cells[0], cells[1])] = cells[2:]
    return rows


def test_the_table_has_every_row_measured(capsys, tmp_path):
    keep = tmp_path / "kept"
    assert main(["--years", "1", "--days", "20", "--contacts", "30", "--supporter", "2x2",
                 "--keep", str(keep)]) == 0
    out = capsys.readouterr().out
    assert "CPUs" in out and "Python" in out and "PySide6" in out
    rows = rows_of(out)
    floors = [step for shape, step in rows if shape == "floor"]
    assert len(floors) == 3, out
    sizes = {shape for shape, _ in rows if shape.startswith("20 days")}
    assert len(sizes) == 1, out
    size = sizes.pop()
    for step in STEPS:
        measured = rows.get((size, step))
        assert measured is not None, f"no row {step!r}:\n{out}"
        assert measured[0] not in ("", "—", "failed"), f"{step!r} not measured:\n{out}"
    for step in FILE_STEPS_WITH_MEMORY:  # each with its longest freeze and the memory it added
        assert rows[(size, step)][4] not in ("", "—"), f"no freeze for {step!r}:\n{out}"
        memory = rows.get((size, f"{step}: memory added (peak RSS growth)"))
        assert memory is not None and memory[0].endswith("MB"), f"no memory for {step!r}:\n{out}"
    for step in CONTACT_STEPS:
        cells = rows.get(("30 contacts", step))
        assert cells is not None and cells[4], f"no freeze for {step!r}:\n{out}"  # longest freeze
    # The supporter shape is there: measured, or a row saying it wasn't.
    assert any(shape == "supporter 2 × 2" for shape, _ in rows), out
    # The journal was kept for the next run, which reuses it.
    assert list(keep.glob("journal-20d-*.pjvault")), list(keep.iterdir())


def test_sizes_are_checked():
    with pytest.raises(SystemExit):
        main(["--years", "1,ten"])
    with pytest.raises(SystemExit):
        main(["--years", "0"])


def test_the_supporter_shape_is_measured_by_bench_supporter_when_it_is_there(monkeypatch):
    import sys
    import types

    from benchmarks.__main__ import shape_rows
    from benchmarks.shapes import supporter

    as_it_is = supporter(2, 2)  # measured once another session's bench_supporter is merged
    assert "steps" in as_it_is or "not there" in as_it_is["missing"]
    fake = types.ModuleType("benchmarks.bench_supporter")
    fake.run = lambda people, files: [(f"import the {files}th file", 0.4, 0.05),  # type: ignore[attr-defined]
                                      ("open a review", 0.6, 0.25)]
    monkeypatch.setitem(sys.modules, "benchmarks.bench_supporter", fake)
    rows = shape_rows("supporter 60 × 40", supporter(60, 40))
    assert [(r.step, r.value, r.freeze, r.verdict) for r in rows] == [
        ("import the 40th file", "400 ms", "50 ms", "ok"), ("open a review", "600 ms", "250 ms", "over")]
    missing = shape_rows("supporter 60 × 40", {"missing": "not there yet"})
    assert [(r.value, r.verdict) for r in missing] == [("not measured", "not there yet")]


def test_each_tab_is_held_to_a_freeze_and_patterns_to_its_whole_time_at_ten_years():
    from benchmarks.__main__ import tab_rows

    m = {key: {"seconds": 0.15, "gap": 0.05} for key in
         ("tab_year", "tab_counts", "tab_patterns", "tab_network", "tab_trackers")}
    m["tab_network"] = {"seconds": 0.15, "gap": 0.12}
    at = {years: {r.step: r for r in tab_rows("s", m, years)} for years in (1, 10, 30)}
    assert list(at[10]) == [f"Insights: {t} first shown" for t in
                            ("Year", "Contacts and activities", "Patterns", "My network", "My trackers")]
    patterns = "Insights: Patterns first shown"
    assert at[10][patterns].goal == "≤ 100 ms at 10 years, freeze ≤ 100 ms"
    assert [at[y][patterns].verdict for y in (1, 10, 30)] == ["ok", "over", "ok"]  # 150 ms whole
    assert [at[10][f"Insights: {t} first shown"].verdict for t in ("Year", "My network")] == ["ok", "over"]
    assert tab_rows("s", {}, 10) == []  # a run measured before these steps
