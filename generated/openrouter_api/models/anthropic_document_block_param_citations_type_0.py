from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnthropicDocumentBlockParamCitationsType0(_Model):
    """`{enabled: true}` to let the model cite this document.

    Attributes:
        enabled (bool | Unset):
    """

    __slots__ = (
        "enabled",
        "additional_properties",
    )

    enabled: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        enabled: bool | Unset = UNSET,
    ) -> None:
        self.enabled = enabled
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        anthropic_document_block_param_citations_type_0 = cls(
            enabled=enabled,
        )

        anthropic_document_block_param_citations_type_0.additional_properties = d
        return anthropic_document_block_param_citations_type_0

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
