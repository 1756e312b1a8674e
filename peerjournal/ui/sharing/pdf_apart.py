"""Lay out and paint the summary PDF in a process of its own, so the window never waits for it.

Qt's text layout and PDF painting hold Python's lock (the GIL) for a whole call: in a worker
thread, one section of thirty years (a table of 361 months) still froze the window 1.2–1.6 s
(issue 20). A child Python process has a lock of its own. The report and the recorded charts
go to it through a pipe (never a file); the PDF's bytes come back the same way and are saved
here (0600, all or nothing). The child ends with the export, and with it every copy of the
journal's words it held.

A frozen bundle (PyInstaller) has no Python to start ``-m`` with: there, and when the child
could not make it, the PDF is made in this process as before (slower to the eye, never lost).
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QPicture

from peerjournal.core.summary.report import Report
from peerjournal.storage.vault.atomic import write_atomic

from peerjournal.ui.sharing.pdf_summary import pdf_bytes

_log = logging.getLogger(__name__)
CHILD_TIMEOUT_S = 600  # a lifetime of entries takes well under a minute; never wait forever


def can_start_child() -> bool:
    """Whether this Python can start another one with ``-m`` (not in a frozen bundle)."""
    return not getattr(sys, "frozen", False) and bool(sys.executable)


def child_pdf_bytes(report: Report, pictures: dict[str, QPicture], font_family: str) -> bytes:
    """:func:`~peerjournal.ui.sharing.pdf_summary.pdf_bytes`, made by a child process. Raises
    ``OSError`` when it could not be made there (the message says nothing of the journal)."""
    payload = pickle.dumps((report, {key: bytes(p.data()) for key, p in pictures.items()},
                            font_family), protocol=pickle.HIGHEST_PROTOCOL)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # no window, no display needed
    try:
        done = subprocess.run([sys.executable, "-m", __name__], input=payload, capture_output=True,
                              timeout=CHILD_TIMEOUT_S, env=env, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        raise OSError("the summary's pages could not be laid out") from exc
    if done.returncode != 0 or not done.stdout.startswith(b"%PDF"):
        raise OSError(f"the summary's pages could not be laid out (exit {done.returncode})")
    return done.stdout


def write_pdf_apart(path: Path, report: Report, pictures: dict[str, QPicture],
                    font_family: str = "") -> Path:
    """Make the PDF in a child process (here when none can start) and save it at ``path``
    (0600, all or nothing). Run it in a worker: it waits for the child."""
    data = None
    if can_start_child():
        try:
            data = child_pdf_bytes(report, pictures, font_family)
        except OSError as exc:  # e.g. run from a folder the child can't import from: make it here
            _log.warning("%s; making the summary in this process", exc)
    if data is None:
        data = pdf_bytes(report, pictures, font_family)
    write_atomic(path, data, what="the summary")
    return path


def _child_main() -> int:
    """The child: the report from stdin, the PDF's bytes to stdout, nothing else anywhere."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(["peerjournal-summary"])  # fonts and painting need one; no window
    report, recorded, font_family = pickle.loads(sys.stdin.buffer.read())  # from our parent only
    pictures = {}
    for key, data in recorded.items():
        picture = QPicture()
        picture.setData(data)
        pictures[key] = picture
    sys.stdout.buffer.write(pdf_bytes(report, pictures, font_family))
    sys.stdout.buffer.flush()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(_child_main())
