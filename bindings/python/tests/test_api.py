"""The shape of the Python API: types, attributes, reprs, equality, JSON."""

from __future__ import annotations

import datetime
import json
import typing

import pytest

import minutes

# The example of the core crate's documentation (crates/minutes/src/lib.rs).
PRINTED = (
    "PLANNING COMMITTEE\nTuesday 5 December 2023\n\n"
    "Present:- Councillor Smith (in the Chair); Councillors Jones and Z. Patel.\n\n"
    "131. MINUTES OF THE PREVIOUS MEETING\n\n"
    "Resolved: - That the minutes be approved as a correct record.\n"
)

CONTRACT_FORMATS = {
    "moderngov_listing", "moderngov_item", "printed", "cmis", "flattened", "unknown",
}


def test_core_example_through_python() -> None:
    doc = minutes.parse(PRINTED)
    assert isinstance(doc, minutes.Document)
    assert doc.format == "printed"
    assert doc.date == datetime.date(2023, 12, 5)
    assert len(doc.attendance.present) == 3
    item = doc.items[0]
    assert isinstance(item, minutes.Item)
    assert item.number == "131"
    assert len(item.resolutions) == 1
    assert isinstance(item.resolutions[0], minutes.Resolution)
    assert item.resolutions[0].text.startswith("That the minutes")
    assert minutes.slice_span(PRINTED, item.span).startswith("131.")
    assert doc.resolutions == item.resolutions


def test_json_is_the_contract() -> None:
    doc = minutes.parse(PRINTED)
    data = doc.to_dict()
    assert list(data)[:12] == [
        "schema_version", "format", "status", "committee", "date", "time", "venue",
        "attendance", "items", "diagnostics", "contact", "webcast",
    ]
    assert data["format"] in CONTRACT_FORMATS, "the JSON's format name is not the contract's"
    assert data["date"] == "2023-12-05"
    assert data["span"] == [0, len(PRINTED.encode())]
    assert json.loads(doc.to_json()) == data
    assert doc.to_json(pretty=False) == json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert doc.to_json().startswith('{\n  "schema_version": 1,\n')
    item = doc.items[0]
    assert item.to_dict() == data["items"][0]


@pytest.mark.parametrize(
    "text",
    ["Agenda and draft minutes\nPlanning Committee - Tuesday 4 March 2025 10.00 a.m.\nItems\n"
     "No. Item\n12.\nMinutes of the previous meeting\nMinutes:\nResolved: - Approved.\n",
     "Agenda item\nBudget update\nMinutes:\nResolved: - That the report be noted.\n",
     PRINTED, "", "hello"],
)
def test_format_names_follow_the_contract(text: str) -> None:
    doc = minutes.parse(text)
    assert doc.format in CONTRACT_FORMATS
    assert doc.to_dict()["format"] == doc.format


def test_format_option() -> None:
    assert minutes.parse(PRINTED, format="unknown").format == "unknown"
    assert minutes.parse(PRINTED, format="moderngov-listing").format == "moderngov_listing"
    with pytest.raises(ValueError, match="unknown format"):
        minutes.parse(PRINTED, format="pdf")


def test_reprs_are_readable() -> None:
    doc = minutes.parse(PRINTED)
    assert repr(doc).startswith("Document(format='printed', committee=")
    assert "datetime.date(2023, 12, 5)" in repr(doc)
    assert repr(doc.items[0]).startswith("Item(number='131', title=")
    assert repr(doc.items[0].span).startswith("Span(")
    assert repr(minutes.Span(1, 4)) == "Span(1, 4)"
    assert repr(minutes.Span(1, 4, 1, 6)) == "Span(1, 4, byte_start=1, byte_end=6)"
    for node in [doc.attendance, *doc.attendance.present, *doc.resolutions, *doc.diagnostics]:
        assert repr(node).startswith(type(node).__name__ + "(")


def test_equality_and_hashing() -> None:
    a, b = minutes.parse(PRINTED), minutes.parse(PRINTED)
    assert a == b and not (a != b)
    assert a.items[0] == b.items[0]
    assert a != minutes.parse(PRINTED + "\n")
    assert a != a.to_dict() and a.items[0] != a
    with pytest.raises(TypeError):
        hash(a)
    span = a.items[0].span
    assert hash(span) == hash(minutes.Span(span.start, span.end, span.byte_start, span.byte_end))
    assert sorted([minutes.Span(5, 6), minutes.Span(1, 9)])[0] == minutes.Span(1, 9)
    start, end = span
    assert (start, end) == (span.start, span.end) and len(span) == end - start
    with pytest.raises(ValueError):
        minutes.Span(5, 4)


def test_items_and_resolutions_outlive_their_document_variable() -> None:
    """Items and resolutions are read in place inside their document (not copied out of
    it): they keep it alive and read the same after the document's last name is gone."""
    import gc

    expected = minutes.parse(PRINTED)
    items, resolutions = minutes.parse(PRINTED).items, minutes.parse(PRINTED).resolutions
    item_resolutions = minutes.parse(PRINTED).items[0].resolutions
    gc.collect()
    assert items == expected.items and resolutions == expected.resolutions
    assert item_resolutions == expected.items[0].resolutions == expected.resolutions
    assert [i.to_dict() for i in items] == [i.to_dict() for i in expected.items]
    assert items[0].number == "131" and items[0].title == "MINUTES OF THE PREVIOUS MEETING"
    assert resolutions[0].text.startswith("That the minutes be approved")


def test_nodes_are_read_only() -> None:
    doc = minutes.parse(PRINTED)
    with pytest.raises(AttributeError):
        doc.committee = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        minutes.Document()


def test_every_class_is_exported_and_typed() -> None:
    for name in minutes.__all__:
        assert hasattr(minutes, name), name
    hints = typing.get_type_hints(minutes.parse_file)
    assert hints["return"] is minutes.Document
    assert minutes.__version__
    assert issubclass(minutes.ParseError, ValueError)
    assert issubclass(minutes.InvalidUtf8Error, minutes.ParseError)
    assert issubclass(minutes.LimitExceededError, minutes.ParseError)


def test_blocks_and_nested_nodes_are_typed() -> None:
    doc = minutes.parse(PRINTED)
    for item in doc.items:
        for block in item.agenda + item.minutes:
            assert isinstance(block, (minutes.Paragraph, minutes.ListBlock))
            assert block.type in ("paragraph", "list")
        for res in item.resolutions:
            if res.motion is not None:
                assert isinstance(res.motion, minutes.Motion)
    for person in doc.attendance.present:
        assert isinstance(person, minutes.Person)
        assert isinstance(person.name, str) and person.name
