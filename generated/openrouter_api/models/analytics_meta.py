from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalyticsMeta")


@_attrs_define
class AnalyticsMeta:
    """Everything an analytics query may use.

    Attributes:
        metrics (list[AnalyticsMetric]):
        dimensions (list[AnalyticsDimension]):
        operators (list[AnalyticsOperator]):
        granularities (list[AnalyticsGranularity]):
    """

    metrics: list[AnalyticsMetric]
    dimensions: list[AnalyticsDimension]
    operators: list[AnalyticsOperator]
    granularities: list[AnalyticsGranularity]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        dimensions = []
        for dimensions_item_data in self.dimensions:
            dimensions_item = dimensions_item_data.to_dict()
            dimensions.append(dimensions_item)

        operators = []
        for operators_item_data in self.operators:
            operators_item = operators_item_data.to_dict()
            operators.append(operators_item)

        granularities = []
        for granularities_item_data in self.granularities:
            granularities_item = granularities_item_data.to_dict()
            granularities.append(granularities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
                "dimensions": dimensions,
                "operators": operators,
                "granularities": granularities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = AnalyticsMetric.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        dimensions = []
        _dimensions = d.pop("dimensions")
        for dimensions_item_data in _dimensions:
            dimensions_item = AnalyticsDimension.from_dict(dimensions_item_data)

            dimensions.append(dimensions_item)

        operators = []
        _operators = d.pop("operators")
        for operators_item_data in _operators:
            operators_item = AnalyticsOperator.from_dict(operators_item_data)

            operators.append(operators_item)

        granularities = []
        _granularities = d.pop("granularities")
        for granularities_item_data in _granularities:
            granularities_item = AnalyticsGranularity.from_dict(granularities_item_data)

            granularities.append(granularities_item)

        analytics_meta = cls(
            metrics=metrics,
            dimensions=dimensions,
            operators=operators,
            granularities=granularities,
        )

        analytics_meta.additional_properties = d
        return analytics_meta

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.analytics_dimension import AnalyticsDimension  # noqa: E402
from ..models.analytics_granularity import AnalyticsGranularity  # noqa: E402
from ..models.analytics_metric import AnalyticsMetric  # noqa: E402
from ..models.analytics_operator import AnalyticsOperator  # noqa: E402
