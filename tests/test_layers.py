"""Imports point one way: core and storage never load Qt (and core never loads SQL); no SQL
outside ``peerjournal/storage/``; no Qt outside ``peerjournal/ui/`` and ``peerjournal/app.py``."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGE = REPO_ROOT / "peerjournal"

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

QT_PACKAGES = ("PySide6", "shiboken6")
SQL_DRIVERS = ("sqlcipher3", "sqlite3")
SQL_CALLS = ("execute", "executemany", "executescript")
# Upper-case keywords only: "Select a goal from the list" is a sentence, not SQL.
SQL_TEXT = re.compile(
    r"\bSELECT\s|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\S+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\b(CREATE|DROP|ALTER)\s+(TABLE|INDEX|TRIGGER|VIEW)\b|\bPRAGMA\s+\w+",
    re.DOTALL,
)


def _import_in_fresh_interpreter(*packages: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *packages],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _ops_present() -> bool:
    return (PACKAGE / "ops" / "__init__.py").is_file()


def _sources(*, inside: Path = PACKAGE, outside: tuple[Path, ...] = ()) -> list[Path]:
    """Every ``.py`` file under ``inside``, except those under one of ``outside``."""
    return sorted(
        p for p in inside.rglob("*.py")
        if not any(p == o or o in p.parents for o in outside)
    )


def _docstrings(tree: ast.AST) -> set[int]:
    """Ids of the docstring nodes: they may talk about SQL (``PRAGMA rekey``) without running it."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                    and isinstance(first.value.value, str)):
                found.add(id(first.value))
    return found


def _imported_modules(tree: ast.AST) -> list[str]:
    """Every module an ``import`` names, lazy imports inside functions included."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def _literal_text(node: ast.AST) -> str:
    """A string literal's text (an f-string's holes as ``{}``); "" for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return ""


