from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_granularity_known import AnalyticsGranularityKnown

T = TypeVar("T", bound="AnalyticsGranularity")


@_attrs_define
class AnalyticsGranularity:
    """A supported time bucket size.

    Attributes:
        name (AnalyticsGranularityKnown | str): Identifier to use as `granularity`.
        display_label (str): Label for display.
    """

    name: AnalyticsGranularityKnown | str
    display_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str
        if isinstance(self.name, AnalyticsGranularityKnown):
            name = self.name.value
        else:
            name = self.name

        display_label = self.display_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "display_label": display_label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> AnalyticsGranularityKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_type_0 = AnalyticsGranularityKnown._parse(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnalyticsGranularityKnown | str", data)

        name = _parse_name(d.pop("name"))

        display_label = d.pop("display_label")

        analytics_granularity = cls(
            name=name,
            display_label=display_label,
        )

        analytics_granularity.additional_properties = d
        return analytics_granularity

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
