from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class StopServerToolsWhenStepCountIs(_Model):
    """Stop after this many loop steps.

    Attributes:
        type (Literal['step_count_is']):
        step_count (int):
    """

    __slots__ = (
        "type",
        "step_count",
        "additional_properties",
    )

    type: Literal["step_count_is"]
    step_count: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["step_count_is"],
        step_count: int,
    ) -> None:
        self.type = type
        self.step_count = step_count
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        step_count = self.step_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "step_count": step_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["step_count_is"]', d.pop("type"))
        if type_ != "step_count_is":
            raise ValueError(f"type must match const 'step_count_is', got '{type_}'")

        step_count = d.pop("step_count")

        stop_server_tools_when_step_count_is = cls(
            type=type_,
            step_count=step_count,
        )

        stop_server_tools_when_step_count_is.additional_properties = d
        return stop_server_tools_when_step_count_is

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
