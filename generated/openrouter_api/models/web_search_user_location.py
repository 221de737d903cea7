from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.city = _json_get_("city")
        _new_model_.region = _json_get_("region")
        _new_model_.country = _json_get_("country")
        _new_model_.timezone = _json_get_("timezone")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "city",
        "region",
        "country",
        "timezone",
    )
)
