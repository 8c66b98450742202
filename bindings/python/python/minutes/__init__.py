"""Parse published council and committee minutes into typed, source-anchored documents.

>>> import minutes
>>> doc = minutes.parse(text)                       # or parse_file(path), parse_many(texts)
>>> docs = minutes.parse_files(paths)                # files read and parsed in parallel
>>> doc.committee, doc.date, [i.title for i in doc.items]
>>> minutes.items_frame([doc])                      # pandas DataFrame (pip install pandas)

Spans: every ``span`` attribute is a :class:`Span` whose ``start``/``end`` are **code point**
offsets into the parsed ``str`` (``text[span.start:span.end]`` is the node's source text) and
whose ``byte_start``/``byte_end`` are UTF-8 byte offsets. ``to_dict()``/``to_json()`` give the
project's JSON contract, byte offsets, exactly as the ``minutes`` CLI prints it. For ``bytes``
input, code point offsets index ``data.decode("utf-8")``.
"""

from __future__ import annotations

import os
from typing import Literal, Sequence, Union

from ._frames import attendance_frame, items_frame, resolutions_frame
from ._minutes import (
    SCHEMA_VERSION,
    Attachment,
    Attendance,
    Contact,
    Declaration,
    Diagnostic,
    Document,
    InvalidUtf8Error,
    Item,
    LimitExceededError,
    ListBlock,
    ListEntry,
    Motion,
    NextMeeting,
    Paragraph,
    ParseError,
    Person,
    Reference,
    Resolution,
    Span,
    Substitution,
    VoteCount,
    __version__,
    parse,
    parse_files,
    parse_many,
)

__all__ = [
    "SCHEMA_VERSION",
    "Attachment",
    "Attendance",
    "Contact",
    "Declaration",
    "Diagnostic",
    "Document",
    "InvalidUtf8Error",
    "Item",
    "LimitExceededError",
    "ListBlock",
    "ListEntry",
    "Motion",
    "NextMeeting",
    "Paragraph",
    "ParseError",
    "Person",
    "Reference",
    "Resolution",
    "Span",
    "Substitution",
    "VoteCount",
    "__version__",
    "attendance_frame",
    "items_frame",
    "parse",
    "parse_file",
    "parse_files",
    "parse_many",
    "resolutions_frame",
    "slice_span",
]


def parse_file(
    path: Union[str, "os.PathLike[str]"],
    *,
    format: Union[str, None] = None,
    max_input_bytes: Union[int, None] = None,
    max_items: Union[int, None] = None,
    lossy: bool = False,
) -> Document:
    """Parses the minutes in the file at ``path`` (UTF-8; see :func:`parse` for the options).

    The file is read as bytes, so its spans' code point offsets index
    ``open(path, encoding="utf-8").read()`` and an invalid byte raises
    :class:`InvalidUtf8Error` naming its offset (unless ``lossy=True``).
    """
    with open(path, "rb") as f:
        data = f.read()
    return parse(
        data, format=format, max_input_bytes=max_input_bytes, max_items=max_items, lossy=lossy
    )


def slice_span(
    text: Union[str, bytes],
    span: Union[Span, Sequence[int]],
    *,
    unit: Union[Literal["chars", "bytes"], None] = None,
) -> str:
    """Returns the source text that ``span`` covers in ``text`` (the text that was parsed).

    A :class:`Span` knows both units, so it slices ``str`` by code points and ``bytes`` by
    bytes. A plain ``[start, end]`` pair is read as the JSON contract's UTF-8 **byte**
    offsets (what ``to_dict()``, ``to_json()`` and the CLI give) unless ``unit="chars"``.
    Raises ``ValueError`` when the span does not fit ``text`` (it came from another text).
    """
    if unit not in (None, "chars", "bytes"):
        raise ValueError(f"unit must be 'chars' or 'bytes', not {unit!r}")
    start: int
    end: int
    if isinstance(span, Span):
        if unit == "bytes" or (unit is None and isinstance(text, (bytes, bytearray))):
            start, end, unit = span.byte_start, span.byte_end, "bytes"
        else:
            start, end, unit = span.start, span.end, "chars"
    elif isinstance(span, (str, bytes)) or len(span) != 2:
        raise TypeError("span must be a minutes.Span or a [start, end] pair of ints")
    else:
        start, end = (int(span[0]), int(span[1]))
        unit = unit or "bytes"
    if not 0 <= start <= end:
        raise ValueError(f"invalid span [{start}, {end}]")
    if unit == "chars":
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8")
        if end > len(text):
            raise ValueError(
                f"span [{start}, {end}] (code points) is outside a text of {len(text)} code points"
            )
        return text[start:end]
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    if end > len(data):
        raise ValueError(f"span [{start}, {end}] (bytes) is outside a text of {len(data)} bytes")
    try:
        return data[start:end].decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError(
            f"span [{start}, {end}] does not fall on character boundaries of this text"
        ) from None

