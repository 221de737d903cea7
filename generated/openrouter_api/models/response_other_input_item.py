from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ResponseOtherInputItem(_ReadModel):
    """Any other input item type (for example `custom_tool_call_output`, `mcp_approval_response`, `shell_call_output`).

    Attributes:
        type (str):
    """

    __slots__ = (
        "type",
        "additional_properties",
    )

    type: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str,
    ) -> None:
        self.type = type
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        response_other_input_item = cls(
            type=type_,
        )
        response_other_input_item.additional_properties = d
        return response_other_input_item

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
