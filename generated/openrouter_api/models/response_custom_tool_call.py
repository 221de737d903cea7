from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseCustomToolCall")


@_attrs_define
class ResponseCustomToolCall:
    """
    Attributes:
        type_ (Literal['custom_tool_call']):
        call_id (str):
        name (str):
        input_ (str):
        id (None | str | Unset):
        namespace (None | str | Unset):
        status (None | str | Unset):
    """

    type_: Literal["custom_tool_call"]
    call_id: str
    name: str
    input_: str
    id: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        name = self.name

        input_ = self.input_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "name": name,
                "input": input_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["custom_tool_call"]', d.pop("type"))
        if type_ != "custom_tool_call":
            raise ValueError(f"type must match const 'custom_tool_call', got '{type_}'")

        call_id = d.pop("call_id")

        name = d.pop("name")

        input_ = d.pop("input")

        id = cast("None | str | Unset", d.pop("id", UNSET))

        namespace = cast("None | str | Unset", d.pop("namespace", UNSET))

        status = cast("None | str | Unset", d.pop("status", UNSET))

        response_custom_tool_call = cls(
            type_=type_,
            call_id=call_id,
            name=name,
            input_=input_,
            id=id,
            namespace=namespace,
            status=status,
        )

        response_custom_tool_call.additional_properties = d
        return response_custom_tool_call

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
