"""pandas tables: one row per item, resolution and person, with committee and date."""

from __future__ import annotations

import subprocess
import sys

import pytest

import minutes
from conftest import all_fixtures

pd = pytest.importorskip("pandas")

DOCS = minutes.parse_many([p.read_text(encoding="utf-8") for p in all_fixtures()])


def test_items_frame() -> None:
    frame = minutes.items_frame(DOCS)
    assert len(frame) == sum(len(d.items) for d in DOCS)
    assert list(frame.columns[:4]) == ["document", "committee", "date", "format"]
    assert str(frame["date"].dtype).startswith("datetime64")
    for d, doc in enumerate(DOCS):
        rows = frame[frame["document"] == d]
        assert list(rows["title"]) == [i.title for i in doc.items]
        assert set(rows["committee"].dropna()) <= {doc.committee}
        assert list(rows["resolutions"]) == [len(i.resolutions) for i in doc.items]


def test_resolutions_frame() -> None:
    frame = minutes.resolutions_frame(DOCS)
    assert len(frame) == sum(len(d.resolutions) for d in DOCS)
    assert list(frame["text"]) == [r.text for d in DOCS for r in d.resolutions]


def test_attendance_frame() -> None:
    frame = minutes.attendance_frame(DOCS)
    expected = sum(
        len(d.attendance.present) + len(d.attendance.apologies) + len(d.attendance.in_attendance)
        for d in DOCS
    )
    assert len(frame) == expected
    assert set(frame["attendance"]) <= {"present", "apologies", "in_attendance"}
    assert frame["chair"].dtype == bool


def test_single_document_and_empty_input() -> None:
    doc = DOCS[0]
    assert len(minutes.items_frame(doc)) == len(doc.items)
    empty = minutes.items_frame([])
    assert len(empty) == 0 and "title" in empty.columns
    with pytest.raises(TypeError, match=r"docs\[0\] is str"):
        minutes.items_frame(["not a document"])  # type: ignore[list-item]


def test_without_pandas_the_error_says_how_to_install_it() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import minutes\n"
        "try:\n"
        "    minutes.items_frame([minutes.parse('x')])\n"
        "except ImportError as e:\n"
        "    print('ImportError:', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "ImportError:" in out.stdout and "pip install" in out.stdout
