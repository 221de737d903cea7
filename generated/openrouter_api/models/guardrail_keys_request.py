from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import Model as _Model


class GuardrailKeysRequest(_Model):
    """API keys to assign to or remove from a guardrail.

    Attributes:
        key_hashes (list[str]): Hashes of the API keys.
    """

    __slots__ = (
        "key_hashes",
        "additional_properties",
    )

    key_hashes: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        key_hashes: list[str],
    ) -> None:
        self.key_hashes = key_hashes
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        key_hashes = self.key_hashes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_hashes": key_hashes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key_hashes = cast("list[str]", d.pop("key_hashes"))

        guardrail_keys_request = cls(
            key_hashes=key_hashes,
        )

        guardrail_keys_request.additional_properties = d
        return guardrail_keys_request

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
