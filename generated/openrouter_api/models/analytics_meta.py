from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        _metrics = d.pop("metrics", None)
        metrics: Any = (
            [AnalyticsMetric.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _metrics]
            if isinstance(_metrics, list)
            else _metrics
        )
        _dimensions = d.pop("dimensions", None)
        dimensions: Any = (
            [AnalyticsDimension.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _dimensions]
            if isinstance(_dimensions, list)
            else _dimensions
        )
        _operators = d.pop("operators", None)
        operators: Any = (
            [AnalyticsOperator.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in _operators]
            if isinstance(_operators, list)
            else _operators
        )
        _granularities = d.pop("granularities", None)
        granularities: Any = (
            [
                AnalyticsGranularity.from_dict(i0) if isinstance(i0, dict) else i0
                for i0 in _granularities
            ]
            if isinstance(_granularities, list)
            else _granularities
        )
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
