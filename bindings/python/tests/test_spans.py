"""Spans in Python are code point offsets into the parsed str, with bytes beside them."""

from __future__ import annotations

import pytest

import minutes
from conftest import HERE
from walk import check_node

UNICODE = (HERE / "data" / "printed_unicode.txt").read_text(encoding="utf-8")


def test_fixture_has_multibyte_characters() -> None:
    assert "’" in UNICODE and "£" in UNICODE and "Zoë" in UNICODE


def test_every_span_slices_the_same_text_in_both_units() -> None:
    doc = minutes.parse(UNICODE)
    assert check_node(doc, doc.to_dict(), UNICODE) >= 1
    assert doc.span == minutes.Span(0, len(UNICODE), 0, len(UNICODE.encode()))


def test_item_after_non_ascii_text_slices_by_code_point() -> None:
    doc = minutes.parse(UNICODE)
    bandstand = [i for i in doc.items if "BANDSTAND" in i.title]
    assert bandstand, [i.title for i in doc.items]
    span = bandstand[0].span
    # Multibyte characters come before the item: the two units differ.
    assert span.byte_start > span.start
    assert UNICODE[span.start : span.end].startswith("43. BANDSTAND RESTORATION – £48,500")
    assert UNICODE.encode()[span.byte_start : span.byte_end].decode() == UNICODE[span.start : span.end]


def test_slice_span_units() -> None:
    text = "Café £5 – agreed"
    span = minutes.Span(5, 7, 6, 9)  # "£5"
    assert minutes.slice_span(text, span) == "£5"
    assert minutes.slice_span(text.encode(), span) == "£5"
    assert minutes.slice_span(text, [6, 9]) == "£5"  # a JSON pair: bytes
    assert minutes.slice_span(text, (5, 7), unit="chars") == "£5"
    assert minutes.slice_span(text, span, unit="bytes") == "£5"
    with pytest.raises(ValueError, match="character boundaries"):
        minutes.slice_span(text, [7, 9])
    with pytest.raises(ValueError, match="outside"):
        minutes.slice_span(text, minutes.Span(5, 70))
    with pytest.raises(ValueError, match="unit"):
        minutes.slice_span(text, span, unit="words")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        minutes.slice_span(text, "5:7")  # type: ignore[arg-type]


def test_bytes_input_spans_index_the_decoded_text() -> None:
    raw = UNICODE.encode("utf-8")
    doc = minutes.parse(raw)
    assert doc == minutes.parse(UNICODE)
    check_node(doc, doc.to_dict(), raw)


def test_lossy_bytes_spans_index_the_replaced_text() -> None:
    raw = UNICODE.encode("utf-8").replace("Zoë".encode(), b"Zo\xeb")
    with pytest.raises(minutes.InvalidUtf8Error) as err:
        minutes.parse(raw)
    assert err.value.offset == raw.index(b"\xeb")
    doc = minutes.parse(raw, lossy=True)
    assert any("U+FFFD" in d.message for d in doc.diagnostics)
    check_node(doc, doc.to_dict(), raw.decode("utf-8", errors="replace"))
