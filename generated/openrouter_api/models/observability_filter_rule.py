from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.observability_filter_field_known import ObservabilityFilterFieldKnown
from ..models.observability_filter_operator_known import ObservabilityFilterOperatorKnown
from ..types import ReadModel as _ReadModel


class ObservabilityFilterRule(_ReadModel):
    """One condition on an event.

    Attributes:
        field (ObservabilityFilterFieldKnown | str): Event field to test.
        operator (ObservabilityFilterOperatorKnown | str): Comparison to apply.
        value (float | str | None): Value to compare with; not used by `exists`/`not_exists`.
    """

    __slots__ = (
        "field",
        "operator",
        "value",
        "additional_properties",
    )

    field: ObservabilityFilterFieldKnown | str
    operator: ObservabilityFilterOperatorKnown | str
    value: float | str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field: ObservabilityFilterFieldKnown | str,
        operator: ObservabilityFilterOperatorKnown | str,
        value: float | str | None = None,
    ) -> None:
        self.field = field
        self.operator = operator
        self.value = value
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("field", "field", True, "ObservabilityFilterFieldKnown | str"),
        ("operator", "operator", True, "ObservabilityFilterOperatorKnown | str"),
        ("value", "value", False, "float | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        _field = d.pop("field", None)
        field: Any = _read_field(_field)
        _operator = d.pop("operator", None)
        operator: Any = _read_operator(_operator)
        value = d.pop("value", None)
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


def _read_field(data: Any) -> Any:
    if isinstance(data, str):
        if data in ObservabilityFilterFieldKnown._value2member_map_:
            return ObservabilityFilterFieldKnown._value2member_map_[data]
    return data


def _read_operator(data: Any) -> Any:
    if isinstance(data, str):
        if data in ObservabilityFilterOperatorKnown._value2member_map_:
            return ObservabilityFilterOperatorKnown._value2member_map_[data]
    return data
