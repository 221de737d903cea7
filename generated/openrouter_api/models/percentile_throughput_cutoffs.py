from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class PercentileThroughputCutoffs(_Model):
    """Minimum throughput per percentile (tokens per second); all given cutoffs must hold.

    Attributes:
        p50 (float | None | Unset):
        p75 (float | None | Unset):
        p90 (float | None | Unset):
        p99 (float | None | Unset):
    """

    __slots__ = (
        "p50",
        "p75",
        "p90",
        "p99",
        "additional_properties",
    )

    p50: float | None | Unset
    p75: float | None | Unset
    p90: float | None | Unset
    p99: float | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        p50: float | None | Unset = UNSET,
        p75: float | None | Unset = UNSET,
        p90: float | None | Unset = UNSET,
        p99: float | None | Unset = UNSET,
    ) -> None:
        self.p50 = p50
        self.p75 = p75
        self.p90 = p90
        self.p99 = p99
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        p50: float | None | Unset
        if isinstance(self.p50, Unset):
            p50 = UNSET
        else:
            p50 = self.p50

        p75: float | None | Unset
        if isinstance(self.p75, Unset):
            p75 = UNSET
        else:
            p75 = self.p75

        p90: float | None | Unset
        if isinstance(self.p90, Unset):
            p90 = UNSET
        else:
            p90 = self.p90

        p99: float | None | Unset
        if isinstance(self.p99, Unset):
            p99 = UNSET
        else:
            p99 = self.p99

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if p50 is not UNSET:
            field_dict["p50"] = p50
        if p75 is not UNSET:
            field_dict["p75"] = p75
        if p90 is not UNSET:
            field_dict["p90"] = p90
        if p99 is not UNSET:
            field_dict["p99"] = p99

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        p50 = cast("float | None | Unset", d.pop("p50", UNSET))

        p75 = cast("float | None | Unset", d.pop("p75", UNSET))

        p90 = cast("float | None | Unset", d.pop("p90", UNSET))

        p99 = cast("float | None | Unset", d.pop("p99", UNSET))

        percentile_throughput_cutoffs = cls(
            p50=p50,
            p75=p75,
            p90=p90,
            p99=p99,
        )

        percentile_throughput_cutoffs.additional_properties = d
        return percentile_throughput_cutoffs

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
