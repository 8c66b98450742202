"""Walks a node's attributes beside its to_dict(): every JSON field must be reachable as an
attribute with the same value, and every span must slice the same text in both units."""

from __future__ import annotations

import datetime
from typing import Any, Union

import minutes

SPAN_KEYS = ("span", "header_span", "title_span")


def check_node(node: Any, data: Any, text: Union[str, bytes], where: str = "doc") -> int:
    """Asserts `node` (a minutes object) matches `data` (its JSON); returns the spans checked."""
    source = text if isinstance(text, str) else text.decode("utf-8", errors="replace")
    raw = source.encode("utf-8")
    spans = 0
    assert isinstance(data, dict), where
    for key, value in data.items():
        attr = getattr(node, "for_" if key == "for" else key)
        here = f"{where}.{key}"
        if key in SPAN_KEYS and value is not None:
            assert isinstance(attr, minutes.Span), here
            assert [attr.byte_start, attr.byte_end] == value, here
            by_chars = source[attr.start : attr.end]
            by_bytes = raw[attr.byte_start : attr.byte_end].decode("utf-8")
            assert by_chars == by_bytes, here
            assert minutes.slice_span(source, attr) == by_chars, here
            assert minutes.slice_span(source, value) == by_chars, here
            spans += 1
        elif isinstance(value, dict):
            spans += check_node(attr, value, text, here)
        elif isinstance(value, list):
            assert isinstance(attr, list) and len(attr) == len(value), here
            for i, (a, v) in enumerate(zip(attr, value)):
                if isinstance(v, dict):
                    spans += check_node(a, v, text, f"{here}[{i}]")
                else:
                    assert a == v, f"{here}[{i}]"
        elif isinstance(attr, datetime.date):
            assert attr.isoformat() == value, here
        elif isinstance(attr, datetime.time):
            assert attr.strftime("%H:%M") == value, here
        else:
            assert attr == value, f"{here}: {attr!r} != {value!r}"
            assert type(attr) is type(value), here
    return spans
