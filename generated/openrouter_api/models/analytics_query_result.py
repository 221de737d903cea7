from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsQueryResult")


@_attrs_define
class AnalyticsQueryResult:
    """Rows and metadata of an analytics query.

    Attributes:
        data (list[AnalyticsQueryRow]):
        metadata (AnalyticsQueryMetadata): Facts about how the query ran.
        cached_at (float | Unset): When the result was cached, if it came from cache (milliseconds since the epoch).
        warnings (list[str] | Unset): Non-fatal problems, such as filter values that could not be resolved.
    """

    data: list[AnalyticsQueryRow]
    metadata: AnalyticsQueryMetadata
    cached_at: float | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        metadata = self.metadata.to_dict()

        cached_at = self.cached_at

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "metadata": metadata,
            }
        )
        if cached_at is not UNSET:
            field_dict["cachedAt"] = cached_at
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AnalyticsQueryRow.from_dict(data_item_data)

            data.append(data_item)

        metadata = AnalyticsQueryMetadata.from_dict(d.pop("metadata"))

        cached_at = d.pop("cachedAt", UNSET)

        warnings = cast("list[str]", d.pop("warnings", UNSET))

        analytics_query_result = cls(
            data=data,
            metadata=metadata,
            cached_at=cached_at,
            warnings=warnings,
        )

        analytics_query_result.additional_properties = d
        return analytics_query_result

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
from ..models.analytics_query_metadata import AnalyticsQueryMetadata  # noqa: E402
from ..models.analytics_query_row import AnalyticsQueryRow  # noqa: E402
