from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.analytics_operator_known import AnalyticsOperatorKnown
from ..models.analytics_operator_value_type_known import AnalyticsOperatorValueTypeKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _name = _json_get_("name")
        name: Any = (
            AnalyticsOperatorKnown._value2member_map_.get(_name, _name)
            if isinstance(_name, str)
            else _name
        )
        _new_model_.name = name
        _value_type = _json_get_("value_type")
        value_type: Any = (
            AnalyticsOperatorValueTypeKnown._value2member_map_.get(_value_type, _value_type)
            if isinstance(_value_type, str)
            else _value_type
        )
        _new_model_.value_type = value_type
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
        "name",
        "value_type",
    )
)
