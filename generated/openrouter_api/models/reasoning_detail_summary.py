from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.reasoning_detail_format_known import ReasoningDetailFormatKnown
from ..types import ReadModel as _ReadModel


class ReasoningDetailSummary(_ReadModel):
    """
    Attributes:
        type (Literal['reasoning.summary']):
        summary (str):
        id (None | str):
        index (int | None):
        format (None | ReasoningDetailFormatKnown | str): Which provider family produced the block.
    """

    __slots__ = (
        "type",
        "summary",
        "id",
        "index",
        "format",
        "additional_properties",
    )

    type: Literal["reasoning.summary"]
    summary: str
    id: None | str
    index: int | None
    format: None | ReasoningDetailFormatKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["reasoning.summary"],
        summary: str,
        id: None | str = None,
        index: int | None = None,
        format: None | ReasoningDetailFormatKnown | str = None,
    ) -> None:
        self.type = type
        self.summary = summary
        self.id = id
        self.index = index
        self.format = format
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['reasoning.summary']"),
        ("summary", "summary", True, "str"),
        ("id", "id", False, "None | str"),
        ("index", "index", False, "int"),
        ("format", "format", False, "None | ReasoningDetailFormatKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        summary = d.pop("summary", None)
        id = d.pop("id", None)
        index = d.pop("index", None)
        _format_ = d.pop("format", None)
        format_: Any = _read_format_(_format_)
        reasoning_detail_summary = cls(
            type=type_,
            summary=summary,
            id=id,
            index=index,
            format=format_,
        )
        reasoning_detail_summary.additional_properties = d
        return reasoning_detail_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_format_(data: Any) -> Any:
    if isinstance(data, str):
        if data in ReasoningDetailFormatKnown._value2member_map_:
            return ReasoningDetailFormatKnown._value2member_map_[data]
    return data
