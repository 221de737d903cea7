from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class AnalyticsClassifierFilters(_Model):
    """Keep only generations with matching classifier tags.

    Attributes:
        classifier_id (str): UUID of the classifier; must equal `classifier_dimensions.classifier_id` when both are
            given.
        filters (list[AnalyticsClassifierFilter]):
    """

    __slots__ = (
        "classifier_id",
        "filters",
        "additional_properties",
    )

    classifier_id: str
    filters: list[AnalyticsClassifierFilter]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        classifier_id: str,
        filters: list[AnalyticsClassifierFilter],
    ) -> None:
        self.classifier_id = classifier_id
        self.filters = filters
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        classifier_id = self.classifier_id

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "classifier_id": classifier_id,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        classifier_id = d.pop("classifier_id")

        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:
            filters_item = AnalyticsClassifierFilter.from_dict(filters_item_data)

            filters.append(filters_item)

        analytics_classifier_filters = cls(
            classifier_id=classifier_id,
            filters=filters,
        )

        analytics_classifier_filters.additional_properties = d
        return analytics_classifier_filters

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
from ..models.analytics_classifier_filter import AnalyticsClassifierFilter  # noqa: E402
