from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class DecisionsUsage(_ReadModel):
    """
    Attributes:
        input_tokens (int):
        output_tokens (int):
        cost (float | None): USD charged.
    """

    __slots__ = (
        "input_tokens",
        "output_tokens",
        "cost",
        "additional_properties",
    )

    input_tokens: int
    output_tokens: int
    cost: float | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        input_tokens: int,
        output_tokens: int,
        cost: float | None = None,
    ) -> None:
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        self.cost = cost
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("input_tokens", "input_tokens", True, "int"),
        ("output_tokens", "output_tokens", True, "int"),
        ("cost", "cost", False, "float"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens", None)
        output_tokens = d.pop("output_tokens", None)
        cost = d.pop("cost", None)
        decisions_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cost=cost,
        )
        decisions_usage.additional_properties = d
        return decisions_usage

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
