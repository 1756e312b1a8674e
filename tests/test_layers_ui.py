"""Inside ui/: a feature uses another feature only through that feature's public module (its
``__init__``), and never reaches up into the shell's main window or controller.

``ui/app`` (the shell), ``ui/widgets`` and ``ui/drafts`` are shared by every feature; ``ui/app``
composes the features, so it may import their modules directly. Imports under
``if TYPE_CHECKING:`` are for type hints only and are not counted.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "peerjournal" / "ui"
SHARED = {"app", "widgets", "drafts"}
SHELL_TOP = {"peerjournal.ui.app.main_window", "peerjournal.ui.app.controller"}


def features() -> list[str]:
    return sorted(p.name for p in UI.iterdir() if (p / "__init__.py").exists() and p.name not in SHARED)


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def ui_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every run-time import of a ``peerjournal.ui`` module in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hints = _type_checking_lines(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.lineno not in hints:
            names = [node.module]
        elif isinstance(node, ast.Import) and node.lineno not in hints:
            names = [alias.name for alias in node.names]
        else:
            continue
        found += [(node.lineno, name) for name in names if name.startswith("peerjournal.ui.")]
    return found


def crossings(feature: str) -> list[str]:
    """Imports from ``feature`` that break the rule, as ``file:line module``."""
    bad = []
    for path in sorted((UI / feature).rglob("*.py")):
        for line, module in ui_imports(path):
            target = module.split(".")[2]
            where = f"{path.relative_to(UI.parent.parent)}:{line} {module}"
            if module in SHELL_TOP or target not in SHARED and target != feature and module != f"peerjournal.ui.{target}":
                bad.append(where)
    return bad


def test_the_feature_list_is_what_the_tree_holds():
    assert {"journal", "people", "insights", "connecting", "sharing", "supporter"} <= set(features())


def test_features_use_each_other_only_through_their_public_modules():
    bad = [where for feature in features() for where in crossings(feature)]
    assert bad == []


def test_the_check_finds_a_crossing(tmp_path):
    """Not vacuous: a module reaching into another feature's inner module is reported."""
    for name in ("journal", "people", "widgets"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
    (tmp_path / "journal" / "page.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from peerjournal.ui.people.person_dialog import PersonDialog\n"
        "from peerjournal.ui.people import PersonDialog as Fine\n"
        "from peerjournal.ui.widgets.make import button\n"
        "from peerjournal.ui.app.main_window import MainWindow\n"
        "if TYPE_CHECKING:\n"
        "    from peerjournal.ui.app.main_window import MainWindow as Hint\n"
    )
    globals()["UI"], saved = tmp_path, UI
    try:
        bad = crossings("journal")
    finally:
        globals()["UI"] = saved
    assert [b.split(" ", 1)[1] for b in bad] == [
        "peerjournal.ui.people.person_dialog", "peerjournal.ui.app.main_window",
    ]


def test_each_public_module_imports_first_in_a_fresh_interpreter():
    """A feature's public module imports its inner modules eagerly: no import cycle may hide in
    that, whichever feature Python meets first."""
    import subprocess
    import sys

    for feature in features():
        result = subprocess.run(
            [sys.executable, "-c", f"import peerjournal.ui.{feature}"],
            capture_output=True, text=True, cwd=UI.parents[1], timeout=120, check=False,
        )
        assert result.returncode == 0, (feature, result.stderr[-2000:])
