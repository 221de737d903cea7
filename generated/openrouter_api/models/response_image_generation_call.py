from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseImageGenerationCall")


@_attrs_define
class ResponseImageGenerationCall:
    """
    Attributes:
        type_ (Literal['image_generation_call']):
        id (str):
        status (str):
        result (None | str | Unset): The generated image as base64.
        prompt (str | Unset):
    """

    type_: Literal["image_generation_call"]
    id: str
    status: str
    result: None | str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status = self.status

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["image_generation_call"]', d.pop("type"))
        if type_ != "image_generation_call":
            raise ValueError(f"type must match const 'image_generation_call', got '{type_}'")

        id = d.pop("id")

        status = d.pop("status")

        result = cast("None | str | Unset", d.pop("result", UNSET))

        prompt = d.pop("prompt", UNSET)

        response_image_generation_call = cls(
            type_=type_,
            id=id,
            status=status,
            result=result,
            prompt=prompt,
        )

        response_image_generation_call.additional_properties = d
        return response_image_generation_call

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
