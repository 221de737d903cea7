from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GuardrailKeyAssignmentListResponse")


@_attrs_define
class GuardrailKeyAssignmentListResponse:
    """A page of key assignments.

    Attributes:
        data (list[GuardrailKeyAssignment]):
        total_count (int): Number of assignments across all pages.
    """

    data: list[GuardrailKeyAssignment]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = GuardrailKeyAssignment.from_dict(data_item_data)

            data.append(data_item)

        total_count = d.pop("total_count")

        guardrail_key_assignment_list_response = cls(
            data=data,
            total_count=total_count,
        )

        guardrail_key_assignment_list_response.additional_properties = d
        return guardrail_key_assignment_list_response

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
from ..models.guardrail_key_assignment import GuardrailKeyAssignment  # noqa: E402
