from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import Model as _Model


class AnalyticsClassifierFilter(_Model):
    """A condition on a classifier tag.

    Attributes:
        field (str): Classifier dimension name, e.g. `department`.
        operator (str): One of `eq`, `neq`, `in`, `not_in`.
        value (float | list[float | str] | str): One value for `eq`/`neq`, a list for `in`/`not_in`.
    """

    __slots__ = (
        "field",
        "operator",
        "value",
        "additional_properties",
    )

    field: str
    operator: str
    value: float | list[float | str] | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field: str,
        operator: str,
        value: float | list[float | str] | str,
    ) -> None:
        self.field = field
        self.operator = operator
        self.value = value
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator = self.operator

        value: float | list[float | str] | str
        if isinstance(self.value, list):
            value = []
            for value_type_2_item_data in self.value:
                value_type_2_item: float | str
                value_type_2_item = value_type_2_item_data
                value.append(value_type_2_item)

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field")

        operator = d.pop("operator")

        def _parse_value(data: object) -> float | list[float | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_2 = []
                _value_type_2 = data
                for value_type_2_item_data in _value_type_2:
                    value_type_2_item = cast("float | str", value_type_2_item_data)

                    value_type_2.append(value_type_2_item)

                return value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("float | list[float | str] | str", data)

        value = _parse_value(d.pop("value"))

        analytics_classifier_filter = cls(
            field=field,
            operator=operator,
            value=value,
        )

        analytics_classifier_filter.additional_properties = d
        return analytics_classifier_filter

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
