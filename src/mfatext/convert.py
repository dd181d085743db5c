"""The one converter between models and plain JSON types (the "JSON form" of the design).

Dates and moments become ISO strings ("2021-12-04", "2021-12-04T01:52:00+03:00"), clock times "HH:MM",
spans ``[start, end]``, and every item gets a ``"kind"`` key. ``from_dict(to_dict(doc)) == doc``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from .errors import MfatextError
from .models import Article, Document, Item, NewsItem, Post, Span

__all__ = ["ConversionError", "converter", "from_dict", "to_dict"]


class ConversionError(MfatextError):
    """A dictionary does not have the shape of mfatext's JSON form."""


_ITEM_CLASSES: dict[str, type[Article] | type[NewsItem] | type[Post]] = {
    cls.kind: cls for cls in (Article, NewsItem, Post)
}


def _time_to_str(value: dt.time) -> str:
    # "HH:MM" as clocks print; seconds, microseconds and an offset only when present, so nothing is lost.
    if value.second or value.microsecond or value.tzinfo is not None:
        return value.isoformat()
    return value.strftime("%H:%M")


def _moment_from_str(value: str, _: object) -> dt.date | dt.datetime:
    # Length tells the two apart: "2021-12-04" vs "2021-12-04T01:52:00+03:00".
    return dt.date.fromisoformat(value) if len(value) == 10 else dt.datetime.fromisoformat(value)


def _is_moment_union(tp: object) -> bool:
    args = set(getattr(tp, "__args__", ()))
    return dt.date in args and dt.datetime in args


def _is_item_union(tp: object) -> bool:
    return set(getattr(tp, "__args__", ())) == set(_ITEM_CLASSES.values())


def _with_kind(cls: type[Article] | type[NewsItem] | type[Post]) -> Callable[[Any], dict[str, Any]]:
    plain = make_dict_unstructure_fn(cls, converter)

    def unstructure(obj: Any) -> dict[str, Any]:
        return {"kind": cls.kind, **plain(obj)}

    return unstructure


def _structure_item(value: Mapping[str, Any], _: object) -> Item:
    cls = _ITEM_CLASSES.get(value.get("kind", ""))
    if cls is None:
        raise ConversionError(
            f"unknown item kind {value.get('kind')!r}; expected one of {sorted(_ITEM_CLASSES)}"
        )
    rest = {k: v for k, v in value.items() if k != "kind"}
    return converter.structure(rest, cls)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, lambda v, _: Span(start=int(v[0]), end=int(v[1])))
    conv.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
    conv.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_unstructure_hook(dt.time, _time_to_str)
    conv.register_structure_hook(dt.time, lambda v, _: dt.time.fromisoformat(v))
    conv.register_structure_hook_func(
        _is_moment_union, lambda v, _: None if v is None else _moment_from_str(v, None)
    )
    conv.register_unstructure_hook_func(
        _is_moment_union, lambda v: None if v is None else v.isoformat()
    )
    conv.register_structure_hook_func(_is_item_union, _structure_item)
    conv.register_unstructure_hook_func(_is_item_union, lambda v: conv.unstructure(v, type(v)))
    return conv


converter: cattrs.Converter = _make_converter()
for _cls in _ITEM_CLASSES.values():
    converter.register_unstructure_hook(_cls, _with_kind(_cls))
converter.register_structure_hook(
    Document, make_dict_structure_fn(Document, converter, _cattrs_forbid_extra_keys=True)
)


def to_dict(doc: Document, *, with_text: bool = True) -> dict[str, Any]:
    """Turn a :class:`~mfatext.models.Document` into plain JSON types (the JSON form).

    With ``with_text=False`` the ``text`` key is left out, as ``mfatext parse`` does unless asked with
    ``--with-text``; such a dict needs the text passed back to :func:`from_dict`.
    """
    data: dict[str, Any] = converter.unstructure(doc, Document)
    if not with_text:
        del data["text"]
    return data


def from_dict(data: Mapping[str, Any], *, text: str | None = None) -> Document:
    """Rebuild a :class:`~mfatext.models.Document` from its JSON form.

    ``text`` supplies the decoded input when ``data`` was made without it. Raises
    :class:`ConversionError` when the dict does not have the JSON form's shape.
    """
    payload = dict(data)
    if text is not None:
        payload["text"] = text
    if "text" not in payload:
        raise ConversionError("the dict has no 'text' key; pass the document text as from_dict(d, text=...)")
    try:
        return converter.structure(payload, Document)
    except ConversionError:
        raise
    except Exception as exc:  # cattrs raises class groups; users get one typed error
        raise ConversionError(f"not a mfatext document: {exc}") from exc
