from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.observability_filter_field_known import ObservabilityFilterFieldKnown
from ..models.observability_filter_operator_known import ObservabilityFilterOperatorKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _field = _json_get_("field")
        field: Any = (
            ObservabilityFilterFieldKnown._value2member_map_.get(_field, _field)
            if isinstance(_field, str)
            else _field
        )
        _new_model_.field = field
        _operator = _json_get_("operator")
        operator: Any = (
            ObservabilityFilterOperatorKnown._value2member_map_.get(_operator, _operator)
            if isinstance(_operator, str)
            else _operator
        )
        _new_model_.operator = operator
        _new_model_.value = _json_get_("value")
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "field",
        "operator",
        "value",
    )
)
