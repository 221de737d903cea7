from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseCodeInterpreterTool")


@_attrs_define
class ResponseCodeInterpreterTool:
    """
    Attributes:
        type_ (Literal['code_interpreter']):
        container (ResponseCodeInterpreterToolContainerType1 | str): A container id, or `{type: auto, file_ids,
            memory_limit}` to create one.
    """

    type_: Literal["code_interpreter"]
    container: ResponseCodeInterpreterToolContainerType1 | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        container: dict[str, Any] | str
        if isinstance(self.container, ResponseCodeInterpreterToolContainerType1):
            container = self.container.to_dict()
        else:
            container = self.container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "container": container,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["code_interpreter"]', d.pop("type"))
        if type_ != "code_interpreter":
            raise ValueError(f"type must match const 'code_interpreter', got '{type_}'")

        def _parse_container(data: object) -> ResponseCodeInterpreterToolContainerType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_1 = ResponseCodeInterpreterToolContainerType1.from_dict(data)

                return container_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ResponseCodeInterpreterToolContainerType1 | str", data)

        container = _parse_container(d.pop("container"))

        response_code_interpreter_tool = cls(
            type_=type_,
            container=container,
        )

        response_code_interpreter_tool.additional_properties = d
        return response_code_interpreter_tool

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.response_code_interpreter_tool_container_type_1 import (
    ResponseCodeInterpreterToolContainerType1,  # noqa: E402
)
