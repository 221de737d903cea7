from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.vault_effective_secret_scope_known import VaultEffectiveSecretScopeKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_datetime


class VaultEffectiveSecret(_ReadModel):
    """The secret an intern's requests receive under one name. It is sent only to hosts in
    `hosts`, or to every host when `hosts` is null.

        Attributes:
            name (str):
            scope (str | VaultEffectiveSecretScopeKnown): Which vault it comes from (the intern's own, an attached one, or
                the workspace).
            hosts (list[str] | None):
            fingerprint (None | str):
            created_at (datetime.datetime):
    """

    __slots__ = (
        "name",
        "scope",
        "hosts",
        "fingerprint",
        "created_at",
        "additional_properties",
    )

    name: str
    scope: str | VaultEffectiveSecretScopeKnown
    hosts: list[str] | None
    fingerprint: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        scope: str | VaultEffectiveSecretScopeKnown,
        hosts: list[str] | None,
        fingerprint: None | str,
        created_at: datetime.datetime,
    ) -> None:
        self.name = name
        self.scope = scope
        self.hosts = hosts
        self.fingerprint = fingerprint
        self.created_at = created_at
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", True, "str"),
        ("scope", "scope", True, "str | VaultEffectiveSecretScopeKnown"),
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
        _scope = _json_get_("scope")
        scope: Any = (
            VaultEffectiveSecretScopeKnown._value2member_map_.get(_scope, _scope)
            if isinstance(_scope, str)
            else _scope
        )
        _new_model_.scope = scope
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
        "scope",
        "hosts",
        "fingerprint",
        "created_at",
    )
)
