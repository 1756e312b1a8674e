"""The whole-journal file actions of one journal size, in a process of their own (issue 20).

``python -m benchmarks.file_steps --years 30 [--days 20] [--keep DIR] --folder DIR`` prints one
line of JSON. Each step is driven as a person does it, through the real dialogs, and timed
whole and by its longest freeze (the 10 ms event-loop meter, :func:`benchmarks.meter.gap_of`):

* **Export summary as PDF (All)**: with the main window open, Journal ▸ Export summary as PDF,
  "Everything" chosen, Save (the file chooser answered), until the file is saved;
* **Take all my data**: with the main window open, the dialog with both kinds ticked and "I
  understand", Save (the folder and file answered), until both are written;
* **Start from a data file**: the create-your-journal dialog (as on first start: the main window
  is not open then), the JSON file just written chosen, the passphrase typed twice, Create, until
  the new journal is open.

Memory: the growth of this process's peak RSS over the step (the kernel's peak is reset before
each step, so each step's own peak is seen), and for the PDF the peak RSS of the child process
that lays out its pages. Run apart from the size rows so their peak RSS stays their own.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path
from typing import Any

from benchmarks.bench import PASSPHRASE
from benchmarks.journals import journal_copy
from benchmarks.size_run import child_main

Measures = dict[str, Any]
NEW_PASSPHRASE = "a new journal's passphrase, long enough"


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


class MemoryWatch:
    """This process's peak RSS growth over a step (Linux: the peak is reset first, so a step
    that needs less than an earlier one still shows its own figure)."""

    def __enter__(self) -> MemoryWatch:
        try:
            Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
            self.resettable = True
        except OSError:
            self.resettable = False
        self.before = _status_kb("VmRSS")
        self.grew_mb: float | None = None
        return self

    def __exit__(self, *_exc: object) -> None:
        peak = _status_kb("VmHWM")
        if self.before is not None and peak is not None and self.resettable:
            self.grew_mb = max(peak - self.before, 0) / 1024


def _children_peak_mb() -> float:
    """The largest peak RSS of a child process waited for so far (the PDF's pages)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _metered(app: Any, action: Any, done: Any, timeout: float = 600) -> Measures:
    from benchmarks.meter import gap_of

    with MemoryWatch() as memory:
        gap, seconds = gap_of(app, action, done, timeout=timeout)
    return {"seconds": seconds, "gap": gap, "rss_growth_mb": memory.grew_mb}


def summary_pdf(app: Any, window: Any, folder: Path) -> Measures:
    """Journal ▸ Export summary as PDF, "Everything", Save, until the file is saved."""
    from peerjournal.ui.sharing.summary_dialog import EVERYTHING, SummaryDialog
    from peerjournal.ui.widgets import files

    path = folder / "summary.pdf"
    files.next_paths[:] = [path]
    held: dict[str, Any] = {}

    def act() -> None:
        dialog: SummaryDialog = window.export_summary()
        held["dialog"] = dialog
        dialog.period.setCurrentIndex(dialog.period.findData(EVERYTHING))
        dialog.saved.connect(lambda saved: held.update(saved=saved))
        dialog.save_button.click()

    def done() -> bool:
        dialog = held.get("dialog")
        return "saved" in held or (dialog is not None and dialog.error.isVisible())

    out = _metered(app, act, done)
    if "saved" not in held:
        raise RuntimeError(f"the summary was not saved: {held['dialog'].error.text()!r}")
    out["child_rss_mb"] = _children_peak_mb()
    out["detail"] = f"{path.stat().st_size / 1e6:.1f} MB PDF"
    return out


def take_all_data(app: Any, window: Any, folder: Path) -> tuple[Measures, Path]:
    """Journal ▸ Take all my data, CSV and JSON, "I understand", Save, until both are written."""
    from peerjournal.ui.widgets import files

    out_folder = folder / "taken"
    out_folder.mkdir()
    json_path = out_folder / "all my data.json"
    files.next_paths[:] = [out_folder, json_path]
    held: dict[str, Any] = {}

    def act() -> None:
        dialog = window.take_all_data()
        held["dialog"] = dialog
        dialog.csv_check.setChecked(True)
        dialog.json_check.setChecked(True)
        dialog.understand_check.setChecked(True)
        dialog.saved.connect(lambda written: held.update(written=written))
        dialog.save_button.click()

    def done() -> bool:
        dialog = held.get("dialog")
        return "written" in held or (dialog is not None and dialog.error.isVisible())

    out = _metered(app, act, done)
    if "written" not in held:
        raise RuntimeError(f"the data was not saved: {held['dialog'].error.text()!r}")
    csv_bytes = sum(p.stat().st_size for p in out_folder.rglob("*.csv"))
    out["detail"] = (f"JSON {json_path.stat().st_size / 1e6:.0f} MB, "
                     f"CSV {csv_bytes / 1e6:.0f} MB")
    return out, json_path


def start_from_data(app: Any, data_path: Path, folder: Path) -> Measures:
    """The create-your-journal dialog: the data file chosen, the passphrase typed twice,
    Create, until the new journal is open (its key derivation included, as a person waits)."""
    from PySide6.QtTest import QTest

    from peerjournal.ui.app.unlock_dialog import UnlockDialog
    from peerjournal.ui.widgets import files

    dialog = UnlockDialog(folder / "from data.pjvault")
    dialog.show()
    app.processEvents()
    files.next_paths[:] = [data_path]
    assert dialog.from_data is not None
    dialog.from_data.choose_button.click()
    QTest.keyClicks(dialog.passphrase, NEW_PASSPHRASE)
    QTest.keyClicks(dialog.confirm, NEW_PASSPHRASE)
    held: dict[str, Any] = {}
    dialog.unlocked.connect(lambda vault: held.update(vault=vault))
    out = _metered(app, dialog.ok_button.click,
                   lambda: "vault" in held or dialog.error.isVisible())
    if "vault" not in held:
        raise RuntimeError(f"no journal was made: {dialog.error.text()!r}")
    vault = held["vault"]
    moods = vault.conn.execute("SELECT count(*) FROM moods").fetchone()[0]
    vault.close()
    out["detail"] = f"{moods:,} check-ins in the new journal"
    dialog.deleteLater()
    app.processEvents()
    return out


def run(years: int, days: int | None, folder: Path, keep: Path | None) -> Measures:
    for name, sub in (("PEERJOURNAL_CONFIG_DIR", "config"), ("PEERJOURNAL_DATA_DIR", "data")):
        (folder / sub).mkdir(mode=0o700, exist_ok=True)
        os.environ[name] = str(folder / sub)
    from benchmarks import bench_ui
    from peerjournal.storage.journal import Journal
    from peerjournal.storage.vault.database import open_vault

    from peerjournal.ui.widgets import files, messages

    files.enable_test_mode()  # the file choosers answered as a person would
    messages.enable_test_mode()  # "Your data is saved" noted, not a modal box
    path, _built = journal_copy(folder / "journal.pjvault", years, days, keep)
    app, _ = bench_ui.application()
    vault = open_vault(path, PASSPHRASE, check_pages_later=True, reader_if=lambda kind: True)
    journal = Journal(vault)
    out: Measures = {"entries": sum(journal.counts().values())}
    first = bench_ui.FirstWindow(app, journal, folder / "config")
    try:
        first.show()
        assert first.window is not None
        out["summary_pdf"] = summary_pdf(app, first.window, folder)
        out["take_data"], json_path = take_all_data(app, first.window, folder)
    finally:
        first.close()
        vault.close()
    out["start_from_data"] = start_from_data(app, json_path, folder)
    return out


def main(argv: list[str] | None = None) -> int:
    return child_main("benchmarks.file_steps", __doc__ or "", run, argv)


if __name__ == "__main__":
    sys.exit(main())
