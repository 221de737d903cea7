from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GuardrailKeyAssignment")


@_attrs_define
class GuardrailKeyAssignment:
    """An API key that a guardrail applies to.

    Attributes:
        id (str): Identifier of the assignment.
        guardrail_id (str): The guardrail.
        key_hash (str): Hash of the assigned API key.
        key_name (str): Name of the API key.
        key_label (str): Masked label of the API key.
        assigned_by (None | str): User who made the assignment.
        created_at (str): When the assignment was made (ISO 8601).
    """

    id: str
    guardrail_id: str
    key_hash: str
    key_name: str
    key_label: str
    assigned_by: None | str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        guardrail_id = self.guardrail_id

        key_hash = self.key_hash

        key_name = self.key_name

        key_label = self.key_label

        assigned_by: None | str
        assigned_by = self.assigned_by

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "guardrail_id": guardrail_id,
                "key_hash": key_hash,
                "key_name": key_name,
                "key_label": key_label,
                "assigned_by": assigned_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        guardrail_id = d.pop("guardrail_id")

        key_hash = d.pop("key_hash")

        key_name = d.pop("key_name")

        key_label = d.pop("key_label")

        assigned_by = cast("None | str", d.pop("assigned_by"))

        created_at = d.pop("created_at")

        guardrail_key_assignment = cls(
            id=id,
            guardrail_id=guardrail_id,
            key_hash=key_hash,
            key_name=key_name,
            key_label=key_label,
            assigned_by=assigned_by,
            created_at=created_at,
        )

        guardrail_key_assignment.additional_properties = d
        return guardrail_key_assignment

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