def _sql_in(source: str) -> list[str]:
    """What in ``source`` runs or is SQL: driver imports, ``.execute(...)`` calls, reaching into
    ``vault.conn``, and SQL text in string literals (docstrings and comments aside)."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    found = [f"import {m}" for m in _imported_modules(tree) if m.split(".")[0] in SQL_DRIVERS]
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS):
            found.append(f"line {node.lineno}: .{node.func.attr}(")
        elif isinstance(node, ast.Attribute) and node.attr == "conn" and (
                isinstance(node.value, ast.Name | ast.Attribute)
                and getattr(node.value, "attr", getattr(node.value, "id", None)) == "vault"):
            found.append(f"line {node.lineno}: vault.conn")
        elif id(node) not in docstrings and SQL_TEXT.search(_literal_text(node)):
            found.append(f"line {node.lineno}: SQL text")
    return found


def _qt_in(source: str) -> list[str]:
    return [m for m in _imported_modules(ast.parse(source)) if m.split(".")[0] in QT_PACKAGES]


def _scan(files: list[Path], finder) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    report = {}
    for path in files:
        found = finder(path.read_text(encoding="utf-8"))
        if found:
            report[str(path.relative_to(REPO_ROOT))] = found
    return report


# -- no Qt below the UI ------------------------------------------------------------------------
def test_core_and_storage_do_not_load_qt():
    packages = ["peerjournal.core", "peerjournal.storage", "peerjournal.errors",
                "peerjournal.system", "peerjournal.i18n", "peerjournal.demo"]
    if _ops_present():
        packages.append("peerjournal.ops")
    report = _import_in_fresh_interpreter(*packages)
    imported = set(report["imported"])
    # The walk really found the modules (so the check below is not vacuous).
    assert {
        "peerjournal.core.records", "peerjournal.core.vocabulary", "peerjournal.core.clock",
        "peerjournal.core.timeline", "peerjournal.storage.vault.keying",
        "peerjournal.storage.vault.migrations", "peerjournal.storage.vault.database",
        "peerjournal.storage.journal", "peerjournal.errors", "peerjournal.system.paths",
        "peerjournal.system.privacy", "peerjournal.system.autostart", "peerjournal.i18n",
        "peerjournal.demo.seed", "peerjournal.storage.connecting.goals",
    } <= imported
    if _ops_present():
        assert any(m.startswith("peerjournal.ops.") for m in imported)
    qt = [m for m in report["loaded"] if m.startswith(QT_PACKAGES)]
    assert qt == []
    assert "peerjournal.ui" not in report["loaded"]
    assert "peerjournal.app" not in report["loaded"]


def test_no_module_outside_ui_and_app_imports_qt():
    files = _sources(outside=(PACKAGE / "ui", PACKAGE / "app.py"))
    assert PACKAGE / "storage" / "journal.py" in files
    assert PACKAGE / "ui" / "__init__.py" not in files
    assert _scan(files, _qt_in) == {}


def test_the_qt_scan_finds_qt_in_the_ui():
    found = _scan(_sources(inside=PACKAGE / "ui"), _qt_in)
    assert "peerjournal/ui/app/main_window.py" in found
    assert _scan([PACKAGE / "app.py"], _qt_in)
    assert _qt_in("def later():\n    from PySide6 import QtCore\n") == ["PySide6"]
    assert _qt_in("import shiboken6\n") == ["shiboken6"]


def test_ops_imports_no_qt_and_nothing_from_the_ui():
    if not _ops_present():
        pytest.skip("no peerjournal/ops package in this tree yet")
    files = _sources(inside=PACKAGE / "ops")
    assert files
    assert _scan(files, _qt_in) == {}
    upward = {
        str(p.relative_to(REPO_ROOT)): [m for m in _imported_modules(ast.parse(p.read_text()))
                                        if m.startswith(("peerjournal.ui", "peerjournal.app"))]
        for p in files
    }
    assert {k: v for k, v in upward.items() if v} == {}


# -- no SQL outside storage --------------------------------------------------------------------
def test_no_sql_outside_storage():
    files = _sources(outside=(PACKAGE / "storage",))
    assert PACKAGE / "ui" / "app" / "passphrase_dialog.py" in files  # its docstring says PRAGMA
    assert _scan(files, _sql_in) == {}


def test_the_sql_scan_finds_the_sql_in_storage():
    found = _scan(_sources(inside=PACKAGE / "storage"), _sql_in)
    assert len(found) > 10
    journal = found["peerjournal/storage/journal.py"]
    assert any(".execute(" in f for f in journal) and any("SQL text" in f for f in journal)
    assert any(".executemany(" in f for f in journal)
    assert "import sqlcipher3" in found["peerjournal/storage/vault/database.py"]


@pytest.mark.parametrize("source", [
    "import sqlite3\n",
    "def f():\n    import sqlcipher3.dbapi2\n",
    "from sqlcipher3 import dbapi2\n",
    "def f(db):\n    db.execute('x')\n",
    "def f(db):\n    db.executemany('x', [])\n",
    "def f(journal):\n    return journal.vault.conn\n",
    "Q = 'SELECT id FROM moods'\n",
    "Q = f'SELECT {cols}\\n  FROM moods'\n",
    "Q = f'UPDATE {table} SET x = ?'\n",
    "Q = 'INSERT INTO moods (id) VALUES (?)'\n",
    "Q = 'UPDATE goals SET title = ?'\n",
    "Q = 'DELETE FROM places'\n",
    "Q = 'CREATE TABLE t (id)'\n",
    "Q = 'PRAGMA user_version'\n",
])
def test_the_sql_scan_finds_each_kind(source):
    assert _sql_in(source)


@pytest.mark.parametrize("source", [
    '"""Change the passphrase (``PRAGMA rekey``)."""\n',
    'def f():\n    """SELECT * FROM nowhere: a docstring."""\n',
    "# DELETE FROM moods, in a comment\n",
    "TEXT = 'Select a goal from the list, then update it.'\n",
    "def f(dialog):\n    dialog.exec()\n",
])
def test_the_sql_scan_leaves_words_and_docstrings_alone(source):
    assert _sql_in(source) == []


# -- imports point one way ---------------------------------------------------------------------
LAYERS = {
    # folder or module: what it must never import
    "core": ("peerjournal.storage", "peerjournal.ops", "peerjournal.ui", "peerjournal.app",
             "peerjournal.demo", "peerjournal.system"),
    "storage": ("peerjournal.ops", "peerjournal.ui", "peerjournal.app", "peerjournal.demo"),
    "errors.py": ("peerjournal.core", "peerjournal.storage", "peerjournal.ops", "peerjournal.ui",
                  "peerjournal.app"),
    "i18n.py": ("peerjournal.",),
}


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_imports_point_one_way(layer):
    root = PACKAGE / layer
    files = [root] if root.suffix == ".py" else _sources(inside=root)
    assert files
    wrong = {
        str(p.relative_to(REPO_ROOT)): [m for m in _imported_modules(ast.parse(p.read_text()))
                                        if m.startswith(LAYERS[layer])]
        for p in files
    }
    assert {k: v for k, v in wrong.items() if v} == {}


def test_core_loads_no_database_driver():
    report = _import_in_fresh_interpreter("peerjournal.core")
    loaded = set(report["loaded"])
    assert "peerjournal.core.records" in loaded
    assert not {"sqlcipher3", "sqlite3", "peerjournal.storage"} & loaded
    assert not [m for m in loaded if m.startswith("PySide6")]
