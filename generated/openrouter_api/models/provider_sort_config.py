from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.provider_sort import ProviderSort
from ..models.provider_sort_partition import ProviderSortPartition
from ..types import UNSET, Unset
from ..types import Model as _Model


class ProviderSortConfig(_Model):
    """
    Attributes:
        by (None | ProviderSort | Unset):
        partition (None | ProviderSortPartition | Unset): `model` (server default) sorts within each model so fallbacks
            stay fallbacks; `none` sorts all endpoints together.
    """

    __slots__ = (
        "by",
        "partition",
        "additional_properties",
    )

    by: None | ProviderSort | Unset
    partition: None | ProviderSortPartition | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        by: None | ProviderSort | Unset = UNSET,
        partition: None | ProviderSortPartition | Unset = UNSET,
    ) -> None:
        self.by = by
        self.partition = partition
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        by: None | str | Unset
        if isinstance(self.by, Unset):
            by = UNSET
        elif isinstance(self.by, ProviderSort):
            by = self.by.value
        else:
            by = self.by

        partition: None | str | Unset
        if isinstance(self.partition, Unset):
            partition = UNSET
        elif isinstance(self.partition, ProviderSortPartition):
            partition = self.partition.value
        else:
            partition = self.partition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if by is not UNSET:
            field_dict["by"] = by
        if partition is not UNSET:
            field_dict["partition"] = partition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_by(data: object) -> None | ProviderSort | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                by_type_0 = ProviderSort._parse(data)

                return by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ProviderSort | Unset", data)

        by = _parse_by(d.pop("by", UNSET))

        def _parse_partition(data: object) -> None | ProviderSortPartition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                partition_type_0 = ProviderSortPartition._parse(data)

                return partition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ProviderSortPartition | Unset", data)

        partition = _parse_partition(d.pop("partition", UNSET))

        provider_sort_config = cls(
            by=by,
            partition=partition,
        )

        provider_sort_config.additional_properties = d
        return provider_sort_config

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
