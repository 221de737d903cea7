from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelEndpointWorkloadStats")


@_attrs_define
class ModelEndpointWorkloadStats:
    """
    Attributes:
        latency (None | PercentileStats | Unset):
        throughput (None | PercentileStats | Unset):
        request_count (int | None | Unset):
    """

    latency: None | PercentileStats | Unset = UNSET
    throughput: None | PercentileStats | Unset = UNSET
    request_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latency: dict[str, Any] | None | Unset
        if isinstance(self.latency, Unset):
            latency = UNSET
        elif isinstance(self.latency, PercentileStats):
            latency = self.latency.to_dict()
        else:
            latency = self.latency

        throughput: dict[str, Any] | None | Unset
        if isinstance(self.throughput, Unset):
            throughput = UNSET
        elif isinstance(self.throughput, PercentileStats):
            throughput = self.throughput.to_dict()
        else:
            throughput = self.throughput

        request_count: int | None | Unset
        if isinstance(self.request_count, Unset):
            request_count = UNSET
        else:
            request_count = self.request_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latency is not UNSET:
            field_dict["latency"] = latency
        if throughput is not UNSET:
            field_dict["throughput"] = throughput
        if request_count is not UNSET:
            field_dict["request_count"] = request_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_latency(data: object) -> None | PercentileStats | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latency_type_0 = PercentileStats.from_dict(data)

                return latency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PercentileStats | Unset", data)

        latency = _parse_latency(d.pop("latency", UNSET))

        def _parse_throughput(data: object) -> None | PercentileStats | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                throughput_type_0 = PercentileStats.from_dict(data)

                return throughput_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PercentileStats | Unset", data)

        throughput = _parse_throughput(d.pop("throughput", UNSET))

        request_count = cast("int | None | Unset", d.pop("request_count", UNSET))

        model_endpoint_workload_stats = cls(
            latency=latency,
            throughput=throughput,
            request_count=request_count,
        )

        model_endpoint_workload_stats.additional_properties = d
        return model_endpoint_workload_stats

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
from ..models.percentile_stats import PercentileStats  # noqa: E402
