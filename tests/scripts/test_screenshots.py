"""scripts/screenshots.sh --offscreen: a non-empty PNG of every page, tab and main dialog of
the demo journal and supporter mode, and of each step of the sharing round trip."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tools.screenshots.shooter import slug

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1280, 720)
PAGES = ("today", "timeline", "people", "insights", "connecting", "support-plan", "prompts",
         "sharing", "security", "about-your-data")
TABBED = {"insights": 6, "connecting": 4, "support-plan": 8}
DIALOGS = ("new-check-in", "new-contact", "new-activity", "edit-check-in", "edit-contact", "edit-activity",
           "new-person", "edit-person", "word-lists", "share-choices", "share-preview", "pdf-summary", "goal",
           "goal-review", "place", "resource-check-part-1", "resource-check-add-someone", "resource-questions",
           "vcard-import", "take-all-my-data", "reply-from-a-supporter", "change-passphrase", "unlock",
           "create-a-journal", "about")
SUPPORTER = ("supporter-no-files-yet", "supporter-dialog-whose-file", "supporter-review", "supporter-dialog-rename-person",
             "supporter-dialog-write-a-reply", "supporter-dialog-about")
ROUND_TRIP = ("trip-journal-sharing-page", "trip-share-choices-no-names", "trip-share-preview",
              "trip-supporter-review", "trip-supporter-reply-compose-ready", "trip-journal-reply-open",
              "trip-journal-reply-decided", "trip-journal-reply-finished-message", "trip-journal-replies-history",
              "trip-journal-reply-read-again", "trip-journal-same-reply-file-again")

pytestmark = pytest.mark.gui


def run(out: Path, *extra: str) -> list[Path]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [str(ROOT / "scripts" / "screenshots.sh"), "--offscreen", "--out", str(out), "--days", "30",
         "--size", "{}x{}".format(*SIZE), *extra],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    listed = [Path(line) for line in done.stdout.splitlines() if line.endswith(".png")]
    assert listed == sorted(out.glob("*.png")), "the list printed is the files written, in order"
    return listed


def picture(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct colours among a sample of pixels) of a PNG."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path.name} is not a readable PNG"
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    colours = {image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)}
    return image.width(), image.height(), len(colours)


def stems(paths: list[Path]) -> list[str]:
    return [p.stem.split("-", 1)[1] for p in paths]  # without the number


def shown(names: list[str], wanted: str) -> list[str]:
    return [n for n in names if n == wanted or n.startswith(wanted + "-")]


def test_a_picture_of_every_page_tab_and_dialog(qapp, tmp_path):
    written = run(tmp_path / "tour")
    names = stems(written)
    for page in PAGES:
        assert len(shown(names, f"page-{page}")) == TABBED.get(page, 1), (page, names)
    for dialog in DIALOGS:
        assert shown(names, f"dialog-{dialog}"), (dialog, names)
    for view in SUPPORTER:
        assert shown(names, view), (view, names)
    for path, name in zip(written, names, strict=True):
        width, height, colours = picture(path)
        assert colours > 3, f"{path.name} is blank"
        if name.startswith("page-"):
            assert (width, height) == SIZE, (path.name, width, height)
        else:  # a dialog (or the supporter window): a real window's size, no bigger than a large screen
            assert 150 <= width <= 2 * SIZE[0] and 80 <= height <= 2 * SIZE[1], (path.name, width, height)


def test_a_picture_of_each_step_of_the_sharing_round_trip(qapp, tmp_path):
    written = run(tmp_path / "trip", "--round-trip")
    names = stems(written)
    for step in ROUND_TRIP:
        assert shown(names, step), (step, names)
    assert all(picture(path)[2] > 3 for path in written)


def test_file_names_are_plain_ascii():
    assert slug("Insights ▸ Mood over time") == "insights-mood-over-time"
    assert slug("&Feelings") == "feelings"
    assert slug("Größe ändern") == "gr-sse-ndern"  # ASCII only: a name any tool can pass around
