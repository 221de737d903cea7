from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class AnthropicOtherBlockParam(_Model):
    """Any other block type the endpoint accepts, such as `server_tool_use`,
    `web_search_tool_result`, `search_result`, `compaction`, `tool_reference` or the
    OpenRouter server-tool result blocks.

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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        anthropic_other_block_param = cls(
            type=type_,
        )

        anthropic_other_block_param.additional_properties = d
        return anthropic_other_block_param

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
