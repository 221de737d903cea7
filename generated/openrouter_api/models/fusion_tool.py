from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class FusionTool(_Model):
    """
    Attributes:
        type (str): Server tool type, for example `openrouter:web_search`.
        parameters (Any | Unset): Settings forwarded as the tool's `parameters` object.
    """

    __slots__ = (
        "type",
        "parameters",
        "additional_properties",
    )

    type: str
    parameters: Any | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str,
        parameters: Any | Unset = UNSET,
    ) -> None:
        self.type = type
        self.parameters = parameters
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        parameters = d.pop("parameters", UNSET)

        fusion_tool = cls(
            type=type_,
            parameters=parameters,
        )

        fusion_tool.additional_properties = d
        return fusion_tool

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
