from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_metric_format_known import AnalyticsMetricFormatKnown

T = TypeVar("T", bound="AnalyticsMetric")


@_attrs_define
class AnalyticsMetric:
    """A metric that can be queried.

    Attributes:
        name (str): Identifier to use in `metrics`.
        display_label (str): Label for display.
        is_rate (bool): True for ratios, which are averaged rather than summed.
        display_format (AnalyticsMetricFormatKnown | str): How to format values for display.
    """

    name: str
    display_label: str
    is_rate: bool
    display_format: AnalyticsMetricFormatKnown | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_label = self.display_label

        is_rate = self.is_rate

        display_format: str
        if isinstance(self.display_format, AnalyticsMetricFormatKnown):
            display_format = self.display_format.value
        else:
            display_format = self.display_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "display_label": display_label,
                "is_rate": is_rate,
                "display_format": display_format,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        display_label = d.pop("display_label")

        is_rate = d.pop("is_rate")

        def _parse_display_format(data: object) -> AnalyticsMetricFormatKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                display_format_type_0 = AnalyticsMetricFormatKnown._parse(data)

                return display_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnalyticsMetricFormatKnown | str", data)

        display_format = _parse_display_format(d.pop("display_format"))

        analytics_metric = cls(
            name=name,
            display_label=display_label,
            is_rate=is_rate,
            display_format=display_format,
        )

        analytics_metric.additional_properties = d
        return analytics_metric

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
