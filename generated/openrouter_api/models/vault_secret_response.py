from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VaultSecretResponse")


@_attrs_define
class VaultSecretResponse:
    """
    Attributes:
        data (VaultSecret): Metadata of one stored secret; the value is never returned. `fingerprint` is an HMAC of
            the value under the vault's own key, so it is only comparable within one vault.
            `hosts` and `fingerprint` are null only for legacy secrets stored before host binding.
    """

    data: VaultSecret
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = VaultSecret.from_dict(d.pop("data"))

        vault_secret_response = cls(
            data=data,
        )

        vault_secret_response.additional_properties = d
        return vault_secret_response

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.vault_secret import VaultSecret  # noqa: E402
