from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.analytics_operator_known import AnalyticsOperatorKnown
from ..models.analytics_operator_value_type_known import AnalyticsOperatorValueTypeKnown
from ..types import ReadModel as _ReadModel


class AnalyticsOperator(_ReadModel):
    """A filter operator.

    Attributes:
        name (AnalyticsOperatorKnown | str): Identifier to use as a filter `operator`.
        value_type (AnalyticsOperatorValueTypeKnown | str): Shape of the value the operator expects.
    """

    __slots__ = (
        "name",
        "value_type",
        "additional_properties",
    )

    name: AnalyticsOperatorKnown | str
    value_type: AnalyticsOperatorValueTypeKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: AnalyticsOperatorKnown | str,
        value_type: AnalyticsOperatorValueTypeKnown | str,
    ) -> None:
        self.name = name
        self.value_type = value_type
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", True, "AnalyticsOperatorKnown | str"),
        ("value_type", "value_type", True, "AnalyticsOperatorValueTypeKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        _name = d.pop("name", None)
        name: Any = _read_name(_name)
        _value_type = d.pop("value_type", None)
        value_type: Any = _read_value_type(_value_type)
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


def _read_name(data: Any) -> Any:
    if isinstance(data, str):
        if data in AnalyticsOperatorKnown._value2member_map_:
            return AnalyticsOperatorKnown._value2member_map_[data]
    return data


def _read_value_type(data: Any) -> Any:
    if isinstance(data, str):
        if data in AnalyticsOperatorValueTypeKnown._value2member_map_:
            return AnalyticsOperatorValueTypeKnown._value2member_map_[data]
    return data
