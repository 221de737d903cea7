from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_datetime


class ExternalUser(_ReadModel):
    """A caller-chosen end-user tracking id registered under the organization.

    Attributes:
        user (str): The immutable, case-sensitive tracking id (as sent in `user` on inference requests or
            `external.user` on keys): 1 to 512 characters, no NUL, no surrounding whitespace.
        is_active (bool): Registration state; it does not decide inference access.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    __slots__ = (
        "user",
        "is_active",
        "created_at",
        "updated_at",
        "additional_properties",
    )

    user: str
    is_active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user: str,
        is_active: bool,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
    ) -> None:
        self.user = user
        self.is_active = is_active
        self.created_at = created_at
        self.updated_at = updated_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("user", "user", True, "str"),
        ("is_active", "is_active", True, "bool"),
        ("created_at", "created_at", True, "datetime.datetime"),
        ("updated_at", "updated_at", True, "datetime.datetime"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.user = _json_get_("user")
        _new_model_.is_active = _json_get_("is_active")
        _created_at = _json_get_("created_at")
        created_at: Any = read_datetime(_created_at)
        _new_model_.created_at = created_at
        _updated_at = _json_get_("updated_at")
        updated_at: Any = read_datetime(_updated_at)
        _new_model_.updated_at = updated_at
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
        "user",
        "is_active",
        "created_at",
        "updated_at",
    )
)
