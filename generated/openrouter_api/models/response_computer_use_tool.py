from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_computer_use_tool_environment import ResponseComputerUseToolEnvironment

T = TypeVar("T", bound="ResponseComputerUseTool")


@_attrs_define
class ResponseComputerUseTool:
    """
    Attributes:
        type_ (Literal['computer_use_preview']):
        display_width (int):
        display_height (int):
        environment (ResponseComputerUseToolEnvironment):
    """

    type_: Literal["computer_use_preview"]
    display_width: int
    display_height: int
    environment: ResponseComputerUseToolEnvironment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        display_width = self.display_width

        display_height = self.display_height

        environment = self.environment.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "display_width": display_width,
                "display_height": display_height,
                "environment": environment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["computer_use_preview"]', d.pop("type"))
        if type_ != "computer_use_preview":
            raise ValueError(f"type must match const 'computer_use_preview', got '{type_}'")

        display_width = d.pop("display_width")

        display_height = d.pop("display_height")

        environment = ResponseComputerUseToolEnvironment._parse(d.pop("environment"))

        response_computer_use_tool = cls(
            type_=type_,
            display_width=display_width,
            display_height=display_height,
            environment=environment,
        )

        response_computer_use_tool.additional_properties = d
        return response_computer_use_tool

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
