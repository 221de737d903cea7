from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnalyticsFilter(_Model):
    """A condition on a dimension.

    Attributes:
        field (str): Dimension to filter on (see `/analytics/meta`).
        operator (str): Operator such as `eq` or `in` (see `/analytics/meta`).
        value (float | list[float | str] | str): One value for scalar operators, a list for `in`/`not_in`. Use ids, not
            display labels (key hash, user id, workspace UUID, app id, model permaslug).
        include_unset (bool | Unset): With `in`/`not_in`: also match rows where the dimension has no value.
    """

    __slots__ = (
        "field",
        "operator",
        "value",
        "include_unset",
        "additional_properties",
    )

    field: str
    operator: str
    value: float | list[float | str] | str
    include_unset: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field: str,
        operator: str,
        value: float | list[float | str] | str,
        include_unset: bool | Unset = UNSET,
    ) -> None:
        self.field = field
        self.operator = operator
        self.value = value
        self.include_unset = include_unset
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

        include_unset = self.include_unset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "value": value,
            }
        )
        if include_unset is not UNSET:
            field_dict["include_unset"] = include_unset

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

        include_unset = d.pop("include_unset", UNSET)

        analytics_filter = cls(
            field=field,
            operator=operator,
            value=value,
            include_unset=include_unset,
        )

        analytics_filter.additional_properties = d
        return analytics_filter

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
