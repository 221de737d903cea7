from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
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
        d = dict(src_dict)
        name = d.pop("name", None)
        hosts = d.pop("hosts", None)
        fingerprint = d.pop("fingerprint", None)
        _created_at = d.pop("created_at", None)
        created_at: Any = read_datetime(_created_at)
        vault_secret = cls(
            name=name,
            hosts=hosts,
            fingerprint=fingerprint,
            created_at=created_at,
        )
        vault_secret.additional_properties = d
        return vault_secret

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
