from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class WebSearchUserLocation(_ReadModel):
    """Approximate location used to bias search results.

    Attributes:
        type (Literal['approximate']):
        city (None | str):
        region (None | str):
        country (None | str):
        timezone (None | str):
    """

    __slots__ = (
        "type",
        "city",
        "region",
        "country",
        "timezone",
        "additional_properties",
    )

    type: Literal["approximate"]
    city: None | str
    region: None | str
    country: None | str
    timezone: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["approximate"],
        city: None | str = None,
        region: None | str = None,
        country: None | str = None,
        timezone: None | str = None,
    ) -> None:
        self.type = type
        self.city = city
        self.region = region
        self.country = country
        self.timezone = timezone
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['approximate']"),
        ("city", "city", False, "None | str"),
        ("region", "region", False, "None | str"),
        ("country", "country", False, "None | str"),
        ("timezone", "timezone", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        city = d.pop("city", None)
        region = d.pop("region", None)
        country = d.pop("country", None)
        timezone = d.pop("timezone", None)
        web_search_user_location = cls(
            type=type_,
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
