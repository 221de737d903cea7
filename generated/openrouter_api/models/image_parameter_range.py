from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageParameterRange")


@_attrs_define
class ImageParameterRange:
    """
    Attributes:
        type_ (Literal['range']):
        min_ (float):
        max_ (float):
    """

    type_: Literal["range"]
    min_: float
    max_: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "min": min_,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["range"]', d.pop("type"))
        if type_ != "range":
            raise ValueError(f"type must match const 'range', got '{type_}'")

        min_ = d.pop("min")

        max_ = d.pop("max")

        image_parameter_range = cls(
            type_=type_,
            min_=min_,
            max_=max_,
        )

        image_parameter_range.additional_properties = d
        return image_parameter_range

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
