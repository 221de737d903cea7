from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class ReferenceUrl(_Model):
    """
    Attributes:
        url (str): An http(s) URL or a base64 `data:` URL.
    """

    __slots__ = (
        "url",
        "additional_properties",
    )

    url: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        url: str,
    ) -> None:
        self.url = url
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        reference_url = cls(
            url=url,
        )

        reference_url.additional_properties = d
        return reference_url

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
