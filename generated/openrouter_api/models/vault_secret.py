from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_datetime


class VaultSecret(_ReadModel):
    """Metadata of one stored secret; the value is never returned. `fingerprint` is an HMAC of
    the value under the vault's own key, so it is only comparable within one vault.
    `hosts` and `fingerprint` are null only for legacy secrets stored before host binding.

        Attributes:
            name (str):
            hosts (list[str] | None): Hostnames the secret is released to.
            fingerprint (None | str):
            created_at (datetime.datetime):
    """

    __slots__ = (
        "name",
        "hosts",
        "fingerprint",
        "created_at",
        "additional_properties",
    )

    name: str
    hosts: list[str] | None
    fingerprint: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        hosts: list[str] | None,
        fingerprint: None | str,
        created_at: datetime.datetime,
    ) -> None:
        self.name = name
        self.hosts = hosts
        self.fingerprint = fingerprint
        self.created_at = created_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", True, "str"),
        ("hosts", "hosts", True, "list[str] | None"),
        ("fingerprint", "fingerprint", True, "None | str"),
        ("created_at", "created_at", True, "datetime.datetime"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.name = _json_get_("name")
        _new_model_.hosts = _json_get_("hosts")
        _new_model_.fingerprint = _json_get_("fingerprint")
        _created_at = _json_get_("created_at")
        created_at: Any = read_datetime(_created_at)
        _new_model_.created_at = created_at
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
        "name",
        "hosts",
        "fingerprint",
        "created_at",
    )
)
