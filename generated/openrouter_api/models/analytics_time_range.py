from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class AnalyticsTimeRange(_Model):
    """The time window to query.

    Attributes:
        start (datetime.datetime): Start of the window.
        end (datetime.datetime): End of the window.
    """

    __slots__ = (
        "start",
        "end",
        "additional_properties",
    )

    start: datetime.datetime
    end: datetime.datetime
    additional_properties: dict[str, Any]

    def __init__(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
    ) -> None:
        self.start = start
        self.end = end
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        start = self.start.isoformat()

        end = self.end.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = datetime.datetime.fromisoformat(d.pop("start"))

        end = datetime.datetime.fromisoformat(d.pop("end"))

        analytics_time_range = cls(
            start=start,
            end=end,
        )

        analytics_time_range.additional_properties = d
        return analytics_time_range

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
