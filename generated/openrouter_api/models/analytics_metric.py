from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.analytics_metric_format_known import AnalyticsMetricFormatKnown
from ..types import ReadModel as _ReadModel


class AnalyticsMetric(_ReadModel):
    """A metric that can be queried.

    Attributes:
        name (str): Identifier to use in `metrics`.
        display_label (str): Label for display.
        is_rate (bool): True for ratios, which are averaged rather than summed.
        display_format (AnalyticsMetricFormatKnown | str): How to format values for display.
    """

    __slots__ = (
        "name",
        "display_label",
        "is_rate",
        "display_format",
        "additional_properties",
    )

    name: str
    display_label: str
    is_rate: bool
    display_format: AnalyticsMetricFormatKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        display_label: str,
        is_rate: bool,
        display_format: AnalyticsMetricFormatKnown | str,
    ) -> None:
        self.name = name
        self.display_label = display_label
        self.is_rate = is_rate
        self.display_format = display_format
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", True, "str"),
        ("display_label", "display_label", True, "str"),
        ("is_rate", "is_rate", True, "bool"),
        ("display_format", "display_format", True, "AnalyticsMetricFormatKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        name = d.pop("name", None)
        display_label = d.pop("display_label", None)
        is_rate = d.pop("is_rate", None)
        _display_format = d.pop("display_format", None)
        display_format: Any = _read_display_format(_display_format)
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


def _read_display_format(data: Any) -> Any:
    if isinstance(data, str):
        if data in AnalyticsMetricFormatKnown._value2member_map_:
            return AnalyticsMetricFormatKnown._value2member_map_[data]
    return data
