from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class AnalyticsQueryMetadata(_ReadModel):
    """Facts about how the query ran.

    Attributes:
        query_time_ms (float): Execution time in milliseconds.
        row_count (int): Number of rows returned.
        truncated (bool): True when rows were cut off by a limit.
    """

    __slots__ = (
        "query_time_ms",
        "row_count",
        "truncated",
        "additional_properties",
    )

    query_time_ms: float
    row_count: int
    truncated: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        query_time_ms: float,
        row_count: int,
        truncated: bool,
    ) -> None:
        self.query_time_ms = query_time_ms
        self.row_count = row_count
        self.truncated = truncated
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("query_time_ms", "query_time_ms", True, "float"),
        ("row_count", "row_count", True, "int"),
        ("truncated", "truncated", True, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        query_time_ms = d.pop("query_time_ms", None)
        row_count = d.pop("row_count", None)
        truncated = d.pop("truncated", None)
        analytics_query_metadata = cls(
            query_time_ms=query_time_ms,
            row_count=row_count,
            truncated=truncated,
        )
        analytics_query_metadata.additional_properties = d
        return analytics_query_metadata

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
