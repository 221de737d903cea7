from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnalyticsQueryRequest(_Model):
    """An analytics query.

    Attributes:
        metrics (list[str]): Metric names to compute (see `/analytics/meta`).
        dimensions (list[str] | Unset): Up to two dimensions to group by.
        filters (list[AnalyticsFilter] | Unset): Conditions that rows must meet (at most 20).
        granularity (str | Unset): Time bucket size such as `day` (see `/analytics/meta`).
        time_range (AnalyticsTimeRange | Unset): The time window to query.
        order_by (AnalyticsOrderBy | Unset): Sort order of the result rows.
        limit (int | Unset): Most rows to return in total (1000 when omitted).
        group_limit (int | Unset): Most rows per combination of dimensions; computed automatically for time series when
            omitted.
        classifier_dimensions (AnalyticsClassifierDimensions | Unset): Break metrics down by the tags of a custom
            classifier.
        classifier_filters (AnalyticsClassifierFilters | Unset): Keep only generations with matching classifier tags.
    """

    __slots__ = (
        "metrics",
        "dimensions",
        "filters",
        "granularity",
        "time_range",
        "order_by",
        "limit",
        "group_limit",
        "classifier_dimensions",
        "classifier_filters",
        "additional_properties",
    )

    metrics: list[str]
    dimensions: list[str] | Unset
    filters: list[AnalyticsFilter] | Unset
    granularity: str | Unset
    time_range: AnalyticsTimeRange | Unset
    order_by: AnalyticsOrderBy | Unset
    limit: int | Unset
    group_limit: int | Unset
    classifier_dimensions: AnalyticsClassifierDimensions | Unset
    classifier_filters: AnalyticsClassifierFilters | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        metrics: list[str],
        dimensions: list[str] | Unset = UNSET,
        filters: list[AnalyticsFilter] | Unset = UNSET,
        granularity: str | Unset = UNSET,
        time_range: AnalyticsTimeRange | Unset = UNSET,
        order_by: AnalyticsOrderBy | Unset = UNSET,
        limit: int | Unset = UNSET,
        group_limit: int | Unset = UNSET,
        classifier_dimensions: AnalyticsClassifierDimensions | Unset = UNSET,
        classifier_filters: AnalyticsClassifierFilters | Unset = UNSET,
    ) -> None:
        self.metrics = metrics
        self.dimensions = dimensions
        self.filters = filters
        self.granularity = granularity
        self.time_range = time_range
        self.order_by = order_by
        self.limit = limit
        self.group_limit = group_limit
        self.classifier_dimensions = classifier_dimensions
        self.classifier_filters = classifier_filters
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        metrics = self.metrics

        dimensions: list[str] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        granularity = self.granularity

        time_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.to_dict()

        order_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by.to_dict()

        limit = self.limit

        group_limit = self.group_limit

        classifier_dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifier_dimensions, Unset):
            classifier_dimensions = self.classifier_dimensions.to_dict()

        classifier_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifier_filters, Unset):
            classifier_filters = self.classifier_filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if filters is not UNSET:
            field_dict["filters"] = filters
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if time_range is not UNSET:
            field_dict["time_range"] = time_range
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if limit is not UNSET:
            field_dict["limit"] = limit
        if group_limit is not UNSET:
            field_dict["group_limit"] = group_limit
        if classifier_dimensions is not UNSET:
            field_dict["classifier_dimensions"] = classifier_dimensions
        if classifier_filters is not UNSET:
            field_dict["classifier_filters"] = classifier_filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metrics = cast("list[str]", d.pop("metrics"))

        dimensions = cast("list[str]", d.pop("dimensions", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[AnalyticsFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = AnalyticsFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        granularity = d.pop("granularity", UNSET)

        _time_range = d.pop("time_range", UNSET)
        time_range: AnalyticsTimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = AnalyticsTimeRange.from_dict(_time_range)

        _order_by = d.pop("order_by", UNSET)
        order_by: AnalyticsOrderBy | Unset
        if isinstance(_order_by, Unset):
            order_by = UNSET
        else:
            order_by = AnalyticsOrderBy.from_dict(_order_by)

        limit = d.pop("limit", UNSET)

        group_limit = d.pop("group_limit", UNSET)

        _classifier_dimensions = d.pop("classifier_dimensions", UNSET)
        classifier_dimensions: AnalyticsClassifierDimensions | Unset
        if isinstance(_classifier_dimensions, Unset):
            classifier_dimensions = UNSET
        else:
            classifier_dimensions = AnalyticsClassifierDimensions.from_dict(_classifier_dimensions)

        _classifier_filters = d.pop("classifier_filters", UNSET)
        classifier_filters: AnalyticsClassifierFilters | Unset
        if isinstance(_classifier_filters, Unset):
            classifier_filters = UNSET
        else:
            classifier_filters = AnalyticsClassifierFilters.from_dict(_classifier_filters)

        analytics_query_request = cls(
            metrics=metrics,
            dimensions=dimensions,
            filters=filters,
            granularity=granularity,
            time_range=time_range,
            order_by=order_by,
            limit=limit,
            group_limit=group_limit,
            classifier_dimensions=classifier_dimensions,
            classifier_filters=classifier_filters,
        )

        analytics_query_request.additional_properties = d
        return analytics_query_request

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
from ..models.analytics_classifier_dimensions import AnalyticsClassifierDimensions  # noqa: E402
from ..models.analytics_classifier_filters import AnalyticsClassifierFilters  # noqa: E402
from ..models.analytics_filter import AnalyticsFilter  # noqa: E402
from ..models.analytics_order_by import AnalyticsOrderBy  # noqa: E402
from ..models.analytics_time_range import AnalyticsTimeRange  # noqa: E402
