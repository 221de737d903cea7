from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Provider")


@_attrs_define
class Provider:
    """An inference provider and its policy links.

    Attributes:
        name (str): Display name, as used in `provider.order` and `provider.only`.
        slug (str): URL-safe identifier.
        privacy_policy_url (None | str):
        terms_of_service_url (None | str | Unset):
        status_page_url (None | str | Unset):
        headquarters (None | str | Unset): ISO 3166-1 alpha-2 country code of the provider's headquarters.
        datacenters (list[str] | None | Unset): ISO 3166-1 alpha-2 country codes where the provider runs inference.
    """

    name: str
    slug: str
    privacy_policy_url: None | str
    terms_of_service_url: None | str | Unset = UNSET
    status_page_url: None | str | Unset = UNSET
    headquarters: None | str | Unset = UNSET
    datacenters: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        privacy_policy_url: None | str
        privacy_policy_url = self.privacy_policy_url

        terms_of_service_url: None | str | Unset
        if isinstance(self.terms_of_service_url, Unset):
            terms_of_service_url = UNSET
        else:
            terms_of_service_url = self.terms_of_service_url

        status_page_url: None | str | Unset
        if isinstance(self.status_page_url, Unset):
            status_page_url = UNSET
        else:
            status_page_url = self.status_page_url

        headquarters: None | str | Unset
        if isinstance(self.headquarters, Unset):
            headquarters = UNSET
        else:
            headquarters = self.headquarters

        datacenters: list[str] | None | Unset
        if isinstance(self.datacenters, Unset):
            datacenters = UNSET
        elif isinstance(self.datacenters, list):
            datacenters = self.datacenters

        else:
            datacenters = self.datacenters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "slug": slug,
                "privacy_policy_url": privacy_policy_url,
            }
        )
        if terms_of_service_url is not UNSET:
            field_dict["terms_of_service_url"] = terms_of_service_url
        if status_page_url is not UNSET:
            field_dict["status_page_url"] = status_page_url
        if headquarters is not UNSET:
            field_dict["headquarters"] = headquarters
        if datacenters is not UNSET:
            field_dict["datacenters"] = datacenters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        privacy_policy_url = cast("None | str", d.pop("privacy_policy_url"))

        terms_of_service_url = cast("None | str | Unset", d.pop("terms_of_service_url", UNSET))

        status_page_url = cast("None | str | Unset", d.pop("status_page_url", UNSET))

        headquarters = cast("None | str | Unset", d.pop("headquarters", UNSET))

        def _parse_datacenters(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                datacenters_type_0 = cast("list[str]", data)

                return datacenters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        datacenters = _parse_datacenters(d.pop("datacenters", UNSET))

        provider = cls(
            name=name,
            slug=slug,
            privacy_policy_url=privacy_policy_url,
            terms_of_service_url=terms_of_service_url,
            status_page_url=status_page_url,
            headquarters=headquarters,
            datacenters=datacenters,
        )

        provider.additional_properties = d
        return provider

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
