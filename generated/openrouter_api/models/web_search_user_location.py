from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchUserLocation")


@_attrs_define
class WebSearchUserLocation:
    """Approximate location used to bias search results.

    Attributes:
        type_ (Literal['approximate']):
        city (None | str | Unset):
        region (None | str | Unset):
        country (None | str | Unset):
        timezone (None | str | Unset):
    """

    type_: Literal["approximate"]
    city: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["approximate"]', d.pop("type"))
        if type_ != "approximate":
            raise ValueError(f"type must match const 'approximate', got '{type_}'")

        city = cast("None | str | Unset", d.pop("city", UNSET))

        region = cast("None | str | Unset", d.pop("region", UNSET))

        country = cast("None | str | Unset", d.pop("country", UNSET))

        timezone = cast("None | str | Unset", d.pop("timezone", UNSET))

        web_search_user_location = cls(
            type_=type_,
            city=city,
            region=region,
            country=country,
            timezone=timezone,
        )

        web_search_user_location.additional_properties = d
        return web_search_user_location

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
