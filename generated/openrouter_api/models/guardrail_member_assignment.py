from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class GuardrailMemberAssignment(_ReadModel):
    """An organization member that a guardrail applies to.

    Attributes:
        id (str): Identifier of the assignment.
        guardrail_id (str): The guardrail.
        user_id (str): User id of the member.
        organization_id (str): The organization.
        assigned_by (None | str): User who made the assignment.
        created_at (str): When the assignment was made (ISO 8601).
    """

    __slots__ = (
        "id",
        "guardrail_id",
        "user_id",
        "organization_id",
        "assigned_by",
        "created_at",
        "additional_properties",
    )

    id: str
    guardrail_id: str
    user_id: str
    organization_id: str
    assigned_by: None | str
    created_at: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        guardrail_id: str,
        user_id: str,
        organization_id: str,
        assigned_by: None | str,
        created_at: str,
    ) -> None:
        self.id = id
        self.guardrail_id = guardrail_id
        self.user_id = user_id
        self.organization_id = organization_id
        self.assigned_by = assigned_by
        self.created_at = created_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("guardrail_id", "guardrail_id", True, "str"),
        ("user_id", "user_id", True, "str"),
        ("organization_id", "organization_id", True, "str"),
        ("assigned_by", "assigned_by", True, "None | str"),
        ("created_at", "created_at", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.guardrail_id = _json_get_("guardrail_id")
        _new_model_.user_id = _json_get_("user_id")
        _new_model_.organization_id = _json_get_("organization_id")
        _new_model_.assigned_by = _json_get_("assigned_by")
        _new_model_.created_at = _json_get_("created_at")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "guardrail_id",
        "user_id",
        "organization_id",
        "assigned_by",
        "created_at",
    )
)
