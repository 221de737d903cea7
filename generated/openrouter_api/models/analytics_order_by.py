from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..models.analytics_order_direction import AnalyticsOrderDirection
from ..types import Model as _Model


class AnalyticsOrderBy(_Model):
    """Sort order of the result rows.

    Attributes:
        field (str): A requested metric, `request_count`, a requested dimension, or `date`.
        direction (AnalyticsOrderDirection): Sort direction.
    """

    __slots__ = (
        "field",
        "direction",
        "additional_properties",
    )

    field: str
    direction: AnalyticsOrderDirection
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field: str,
        direction: AnalyticsOrderDirection,
    ) -> None:
        self.field = field
        self.direction = direction
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        direction = self.direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "direction": direction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field")

        direction = AnalyticsOrderDirection._parse(d.pop("direction"))

        analytics_order_by = cls(
            field=field,
            direction=direction,
        )

        analytics_order_by.additional_properties = d
        return analytics_order_by

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
