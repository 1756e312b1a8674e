"""Telling the apps' exports apart by content, and refusing what is none of them (nothing read
beyond the cap, no waiting on a FIFO)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.chosen_file import FileTooLarge, NotAFile
from peerjournal.core.imports.entries import ImportFormat, NotAnExport
from peerjournal.core.imports.formats import detect, parse_export, read_export
from peerjournal.errors import UserError
from tests.core.imports.fixtures import FIXTURES

DAYLIO = Path(__file__).resolve().parents[2] / "fixtures" / "daylio"


@pytest.mark.parametrize(("path", "fmt"), [
    (DAYLIO / "new_layout_24h.csv", ImportFormat.DAYLIO),
    (DAYLIO / "old_layout_polish_bom.csv", ImportFormat.DAYLIO),
    (FIXTURES / "jrnl.json", ImportFormat.JRNL),
    (FIXTURES / "pixels.json", ImportFormat.PIXELS),
    (FIXTURES / "pixels_old.json", ImportFormat.PIXELS),
    (FIXTURES / "emoods.csv", ImportFormat.EMOODS),
    (FIXTURES / "bearable.csv", ImportFormat.BEARABLE),
    (FIXTURES / "daily_you.json", ImportFormat.DAILY_YOU),
])
def test_each_fixture_is_recognised_and_read_as_its_app(path, fmt):
    assert detect(path.read_bytes()) is fmt
    export = read_export(path)
    assert export.format is fmt and export.entries


@pytest.mark.parametrize("data", [
    b"name,phone\nSam,123\n", b'{"contacts": []}', b"[1, 2]", b"", "Tagebuch".encode("utf-16"),
    b"\x00\x01\x02\xff",
])
def test_a_file_from_no_known_app_is_refused_with_the_list_of_apps(data):
    with pytest.raises(NotAnExport, match="Daylio, jrnl, Pixels, eMoods, Bearable and Daily You"):
        detect(data)


def test_a_file_chosen_as_one_app_but_from_another_is_refused_by_that_app_s_reader():
    with pytest.raises(NotAnExport, match="not a Pixels backup"):
        read_export(FIXTURES / "jrnl.json", ImportFormat.PIXELS)
    with pytest.raises(NotAnExport, match="not an eMoods CSV export"):
        read_export(FIXTURES / "bearable.csv", ImportFormat.EMOODS)


@pytest.mark.parametrize("name", ["jrnl.json", "pixels.json", "daily_you.json", "emoods.csv", "bearable.csv"])
def test_a_truncated_export_is_refused(tmp_path, name):
    whole = (FIXTURES / name).read_bytes()
    cut = tmp_path / name
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    fmt = detect(whole)
    with pytest.raises(NotAnExport):
        read_export(cut, fmt)


@pytest.mark.parametrize("name", ["jrnl.json", "emoods.csv", "bearable.csv"])
def test_an_export_in_another_encoding_is_refused(tmp_path, name):
    other = tmp_path / name
    other.write_bytes((FIXTURES / name).read_text().replace("Quiet", "Ruhig, schön").encode("utf-16"))
    with pytest.raises(NotAnExport):
        read_export(other, detect((FIXTURES / name).read_bytes()))


def test_a_fifo_and_a_100_mb_file_are_refused_without_reading_them(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(NotAFile):
        read_export(fifo)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    with pytest.raises(FileTooLarge):
        read_export(huge, ImportFormat.JRNL)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from([None, *ImportFormat]))
def test_arbitrary_bytes_raise_nothing_but_user_errors(data, fmt):
    with contextlib.suppress(UserError):
        parse_export(data, fmt)
