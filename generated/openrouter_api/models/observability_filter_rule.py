from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_filter_field_known import ObservabilityFilterFieldKnown
from ..models.observability_filter_operator_known import ObservabilityFilterOperatorKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObservabilityFilterRule")


@_attrs_define
class ObservabilityFilterRule:
    """One condition on an event.

    Attributes:
        field (ObservabilityFilterFieldKnown | str): Event field to test.
        operator (ObservabilityFilterOperatorKnown | str): Comparison to apply.
        value (float | str | Unset): Value to compare with; not used by `exists`/`not_exists`.
    """

    field: ObservabilityFilterFieldKnown | str
    operator: ObservabilityFilterOperatorKnown | str
    value: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field: str
        if isinstance(self.field, ObservabilityFilterFieldKnown):
            field = self.field.value
        else:
            field = self.field

        operator: str
        if isinstance(self.operator, ObservabilityFilterOperatorKnown):
            operator = self.operator.value
        else:
            operator = self.operator

        value: float | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_field(data: object) -> ObservabilityFilterFieldKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_type_0 = ObservabilityFilterFieldKnown._parse(data)

                return field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ObservabilityFilterFieldKnown | str", data)

        field = _parse_field(d.pop("field"))

        def _parse_operator(data: object) -> ObservabilityFilterOperatorKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operator_type_0 = ObservabilityFilterOperatorKnown._parse(data)

                return operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ObservabilityFilterOperatorKnown | str", data)

        operator = _parse_operator(d.pop("operator"))

        value = cast("float | str | Unset", d.pop("value", UNSET))

        observability_filter_rule = cls(
            field=field,
            operator=operator,
            value=value,
        )

        observability_filter_rule.additional_properties = d
        return observability_filter_rule

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
