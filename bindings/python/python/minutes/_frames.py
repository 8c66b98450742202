"""pandas tables of parsed minutes: one row per item, resolution or person.

pandas is an optional dependency (``pip install "minutes[pandas]"``); these functions import
it when called, so ``import minutes`` works without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Union

from ._minutes import Document

if TYPE_CHECKING:  # pragma: no cover
    import pandas

Docs = Union[Document, Iterable[Document]]

ITEM_COLUMNS = [
    "document", "committee", "date", "format", "number", "title", "kind", "parent",
    "truncated", "resolutions", "start", "end",
]
RESOLUTION_COLUMNS = [
    "document", "committee", "date", "item_number", "item_title", "number", "keyword", "text",
    "moved_by", "seconded_by", "outcome", "votes_for", "votes_against", "votes_abstained",
    "start", "end",
]
ATTENDANCE_COLUMNS = [
    "document", "committee", "date", "attendance", "name", "title", "role", "note", "chair",
    "start", "end",
]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - exercised with pandas absent
        raise ImportError(
            "minutes' DataFrame functions need pandas, which is not installed: "
            'pip install "minutes[pandas]" (or pip install pandas)'
        ) from e
    return pandas


def _docs(docs: Docs) -> List[Document]:
    if isinstance(docs, Document):
        return [docs]
    out = list(docs)
    for i, doc in enumerate(out):
        if not isinstance(doc, Document):
            raise TypeError(f"docs[{i}] is {type(doc).__name__}, not minutes.Document")
    return out


def _frame(rows: List[Dict[str, Any]], columns: List[str]) -> "pandas.DataFrame":
    pd = _pandas()
    frame: pandas.DataFrame = pd.DataFrame(rows, columns=columns)
    # Meeting dates as datetime64 (NaT where the minutes give none), ready for resampling.
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def items_frame(docs: Docs) -> "pandas.DataFrame":
    """One row per agenda item, with the meeting's committee and date.

    ``document`` is the position of the item's document in ``docs``; ``start``/``end`` are
    the item's span in code points of that document's text.
    """
    rows = []
    for d, doc in enumerate(_docs(docs)):
        committee, date, fmt = doc.committee, doc.date, doc.format
        for item in doc.items:
            span = item.span
            rows.append({
                "document": d, "committee": committee, "date": date, "format": fmt,
                "number": item.number, "title": item.title, "kind": item.kind,
                "parent": item.parent, "truncated": item.truncated,
                "resolutions": len(item.resolutions), "start": span.start, "end": span.end,
            })
    return _frame(rows, ITEM_COLUMNS)


def resolutions_frame(docs: Docs) -> "pandas.DataFrame":
    """One row per resolution, with its item and the meeting's committee and date."""
    rows = []
    for d, doc in enumerate(_docs(docs)):
        committee, date = doc.committee, doc.date
        for item in doc.items:
            for res in item.resolutions:
                motion = res.motion
                votes = motion.votes if motion is not None else None
                span = res.span
                rows.append({
                    "document": d, "committee": committee, "date": date,
                    "item_number": item.number, "item_title": item.title,
                    "number": res.number, "keyword": res.keyword, "text": res.text,
                    "moved_by": motion.moved_by if motion else None,
                    "seconded_by": motion.seconded_by if motion else None,
                    "outcome": motion.outcome if motion else None,
                    "votes_for": votes.for_ if votes else None,
                    "votes_against": votes.against if votes else None,
                    "votes_abstained": votes.abstained if votes else None,
                    "start": span.start, "end": span.end,
                })
    return _frame(rows, RESOLUTION_COLUMNS)


def attendance_frame(docs: Docs) -> "pandas.DataFrame":
    """One row per person named in the attendance.

    ``attendance`` is "present", "apologies" or "in_attendance"; ``chair`` marks the chair
    among those present (the contract lists the chair among ``present``).
    """
    rows = []
    for d, doc in enumerate(_docs(docs)):
        committee, date = doc.committee, doc.date
        att = doc.attendance
        chair = att.chair
        for group, people in (
            ("present", att.present),
            ("apologies", att.apologies),
            ("in_attendance", att.in_attendance),
        ):
            for person in people:
                span = person.span
                rows.append({
                    "document": d, "committee": committee, "date": date,
                    "attendance": group, "name": person.name, "title": person.title,
                    "role": person.role, "note": person.note,
                    "chair": group == "present" and chair is not None
                    and person.name == chair.name,
                    "start": span.start, "end": span.end,
                })
    return _frame(rows, ATTENDANCE_COLUMNS)
