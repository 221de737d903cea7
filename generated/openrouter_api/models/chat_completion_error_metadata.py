from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionErrorMetadata")


@_attrs_define
class ChatCompletionErrorMetadata:
    """
    Attributes:
        error_type (str | Unset): Typed error code such as `rate_limit_exceeded` or `provider_unavailable` (open set).
        provider_code (str | Unset): The provider's own error code, when known.
    """

    error_type: str | Unset = UNSET
    provider_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_type = self.error_type

        provider_code = self.provider_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if provider_code is not UNSET:
            field_dict["provider_code"] = provider_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_type = d.pop("error_type", UNSET)

        provider_code = d.pop("provider_code", UNSET)

        chat_completion_error_metadata = cls(
            error_type=error_type,
            provider_code=provider_code,
        )

        chat_completion_error_metadata.additional_properties = d
        return chat_completion_error_metadata

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
