"""Imports point one way: core and storage never load Qt (and core never loads SQL)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]

PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    imported = []
    for name in sys.argv[1:]:
        module = importlib.import_module(name)
        imported.append(name)
        for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
            importlib.import_module(info.name)
            imported.append(info.name)
    print(json.dumps({"imported": imported, "loaded": sorted(sys.modules)}))
    """
)


def _import_in_fresh_interpreter(*packages: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *packages],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_core_and_storage_do_not_load_qt():
    report = _import_in_fresh_interpreter(
        "peerjournal.core", "peerjournal.storage", "peerjournal.errors", "peerjournal.system.paths"
    )
    imported = set(report["imported"])
    # The walk really found the modules (so the check below is not vacuous).
    assert {
        "peerjournal.core.records", "peerjournal.core.vocabulary", "peerjournal.core.clock",
        "peerjournal.core.timeline", "peerjournal.storage.vault.keying",
        "peerjournal.storage.vault.migrations", "peerjournal.storage.vault.database",
        "peerjournal.storage.journal", "peerjournal.errors", "peerjournal.system.paths",
    } <= imported
    qt = [m for m in report["loaded"] if m.startswith(("PySide6", "shiboken6"))]
    assert qt == []
    assert "peerjournal.ui" not in report["loaded"]
    assert "peerjournal.app" not in report["loaded"]


def test_core_loads_no_database_driver():
    report = _import_in_fresh_interpreter("peerjournal.core")
    loaded = set(report["loaded"])
    assert "peerjournal.core.records" in loaded
    assert not {"sqlcipher3", "sqlite3", "peerjournal.storage"} & loaded
    assert not [m for m in loaded if m.startswith("PySide6")]
