from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ResponseOutputTokensDetails(_ReadModel):
    """
    Attributes:
        reasoning_tokens (int | None):
    """

    __slots__ = (
        "reasoning_tokens",
        "additional_properties",
    )

    reasoning_tokens: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        reasoning_tokens: int | None = None,
    ) -> None:
        self.reasoning_tokens = reasoning_tokens
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("reasoning_tokens", "reasoning_tokens", False, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        reasoning_tokens = d.pop("reasoning_tokens", None)
        response_output_tokens_details = cls(
            reasoning_tokens=reasoning_tokens,
        )
        response_output_tokens_details.additional_properties = d
        return response_output_tokens_details

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
