from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class GuardrailKeyAssignment(_ReadModel):
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

    __slots__ = (
        "id",
        "guardrail_id",
        "key_hash",
        "key_name",
        "key_label",
        "assigned_by",
        "created_at",
        "additional_properties",
    )

    id: str
    guardrail_id: str
    key_hash: str
    key_name: str
    key_label: str
    assigned_by: None | str
    created_at: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        guardrail_id: str,
        key_hash: str,
        key_name: str,
        key_label: str,
        assigned_by: None | str,
        created_at: str,
    ) -> None:
        self.id = id
        self.guardrail_id = guardrail_id
        self.key_hash = key_hash
        self.key_name = key_name
        self.key_label = key_label
        self.assigned_by = assigned_by
        self.created_at = created_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("guardrail_id", "guardrail_id", True, "str"),
        ("key_hash", "key_hash", True, "str"),
        ("key_name", "key_name", True, "str"),
        ("key_label", "key_label", True, "str"),
        ("assigned_by", "assigned_by", True, "None | str"),
        ("created_at", "created_at", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        guardrail_id = d.pop("guardrail_id", None)
        key_hash = d.pop("key_hash", None)
        key_name = d.pop("key_name", None)
        key_label = d.pop("key_label", None)
        assigned_by = d.pop("assigned_by", None)
        created_at = d.pop("created_at", None)
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
