from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_operator_known import AnalyticsOperatorKnown
from ..models.analytics_operator_value_type_known import AnalyticsOperatorValueTypeKnown

T = TypeVar("T", bound="AnalyticsOperator")


@_attrs_define
class AnalyticsOperator:
    """A filter operator.

    Attributes:
        name (AnalyticsOperatorKnown | str): Identifier to use as a filter `operator`.
        value_type (AnalyticsOperatorValueTypeKnown | str): Shape of the value the operator expects.
    """

    name: AnalyticsOperatorKnown | str
    value_type: AnalyticsOperatorValueTypeKnown | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str
        if isinstance(self.name, AnalyticsOperatorKnown):
            name = self.name.value
        else:
            name = self.name

        value_type: str
        if isinstance(self.value_type, AnalyticsOperatorValueTypeKnown):
            value_type = self.value_type.value
        else:
            value_type = self.value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value_type": value_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> AnalyticsOperatorKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_type_0 = AnalyticsOperatorKnown._parse(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnalyticsOperatorKnown | str", data)

        name = _parse_name(d.pop("name"))

        def _parse_value_type(data: object) -> AnalyticsOperatorValueTypeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                value_type_type_0 = AnalyticsOperatorValueTypeKnown._parse(data)

                return value_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("AnalyticsOperatorValueTypeKnown | str", data)

        value_type = _parse_value_type(d.pop("value_type"))

        analytics_operator = cls(
            name=name,
            value_type=value_type,
        )

        analytics_operator.additional_properties = d
        return analytics_operator

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
