from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class TranscriptionUsage(_ReadModel):
    """
    Attributes:
        cost (float | None): Total charged, in USD.
        seconds (float | None): Seconds of audio billed.
        input_tokens (int | None):
        output_tokens (int | None):
        total_tokens (int | None):
    """

    __slots__ = (
        "cost",
        "seconds",
        "input_tokens",
        "output_tokens",
        "total_tokens",
        "additional_properties",
    )

    cost: float | None
    seconds: float | None
    input_tokens: int | None
    output_tokens: int | None
    total_tokens: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        cost: float | None = None,
        seconds: float | None = None,
        input_tokens: int | None = None,
        output_tokens: int | None = None,
        total_tokens: int | None = None,
    ) -> None:
        self.cost = cost
        self.seconds = seconds
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        self.total_tokens = total_tokens
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("cost", "cost", False, "float"),
        ("seconds", "seconds", False, "float"),
        ("input_tokens", "input_tokens", False, "int"),
        ("output_tokens", "output_tokens", False, "int"),
        ("total_tokens", "total_tokens", False, "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        cost = d.pop("cost", None)
        seconds = d.pop("seconds", None)
        input_tokens = d.pop("input_tokens", None)
        output_tokens = d.pop("output_tokens", None)
        total_tokens = d.pop("total_tokens", None)
        transcription_usage = cls(
            cost=cost,
            seconds=seconds,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
        )
        transcription_usage.additional_properties = d
        return transcription_usage

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
