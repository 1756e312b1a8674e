"""The process can't leave a core dump holding journal text or the key."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHILD = """
import ctypes, resource
from peerjournal.system.privacy import disable_core_dumps
disable_core_dumps()
print(resource.getrlimit(resource.RLIMIT_CORE))
print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_CORE and prctl are checked on Linux")
def test_core_dumps_are_off():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True).stdout
    limits, dumpable = out.split("\n")[:2]
    assert limits == "(0, 0)"
    assert dumpable == "0"


def test_main_turns_them_off_before_anything_else():
    import inspect

    from peerjournal import app

    source = inspect.getsource(app.main)
    assert source.index("disable_core_dumps()") < source.index("QApplication(")
