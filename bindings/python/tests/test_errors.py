"""Bad input gives the documented exception, or a document with diagnostics; never a crash."""

from __future__ import annotations

import pathlib

import pytest

import minutes
from conftest import HERE
from walk import check_node

SAMPLE = (HERE / "data" / "printed_unicode.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("bad", [None, 5, 3.5, ["text"], {"text": 1}, object()])
def test_wrong_types_raise_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be str or bytes"):
        minutes.parse(bad)  # type: ignore[arg-type]


def test_parse_many_type_errors_name_the_element() -> None:
    with pytest.raises(TypeError, match=r"texts\[1\] must be str or bytes, not int"):
        minutes.parse_many(["a", 1])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not iterable"):
        minutes.parse_many(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="use parse"):
        minutes.parse_many("one text")
    with pytest.raises(TypeError):
        minutes.parse(SAMPLE, threads=2)  # type: ignore[call-arg]


@pytest.mark.parametrize("threads", [0, -1])
def test_bad_thread_counts(threads: int) -> None:
    with pytest.raises(ValueError, match="threads must be at least 1"):
        minutes.parse_many([SAMPLE], threads=threads)


def test_invalid_utf8_names_the_byte_offset() -> None:
    raw = b"PLANNING COMMITTEE\n\xc3\x28 broken"
    with pytest.raises(minutes.InvalidUtf8Error, match="offset 19") as err:
        minutes.parse(raw)
    assert isinstance(err.value, ValueError)
    assert err.value.offset == 19 and err.value.index is None
    with pytest.raises(minutes.InvalidUtf8Error, match=r"texts\[2\]") as err:
        minutes.parse_many([SAMPLE, b"ok", raw], threads=2)
    assert err.value.offset == 19 and err.value.index == 2


def test_lone_surrogates_are_a_value_error() -> None:
    with pytest.raises(UnicodeEncodeError):
        minutes.parse("Committee \ud800 minutes")


def test_limits() -> None:
    with pytest.raises(minutes.LimitExceededError, match="limit of 100 bytes"):
        minutes.parse(SAMPLE, max_input_bytes=100)
    assert minutes.parse(SAMPLE, max_input_bytes=len(SAMPLE.encode())).span.byte_end > 0
    doc = minutes.parse(SAMPLE)
    if doc.items:
        with pytest.raises(minutes.LimitExceededError, match="more than 0 items"):
            minutes.parse(SAMPLE, max_items=0)
    with pytest.raises(ValueError):
        minutes.parse(SAMPLE, max_input_bytes=-1)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00",
        "\x00" * 10_000,
        SAMPLE.replace("\n", "\x00\n"),
        SAMPLE.replace("Resolved", "Resolved\x00"),
        "\n" * 100_000,
        "1.\n" * 20_000,
        "Resolved: - " * 20_000,
        "x" * 1_000_000,
        "’£" * 50_000,
        "\ufeff" + SAMPLE,
        "\r" * 1000 + SAMPLE,
    ],
    ids=lambda t: repr(t[:12]) + f"..{len(t)}",
)
def test_hostile_text_gives_a_document(text: str) -> None:
    doc = minutes.parse(text)
    assert doc.span == minutes.Span(0, len(text), 0, len(text.encode()))
    check_node(doc, doc.to_dict(), text)


def test_fifty_megabytes() -> None:
    text = (SAMPLE + "\n") * (50_000_000 // len(SAMPLE.encode()) + 1)
    assert len(text.encode()) >= 50_000_000
    doc = minutes.parse(text)
    assert doc.span.end == len(text) and doc.span.byte_end == len(text.encode())
    assert len(doc.to_json(pretty=False)) > 0
    with pytest.raises(minutes.LimitExceededError):
        minutes.parse(text, max_input_bytes=10_000_000)


def test_parse_files_errors_name_the_file(tmp_path: "pathlib.Path") -> None:
    good, bad, missing = tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "missing.txt"
    good.write_text("PLANNING COMMITTEE\n\n1. APOLOGIES\n\nNone.\n", encoding="utf-8")
    bad.write_bytes(b"PLANNING \xff COMMITTEE\n")
    assert len(minutes.parse_files([good, good], threads=2)) == 2
    # A file that cannot be read: OSError as open() raises it, with the file and its index.
    with pytest.raises(FileNotFoundError) as read_error:
        minutes.parse_files([good, missing], threads=2)
    assert str(read_error.value.filename) == str(missing)
    assert getattr(read_error.value, "index") == 1
    # A file that is not UTF-8: the core's error, naming the file; lossy reads it.
    with pytest.raises(minutes.InvalidUtf8Error) as utf8_error:
        minutes.parse_files([good, bad])
    assert str(bad) in str(utf8_error.value)
    assert (getattr(utf8_error.value, "index"), getattr(utf8_error.value, "offset")) == (1, 9)
    assert minutes.parse_files([bad], lossy=True) == [minutes.parse_file(bad, lossy=True)]
    with pytest.raises(TypeError, match="parse_file"):
        minutes.parse_files(str(good))
