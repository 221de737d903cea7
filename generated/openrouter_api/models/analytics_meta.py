from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class AnalyticsMeta(_ReadModel):
    """Everything an analytics query may use.

    Attributes:
        metrics (list[AnalyticsMetric]):
        dimensions (list[AnalyticsDimension]):
        operators (list[AnalyticsOperator]):
        granularities (list[AnalyticsGranularity]):
    """

    __slots__ = (
        "metrics",
        "dimensions",
        "operators",
        "granularities",
        "additional_properties",
    )

    metrics: list[AnalyticsMetric]
    dimensions: list[AnalyticsDimension]
    operators: list[AnalyticsOperator]
    granularities: list[AnalyticsGranularity]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        metrics: list[AnalyticsMetric],
        dimensions: list[AnalyticsDimension],
        operators: list[AnalyticsOperator],
        granularities: list[AnalyticsGranularity],
    ) -> None:
        self.metrics = metrics
        self.dimensions = dimensions
        self.operators = operators
        self.granularities = granularities
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("metrics", "metrics", True, "list[AnalyticsMetric]"),
        ("dimensions", "dimensions", True, "list[AnalyticsDimension]"),
        ("operators", "operators", True, "list[AnalyticsOperator]"),
        ("granularities", "granularities", True, "list[AnalyticsGranularity]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _metrics = _json_get_("metrics")
        if isinstance(_metrics, list):
            metrics: Any = []
            for _list_item_ in _metrics:
                metrics.append(
                    AnalyticsMetric.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            metrics = _metrics
        _new_model_.metrics = metrics
        _dimensions = _json_get_("dimensions")
        if isinstance(_dimensions, list):
            dimensions: Any = []
            for _list_item_ in _dimensions:
                dimensions.append(
                    AnalyticsDimension.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            dimensions = _dimensions
        _new_model_.dimensions = dimensions
        _operators = _json_get_("operators")
        if isinstance(_operators, list):
            operators: Any = []
            for _list_item_ in _operators:
                operators.append(
                    AnalyticsOperator.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            operators = _operators
        _new_model_.operators = operators
        _granularities = _json_get_("granularities")
        if isinstance(_granularities, list):
            granularities: Any = []
            for _list_item_ in _granularities:
                granularities.append(
                    AnalyticsGranularity.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            granularities = _granularities
        _new_model_.granularities = granularities
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
        "metrics",
        "dimensions",
        "operators",
        "granularities",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.analytics_dimension import AnalyticsDimension  # noqa: E402
    from ..models.analytics_granularity import AnalyticsGranularity  # noqa: E402
    from ..models.analytics_metric import AnalyticsMetric  # noqa: E402
    from ..models.analytics_operator import AnalyticsOperator  # noqa: E402
else:
    AnalyticsDimension = _Deferred_(globals(), "..models.analytics_dimension", "AnalyticsDimension")
    AnalyticsGranularity = _Deferred_(
        globals(), "..models.analytics_granularity", "AnalyticsGranularity"
    )
    AnalyticsMetric = _Deferred_(globals(), "..models.analytics_metric", "AnalyticsMetric")
    AnalyticsOperator = _Deferred_(globals(), "..models.analytics_operator", "AnalyticsOperator")
