from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.dataset_version_known import DatasetVersionKnown
from ..types import ReadModel as _ReadModel


class SessionCostMeta(_ReadModel):
    """
    Attributes:
        window_days (int | None): Length of the weekly sample window; null when no snapshot is published.
        window_end_date (None | str): Last UTC day of the sample window, `YYYY-MM-DD`.
        as_of (str): ISO 8601 time the answer was produced.
        version (DatasetVersionKnown | str):
    """

    __slots__ = (
        "window_days",
        "window_end_date",
        "as_of",
        "version",
        "additional_properties",
    )

    window_days: int | None
    window_end_date: None | str
    as_of: str
    version: DatasetVersionKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        window_days: int | None,
        window_end_date: None | str,
        as_of: str,
        version: DatasetVersionKnown | str,
    ) -> None:
        self.window_days = window_days
        self.window_end_date = window_end_date
        self.as_of = as_of
        self.version = version
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("window_days", "window_days", True, "int | None"),
        ("window_end_date", "window_end_date", True, "None | str"),
        ("as_of", "as_of", True, "str"),
        ("version", "version", True, "DatasetVersionKnown | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        window_days = d.pop("window_days", None)
        window_end_date = d.pop("window_end_date", None)
        as_of = d.pop("as_of", None)
        _version = d.pop("version", None)
        version: Any = _read_version(_version)
        session_cost_meta = cls(
            window_days=window_days,
            window_end_date=window_end_date,
            as_of=as_of,
            version=version,
        )
        session_cost_meta.additional_properties = d
        return session_cost_meta

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


def _read_version(data: Any) -> Any:
    if isinstance(data, str):
        if data in DatasetVersionKnown._value2member_map_:
            return DatasetVersionKnown._value2member_map_[data]
    return data
