from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import Model as _Model


class VaultSecretCopyRequest(_Model):
    """Workspace secrets to copy to an intern.

    Attributes:
        names (list[str]): 1 to 100 distinct workspace secret names; each must exist.
    """

    __slots__ = (
        "names",
        "additional_properties",
    )

    names: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        names: list[str],
    ) -> None:
        self.names = names
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        names = self.names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "names": names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        names = cast("list[str]", d.pop("names"))

        vault_secret_copy_request = cls(
            names=names,
        )

        vault_secret_copy_request.additional_properties = d
        return vault_secret_copy_request

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
