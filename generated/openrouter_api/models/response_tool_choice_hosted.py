from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..models.response_tool_choice_hosted_type import ResponseToolChoiceHostedType
from ..types import Model as _Model


class ResponseToolChoiceHosted(_Model):
    """Forces a hosted tool.

    Attributes:
        type (ResponseToolChoiceHostedType):
    """

    __slots__ = (
        "type",
        "additional_properties",
    )

    type: ResponseToolChoiceHostedType
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: ResponseToolChoiceHostedType,
    ) -> None:
        self.type = type
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type.value

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
        type_ = ResponseToolChoiceHostedType._parse(d.pop("type"))

        response_tool_choice_hosted = cls(
            type=type_,
        )

        response_tool_choice_hosted.additional_properties = d
        return response_tool_choice_hosted

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
