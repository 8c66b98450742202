"""Type stub of the compiled module ``minutes._minutes`` (checked by mypy's stubtest)."""

import datetime
import os
from typing import Any, Iterable, Iterator, List, Literal, Optional, Union

from typing_extensions import final

__all__ = [
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
    "SCHEMA_VERSION",
    "Span",
    "Substitution",
    "VoteCount",
    "__version__",
    "parse",
    "parse_files",
    "parse_many",
]

__version__: str
SCHEMA_VERSION: int

_Format = Literal[
    "moderngov_listing", "moderngov_item", "printed", "cmis", "flattened", "unknown"
]
_ItemKind = Literal[
    "apologies",
    "minutes_of_previous_meeting",
    "declarations_of_interest",
    "exclusion_of_press_and_public",
    "public_questions",
    "communications",
    "urgent_business",
    "date_of_next_meeting",
    "work_programme",
    "substitutes",
    "other",
]
_Text = Union[str, bytes, bytearray]

class ParseError(ValueError):
    """The input cannot be parsed as asked (base class of the package's errors)."""

    index: Optional[int]

class InvalidUtf8Error(ParseError):
    """bytes input is not UTF-8; ``offset`` is the byte offset of the first invalid byte."""

    offset: int

class LimitExceededError(ParseError):
    """The input is larger, or has more items, than a limit passed to the parse call."""

