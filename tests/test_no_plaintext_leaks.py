"""No journal text, names, search terms or passphrases outside the encrypted vault.

The main flows run in a child process (``tests/no_leaks_flows.py``) whose HOME, XDG
folders, runtime folder and TMPDIR are fresh temp folders from the start, so Qt's own
settings (``QtProject.conf``), caches and anything else the process writes land there.
Every typed field carries a unique marker; afterwards every file under those folders,
and the child's stdout and stderr, are searched for each marker's bytes (UTF-8 and
UTF-16-LE), and so are file and folder names.

The only place a marker may appear is the names of what the person chose in a file
dialog (a folder and file names they typed): the dialog itself must not remember them.
And the contents of exactly the files that are the person's own readable copies, in that
chosen folder: the PDF summary, the "Take all my data" JSON file and the CSV files in the
folder it made, and the contacts file (.vcf) they imported. Anything else there (a temp file
left behind, say) is scanned like everywhere else.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("no_leaks_flows.py")
MARKER_NAMES = (
    "passphrase", "wrong_passphrase", "person_name", "person_notes", "cadence_person",
    "typed_person", "mood_note", "feeling", "list_feeling", "contact_note", "activity_title",
    "activity_note", "category", "edited_note", "search", "supporter_name", "second_supporter",
    "bad_key", "sender_name", "share_message", "draft_note", "dialog_dir", "dialog_file", "key_file",
    "control",
    # support plan (saved, then unsaved edits kept as a draft over a lock)
    "plan_keep_well", "plan_early_sign", "plan_what_helps", "plan_service_name", "plan_service_what",
    "plan_service_how", "plan_service_notes", "plan_draft_line", "plan_draft_service",
    "plan_service_late_name",
    # Connecting: resource check, goals, reviews, places (and a goal dialog open over a lock)
    "question", "question_reworded", "check_typed_person", "check_added_person", "goal_title", "goal_why",
    "goal_first_step", "goal_obstacle", "goal_help", "review_in_the_way", "review_next", "place_name",
    "place_what", "place_when", "place_how", "place_contact", "place_notes", "goal_draft",
    # a contacts file imported
    "vcard_name", "vcard_second_name", "vcard_email", "vcard_note",
    # supporter mode on the same machine, a reply, and the person opening it
    "supporter_passphrase", "third_supporter", "supporter_person_name", "supporter_note", "reply_name",
    "reply_note", "reply_place_name", "reply_place_when", "reply_place_how", "reply_goal_title",
    "reply_goal_why", "reply_goal_step",
)
# Chosen by the person in the file dialog: allowed in the names of what they chose, nowhere else.
CHOSEN_NAMES = ("dialog_dir", "dialog_file", "key_file")
ENV_DROP = ("HOME", "TMPDIR", "TEMP", "TMP", "PEERJOURNAL_DATA_DIR", "PEERJOURNAL_CONFIG_DIR")


def make_markers() -> dict[str, str]:
    # Lower-case ASCII: feelings are stored lower-cased, and ASCII survives URL/INI escaping
    # unchanged, so an escaped copy in QtProject.conf can't hide from the byte search.
    return {name: f"zq{name.replace('_', '')}{secrets.token_hex(6)}" for name in MARKER_NAMES}


def child_env(base: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ENV_DROP and not k.startswith(("XDG_", "QT_"))}
    home = base / "home"
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": base / "runtime",
        "TMPDIR": base / "tmp",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)
    env.update({k: str(v) for k, v in folders.items()})
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONFAULTHANDLER"] = "1"  # a crash prints its (content-free) stack to stderr, which is scanned
    # PEERJOURNAL_DATA_DIR/CONFIG_DIR are left unset: the app's own defaults (platformdirs,
    # so the XDG folders above) are what a real run uses.
    return env


def patterns(markers: dict[str, str]) -> dict[str, list[bytes]]:
    return {name: [m.encode("utf-8"), m.encode("utf-16-le")] for name, m in markers.items()}


def found_in(data: bytes, pats: dict[str, list[bytes]]) -> list[str]:
    return [name for name, forms in pats.items() if any(f in data for f in forms)]


def is_export(path: Path, exports: Sequence[Path]) -> bool:
    """One of the person's own readable files: an exported or imported file itself, or a file
    the CSV export wrote straight into its folder (not a hidden leftover such as a temp file)."""
    return any(
        path == export or (export.is_dir() and path.parent == export and not path.name.startswith("."))
        for export in exports
    )


def scan(base: Path, markers: dict[str, str], chosen_dir: Path, exports: Sequence[Path] = ()) -> list[str]:
    """Every leak under ``base``: 'path: marker' lines (contents and names); the contents of
    ``exports`` (see :func:`is_export`) are the person's own and not searched."""
    pats = patterns(markers)
    leaks: list[str] = []
    for root, dirs, names in os.walk(base):
        for name in dirs + names:
            path = Path(root) / name
            if path == chosen_dir or chosen_dir in path.parents:
                allowed = {markers[n] for n in CHOSEN_NAMES}
                hits = [n for n, m in markers.items() if m in str(path.relative_to(base)) and m not in allowed]
            else:
                hits = [n for n, m in markers.items() if m in str(path.relative_to(base))]
            leaks += [f"name {path}: {hit}" for hit in hits]
        for name in names:
            path = Path(root) / name
            if path.is_symlink() or not path.is_file() or is_export(path, exports):
                continue
            leaks += [f"content {path}: {hit}" for hit in found_in(path.read_bytes(), pats)]
    return leaks


