from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DecisionsBox")


@_attrs_define
class DecisionsBox:
    """
    Attributes:
        top (float):
        left (float):
        bottom (float):
        right (float):
    """

    top: float
    left: float
    bottom: float
    right: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top = self.top

        left = self.left

        bottom = self.bottom

        right = self.right

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top": top,
                "left": left,
                "bottom": bottom,
                "right": right,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        top = d.pop("top")

        left = d.pop("left")

        bottom = d.pop("bottom")

        right = d.pop("right")

        decisions_box = cls(
            top=top,
            left=left,
            bottom=bottom,
            right=right,
        )

        decisions_box.additional_properties = d
        return decisions_box

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