@final
class Span:
    """``start..end`` in code points of the parsed ``str``; ``byte_start..byte_end`` in bytes."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def byte_start(self) -> int: ...
    @property
    def byte_end(self) -> int: ...
    def __new__(
        cls, start: int, end: int, byte_start: Optional[int] = None, byte_end: Optional[int] = None
    ) -> Span: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[int]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __lt__(self, other: Span, /) -> bool: ...
    def __le__(self, other: Span, /) -> bool: ...
    def __gt__(self, other: Span, /) -> bool: ...
    def __ge__(self, other: Span, /) -> bool: ...

class _Node:
    def to_dict(self) -> Any:
        """The contract's JSON object of this node (byte spans), as Python values."""
    def to_json(self, *, pretty: bool = True) -> str:
        """The contract's JSON of this node; ``pretty`` indents as the CLI does."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    __hash__: None  # type: ignore[assignment]

@final
class Document(_Node):
    @property
    def schema_version(self) -> int: ...
    @property
    def format(self) -> _Format: ...
    @property
    def status(self) -> Optional[Literal["draft", "final"]]: ...
    @property
    def committee(self) -> Optional[str]: ...
    @property
    def date(self) -> Optional[datetime.date]: ...
    @property
    def time(self) -> Optional[datetime.time]: ...
    @property
    def venue(self) -> Optional[str]: ...
    @property
    def attendance(self) -> Attendance: ...
    @property
    def items(self) -> List[Item]: ...
    @property
    def resolutions(self) -> List[Resolution]: ...
    @property
    def diagnostics(self) -> List[Diagnostic]: ...
    @property
    def contact(self) -> Optional[Contact]: ...
    @property
    def webcast(self) -> Optional[str]: ...
    @property
    def declarations(self) -> List[Declaration]: ...
    @property
    def next_meeting(self) -> Optional[NextMeeting]: ...
    @property
    def header_span(self) -> Optional[Span]: ...
    @property
    def span(self) -> Span: ...

@final
class Attendance(_Node):
    @property
    def chair(self) -> Optional[Person]: ...
    @property
    def present(self) -> List[Person]: ...
    @property
    def apologies(self) -> List[Person]: ...
    @property
    def in_attendance(self) -> List[Person]: ...
    @property
    def substitutes(self) -> List[Substitution]: ...

@final
class Person(_Node):
    @property
    def name(self) -> str: ...
    @property
    def title(self) -> Optional[str]: ...
    @property
    def role(self) -> Optional[str]: ...
    @property
    def note(self) -> Optional[str]: ...
    @property
    def span(self) -> Span: ...

@final
class Substitution(_Node):
    @property
    def substitute(self) -> Person: ...
    @property
    def replacing(self) -> Optional[Person]: ...
    @property
    def span(self) -> Span: ...

@final
class Contact(_Node):
    @property
    def name(self) -> Optional[str]: ...
    @property
    def role(self) -> Optional[str]: ...
    @property
    def phone(self) -> Optional[str]: ...
    @property
    def email(self) -> Optional[str]: ...
    @property
    def span(self) -> Span: ...

@final
class Item(_Node):
    @property
    def number(self) -> Optional[str]: ...
    @property
    def title(self) -> str: ...
    @property
    def truncated(self) -> bool: ...
    @property
    def resolutions(self) -> List[Resolution]: ...
    @property
    def span(self) -> Span: ...
    @property
    def kind(self) -> _ItemKind: ...
    @property
    def parent(self) -> Optional[str]: ...
    @property
    def title_span(self) -> Optional[Span]: ...
    @property
    def attachments(self) -> List[Attachment]: ...
    @property
    def additional_documents(self) -> bool: ...
    @property
    def agenda(self) -> List[Union[Paragraph, ListBlock]]: ...
    @property
    def agenda_truncated(self) -> bool: ...
    @property
    def minutes(self) -> List[Union[Paragraph, ListBlock]]: ...
    @property
    def references(self) -> List[Reference]: ...

@final
class Attachment(_Node):
    @property
    def kind(self) -> str: ...
    @property
    def size_bytes(self) -> Optional[int]: ...
    @property
    def span(self) -> Span: ...

@final
class Paragraph(_Node):
    @property
    def type(self) -> Literal["paragraph"]: ...
    @property
    def text(self) -> str: ...
    @property
    def span(self) -> Span: ...

@final
class ListBlock(_Node):
    @property
    def type(self) -> Literal["list"]: ...
    @property
    def entries(self) -> List[ListEntry]: ...
    @property
    def span(self) -> Span: ...

@final
class ListEntry(_Node):
    @property
    def marker(self) -> str: ...
    @property
    def level(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def span(self) -> Span: ...

@final
class Resolution(_Node):
    @property
    def number(self) -> Optional[str]: ...
    @property
    def text(self) -> str: ...
    @property
    def span(self) -> Span: ...
    @property
    def keyword(self) -> Optional[str]: ...
    @property
    def motion(self) -> Optional[Motion]: ...

@final
class Motion(_Node):
    @property
    def moved_by(self) -> Optional[str]: ...
    @property
    def seconded_by(self) -> Optional[str]: ...
    @property
    def outcome(self) -> Optional[Literal["carried", "carried_unanimously", "lost", "withdrawn"]]: ...
    @property
    def votes(self) -> Optional[VoteCount]: ...
    @property
    def span(self) -> Span: ...

@final
class VoteCount(_Node):
    @property
    def for_(self) -> int: ...
    @property
    def against(self) -> int: ...
    @property
    def abstained(self) -> Optional[int]: ...

@final
class Declaration(_Node):
    @property
    def person(self) -> str: ...
    @property
    def kind(self) -> Optional[str]: ...
    @property
    def concerns(self) -> Optional[str]: ...
    @property
    def span(self) -> Span: ...

@final
class Reference(_Node):
    @property
    def number(self) -> str: ...
    @property
    def span(self) -> Span: ...

@final
class NextMeeting(_Node):
    @property
    def date(self) -> Optional[datetime.date]: ...
    @property
    def time(self) -> Optional[datetime.time]: ...
    @property
    def span(self) -> Span: ...

@final
class Diagnostic(_Node):
    @property
    def severity(self) -> Literal["warning", "info"]: ...
    @property
    def message(self) -> str: ...
    @property
    def span(self) -> Span: ...

def parse(
    text: _Text,
    *,
    format: Optional[str] = None,
    max_input_bytes: Optional[int] = None,
    max_items: Optional[int] = None,
    lossy: bool = False,
) -> Document:
    """Parses one meeting's minutes (``str``, or UTF-8 ``bytes``)."""

def parse_many(
    texts: Iterable[_Text],
    *,
    threads: Optional[int] = None,
    format: Optional[str] = None,
    max_input_bytes: Optional[int] = None,
    max_items: Optional[int] = None,
    lossy: bool = False,
) -> List[Document]:
    """Parses many texts on ``threads`` threads (default: every core) with the GIL released."""

def parse_files(
    paths: Iterable[Union[str, "os.PathLike[str]"]],
    *,
    threads: Optional[int] = None,
    format: Optional[str] = None,
    max_input_bytes: Optional[int] = None,
    max_items: Optional[int] = None,
    lossy: bool = False,
) -> List[Document]:
    """Reads and parses many files (UTF-8, like ``parse_file``) on ``threads`` threads
    (default: every core), the reading too with the GIL released. A file that cannot be
    read raises ``OSError`` as ``open()`` does (with ``filename`` and ``index``)."""