def test_no_marker_leaves_the_vault(tmp_path):
    markers = make_markers()
    base = tmp_path / "machine"
    report_path = tmp_path / "report.json"  # outside the scanned folders
    env = child_env(base)
    home = base / "home"
    try:
        result = subprocess.run(
            [sys.executable, str(CHILD), json.dumps(markers), str(report_path)],
            env=env, cwd=home, capture_output=True, timeout=360,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the flows did not finish in time; stderr:\n{(exc.stderr or b'').decode(errors='replace')}")
    stdout, stderr = result.stdout, result.stderr
    assert result.returncode == 0 and report_path.exists(), (
        f"the flows failed (exit {result.returncode}):\n{stderr.decode(errors='replace')[-6000:]}"
    )
    report = json.loads(report_path.read_text(encoding="utf-8"))

    chosen_dir = home / markers["dialog_dir"]
    # Only files in the folder the person chose may be left out, each named by the flows.
    exports = [Path(p) for p in report["exports"]]
    kinds = sorted(p.suffix if p.is_file() else "folder" for p in exports)
    assert kinds == [".json", ".pdf", ".vcf", "folder"], kinds
    assert all(p.exists() and p.parent == chosen_dir for p in exports), exports
    leaks = scan(base, markers, chosen_dir, exports)
    pats = patterns(markers)
    leaks += [f"stdout: {hit}" for hit in found_in(stdout, pats)]
    leaks += [f"stderr: {hit}" for hit in found_in(stderr, pats)]
    # The control marker was put in a temp file, a Qt settings file and stderr on purpose:
    # finding it there shows the child's folders and output are the ones scanned.
    controls = {leak for leak in leaks if leak.endswith(": control")}
    assert {"stderr: control"} <= controls, controls
    assert any(c.startswith(f"content {base / 'tmp'}/") for c in controls), controls
    assert any(c.startswith(f"content {home / '.config'}/PeerJournalLeakControl") for c in controls), controls
    # And Qt's file dialog, used without clearing, does record visited folders here.
    assert report["qt_dialog_records_history"]
    leaks = [leak for leak in leaks if leak not in controls]
    assert not leaks, "journal text found outside the vault:\n" + "\n".join(sorted(leaks))

    # The flows wrote where a real run writes, so the scan above looked in the right places.
    vault = Path(report["vault"])
    assert vault.is_relative_to(home / ".local" / "share")
    assert vault.read_bytes()[:16] != b"SQLite format 3\x00"
    settings_path = Path(report["settings"])
    assert settings_path.is_relative_to(home / ".config")
    settings = json.loads(settings_path.read_text(encoding="utf-8"))
    assert settings["prompts"]["max_per_day"] == 2 and settings["lock_after_minutes"] == 12
    assert settings["theme"] == "dark"  # the theme switch on the Security page was saved
    assert report["backups"] and all(Path(b).exists() for b in report["backups"])
    assert len(report["shares"]) == 4  # two shares, one to supporter mode, and its reply
    for share in report["shares"]:
        assert Path(share).read_bytes().startswith(b"age-encryption.org/v1\n")  # an age file
