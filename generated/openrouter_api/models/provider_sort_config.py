from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.provider_sort_known import ProviderSortKnown
from ..models.provider_sort_partition_known import ProviderSortPartitionKnown
from ..types import UNSET, Unset
from ..types import Model as _Model


class ProviderSortConfig(_Model):
    """
    Attributes:
        by (None | ProviderSortKnown | str | Unset):
        partition (None | ProviderSortPartitionKnown | str | Unset): `model` (server default) sorts within each model so
            fallbacks stay fallbacks; `none` sorts all endpoints together.
    """

    __slots__ = (
        "by",
        "partition",
        "additional_properties",
    )

    by: None | ProviderSortKnown | str | Unset
    partition: None | ProviderSortPartitionKnown | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        by: None | ProviderSortKnown | str | Unset = UNSET,
        partition: None | ProviderSortPartitionKnown | str | Unset = UNSET,
    ) -> None:
        self.by = by
        self.partition = partition
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        by: None | str | Unset
        if isinstance(self.by, Unset):
            by = UNSET
        elif isinstance(self.by, ProviderSortKnown):
            by = self.by.value
        else:
            by = self.by

        partition: None | str | Unset
        if isinstance(self.partition, Unset):
            partition = UNSET
        elif isinstance(self.partition, ProviderSortPartitionKnown):
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

        def _parse_by(data: object) -> None | ProviderSortKnown | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_provider_sort_type_0 = ProviderSortKnown._parse(data)

                return componentsschemas_provider_sort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ProviderSortKnown | str | Unset", data)

        by = _parse_by(d.pop("by", UNSET))

        def _parse_partition(data: object) -> None | ProviderSortPartitionKnown | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_provider_sort_partition_type_0 = (
                    ProviderSortPartitionKnown._parse(data)
                )

                return componentsschemas_provider_sort_partition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ProviderSortPartitionKnown | str | Unset", data)

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
