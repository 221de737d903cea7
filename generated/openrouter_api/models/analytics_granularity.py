from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.analytics_granularity_known import AnalyticsGranularityKnown
from ..types import ReadModel as _ReadModel


class AnalyticsGranularity(_ReadModel):
    """A supported time bucket size.

    Attributes:
        name (AnalyticsGranularityKnown | str): Identifier to use as `granularity`.
        display_label (str): Label for display.
    """

    __slots__ = (
        "name",
        "display_label",
        "additional_properties",
    )

    name: AnalyticsGranularityKnown | str
    display_label: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: AnalyticsGranularityKnown | str,
        display_label: str,
    ) -> None:
        self.name = name
        self.display_label = display_label
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", True, "AnalyticsGranularityKnown | str"),
        ("display_label", "display_label", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        _name = d.pop("name", None)
        name: Any = _read_name(_name)
        display_label = d.pop("display_label", None)
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


def _read_name(data: Any) -> Any:
    if isinstance(data, str):
        if data in AnalyticsGranularityKnown._value2member_map_:
            return AnalyticsGranularityKnown._value2member_map_[data]
    return data
