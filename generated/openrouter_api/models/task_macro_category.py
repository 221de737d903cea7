from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskMacroCategory")


@_attrs_define
class TaskMacroCategory:
    """
    Attributes:
        key (str):
        label (str):
        usage_share (float):
        token_share (float):
    """

    key: str
    label: str
    usage_share: float
    token_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        usage_share = self.usage_share

        token_share = self.token_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
                "usage_share": usage_share,
                "token_share": token_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        usage_share = d.pop("usage_share")

        token_share = d.pop("token_share")

        task_macro_category = cls(
            key=key,
            label=label,
            usage_share=usage_share,
            token_share=token_share,
        )

        task_macro_category.additional_properties = d
        return task_macro_category

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
