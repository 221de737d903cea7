from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerationProviderResponse")


@_attrs_define
class GenerationProviderResponse:
    """One attempt at a provider.

    Attributes:
        id (str | Unset):
        endpoint_id (str | Unset):
        model_permaslug (str | Unset):
        provider_name (str | Unset):
        status (int | None | Unset): HTTP status the provider answered with.
        latency (float | Unset): Milliseconds.
        is_byok (bool | Unset):
        routed_service_tier (str | Unset): Tier the request was routed to (`flex`, `priority`, `ultrafast`).
    """

    id: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    model_permaslug: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    status: int | None | Unset = UNSET
    latency: float | Unset = UNSET
    is_byok: bool | Unset = UNSET
    routed_service_tier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoint_id = self.endpoint_id

        model_permaslug = self.model_permaslug

        provider_name = self.provider_name

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        latency = self.latency

        is_byok = self.is_byok

        routed_service_tier = self.routed_service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if status is not UNSET:
            field_dict["status"] = status
        if latency is not UNSET:
            field_dict["latency"] = latency
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if routed_service_tier is not UNSET:
            field_dict["routed_service_tier"] = routed_service_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        endpoint_id = d.pop("endpoint_id", UNSET)

        model_permaslug = d.pop("model_permaslug", UNSET)

        provider_name = d.pop("provider_name", UNSET)

        status = cast("int | None | Unset", d.pop("status", UNSET))

        latency = d.pop("latency", UNSET)

        is_byok = d.pop("is_byok", UNSET)

        routed_service_tier = d.pop("routed_service_tier", UNSET)

        generation_provider_response = cls(
            id=id,
            endpoint_id=endpoint_id,
            model_permaslug=model_permaslug,
            provider_name=provider_name,
            status=status,
            latency=latency,
            is_byok=is_byok,
            routed_service_tier=routed_service_tier,
        )

        generation_provider_response.additional_properties = d
        return generation_provider_response

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
