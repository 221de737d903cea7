from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class StopServerToolsWhenFinishReasonIs(_Model):
    """Stop when the upstream model finishes with this reason, for example `length`.

    Attributes:
        type (Literal['finish_reason_is']):
        reason (str):
    """

    __slots__ = (
        "type",
        "reason",
        "additional_properties",
    )

    type: Literal["finish_reason_is"]
    reason: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["finish_reason_is"],
        reason: str,
    ) -> None:
        self.type = type
        self.reason = reason
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["finish_reason_is"]', d.pop("type"))
        if type_ != "finish_reason_is":
            raise ValueError(f"type must match const 'finish_reason_is', got '{type_}'")

        reason = d.pop("reason")

        stop_server_tools_when_finish_reason_is = cls(
            type=type_,
            reason=reason,
        )

        stop_server_tools_when_finish_reason_is.additional_properties = d
        return stop_server_tools_when_finish_reason_is

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
