from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import Model as _Model


class VaultSecretWriteRequest(_Model):
    """A secret value and the hostnames it may be sent to.

    Attributes:
        value (str): The secret, encrypted at rest and never returned.
        hosts (list[str]): Exact DNS hostnames (1 to 100). Lowercased and stripped of a trailing dot; schemes,
            ports, paths and wildcards are rejected.
    """

    __slots__ = (
        "value",
        "hosts",
        "additional_properties",
    )

    value: str
    hosts: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        value: str,
        hosts: list[str],
    ) -> None:
        self.value = value
        self.hosts = hosts
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        hosts = self.hosts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "hosts": hosts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        hosts = cast("list[str]", d.pop("hosts"))

        vault_secret_write_request = cls(
            value=value,
            hosts=hosts,
        )

        vault_secret_write_request.additional_properties = d
        return vault_secret_write_request

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
