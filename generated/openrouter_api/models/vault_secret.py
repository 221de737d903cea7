from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VaultSecret")


@_attrs_define
class VaultSecret:
    """Metadata of one stored secret; the value is never returned. `fingerprint` is an HMAC of
    the value under the vault's own key, so it is only comparable within one vault.
    `hosts` and `fingerprint` are null only for legacy secrets stored before host binding.

        Attributes:
            name (str):
            hosts (list[str] | None): Hostnames the secret is released to.
            fingerprint (None | str):
            created_at (datetime.datetime):
    """

    name: str
    hosts: list[str] | None
    fingerprint: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        hosts: list[str] | None
        if isinstance(self.hosts, list):
            hosts = self.hosts

        else:
            hosts = self.hosts

        fingerprint: None | str
        fingerprint = self.fingerprint

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "hosts": hosts,
                "fingerprint": fingerprint,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_hosts(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hosts_type_0 = cast("list[str]", data)

                return hosts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None", data)

        hosts = _parse_hosts(d.pop("hosts"))

        fingerprint = cast("None | str", d.pop("fingerprint"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

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
