from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.vault_effective_secret_scope_known import VaultEffectiveSecretScopeKnown
from ..types import ReadModel as _ReadModel
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
        d = dict(src_dict)
        name = d.pop("name", None)
        _scope = d.pop("scope", None)
        scope: Any = _read_scope(_scope)
        hosts = d.pop("hosts", None)
        fingerprint = d.pop("fingerprint", None)
        _created_at = d.pop("created_at", None)
        created_at: Any = read_datetime(_created_at)
        vault_effective_secret = cls(
            name=name,
            scope=scope,
            hosts=hosts,
            fingerprint=fingerprint,
            created_at=created_at,
        )
        vault_effective_secret.additional_properties = d
        return vault_effective_secret

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


def _read_scope(data: Any) -> Any:
    if isinstance(data, str):
        if data in VaultEffectiveSecretScopeKnown._value2member_map_:
            return VaultEffectiveSecretScopeKnown._value2member_map_[data]
    return data
