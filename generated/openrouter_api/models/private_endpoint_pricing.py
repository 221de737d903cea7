from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateEndpointPricing")


@_attrs_define
class PrivateEndpointPricing:
    """Negotiated USD rates per token, as decimal strings. A cache rate left out is taken from the
    public endpoint of the same model and provider when there is one.

        Attributes:
            prompt (str): USD per prompt token.
            completion (str): USD per completion token.
            cache_read (str | Unset): USD per cache-read prompt token.
            cache_write (str | Unset): USD per cache-write prompt token.
    """

    prompt: str
    completion: str
    cache_read: str | Unset = UNSET
    cache_write: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        completion = self.completion

        cache_read = self.cache_read

        cache_write = self.cache_write

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "completion": completion,
            }
        )
        if cache_read is not UNSET:
            field_dict["cache_read"] = cache_read
        if cache_write is not UNSET:
            field_dict["cache_write"] = cache_write

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        completion = d.pop("completion")

        cache_read = d.pop("cache_read", UNSET)

        cache_write = d.pop("cache_write", UNSET)

        private_endpoint_pricing = cls(
            prompt=prompt,
            completion=completion,
            cache_read=cache_read,
            cache_write=cache_write,
        )

        private_endpoint_pricing.additional_properties = d
        return private_endpoint_pricing

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
