"""Every fixture parses, and its Python objects and JSON are the contract's, byte for byte
the same as the `minutes` CLI's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import minutes
from conftest import Cli, all_fixtures, fixture_id, own_fixtures
from walk import check_node

FIXTURES = all_fixtures()


def test_there_are_fixtures() -> None:
    assert len(own_fixtures()) >= 4


@pytest.mark.parametrize("path", FIXTURES, ids=fixture_id)
def test_fixture_objects_match_json(path: Path) -> None:
    data = path.read_bytes()
    doc = minutes.parse(data)
    assert doc == minutes.parse(data.decode("utf-8"))
    assert doc == minutes.parse_file(path)
    as_dict = doc.to_dict()
    assert as_dict == json.loads(doc.to_json())
    assert as_dict == json.loads(doc.to_json(pretty=False))
    assert as_dict["schema_version"] == minutes.SCHEMA_VERSION
    assert doc.span.byte_end == len(data)
    assert doc.span.end == len(data.decode("utf-8"))
    check_node(doc, as_dict, data)


@pytest.mark.parametrize("path", FIXTURES, ids=fixture_id)
def test_to_json_equals_cli(cli: Cli, path: Path) -> None:
    # The CLI prints one document as serde's pretty JSON and a newline.
    assert minutes.parse_file(path).to_json() + "\n" == cli.pretty(path)


def test_parse_many_equals_parse_loop() -> None:
    texts = [p.read_text(encoding="utf-8") for p in FIXTURES]
    expected = [minutes.parse(t) for t in texts]
    for threads in (1, 2, 3, 8):
        assert minutes.parse_many(texts, threads=threads) == expected
    assert minutes.parse_many(iter(texts)) == expected
    assert minutes.parse_many(t for t in texts) == expected
    assert minutes.parse_many([t.encode() for t in texts], threads=2) == expected
    assert minutes.parse_many([]) == []


def test_parse_files_equals_parse_file_loop() -> None:
    expected = [minutes.parse_file(p) for p in FIXTURES]
    for threads in (1, 2, 3):
        assert minutes.parse_files(FIXTURES, threads=threads) == expected
    assert minutes.parse_files(str(p) for p in FIXTURES) == expected
    assert minutes.parse_files([]) == []
