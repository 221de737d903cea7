from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_version_known import DatasetVersionKnown

T = TypeVar("T", bound="SessionCostMeta")


@_attrs_define
class SessionCostMeta:
    """
    Attributes:
        window_days (int | None): Length of the weekly sample window; null when no snapshot is published.
        window_end_date (None | str): Last UTC day of the sample window, `YYYY-MM-DD`.
        as_of (str): ISO 8601 time the answer was produced.
        version (DatasetVersionKnown | str):
    """

    window_days: int | None
    window_end_date: None | str
    as_of: str
    version: DatasetVersionKnown | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        window_days: int | None
        window_days = self.window_days

        window_end_date: None | str
        window_end_date = self.window_end_date

        as_of = self.as_of

        version: str
        if isinstance(self.version, DatasetVersionKnown):
            version = self.version.value
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "window_days": window_days,
                "window_end_date": window_end_date,
                "as_of": as_of,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        window_days = cast("int | None", d.pop("window_days"))

        window_end_date = cast("None | str", d.pop("window_end_date"))

        as_of = d.pop("as_of")

        def _parse_version(data: object) -> DatasetVersionKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_type_0 = DatasetVersionKnown._parse(data)

                return version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("DatasetVersionKnown | str", data)

        version = _parse_version(d.pop("version"))

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
