from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.analytics_metric_format_known import AnalyticsMetricFormatKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class AnalyticsMetric(_ReadModel):
    """A metric that can be queried.

    Attributes:
        name (str): Identifier to use in `metrics`.
        display_label (str): Label for display.
        is_rate (bool): True for ratios, which are averaged rather than summed.
        display_format (AnalyticsMetricFormatKnown | str): How to format values for display.
    """

    __slots__ = (
        "name",
        "display_label",
        "is_rate",
        "display_format",
        "additional_properties",
    )

    name: str
    display_label: str
    is_rate: bool
    display_format: AnalyticsMetricFormatKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        display_label: str,
        is_rate: bool,
        display_format: AnalyticsMetricFormatKnown | str,
    ) -> None:
        self.name = name
        self.display_label = display_label
        self.is_rate = is_rate
        self.display_format = display_format
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", True, "str"),
        ("display_label", "display_label", True, "str"),
        ("is_rate", "is_rate", True, "bool"),
        ("display_format", "display_format", True, "AnalyticsMetricFormatKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.name = _json_get_("name")
        _new_model_.display_label = _json_get_("display_label")
        _new_model_.is_rate = _json_get_("is_rate")
        _display_format = _json_get_("display_format")
        display_format: Any = (
            AnalyticsMetricFormatKnown._value2member_map_.get(_display_format, _display_format)
            if isinstance(_display_format, str)
            else _display_format
        )
        _new_model_.display_format = display_format
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
        "display_label",
        "is_rate",
        "display_format",
    )
)
