from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class AnthropicStopDetails(_ReadModel):
    """Why the model refused, when `stop_reason` is `refusal`.

    Attributes:
        type (str | None):
        category (None | str): `cyber`, `bio`, `frontier_llm`, `reasoning_extraction` or `general_harms` (open set).
        explanation (None | str):
    """

    __slots__ = (
        "type",
        "category",
        "explanation",
        "additional_properties",
    )

    type: str | None
    category: None | str
    explanation: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str | None = None,
        category: None | str = None,
        explanation: None | str = None,
    ) -> None:
        self.type = type
        self.category = category
        self.explanation = explanation
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", False, "str"),
        ("category", "category", False, "None | str"),
        ("explanation", "explanation", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        category = d.pop("category", None)
        explanation = d.pop("explanation", None)
        anthropic_stop_details = cls(
            type=type_,
            category=category,
            explanation=explanation,
        )
        anthropic_stop_details.additional_properties = d
        return anthropic_stop_details

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
